/* bench-pace.c: the pace projection at 100, 10,000 and 100,000 items
 *
 * ops_pace_compute () alone, over steps with efforts and dates spread over
 * ten years, as the plan page's header asks for it after an edit; and
 * ops_plan_compute_pace (), which also walks the plan's items. The
 * projection sorts once and walks once, so the time per item should stay
 * about the same (n log n) from 100 to 100,000.
 *
 * Times are process CPU time. A benchmark, not a test: it asserts nothing
 * about time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bench-util.h"
#include "ops-pace.h"
#include "ops-plan.h"
#include "ops-plan-serializer.h"

#define TODAY 740000   /* a Julian day in 2027 */

static OpsPaceTask *
make_tasks (guint n)
{
  OpsPaceTask *tasks = g_new (OpsPaceTask, n);

  for (guint i = 0; i < n; i++)
    tasks[i] = (OpsPaceTask) { GUINT_TO_POINTER (i + 1), 1 + i % 40, i % 7 ? TODAY + 1 + (i * 7919u) % 3650 : 0 };

  return tasks;
}

static OpsPlan *
make_plan (guint n)
{
  g_autoptr(GBytes) json = ops_bench_plan_json (n);
  g_autoptr(GError) error = NULL;
  OpsPlan *plan = ops_plan_load_from_bytes (json, NULL, &error);

  g_assert_no_error (error);
  ops_plan_set_hours_per_week (plan, 10);

  return plan;
}

static void
bench (guint n,
       guint runs)
{
  g_autofree OpsPaceTask *tasks = make_tasks (n);
  g_autofree double *alone = g_new (double, runs);
  g_autofree double *whole = g_new (double, runs);
  g_autoptr(OpsPlan) plan = make_plan (n);
  g_autoptr(GDateTime) today = g_date_time_new_utc (2027, 6, 1, 0, 0, 0);
  g_autofree char *alone_key = g_strdup_printf ("pace.compute.%u", n);
  g_autofree char *plan_key = g_strdup_printf ("pace.plan.%u", n);
  double median_alone, median_whole;

  for (guint i = 0; i < runs + 1; i++)
    {
      double start = ops_bench_cpu_ms ();
      g_autoptr(OpsPace) pace = ops_pace_compute (tasks, n, 0, 10, TODAY);
      g_autoptr(OpsPace) from_plan = NULL;

      if (i > 0)
        alone[i - 1] = ops_bench_cpu_ms () - start;

      start = ops_bench_cpu_ms ();
      from_plan = ops_plan_compute_pace (plan, today);
      if (i > 0)
        whole[i - 1] = ops_bench_cpu_ms () - start;
      g_assert_cmpuint (ops_pace_get_n_tasks (pace), ==, n);
    }

  median_alone = ops_bench_median (alone, runs);
  median_whole = ops_bench_median (whole, runs);
  g_print ("pace projection, %u items: %.3f ms CPU (%.3f µs/item); from the plan %.3f ms (median of %u)\n",
           n, median_alone, 1000 * median_alone / n, median_whole, runs);
  ops_bench_result (alone_key, median_alone, "ms");
  ops_bench_result (plan_key, median_whole, "ms");
}

int
main (int   argc,
      char *argv[])
{
  bench (100, 51);
  bench (10000, 21);
  bench (100000, 9);

  return 0;
}
