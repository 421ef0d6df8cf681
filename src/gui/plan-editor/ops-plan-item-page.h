/* ops-plan-item-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-catalog.h"
#include "ops-plan-item.h"

G_BEGIN_DECLS

#define OPS_TYPE_PLAN_ITEM_PAGE (ops_plan_item_page_get_type ())

G_DECLARE_FINAL_TYPE (OpsPlanItemPage, ops_plan_item_page, OPS, PLAN_ITEM_PAGE, AdwNavigationPage)

GtkWidget *ops_plan_item_page_new (OpsPlanItem *item,
                                   OpsCatalog  *catalog);

G_END_DECLS
