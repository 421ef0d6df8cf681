/* test-pace.c: at the hours I have, do I make my date?
 *
 * Every case is worked by hand from the model in src/core/ops-pace.c: at
 * H hours a week from day T, work of W hours is done on day
 * T + ceil (7 W / H), earliest date first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "ops-error.h"
#include "ops-pace.h"
#include "ops-plan.h"
#include "ops-plan-serializer.h"
#include "ops-test-util.h"

/* Thursday 1 January 2026. */
static guint32
day_one (void)
{
  g_autoptr(GDate) date = g_date_new_dmy (1, G_DATE_JANUARY, 2026);

  return g_date_get_julian (date);
}

#define T (day_one ())

static OpsPace *
compute (const OpsPaceTask *tasks,
         guint              n_tasks,
         double             hours_per_week)
{
  return ops_pace_compute (tasks, n_tasks, 0, hours_per_week, T);
}

/* 60 hours at 6 a week is ten weeks: day 70, two weeks before a date
 * twelve weeks out, which needs only 60 / 12 = 5 hours a week. */
static void
test_one_item (void)
{
  OpsPaceTask tasks[] = { { "cpim", 60, T + 84 } };
  g_autoptr(OpsPace) pace = compute (tasks, 1, 6);

  g_assert_cmpint (ops_pace_get_state (pace), ==, OPS_PACE_STATE_ON_TRACK);
  g_assert_cmpuint (ops_pace_get_task_finish (pace, 0), ==, T + 70);
  g_assert_false (ops_pace_get_task_late (pace, 0));
  g_assert_cmpuint (ops_pace_get_finish (pace), ==, T + 70);
  g_assert_cmpfloat_with_epsilon (ops_pace_get_needed_hours (pace), 5, 1e-9);
  g_assert_cmpuint (ops_pace_get_needed_for (pace), ==, T + 84);
  g_assert_cmpuint (ops_pace_get_n_late (pace), ==, 0);
  g_assert_cmpfloat (ops_pace_get_total_hours (pace), ==, 60);
}

/* Two steps of 30 hours, due in five and ten weeks. At 6 hours a week
 * each takes five weeks: both exactly on their day. At 5 hours each takes
 * six: both late, and the first date is the one that needs 6. */
static void
test_sequence (void)
{
  OpsPaceTask tasks[] = { { "a", 30, T + 35 }, { "b", 30, T + 70 } };
  g_autoptr(OpsPace) enough = compute (tasks, 2, 6);
  g_autoptr(OpsPace) short_ = compute (tasks, 2, 5);

  g_assert_cmpint (ops_pace_get_state (enough), ==, OPS_PACE_STATE_ON_TRACK);
  g_assert_cmpuint (ops_pace_get_task_finish (enough, 0), ==, T + 35);
  g_assert_cmpuint (ops_pace_get_task_finish (enough, 1), ==, T + 70);
  g_assert_cmpfloat_with_epsilon (ops_pace_get_needed_hours (enough), 6, 1e-9);

  g_assert_cmpint (ops_pace_get_state (short_), ==, OPS_PACE_STATE_BEHIND);
  g_assert_cmpuint (ops_pace_get_task_finish (short_, 0), ==, T + 42);
  g_assert_cmpuint (ops_pace_get_task_finish (short_, 1), ==, T + 84);
  g_assert_true (ops_pace_get_task_late (short_, 0));
  g_assert_true (ops_pace_get_task_late (short_, 1));
  g_assert_cmpuint (ops_pace_get_n_late (short_), ==, 2);
  g_assert_cmpfloat_with_epsilon (ops_pace_get_needed_hours (short_), 6, 1e-9);
  g_assert_cmpuint (ops_pace_get_needed_for (short_), ==, T + 35);
}

/* The person's order does not decide: the earlier date goes first, and
 * steps without a date come last, in the order given. */
