/* ops-plan-details-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-catalog.h"
#include "ops-plan.h"

G_BEGIN_DECLS

#define OPS_TYPE_PLAN_DETAILS_DIALOG (ops_plan_details_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OpsPlanDetailsDialog, ops_plan_details_dialog, OPS, PLAN_DETAILS_DIALOG, AdwDialog)

AdwDialog *ops_plan_details_dialog_new (OpsPlan    *plan,
                                        OpsCatalog *catalog);

G_END_DECLS
