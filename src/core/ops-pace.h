/* ops-pace.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* One unfinished step with an effort estimate. Days are GDate Julian day
 * numbers (g_date_get_julian ()), 0 for none. */
typedef struct
{
  gconstpointer data;      /* the caller's, only compared: which item this is */
  double        hours;     /* the effort left, more than 0 */
  guint32       deadline;  /* the day it should be done by, or 0 */
} OpsPaceTask;

typedef enum
{
  OPS_PACE_STATE_NOTHING_LEFT,    /* no unfinished step */
  OPS_PACE_STATE_NEEDS_EFFORT,    /* unfinished steps, none with an estimate */
  OPS_PACE_STATE_NEEDS_HOURS,     /* estimates, but no hours a week */
  OPS_PACE_STATE_UNDATED,         /* a finish, but no date to hold it to */
  OPS_PACE_STATE_ON_TRACK,        /* every date is made */
  OPS_PACE_STATE_BEHIND,          /* at least one step finishes after its date */
} OpsPaceState;

typedef struct _OpsPace OpsPace;

#define OPS_TYPE_PACE (ops_pace_get_type ())

GType         ops_pace_get_type            (void) G_GNUC_CONST;

OpsPace      *ops_pace_compute             (const OpsPaceTask *tasks,
                                            guint              n_tasks,
                                            guint              n_unestimated,
                                            double             hours_per_week,
                                            guint32            today);
OpsPace      *ops_pace_ref                 (OpsPace           *self);
void          ops_pace_unref               (OpsPace           *self);

OpsPaceState  ops_pace_get_state           (OpsPace           *self);
guint32       ops_pace_get_today           (OpsPace           *self);
double        ops_pace_get_hours_per_week  (OpsPace           *self);
guint32       ops_pace_get_finish          (OpsPace           *self);
double        ops_pace_get_total_hours     (OpsPace           *self);
double        ops_pace_get_needed_hours    (OpsPace           *self);
guint32       ops_pace_get_needed_for      (OpsPace           *self);
guint         ops_pace_get_n_tasks         (OpsPace           *self);
guint         ops_pace_get_n_late          (OpsPace           *self);
guint         ops_pace_get_n_overdue       (OpsPace           *self);
guint         ops_pace_get_n_unestimated   (OpsPace           *self);
guint32       ops_pace_get_task_finish     (OpsPace           *self,
                                            guint              index);
gboolean      ops_pace_get_task_late       (OpsPace           *self,
                                            guint              index);
gboolean      ops_pace_lookup              (OpsPace           *self,
                                            gconstpointer      data,
                                            guint32           *finish,
                                            gboolean          *late);

char         *ops_pace_describe            (OpsPace           *self,
                                            GDateTime         *target,
                                            char             **detail);

guint32       ops_pace_day_from_date       (GDateTime         *date);
GDateTime    *ops_pace_day_to_date         (guint32            day);
char         *ops_pace_format_month        (guint32            day);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpsPace, ops_pace_unref)

G_END_DECLS