static void
test_earliest_date_first (void)
{
  OpsPaceTask tasks[] = {
    { "undated", 14, 0 },
    { "later", 7, T + 70 },
    { "sooner", 7, T + 14 },
    { "undated too", 7, 0 },
  };
  g_autoptr(OpsPace) pace = compute (tasks, G_N_ELEMENTS (tasks), 7);
  guint32 finish = 0;
  gboolean late = TRUE;

  g_assert_cmpuint (ops_pace_get_task_finish (pace, 2), ==, T + 7);
  g_assert_cmpuint (ops_pace_get_task_finish (pace, 1), ==, T + 14);
  g_assert_cmpuint (ops_pace_get_task_finish (pace, 0), ==, T + 28);
  g_assert_cmpuint (ops_pace_get_task_finish (pace, 3), ==, T + 35);
  g_assert_cmpuint (ops_pace_get_finish (pace), ==, T + 35);
  g_assert_cmpint (ops_pace_get_state (pace), ==, OPS_PACE_STATE_ON_TRACK);

  /* A row finds its item's projection by the item. */
  g_assert_true (ops_pace_lookup (pace, tasks[2].data, &finish, &late));
  g_assert_cmpuint (finish, ==, T + 7);
  g_assert_false (late);
  g_assert_false (ops_pace_lookup (pace, "not a task", NULL, NULL));
}

/* Two steps due the same day share the hours: 30 + 30 by day 70 needs
 * 6 a week; at 3 the first is done on day 70 and the second on day 140. */
static void
test_sharing_hours (void)
{
  OpsPaceTask tasks[] = { { "a", 30, T + 70 }, { "b", 30, T + 70 } };
  g_autoptr(OpsPace) enough = compute (tasks, 2, 6);
  g_autoptr(OpsPace) half = compute (tasks, 2, 3);

  g_assert_cmpint (ops_pace_get_state (enough), ==, OPS_PACE_STATE_ON_TRACK);
  g_assert_cmpuint (ops_pace_get_task_finish (enough, 1), ==, T + 70);
  g_assert_cmpfloat_with_epsilon (ops_pace_get_needed_hours (enough), 6, 1e-9);

  g_assert_cmpint (ops_pace_get_state (half), ==, OPS_PACE_STATE_BEHIND);
  g_assert_cmpuint (ops_pace_get_task_finish (half, 0), ==, T + 70);
  g_assert_false (ops_pace_get_task_late (half, 0));
  g_assert_cmpuint (ops_pace_get_task_finish (half, 1), ==, T + 140);
  g_assert_true (ops_pace_get_task_late (half, 1));
  g_assert_cmpuint (ops_pace_get_n_late (half), ==, 1);
}

/* A step due ten days ago is late whatever the hours; it still goes
 * first, so the 20 hours due in ten weeks wait for its 10: 30 hours in
 * ten weeks is 3 a week. */
static void
test_already_late (void)
{
  OpsPaceTask tasks[] = { { "future", 20, T + 70 }, { "overdue", 10, T - 10 } };
  g_autoptr(OpsPace) pace = compute (tasks, 2, 70);
  OpsPaceTask today_task[] = { { "due today", 1, T } };
  g_autoptr(OpsPace) due_today = compute (today_task, 1, 168);

  g_assert_cmpint (ops_pace_get_state (pace), ==, OPS_PACE_STATE_BEHIND);
  g_assert_cmpuint (ops_pace_get_task_finish (pace, 1), ==, T + 1);
  g_assert_true (ops_pace_get_task_late (pace, 1));
  g_assert_cmpuint (ops_pace_get_task_finish (pace, 0), ==, T + 3);
  g_assert_false (ops_pace_get_task_late (pace, 0));
  g_assert_cmpuint (ops_pace_get_n_overdue (pace), ==, 1);
  g_assert_cmpuint (ops_pace_get_n_late (pace), ==, 1);
  g_assert_cmpfloat_with_epsilon (ops_pace_get_needed_hours (pace), 3, 1e-9);
  g_assert_cmpuint (ops_pace_get_needed_for (pace), ==, T + 70);

  /* Work left on the day it is due is late too: it is done tomorrow. */
  g_assert_cmpint (ops_pace_get_state (due_today), ==, OPS_PACE_STATE_BEHIND);
  g_assert_cmpuint (ops_pace_get_n_overdue (due_today), ==, 1);
  g_assert_cmpfloat (ops_pace_get_needed_hours (due_today), ==, 0);
}

