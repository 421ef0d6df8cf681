/* ops-pace.c: at the hours a person has, when does the plan finish?
 *
 * The model, as help/C/pace.page tells it: the person works through the
 * unfinished steps one after another at their hours a week, starting
 * today, earliest date first (steps without a date after all the others,
 * in the order given). Each step finishes when the hours of all the steps
 * before it and its own are spent. That order is the one that makes every
 * date whenever any order can (earliest deadline first), so the hours a
 * week needed to make every date are the largest, over the steps in that
 * order, of the hours up to and including a step divided by the weeks from
 * today to its date.
 *
 * A pure function over plain data: sorting is O(n log n), everything after
 * it one walk. Nothing guesses: without hours a week there is no finish,
 * and without estimates there is nothing to project.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ops-pace.h"

/* Sums of thousands of estimates drift by far less than this. */
#define EPSILON 1e-9

/* 31 December 9999, the last day a plan file can write: a finish later
 * than that (a few minutes a week for a lifetime's work) is shown as it. */
#define LAST_DAY 3652059

typedef struct
{
  guint32  finish;
  gboolean late;
} TaskResult;

struct _OpsPace
{
  gatomicrefcount  ref_count;

  OpsPaceState     state;
  guint32          today;
  double           hours_per_week;
  guint32          finish;
  double           total_hours;
  double           needed_hours;
  guint32          needed_for;
  guint            n_late;
  guint            n_overdue;
  guint            n_unestimated;

  guint            n_tasks;
  TaskResult      *results;    /* in the order of the tasks given */
  const void     **data;       /* each task's data, for the index below */
  GHashTable      *by_data;    /* data → index + 1, made on the first lookup */
};

G_DEFINE_BOXED_TYPE (OpsPace, ops_pace, ops_pace_ref, ops_pace_unref)

typedef struct
{
  guint32 key;      /* the deadline, or G_MAXUINT32 for none */
  guint   index;
} Order;

static int
compare_order (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const Order *oa = a, *ob = b;

  if (oa->key != ob->key)
    return oa->key < ob->key ? -1 : 1;

  return (oa->index > ob->index) - (oa->index < ob->index);
}

/* The day @hours are done at @hours_per_week, starting on @today. */
static guint32
day_done (guint32 today,
          double  hours,
          double  hours_per_week)
{
  double days = ceil (hours * 7 / hours_per_week - EPSILON);

  return (guint32) MIN (today + MAX (days, 0), MAX (LAST_DAY, today));
}

static void
schedule (OpsPace           *self,
          const OpsPaceTask *tasks,
          Order             *order)
{
  double done = 0;

  for (guint k = 0; k < self->n_tasks; k++)
    {
      const OpsPaceTask *task = &tasks[order[k].index];
      TaskResult *result = &self->results[order[k].index];

      done += task->hours;
      if (task->deadline != 0 && task->deadline <= self->today)
        self->n_overdue++;
      /* A date still ahead can be made with enough hours a week. */
      if (task->deadline > self->today)
        {
          double needed = done * 7 / (task->deadline - self->today);

          if (needed > self->needed_hours + EPSILON)
            {
              self->needed_hours = needed;
              self->needed_for = task->deadline;
            }
        }

      if (self->hours_per_week > 0)
        {
          result->finish = day_done (self->today, done, self->hours_per_week);
          result->late = task->deadline != 0 && result->finish > task->deadline;
        }
      else
        result->late = task->deadline != 0 && task->deadline <= self->today;
      self->n_late += result->late;
    }

  self->total_hours = done;
  if (self->hours_per_week > 0 && self->n_tasks > 0)
    self->finish = day_done (self->today, done, self->hours_per_week);
}

static OpsPaceState
state_for (OpsPace  *self,
           gboolean  any_deadline)
{
  if (self->n_tasks == 0)
    return self->n_unestimated > 0 ? OPS_PACE_STATE_NEEDS_EFFORT : OPS_PACE_STATE_NOTHING_LEFT;
  if (self->hours_per_week <= 0)
    return OPS_PACE_STATE_NEEDS_HOURS;
  if (self->n_late > 0)
    return OPS_PACE_STATE_BEHIND;

  return any_deadline ? OPS_PACE_STATE_ON_TRACK : OPS_PACE_STATE_UNDATED;
}

