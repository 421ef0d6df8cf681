/* ops-plan-history.h: the undo stack behind OpsPlan
 *
 * Internal to the plan: the GUI uses ops_plan_undo() and friends. The
 * history only orders, groups and coalesces changes; OpsPlan applies them
 * through the callback, so the rules of what an edit means stay in one
 * place.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-plan-item.h"

G_BEGIN_DECLS

typedef enum
{
  OPS_PLAN_CHANGE_VALUE,
  OPS_PLAN_CHANGE_INSERT,
  OPS_PLAN_CHANGE_REMOVE,
  OPS_PLAN_CHANGE_MOVE,
} OpsPlanChangeType;

typedef struct
{
  OpsPlanChangeType  type;
  GObject           *object;     /* owned: an OpsPlanItem or OpsPlanRecord;
                                  * NULL for a property of the plan */
  GListStore        *list;       /* owned; INSERT, REMOVE, MOVE: the plan's
                                  * list the change is in */
  GParamSpec        *pspec;      /* VALUE */
  GValue             old_value;  /* VALUE */
  GValue             new_value;  /* VALUE */
  guint              position;   /* INSERT, REMOVE: the index; MOVE: from */
  guint              to;         /* MOVE */
} OpsPlanChange;

typedef void (*OpsPlanHistoryApply) (const OpsPlanChange *change,
                                     gboolean             undo,
                                     gpointer             user_data);

typedef struct _OpsPlanHistory OpsPlanHistory;

OpsPlanChange  *ops_plan_change_new_value      (GObject             *object,
                                                GParamSpec          *pspec,
                                                const GValue        *old_value,
                                                const GValue        *new_value);
OpsPlanChange  *ops_plan_change_new_insert     (GListStore          *list,
                                                GObject             *object,
                                                guint                position);
OpsPlanChange  *ops_plan_change_new_remove     (GListStore          *list,
                                                GObject             *object,
                                                guint                position);
OpsPlanChange  *ops_plan_change_new_move       (GListStore          *list,
                                                guint                from,
                                                guint                to);
void            ops_plan_change_free           (OpsPlanChange       *change);

OpsPlanHistory *ops_plan_history_new           (OpsPlanHistoryApply  apply,
                                                gpointer             user_data);
void            ops_plan_history_free          (OpsPlanHistory      *self);
void            ops_plan_history_record        (OpsPlanHistory      *self,
                                                OpsPlanChange       *change,
                                                gboolean             coalesce);
void            ops_plan_history_begin_group   (OpsPlanHistory      *self);
gboolean        ops_plan_history_end_group     (OpsPlanHistory      *self);
guint           ops_plan_history_get_depth     (OpsPlanHistory      *self);
gboolean        ops_plan_history_undo          (OpsPlanHistory      *self);
gboolean        ops_plan_history_redo          (OpsPlanHistory      *self);
gboolean        ops_plan_history_can_undo      (OpsPlanHistory      *self);
gboolean        ops_plan_history_can_redo      (OpsPlanHistory      *self);
void            ops_plan_history_seal          (OpsPlanHistory      *self);
guint64         ops_plan_history_get_revision  (OpsPlanHistory      *self);
void            ops_plan_history_clear         (OpsPlanHistory      *self);

gboolean        ops_plan_value_equal           (GParamSpec          *pspec,
                                                const GValue        *a,
                                                const GValue        *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpsPlanHistory, ops_plan_history_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpsPlanChange, ops_plan_change_free)

G_END_DECLS