/* Without hours a week there is no finish to show, only what the dates
 * ask for, and which dates have already passed. */
static void
test_zero_hours (void)
{
  OpsPaceTask tasks[] = { { "a", 60, T + 84 }, { "b", 5, T - 1 } };
  g_autoptr(OpsPace) pace = compute (tasks, 2, 0);

  g_assert_cmpint (ops_pace_get_state (pace), ==, OPS_PACE_STATE_NEEDS_HOURS);
  g_assert_cmpuint (ops_pace_get_finish (pace), ==, 0);
  g_assert_cmpuint (ops_pace_get_task_finish (pace, 0), ==, 0);
  g_assert_false (ops_pace_get_task_late (pace, 0));
  g_assert_true (ops_pace_get_task_late (pace, 1));
  /* 65 hours by day 84 */
  g_assert_cmpfloat_with_epsilon (ops_pace_get_needed_hours (pace), 65.0 * 7 / 84, 1e-9);
}

/* Steps without an estimate are not guessed at: they are counted. */
static void
test_without_effort_or_date (void)
{
  OpsPaceTask undated[] = { { "a", 10, 0 }, { "b", 4, 0 } };
  g_autoptr(OpsPace) nothing = ops_pace_compute (NULL, 0, 0, 6, T);
  g_autoptr(OpsPace) unestimated = ops_pace_compute (NULL, 0, 3, 6, T);
  g_autoptr(OpsPace) no_dates = ops_pace_compute (undated, 2, 1, 7, T);

  g_assert_cmpint (ops_pace_get_state (nothing), ==, OPS_PACE_STATE_NOTHING_LEFT);
  g_assert_cmpuint (ops_pace_get_finish (nothing), ==, 0);
  g_assert_cmpint (ops_pace_get_state (unestimated), ==, OPS_PACE_STATE_NEEDS_EFFORT);
  g_assert_cmpuint (ops_pace_get_n_unestimated (unestimated), ==, 3);

  g_assert_cmpint (ops_pace_get_state (no_dates), ==, OPS_PACE_STATE_UNDATED);
  g_assert_cmpuint (ops_pace_get_finish (no_dates), ==, T + 14);
  g_assert_cmpfloat (ops_pace_get_needed_hours (no_dates), ==, 0);
  g_assert_cmpuint (ops_pace_get_n_unestimated (no_dates), ==, 1);
}

/* A fraction of an hour a week for a lifetime's work ends on the last day
 * a date can be written, not past it. */
static void
test_far_finish_is_bounded (void)
{
  OpsPaceTask tasks[] = { { "a", 100000, 0 } };
  g_autoptr(OpsPace) pace = compute (tasks, 1, 0.01);
  g_autoptr(GDateTime) last = ops_pace_day_to_date (ops_pace_get_finish (pace));

  g_assert_cmpint (g_date_time_get_year (last), ==, 9999);
}

/* 100,000 steps, checked against what must hold: finishes in date order,
 * the plan ends when all the hours are spent, and the hours a week it says
 * are needed make every date while half of them do not. Speed is the
 * bench's business (tests/bench/bench-pace.c). */
