/* ops-plan-groups.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ops-plan.h"

G_BEGIN_DECLS

#define OPS_TYPE_PLAN_GROUPS (ops_plan_groups_get_type ())

G_DECLARE_FINAL_TYPE (OpsPlanGroups, ops_plan_groups, OPS, PLAN_GROUPS, GObject)

OpsPlanGroups *ops_plan_groups_new               (void);
void           ops_plan_groups_set_plan          (OpsPlanGroups *self,
                                                  OpsPlan       *plan);
void           ops_plan_groups_set_group_by_kind (OpsPlanGroups *self,
                                                  gboolean       group_by_kind);
void           ops_plan_groups_set_hide_finished (OpsPlanGroups *self,
                                                  gboolean       hide_finished);
gboolean       ops_plan_groups_update            (OpsPlanGroups *self);

G_END_DECLS