/**
 * ops_pace_compute:
 * @tasks: (array length=n_tasks): the unfinished steps with an estimate,
 *   in the person's order
 * @n_tasks: how many
 * @n_unestimated: how many unfinished steps have no estimate (they are
 *   only counted, so the projection can say they are left out)
 * @hours_per_week: the time the person can give, 0 when unknown
 * @today: the Julian day the work starts on
 *
 * Projects when each step and the whole plan finish; see the top of this
 * file.
 *
 * Returns: (transfer full): the projection
 */
OpsPace *
ops_pace_compute (const OpsPaceTask *tasks,
                  guint              n_tasks,
                  guint              n_unestimated,
                  double             hours_per_week,
                  guint32            today)
{
  g_autofree Order *order = NULL;
  gboolean any_deadline = FALSE;
  OpsPace *self;

  g_return_val_if_fail (tasks != NULL || n_tasks == 0, NULL);
  g_return_val_if_fail (isfinite (hours_per_week) && hours_per_week >= 0, NULL);
  g_return_val_if_fail (today > 0, NULL);
  for (guint i = 0; i < n_tasks; i++)
    g_return_val_if_fail (isfinite (tasks[i].hours) && tasks[i].hours > 0, NULL);

  self = g_new0 (OpsPace, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->today = today;
  self->hours_per_week = hours_per_week;
  self->n_tasks = n_tasks;
  self->n_unestimated = n_unestimated;
  self->results = g_new0 (TaskResult, n_tasks);
  self->data = g_new (const void *, n_tasks);

  order = g_new (Order, n_tasks);
  for (guint i = 0; i < n_tasks; i++)
    {
      order[i].key = tasks[i].deadline != 0 ? tasks[i].deadline : G_MAXUINT32;
      order[i].index = i;
      self->data[i] = tasks[i].data;
      any_deadline |= tasks[i].deadline != 0;
    }
  g_sort_array (order, n_tasks, sizeof (Order), compare_order, NULL);

  schedule (self, tasks, order);
  self->state = state_for (self, any_deadline);

  return self;
}

/* The plan's day (midnight UTC, or any time of it) as a Julian day. */
guint32
ops_pace_day_from_date (GDateTime *date)
{
  g_autoptr(GDate) day = NULL;
  int year, month, mday;

  g_return_val_if_fail (date != NULL, 0);

  g_date_time_get_ymd (date, &year, &month, &mday);
  day = g_date_new_dmy (mday, month, year);

  return g_date_get_julian (day);
}

/* Returns: (transfer full): the Julian day @day at midnight UTC, as plan
 * dates are kept */
GDateTime *
ops_pace_day_to_date (guint32 day)
{
  g_autoptr(GDate) date = NULL;

  g_return_val_if_fail (g_date_valid_julian (day), NULL);

  date = g_date_new_julian (day);

  return g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date), g_date_get_day (date), 0, 0, 0);
}

OpsPace *
ops_pace_ref (OpsPace *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
ops_pace_unref (OpsPace *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_clear_pointer (&self->by_data, g_hash_table_unref);
  g_free (self->results);
  g_free (self->data);
  g_free (self);
}

OpsPaceState
ops_pace_get_state (OpsPace *self)
{
  g_return_val_if_fail (self != NULL, OPS_PACE_STATE_NOTHING_LEFT);

  return self->state;
}

guint32
ops_pace_get_today (OpsPace *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->today;
}

double
ops_pace_get_hours_per_week (OpsPace *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->hours_per_week;
}

/* The day the last step finishes, or 0 without hours a week or steps. */
guint32
ops_pace_get_finish (OpsPace *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->finish;
}

/* The effort left in all the steps. */
double
ops_pace_get_total_hours (OpsPace *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->total_hours;
}

/* The fewest hours a week that make every date still ahead, or 0 when no
 * step has a date ahead. Steps already past their date are late whatever
 * the hours (ops_pace_get_n_overdue ()). */
double
ops_pace_get_needed_hours (OpsPace *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->needed_hours;
}

/* The date that asks for ops_pace_get_needed_hours (), or 0. */
guint32
ops_pace_get_needed_for (OpsPace *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->needed_for;
}

guint
ops_pace_get_n_tasks (OpsPace *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_tasks;
}

/* Steps projected to finish after their date. Without hours a week, the
 * steps whose date has passed. */
guint
ops_pace_get_n_late (OpsPace *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_late;
}

/* Steps whose date is today or before, with work left: no hours a week
 * make them. */
guint
ops_pace_get_n_overdue (OpsPace *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_overdue;
}

guint
ops_pace_get_n_unestimated (OpsPace *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_unestimated;
}

/* The day task @index (in the order given) finishes, or 0 without hours
 * a week. */
guint32
ops_pace_get_task_finish (OpsPace *self,
                          guint    index)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (index < self->n_tasks, 0);

  return self->results[index].finish;
}

