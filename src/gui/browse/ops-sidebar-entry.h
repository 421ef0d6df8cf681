/* ops-sidebar-entry.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ops-catalog-item.h"

G_BEGIN_DECLS

#define OPS_TYPE_SIDEBAR_ENTRY (ops_sidebar_entry_get_type ())

G_DECLARE_FINAL_TYPE (OpsSidebarEntry, ops_sidebar_entry, OPS, SIDEBAR_ENTRY, GObject)

OpsSidebarEntry *ops_sidebar_entry_new_for_stage (OpsCatalogItem  *stage);
OpsSidebarEntry *ops_sidebar_entry_new           (const char      *target,
                                                  const char      *title,
                                                  const char      *icon_name);
const char      *ops_sidebar_entry_get_target    (OpsSidebarEntry *self);
const char      *ops_sidebar_entry_get_title     (OpsSidebarEntry *self);
const char      *ops_sidebar_entry_get_section   (OpsSidebarEntry *self);
void             ops_sidebar_entry_set_section   (OpsSidebarEntry *self,
                                                  const char      *section);

G_END_DECLS
