/* ops-plan.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-achievement.h"
#include "ops-catalog.h"
#include "ops-job-application.h"
#include "ops-networking-entry.h"
#include "ops-pace.h"
#include "ops-plan-gap-entry.h"
#include "ops-plan-item.h"
#include "ops-plan-record.h"
#include "ops-star-story.h"

G_BEGIN_DECLS

/* Every hour of a week: more is a typo. */
#define OPS_PLAN_MAX_HOURS_PER_WEEK 168.0

#define OPS_TYPE_PLAN (ops_plan_get_type ())

/* An item's status and kind in one byte, as ops_plan_get_item_keys () gives them. */
#define OPS_PLAN_ITEM_KEY(status, kind) ((guint8) ((status) | (kind) << 3))
#define OPS_PLAN_ITEM_KEY_STATUS(key)   ((OpsPlanItemStatus) ((key) & 7))
#define OPS_PLAN_ITEM_KEY_KIND(key)     ((OpsPlanItemKind) ((key) >> 3))

G_DECLARE_FINAL_TYPE (OpsPlan, ops_plan, OPS, PLAN, GObject)

OpsPlan     *ops_plan_new                    (void);
OpsPlan     *ops_plan_new_starter            (OpsCatalog      *catalog,
                                              const char      *current_role_id,
                                              const char      *target_role_id);

const char  *ops_plan_get_owner_name         (OpsPlan         *self);
void         ops_plan_set_owner_name         (OpsPlan         *self,
                                              const char      *owner_name);
const char  *ops_plan_get_current_role_id    (OpsPlan         *self);
const char  *ops_plan_get_current_role_title (OpsPlan         *self);
void         ops_plan_set_current_role       (OpsPlan         *self,
                                              const char      *role_id,
                                              const char      *title);
const char  *ops_plan_get_target_role_id     (OpsPlan         *self);
const char  *ops_plan_get_target_role_title  (OpsPlan         *self);
void         ops_plan_set_target_role        (OpsPlan         *self,
                                              const char      *role_id,
                                              const char      *title);
GDateTime   *ops_plan_get_target_date        (OpsPlan         *self);
void         ops_plan_set_target_date        (OpsPlan         *self,
                                              GDateTime       *date);
const char  *ops_plan_get_why                (OpsPlan         *self);
void         ops_plan_set_why                (OpsPlan         *self,
                                              const char      *why);
double       ops_plan_get_hours_per_week     (OpsPlan         *self);
void         ops_plan_set_hours_per_week     (OpsPlan         *self,
                                              double           hours);

GListModel  *ops_plan_get_items              (OpsPlan         *self);
OpsPlanItem *ops_plan_find_item              (OpsPlan         *self,
                                              const char      *catalog_id);
guint        ops_plan_get_position           (OpsPlan         *self,
                                              OpsPlanItem     *item);
void         ops_plan_add_item               (OpsPlan         *self,
                                              OpsPlanItem     *item);
void         ops_plan_insert_item            (OpsPlan         *self,
                                              guint            position,
                                              OpsPlanItem     *item);
void         ops_plan_remove_item            (OpsPlan         *self,
                                              OpsPlanItem     *item);
void         ops_plan_move_item              (OpsPlan         *self,
                                              guint            from,
                                              guint            to);
gboolean     ops_plan_can_add_catalog_item   (OpsCatalogItem  *item);
OpsPlanItem *ops_plan_add_catalog_item       (OpsPlan         *self,
                                              OpsCatalogItem  *item);

/* The career toolkit: achievements, STAR stories, networking, applications */
GListModel     *ops_plan_get_achievements         (OpsPlan        *self);
GListModel     *ops_plan_get_stories              (OpsPlan        *self);
GListModel     *ops_plan_get_networking           (OpsPlan        *self);
GListModel     *ops_plan_get_applications         (OpsPlan        *self);
OpsPlanRecord  *ops_plan_find_record              (OpsPlan        *self,
                                                   const char     *id);
guint           ops_plan_get_record_position      (OpsPlan        *self,
                                                   OpsPlanRecord  *record);
void            ops_plan_add_record               (OpsPlan        *self,
                                                   OpsPlanRecord  *record);
void            ops_plan_insert_record            (OpsPlan        *self,
                                                   guint           position,
                                                   OpsPlanRecord  *record);
void            ops_plan_remove_record            (OpsPlan        *self,
                                                   OpsPlanRecord  *record);
void            ops_plan_move_record              (OpsPlan        *self,
                                                   OpsPlanRecord  *record,
                                                   guint           to);
GListModel     *ops_plan_dup_stories_for_question (OpsPlan        *self,
                                                   const char     *question_id);
GListModel     *ops_plan_compute_story_gaps       (OpsPlan        *self,
                                                   OpsCatalog     *catalog);
OpsAchievement *ops_plan_find_evidence            (OpsPlan        *self,
                                                   const char     *skill_id);

void         ops_plan_undo                   (OpsPlan         *self);
void         ops_plan_redo                   (OpsPlan         *self);
gboolean     ops_plan_get_can_undo           (OpsPlan         *self);
gboolean     ops_plan_get_can_redo           (OpsPlan         *self);
void         ops_plan_begin_group            (OpsPlan         *self);
void         ops_plan_end_group              (OpsPlan         *self);
void         ops_plan_break_coalescing       (OpsPlan         *self);

gboolean     ops_plan_get_modified           (OpsPlan         *self);
gboolean     ops_plan_get_read_only          (OpsPlan         *self);
guint64      ops_plan_get_structure_revision (OpsPlan         *self);
const guint8 *ops_plan_get_item_keys         (OpsPlan         *self,
                                              guint           *n_items);
double       ops_plan_get_progress           (OpsPlan         *self);
double       ops_plan_get_weighted_progress  (OpsPlan         *self);

OpsPace     *ops_plan_compute_pace           (OpsPlan         *self,
                                              GDateTime       *today);
OpsPace     *ops_plan_get_pace               (OpsPlan         *self);

GListModel  *ops_plan_compute_gap            (OpsPlan         *self,
                                              OpsCatalog      *catalog);
GListModel  *ops_plan_compute_gap_on         (OpsPlan         *self,
                                              OpsCatalog      *catalog,
                                              guint32          today);
GListModel  *ops_plan_compute_role_gap       (OpsPlan         *self,
                                              OpsRole         *role);

G_END_DECLS