static void
test_many_items (void)
{
  const guint n = 100000;
  g_autofree OpsPaceTask *tasks = g_new (OpsPaceTask, n);
  g_autoptr(OpsPace) pace = NULL, enough = NULL, half = NULL;
  double total = 0, needed;

  for (guint i = 0; i < n; i++)
    {
      tasks[i] = (OpsPaceTask) { GUINT_TO_POINTER (i + 1), 1 + i % 10, T + 1 + (i * 7919u) % 3650 };
      total += tasks[i].hours;
    }

  pace = compute (tasks, n, 500);
  g_assert_cmpuint (ops_pace_get_n_tasks (pace), ==, n);
  g_assert_cmpfloat_with_epsilon (ops_pace_get_total_hours (pace), total, 1e-6);
  g_assert_cmpuint (ops_pace_get_finish (pace), ==, T + (guint32) ceil (total * 7 / 500));
  for (guint i = 1; i < n; i++)
    if (tasks[i].deadline < tasks[i - 1].deadline)
      g_assert_cmpuint (ops_pace_get_task_finish (pace, i), <=, ops_pace_get_task_finish (pace, i - 1));

  needed = ops_pace_get_needed_hours (pace);
  g_assert_cmpfloat (needed, >, 0);
  enough = compute (tasks, n, ceil (needed));
  half = compute (tasks, n, needed / 2);
  g_assert_cmpint (ops_pace_get_state (enough), ==, OPS_PACE_STATE_ON_TRACK);
  g_assert_cmpuint (ops_pace_get_n_late (enough), ==, 0);
  g_assert_cmpint (ops_pace_get_state (half), ==, OPS_PACE_STATE_BEHIND);
  g_assert_true (ops_pace_lookup (half, GUINT_TO_POINTER (n), NULL, NULL));
}

/* The words the header and the PDF use */

static char *
describe (const OpsPaceTask *tasks,
          guint              n_tasks,
          double             hours_per_week,
          guint32            target,
          char             **detail)
{
  g_autoptr(OpsPace) pace = compute (tasks, n_tasks, hours_per_week);
  g_autoptr(GDateTime) date = target ? ops_pace_day_to_date (target) : NULL;

  return ops_pace_describe (pace, date, detail);
}

#define ASSERT_SAYS(expected, ...)                                  \
  G_STMT_START {                                                    \
    g_autofree char *said_ = describe (__VA_ARGS__);                \
    g_assert_cmpstr (said_, ==, expected);                          \
  } G_STMT_END

static void
test_describe (void)
{
  /* 60 hours, due 26 March 2026; at 6 a week done on 12 March. */
  OpsPaceTask one[] = { { "cpim", 60, T + 84 } };
  OpsPaceTask two[] = { { "cpim", 60, T + 84 }, { "overdue", 1, T - 3 } };
  OpsPaceTask small[] = { { "a", 1, T + 7 } };
  g_autoptr(GDate) june = g_date_new_dmy (30, G_DATE_JUNE, 2026);
  g_autofree char *detail = NULL;
  g_autofree char *headline = NULL;
  g_autoptr(OpsPace) unestimated = NULL;

  ASSERT_SAYS ("On track: done by March 2026, 2 weeks before your target", one, 1, 6, T + 84, NULL);
  ASSERT_SAYS ("On track: done by March 2026, 3 months before your target", one, 1, 6,
               g_date_get_julian (june), NULL);
  ASSERT_SAYS ("On track: done by March 2026, on your target date", one, 1, 6, T + 70, NULL);
  ASSERT_SAYS ("On track: every date made, done by March 2026", one, 1, 6, 0, NULL);
  ASSERT_SAYS ("Behind: making March 2026 takes 5 hours a week, more than the 4 you have", one, 1, 4, T + 84, NULL);
  ASSERT_SAYS ("Behind: making March 2026 takes 5 hours a week, more than the 4.5 you have", one, 1, 4.5, T + 84, NULL);
  ASSERT_SAYS ("Behind: making January 2026 takes 1 hour a week, more than the 0.5 you have", small, 1, 0.5, 0, NULL);
  ASSERT_SAYS ("Behind: 1 item is past its target date", two, 2, 40, T + 84, NULL);
  unestimated = ops_pace_compute (NULL, 0, 2, 6, T);
  g_clear_pointer (&headline, g_free);
  headline = ops_pace_describe (unestimated, NULL, &detail);
  g_assert_cmpstr (headline, ==, "Add the effort each item takes to see when you will be done");
  g_assert_null (detail);

  g_clear_pointer (&headline, g_free);
  headline = describe (two, 2, 0, 0, &detail);
  g_assert_cmpstr (headline, ==, "Set the hours a week you can give to see when you will be done");
  g_assert_cmpstr (detail, ==, "Making March 2026 takes 6 hours a week. 1 item is already past its target date.");
}

