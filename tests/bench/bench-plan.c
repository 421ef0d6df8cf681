/* bench-plan.c: loading and saving plans of 100 to 100,000 items
 *
 * Loading is measured against the floor json-glib sets: parsing the same
 * bytes into a JsonNode tree, and freeing it, and nothing else. Each run times the bare
 * parse and the load back to back and divides, so the ratio holds even
 * when the machine's load changes between runs. Saving goes through the
 * store as autosave does: serialise on the main thread, write a temporary
 * file and rename it over the plan in a worker, keep the old one as a
 * backup. A benchmark, not a test: it asserts nothing about time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sys/resource.h>
#include <time.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "bench-util.h"
#include "ops-plan-serializer.h"
#include "ops-plan-store.h"

/* What one parse or load cost besides its wall time: the CPU time of this
 * thread, and the pages the kernel mapped for the process meanwhile
 * (minor faults), to see where the wall-time ratio parts from the
 * instruction count's (docs/performance.md, "Loading a plan"). */
typedef struct
{
  double cpu_ms;
  double faults;
} Cost;

static Cost
cost_now (void)
{
  struct timespec ts;
  struct rusage usage;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  getrusage (RUSAGE_SELF, &usage);

  return (Cost) { ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6, usage.ru_minflt };
}

/* *@cost becomes what was spent since @start. */
static void
cost_since (Cost *cost,
            Cost  start)
{
  Cost now = cost_now ();

  cost->cpu_ms = now.cpu_ms - start.cpu_ms;
  cost->faults = now.faults - start.faults;
}

/* The floor: what any loader built on json-glib pays, parsing the bytes
 * into a tree of JsonNodes and freeing the tree when done with it. */
static double
time_parse (GBytes *bytes,
            Cost   *cost)
{
  JsonParser *parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  Cost before = cost_now ();
  double start = ops_bench_now_ms (), elapsed;

  json_parser_load_from_data (parser, data, len, &error);
  g_object_unref (parser);
  elapsed = ops_bench_now_ms () - start;
  cost_since (cost, before);
  g_assert_no_error (error);

  return elapsed;
}

