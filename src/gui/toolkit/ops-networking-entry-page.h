/* ops-networking-entry-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-catalog.h"
#include "ops-networking-entry.h"

G_BEGIN_DECLS

#define OPS_TYPE_NETWORKING_ENTRY_PAGE (ops_networking_entry_page_get_type ())

G_DECLARE_FINAL_TYPE (OpsNetworkingEntryPage, ops_networking_entry_page, OPS, NETWORKING_ENTRY_PAGE, AdwNavigationPage)

GtkWidget *ops_networking_entry_page_new (OpsNetworkingEntry *entry,
                                          OpsCatalog         *catalog);

G_END_DECLS