/* The plan */

static GDateTime *
day (guint32 julian)
{
  return ops_pace_day_to_date (julian);
}

static OpsPlanItem *
add_item (OpsPlan           *plan,
          const char        *title,
          double             hours,
          guint32            target,
          OpsPlanItemStatus  status)
{
  g_autoptr(OpsPlanItem) item = ops_plan_item_new (OPS_PLAN_ITEM_KIND_CUSTOM, title);
  g_autoptr(GDateTime) date = target ? day (target) : NULL;

  ops_plan_item_set_effort_hours (item, hours);
  ops_plan_item_set_target_date (item, date);
  ops_plan_item_set_status (item, status);
  ops_plan_add_item (plan, item);

  return item;
}

/* Done and skipped items are left out; an item without a date is held to
 * the plan's; one without an estimate is only counted. */
static void
test_plan_projection (void)
{
  g_autoptr(OpsPlan) plan = ops_plan_new ();
  g_autoptr(GDateTime) today = day (T);
  g_autoptr(GDateTime) target = day (T + 84);
  g_autoptr(OpsPace) pace = NULL;
  OpsPlanItem *open, *undated;
  guint32 finish = 0;
  gboolean late = FALSE;

  add_item (plan, "Done", 100, T + 7, OPS_PLAN_ITEM_STATUS_DONE);
  add_item (plan, "Skipped", 100, T + 7, OPS_PLAN_ITEM_STATUS_SKIPPED);
  open = add_item (plan, "Under way", 30, T + 35, OPS_PLAN_ITEM_STATUS_IN_PROGRESS);
  undated = add_item (plan, "Some day", 30, 0, OPS_PLAN_ITEM_STATUS_PLANNED);
  add_item (plan, "No estimate", 0, T + 7, OPS_PLAN_ITEM_STATUS_PLANNED);
  ops_plan_set_target_date (plan, target);
  ops_plan_set_hours_per_week (plan, 5);

  pace = ops_plan_compute_pace (plan, today);
  g_assert_cmpuint (ops_pace_get_n_tasks (pace), ==, 2);
  g_assert_cmpuint (ops_pace_get_n_unestimated (pace), ==, 1);
  g_assert_cmpfloat (ops_pace_get_hours_per_week (pace), ==, 5);
  g_assert_true (ops_pace_lookup (pace, open, &finish, &late));
  g_assert_cmpuint (finish, ==, T + 42);
  g_assert_true (late);
  g_assert_true (ops_pace_lookup (pace, undated, &finish, &late));
  g_assert_cmpuint (finish, ==, T + 84);
  g_assert_false (late);
  g_assert_cmpint (ops_pace_get_state (pace), ==, OPS_PACE_STATE_BEHIND);
  g_assert_cmpfloat_with_epsilon (ops_pace_get_needed_hours (pace), 6, 1e-9);
}

/* The cached projection follows every change that moves it, undo too. */
static void
test_plan_pace_follows_edits (void)
{
  g_autoptr(OpsPlan) plan = ops_plan_new ();
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  guint32 t = ops_pace_day_from_date (today);
  OpsPlanItem *item = add_item (plan, "CPIM", 70, t + 70, OPS_PLAN_ITEM_STATUS_PLANNED);

  g_assert_cmpint (ops_pace_get_state (ops_plan_get_pace (plan)), ==, OPS_PACE_STATE_NEEDS_HOURS);
  ops_plan_set_hours_per_week (plan, 7);
  g_assert_cmpint (ops_pace_get_state (ops_plan_get_pace (plan)), ==, OPS_PACE_STATE_ON_TRACK);
  ops_plan_item_set_effort_hours (item, 140);
  g_assert_cmpint (ops_pace_get_state (ops_plan_get_pace (plan)), ==, OPS_PACE_STATE_BEHIND);
  ops_plan_undo (plan);
  g_assert_cmpint (ops_pace_get_state (ops_plan_get_pace (plan)), ==, OPS_PACE_STATE_ON_TRACK);
  ops_plan_undo (plan);
  g_assert_cmpfloat (ops_plan_get_hours_per_week (plan), ==, 0);
  g_assert_cmpint (ops_pace_get_state (ops_plan_get_pace (plan)), ==, OPS_PACE_STATE_NEEDS_HOURS);
  ops_plan_item_set_status (item, OPS_PLAN_ITEM_STATUS_DONE);
  g_assert_cmpint (ops_pace_get_state (ops_plan_get_pace (plan)), ==, OPS_PACE_STATE_NOTHING_LEFT);
}

