/* ops-page-header.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ops-catalog-item.h"

G_BEGIN_DECLS

#define OPS_TYPE_PAGE_HEADER (ops_page_header_get_type ())

G_DECLARE_FINAL_TYPE (OpsPageHeader, ops_page_header, OPS, PAGE_HEADER, GtkWidget)

void ops_page_header_set_item (OpsPageHeader  *self,
                               OpsCatalogItem *item,
                               const char     *eyebrow);

G_END_DECLS
