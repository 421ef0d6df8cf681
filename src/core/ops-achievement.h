/* ops-achievement.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-plan-record.h"

G_BEGIN_DECLS

/* The nicks ("value-stream-mapping", "5s", …) are the spelling in plan
 * files; see docs/plan-format.md. */
typedef enum
{
  OPS_ACHIEVEMENT_METHOD_NONE,
  OPS_ACHIEVEMENT_METHOD_LEAN,
  OPS_ACHIEVEMENT_METHOD_VALUE_STREAM_MAPPING,
  OPS_ACHIEVEMENT_METHOD_FIVE_S,
  OPS_ACHIEVEMENT_METHOD_KAIZEN,
  OPS_ACHIEVEMENT_METHOD_DMAIC,
  OPS_ACHIEVEMENT_METHOD_OTHER,
} OpsAchievementMethod;

typedef enum
{
  OPS_DMAIC_PHASE_DEFINE,
  OPS_DMAIC_PHASE_MEASURE,
  OPS_DMAIC_PHASE_ANALYZE,
  OPS_DMAIC_PHASE_IMPROVE,
  OPS_DMAIC_PHASE_CONTROL,
} OpsDmaicPhase;

/* Lead time, cost, defects and inventory are better lower, throughput
 * higher; a custom metric has no direction. */
typedef enum
{
  OPS_ACHIEVEMENT_METRIC_CUSTOM,
  OPS_ACHIEVEMENT_METRIC_LEAD_TIME,
  OPS_ACHIEVEMENT_METRIC_THROUGHPUT,
  OPS_ACHIEVEMENT_METRIC_COST,
  OPS_ACHIEVEMENT_METRIC_DEFECTS,
  OPS_ACHIEVEMENT_METRIC_INVENTORY,
} OpsAchievementMetric;

#define OPS_TYPE_ACHIEVEMENT_METHOD (ops_achievement_method_get_type ())
GType       ops_achievement_method_get_type  (void) G_GNUC_CONST;
const char *ops_achievement_method_get_label (OpsAchievementMethod method);

#define OPS_TYPE_DMAIC_PHASE (ops_dmaic_phase_get_type ())
GType       ops_dmaic_phase_get_type         (void) G_GNUC_CONST;
const char *ops_dmaic_phase_get_label        (OpsDmaicPhase        phase);

#define OPS_TYPE_ACHIEVEMENT_METRIC (ops_achievement_metric_get_type ())
GType       ops_achievement_metric_get_type  (void) G_GNUC_CONST;
const char *ops_achievement_metric_get_label (OpsAchievementMetric metric);

/* Baselines and results beyond this are typos, and would print badly. */
#define OPS_ACHIEVEMENT_MAX_VALUE 1e12

#define OPS_TYPE_ACHIEVEMENT (ops_achievement_get_type ())

G_DECLARE_FINAL_TYPE (OpsAchievement, ops_achievement, OPS, ACHIEVEMENT, OpsPlanRecord)

OpsAchievement       *ops_achievement_new              (const char           *title);

const char           *ops_achievement_get_title        (OpsAchievement       *self);
void                  ops_achievement_set_title        (OpsAchievement       *self,
                                                        const char           *title);
const char           *ops_achievement_get_role         (OpsAchievement       *self);
void                  ops_achievement_set_role         (OpsAchievement       *self,
                                                        const char           *role);
OpsAchievementMethod  ops_achievement_get_method       (OpsAchievement       *self);
void                  ops_achievement_set_method       (OpsAchievement       *self,
                                                        OpsAchievementMethod  method);
OpsDmaicPhase         ops_achievement_get_dmaic_phase  (OpsAchievement       *self);
void                  ops_achievement_set_dmaic_phase  (OpsAchievement       *self,
                                                        OpsDmaicPhase         phase);
OpsAchievementMetric  ops_achievement_get_metric       (OpsAchievement       *self);
void                  ops_achievement_set_metric       (OpsAchievement       *self,
                                                        OpsAchievementMetric  metric);
const char           *ops_achievement_get_metric_name  (OpsAchievement       *self);
void                  ops_achievement_set_metric_name  (OpsAchievement       *self,
                                                        const char           *name);
double                ops_achievement_get_baseline     (OpsAchievement       *self);
void                  ops_achievement_set_baseline     (OpsAchievement       *self,
                                                        double                baseline);
double                ops_achievement_get_result       (OpsAchievement       *self);
void                  ops_achievement_set_result       (OpsAchievement       *self,
                                                        double                result);
const char           *ops_achievement_get_unit         (OpsAchievement       *self);
void                  ops_achievement_set_unit         (OpsAchievement       *self,
                                                        const char           *unit);
const char           *ops_achievement_get_period       (OpsAchievement       *self);
void                  ops_achievement_set_period       (OpsAchievement       *self,
                                                        const char           *period);
const char           *ops_achievement_get_savings      (OpsAchievement       *self);
void                  ops_achievement_set_savings      (OpsAchievement       *self,
                                                        const char           *savings);
const char * const   *ops_achievement_get_skill_ids    (OpsAchievement       *self);
void                  ops_achievement_set_skill_ids    (OpsAchievement       *self,
                                                        const char * const   *skill_ids);
gboolean              ops_achievement_has_skill        (OpsAchievement       *self,
                                                        const char           *skill_id);

char                 *ops_achievement_dup_resume_line  (OpsAchievement       *self);
char                 *ops_achievement_format_number    (double                number);

G_END_DECLS