static double
time_load (GBytes     *bytes,
           OpsCatalog *catalog,
           guint       n_items,
           Cost       *cost)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsPlan) plan = NULL;
  Cost before = cost_now ();
  double start = ops_bench_now_ms (), elapsed;

  plan = ops_plan_load_from_bytes (bytes, catalog, &error);
  elapsed = ops_bench_now_ms () - start;
  cost_since (cost, before);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ops_plan_get_items (plan)), ==, n_items);

  return elapsed;
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  ops_plan_store_save_finish (OPS_PLAN_STORE (object), result, &error);
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static double
time_save (OpsPlanStore *store)
{
  gboolean done = FALSE;
  double start = ops_bench_now_ms ();

  ops_plan_store_save_async (store, NULL, saved_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  return ops_bench_now_ms () - start;
}

static void
bench (OpsCatalog *catalog,
       guint       n_items,
       guint       runs,
       const char *dir)
{
  g_autoptr(GBytes) bytes = ops_bench_plan_json (n_items);
  g_autofree double *parses = g_new (double, runs);
  g_autofree double *loads = g_new (double, runs);
  g_autofree double *ratios = g_new (double, runs);
  g_autofree double *saves = g_new (double, runs);
  g_autofree double *serialises = g_new (double, runs);
  g_autofree double *cpu_ratios = g_new (double, runs);
  g_autofree double *parse_faults = g_new (double, runs);
  g_autofree double *load_faults = g_new (double, runs);
  Cost parse_cost, load_cost;
  g_autofree char *path = g_strdup_printf ("%s/plan-%u.json", dir, n_items);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(OpsPlanStore) store = ops_plan_store_new (file, catalog);
  g_autoptr(OpsPlan) plan = ops_plan_load_from_bytes (bytes, catalog, NULL);
  double parse, load, ratio, save, serialise, cpu_ratio;
  char key[64];

  g_assert_nonnull (plan);
  /* Nothing may save behind the benchmark's back. */
  ops_plan_store_set_autosave_delay (store, G_MAXUINT);
  ops_plan_store_new_plan (store, plan);

  /* One of each first, so that no run pays for warming the caches. */
  time_parse (bytes, &parse_cost);
  time_load (bytes, catalog, n_items, &load_cost);

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GBytes) written = NULL;
      double start;

      /* Which goes first alternates, so neither always meets a warm cache. */
      if (i % 2 == 0)
        {
          parses[i] = time_parse (bytes, &parse_cost);
          loads[i] = time_load (bytes, catalog, n_items, &load_cost);
        }
      else
        {
          loads[i] = time_load (bytes, catalog, n_items, &load_cost);
          parses[i] = time_parse (bytes, &parse_cost);
        }
      ratios[i] = loads[i] / parses[i];
      cpu_ratios[i] = load_cost.cpu_ms / parse_cost.cpu_ms;
      parse_faults[i] = parse_cost.faults;
      load_faults[i] = load_cost.faults;

      start = ops_bench_now_ms ();
      written = ops_plan_to_bytes (plan);
      serialises[i] = ops_bench_now_ms () - start;
      saves[i] = time_save (store);
    }

  parse = ops_bench_median (parses, runs);
  load = ops_bench_median (loads, runs);
  ratio = ops_bench_median (ratios, runs);
  save = ops_bench_median (saves, runs);
  serialise = ops_bench_median (serialises, runs);
  cpu_ratio = ops_bench_median (cpu_ratios, runs);

  g_print ("plan of %6u items, %6" G_GSIZE_FORMAT " kB: json-glib parse %.2f ms, load %.2f ms (%.2f× the parse), "
           "serialise %.2f ms, save %.2f ms; per item: load %.2f us, save %.2f us; %u runs\n",
           n_items, g_bytes_get_size (bytes) / 1024, parse, load, ratio, serialise, save,
           1000.0 * load / n_items, 1000.0 * save / n_items, runs);
  g_print ("  load: %.2f× the parse in CPU time; minor page faults, parse %.0f, load %.0f\n",
           cpu_ratio, ops_bench_median (parse_faults, runs), ops_bench_median (load_faults, runs));

#define RESULT(what, value, unit) \
  g_snprintf (key, sizeof key, "plan.%u.%s", n_items, what); \
  ops_bench_result (key, value, unit);
  RESULT ("bytes", g_bytes_get_size (bytes), "bytes");
  RESULT ("parse", parse, "ms");
  RESULT ("load", load, "ms");
  RESULT ("load-ratio", ratio, "x");
  RESULT ("load-cpu-ratio", cpu_ratio, "x");
  RESULT ("parse-faults", ops_bench_median (parse_faults, runs), "faults");
  RESULT ("load-faults", ops_bench_median (load_faults, runs), "faults");
  RESULT ("serialise", serialise, "ms");
  RESULT ("save", save, "ms");
#undef RESULT

  g_unlink (path);
  g_unlink (backup);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsCatalog) catalog = NULL;
  g_autofree char *dir = NULL;

  /* bench-plan --write N PATH: the generated plan of N items, for the
   * benchmarks that run the app itself. */
  if (argc == 4 && g_str_equal (argv[1], "--write"))
    {
      g_autoptr(GBytes) bytes = ops_bench_plan_json (g_ascii_strtoull (argv[2], NULL, 10));

      if (!g_file_set_contents (argv[3], g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error))
        g_error ("%s", error->message);
      return 0;
    }

  catalog = ops_catalog_new_default (&error);
  g_assert_no_error (error);
  dir = g_dir_make_tmp ("bench-plan-XXXXXX", &error);
  g_assert_no_error (error);

  /* bench-plan N: one size, one run, for a profiler. */
  if (argc == 2)
    bench (catalog, g_ascii_strtoull (argv[1], NULL, 10), 1, dir);
  else
    {
      bench (catalog, 100, 41, dir);
      bench (catalog, 10000, 9, dir);
      bench (catalog, 100000, 5, dir);
    }
  g_rmdir (dir);

  return 0;
}
