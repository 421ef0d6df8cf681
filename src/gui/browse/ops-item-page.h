/* ops-item-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-entry-page.h"

G_BEGIN_DECLS

#define OPS_TYPE_ITEM_PAGE (ops_item_page_get_type ())

G_DECLARE_FINAL_TYPE (OpsItemPage, ops_item_page, OPS, ITEM_PAGE, OpsEntryPage)

GtkWidget *ops_item_page_new (OpsCatalogItem *item);

G_END_DECLS
