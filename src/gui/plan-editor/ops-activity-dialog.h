/* ops-activity-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-certification.h"
#include "ops-plan.h"

G_BEGIN_DECLS

#define OPS_TYPE_ACTIVITY_DIALOG (ops_activity_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OpsActivityDialog, ops_activity_dialog, OPS, ACTIVITY_DIALOG, AdwDialog)

AdwDialog *ops_activity_dialog_new (OpsPlanItem    *item,
                                    OpsRenewalUnit  unit);

G_END_DECLS