/* The file */

/* Plans written before there were hours a week read as they are, with
 * none, and write back byte for byte. */
static void
test_older_plans_unchanged (void)
{
  const char *names[] = { "full.json", "format-1.json" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GBytes) original = ops_test_read_fixture ("plans", names[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(OpsPlan) plan = ops_plan_load_from_bytes (original, NULL, &error);
      g_autoptr(GBytes) saved = NULL;

      g_assert_no_error (error);
      g_assert_cmpfloat (ops_plan_get_hours_per_week (plan), ==, 0);
      g_assert_false (ops_plan_get_modified (plan));
      saved = ops_plan_to_bytes (plan);
      g_assert_null (g_strstr_len (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved), "hours-per-week"));
      if (i == 0)
        g_assert_true (g_bytes_equal (saved, original));
    }
}

static OpsPlan *
load_text (const char  *json,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return ops_plan_load_from_bytes (bytes, NULL, error);
}

static void
test_hours_saved (void)
{
  g_autoptr(OpsPlan) plan = ops_plan_new ();
  g_autoptr(OpsPlan) reloaded = NULL;
  g_autoptr(OpsPlan) whole = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  ops_plan_set_hours_per_week (plan, 7.5);
  bytes = ops_plan_to_bytes (plan);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), -1, "\n  \"hours-per-week\": 7.5,\n"));
  reloaded = ops_plan_load_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (ops_plan_get_hours_per_week (reloaded), ==, 7.5);

  whole = load_text ("{\"format\": 2, \"hours-per-week\": 6}", &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (ops_plan_get_hours_per_week (whole), ==, 6);
}

/* More than the hours of a week, or not a number, is an error naming the
 * key; the plan is not half read. */
static void
test_hours_invalid (void)
{
  const char *bad[] = {
    "{\"format\": 2, \"hours-per-week\": 169}",
    "{\"format\": 2, \"hours-per-week\": -1}",
    "{\"format\": 2, \"hours-per-week\": \"six\"}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(OpsPlan) plan = load_text (bad[i], &error);

      g_assert_null (plan);
      g_assert_error (error, OPS_ERROR, OPS_ERROR_PLAN_INVALID);
      g_assert_nonnull (strstr (error->message, "“hours-per-week”"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pace/one-item", test_one_item);
  g_test_add_func ("/pace/sequence", test_sequence);
  g_test_add_func ("/pace/earliest-date-first", test_earliest_date_first);
  g_test_add_func ("/pace/sharing-hours", test_sharing_hours);
  g_test_add_func ("/pace/already-late", test_already_late);
  g_test_add_func ("/pace/zero-hours", test_zero_hours);
  g_test_add_func ("/pace/without-effort-or-date", test_without_effort_or_date);
  g_test_add_func ("/pace/far-finish-is-bounded", test_far_finish_is_bounded);
  g_test_add_func ("/pace/many-items", test_many_items);
  g_test_add_func ("/pace/describe", test_describe);
  g_test_add_func ("/pace/plan-projection", test_plan_projection);
  g_test_add_func ("/pace/plan-pace-follows-edits", test_plan_pace_follows_edits);
  g_test_add_func ("/pace/older-plans-unchanged", test_older_plans_unchanged);
  g_test_add_func ("/pace/hours-saved", test_hours_saved);
  g_test_add_func ("/pace/hours-invalid", test_hours_invalid);

  return g_test_run ();
}