gboolean
ops_pace_get_task_late (OpsPace *self,
                        guint    index)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (index < self->n_tasks, FALSE);

  return self->results[index].late;
}

/**
 * ops_pace_lookup:
 * @self: a projection
 * @data: a task's data
 * @finish: (out) (optional): its finish, as ops_pace_get_task_finish ()
 * @late: (out) (optional): whether it is late
 *
 * Finds a task by its data, as a list row does for its item. The first
 * lookup indexes every task; call it from one thread only.
 *
 * Returns: whether a task has @data
 */
gboolean
ops_pace_lookup (OpsPace       *self,
                 gconstpointer  data,
                 guint32       *finish,
                 gboolean      *late)
{
  guint index;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->by_data == NULL)
    {
      self->by_data = g_hash_table_new (NULL, NULL);
      for (guint i = self->n_tasks; i-- > 0;)
        g_hash_table_insert (self->by_data, (gpointer) self->data[i], GUINT_TO_POINTER (i + 1));
    }

  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->by_data, data));
  if (index == 0)
    return FALSE;

  if (finish != NULL)
    *finish = self->results[index - 1].finish;
  if (late != NULL)
    *late = self->results[index - 1].late;

  return TRUE;
}

/* Words: what the plan page's header and the PDF say */

/* "March 2028": the header speaks in months, as people plan. */
char *
ops_pace_format_month (guint32 day)
{
  g_autoptr(GDateTime) date = ops_pace_day_to_date (day);

  /* Translators: a month and its year, "March 2028", in g_date_time_format()
   * notation; %OB is the month's name standing alone (nominative) */
  /* xgettext:no-c-format */
  return g_date_time_format (date, _("%OB %Y"));
}

/* The hours a week as the person gave them: "6", or "7.5" in their
 * locale's way. */
static char *
format_hours (double hours)
{
  return g_strdup_printf ("%.*f", hours == floor (hours) ? 0 : 1, hours);
}

/* "3 months", "2 weeks", "5 days": how long before the target. */
static char *
format_margin (guint32 finish,
               guint32 target)
{
  g_autoptr(GDate) from = g_date_new_julian (finish);
  g_autoptr(GDate) to = g_date_new_julian (target);
  int months = (g_date_get_year (to) - g_date_get_year (from)) * 12 + g_date_get_month (to) - g_date_get_month (from);
  guint days = target - finish;

  if (g_date_get_day (to) < g_date_get_day (from))
    months--;

  if (months >= 2)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u month", "%u months", months), (guint) months);
  if (days >= 14)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u week", "%u weeks", days / 7), days / 7);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day", "%u days", days), days);
}

static char *
describe_on_track (OpsPace *self,
                   guint32  target)
{
  g_autofree char *finish = ops_pace_format_month (self->finish);
  g_autofree char *margin = NULL;

  if (target == 0 || self->finish > target)
    /* Translators: %s is a month, "March 2028" */
    return g_strdup_printf (_("On track: every date made, done by %s"), finish);
  if (self->finish == target)
    /* Translators: %s is a month, "March 2028" */
    return g_strdup_printf (_("On track: done by %s, on your target date"), finish);

  margin = format_margin (self->finish, target);
  /* Translators: the first %s is a month, "March 2028"; the second how long
   * before the plan's target date, "3 months" */
  return g_strdup_printf (_("On track: done by %s, %s before your target"), finish, margin);
}

