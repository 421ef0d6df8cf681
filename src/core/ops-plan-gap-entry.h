/* ops-plan-gap-entry.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-achievement.h"
#include "ops-catalog-item.h"
#include "ops-plan-item.h"

G_BEGIN_DECLS

#define OPS_TYPE_PLAN_GAP_ENTRY (ops_plan_gap_entry_get_type ())

G_DECLARE_FINAL_TYPE (OpsPlanGapEntry, ops_plan_gap_entry, OPS, PLAN_GAP_ENTRY, GObject)

OpsPlanGapEntry *ops_plan_gap_entry_new              (OpsCatalogItem  *catalog_item,
                                                      OpsPlanItem     *plan_item);
OpsPlanGapEntry *ops_plan_gap_entry_new_with_evidence (OpsCatalogItem  *catalog_item,
                                                      OpsPlanItem     *plan_item,
                                                      OpsAchievement  *evidence,
                                                      guint32          today);
OpsCatalogItem  *ops_plan_gap_entry_get_catalog_item (OpsPlanGapEntry *self);
OpsAchievement  *ops_plan_gap_entry_get_evidence     (OpsPlanGapEntry *self);
OpsPlanItem     *ops_plan_gap_entry_get_plan_item    (OpsPlanGapEntry *self);
gboolean         ops_plan_gap_entry_get_covered      (OpsPlanGapEntry *self);
gboolean         ops_plan_gap_entry_get_finished     (OpsPlanGapEntry *self);
gboolean         ops_plan_gap_entry_get_lapsed       (OpsPlanGapEntry *self);

G_END_DECLS
