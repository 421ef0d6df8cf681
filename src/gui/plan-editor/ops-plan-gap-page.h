/* ops-plan-gap-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-plan-store.h"

G_BEGIN_DECLS

#define OPS_TYPE_PLAN_GAP_PAGE (ops_plan_gap_page_get_type ())

G_DECLARE_FINAL_TYPE (OpsPlanGapPage, ops_plan_gap_page, OPS, PLAN_GAP_PAGE, AdwNavigationPage)

GtkWidget *ops_plan_gap_page_new (OpsPlanStore *store);

G_END_DECLS