static char *
describe_behind (OpsPace *self)
{
  guint needed = (guint) ceil (self->needed_hours - EPSILON);
  g_autofree char *month = NULL;
  g_autofree char *have = NULL;

  /* Behind with enough hours a week: only dates already past are missed. */
  if (self->needed_for == 0 || needed <= self->hours_per_week)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Behind: %u item is past its target date",
                                         "Behind: %u items are past their target dates", self->n_overdue),
                            self->n_overdue);

  /* One sentence that ends in words: "…, you have 6" was a comma splice,
   * and at 360 px its last number could stand alone on a line. */
  month = ops_pace_format_month (self->needed_for);
  have = format_hours (self->hours_per_week);
  /* Translators: %s is a month, "June 2028"; %u hours a week; the last %s
   * the hours a week the person gave, "6" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Behind: making %s takes %u hour a week, more than the %s you have",
                                       "Behind: making %s takes %u hours a week, more than the %s you have", needed),
                          month, needed, have);
}

static char *
describe_headline (OpsPace *self,
                   guint32  target)
{
  g_autofree char *finish = NULL;
  g_autofree char *hours = NULL;

  switch (self->state)
    {
    case OPS_PACE_STATE_NEEDS_EFFORT:
      return g_strdup (_("Add the effort each item takes to see when you will be done"));
    case OPS_PACE_STATE_NEEDS_HOURS:
      return g_strdup (_("Set the hours a week you can give to see when you will be done"));
    case OPS_PACE_STATE_UNDATED:
      finish = ops_pace_format_month (self->finish);
      hours = format_hours (self->hours_per_week);
      /* Translators: the first %s is the hours a week the person gave,
       * "6"; the second a month, "March 2028" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "At %s hour a week: done by %s",
                                           "At %s hours a week: done by %s",
                                           (gulong) ceil (self->hours_per_week)),
                              hours, finish);
    case OPS_PACE_STATE_ON_TRACK:
      return describe_on_track (self, target);
    case OPS_PACE_STATE_BEHIND:
      return describe_behind (self);
    case OPS_PACE_STATE_NOTHING_LEFT:
    default:
      return NULL;
    }
}

/* What else the person should know: what the headline leaves out. */
static char *
describe_detail (OpsPace *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint needed = (guint) ceil (self->needed_hours - EPSILON);
  g_autofree char *month = NULL;

  if (self->state == OPS_PACE_STATE_NEEDS_HOURS && self->needed_for != 0)
    {
      month = ops_pace_format_month (self->needed_for);
      /* Translators: %s is a month, "June 2028" */
      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Making %s takes %u hour a week.",
                                                            "Making %s takes %u hours a week.", needed),
                                               month, needed));
    }
  if (self->state != OPS_PACE_STATE_NEEDS_EFFORT && self->n_overdue > 0 &&
      (self->state != OPS_PACE_STATE_BEHIND || (self->needed_for != 0 && needed > self->hours_per_week)))
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item is already past its target date.",
                                                          "%u items are already past their target dates.",
                                                          self->n_overdue),
                                             self->n_overdue));
  if (self->state != OPS_PACE_STATE_NEEDS_EFFORT && self->n_unestimated > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u item has no effort estimate and is left out.",
                                                          "%u items have no effort estimate and are left out.",
                                                          self->n_unestimated),
                                             self->n_unestimated));
  if (parts->len == 0)
    return NULL;

  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" ", (char **) parts->pdata);
}

/**
 * ops_pace_describe:
 * @self: a projection
 * @target: (nullable): the plan's target date
 * @detail: (out) (optional) (nullable): what else to say, or %NULL
 *
 * The projection in a sentence, as the plan page's header and the PDF say
 * it: "On track: done by March 2028, 3 months before your target",
 * "Behind: making June 2028 takes 9 hours a week, more than the 6 you have".
 *
 * Returns: (transfer full) (nullable): the sentence, or %NULL when nothing
 *   is left to do
 */
char *
ops_pace_describe (OpsPace    *self,
                   GDateTime  *target,
                   char      **detail)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (detail != NULL)
    *detail = self->state == OPS_PACE_STATE_NOTHING_LEFT ? NULL : describe_detail (self);

  return describe_headline (self, target ? ops_pace_day_from_date (target) : 0);
}
