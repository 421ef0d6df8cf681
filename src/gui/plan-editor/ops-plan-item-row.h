/* ops-plan-item-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ops-plan-item.h"

G_BEGIN_DECLS

#define OPS_TYPE_PLAN_ITEM_ROW (ops_plan_item_row_get_type ())

G_DECLARE_FINAL_TYPE (OpsPlanItemRow, ops_plan_item_row, OPS, PLAN_ITEM_ROW, GtkWidget)

OpsPlanItem *ops_plan_item_row_get_item (OpsPlanItemRow *self);
void         ops_plan_item_row_set_item (OpsPlanItemRow *self,
                                         OpsPlanItem    *item);

G_END_DECLS
