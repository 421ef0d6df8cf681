/* bench-catalog.c: how long loading the career catalog takes
 *
 * The shipped catalog is loaded at every start-up; a synthetic one with
 * its entries repeated 100 times (new ids, same references) shows how the
 * loader scales as the catalog grows. A benchmark, not a test: it asserts
 * nothing about time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bench-util.h"
#include "ops-catalog.h"

static guint
count_entries (OpsCatalog *catalog)
{
  guint n_items = 0;

  for (guint k = 0; k < OPS_N_ITEM_KINDS; k++)
    n_items += g_list_model_get_n_items (ops_catalog_get_items (catalog, k));

  return n_items;
}

static void
bench (const char *name,
       GBytes     *bytes,
       guint       runs)
{
  g_autofree double *times = g_new (double, runs);
  guint n_items = 0;
  double median;
  g_autofree char *key = NULL;

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GError) error = NULL;
      double start = ops_bench_now_ms ();
      g_autoptr(OpsCatalog) catalog = ops_catalog_new_from_bytes (bytes, &error);

      times[i] = ops_bench_now_ms () - start;
      g_assert_no_error (error);
      n_items = count_entries (catalog);
    }

  median = ops_bench_median (times, runs);
  g_print ("catalog load, %s: %u entries, %" G_GSIZE_FORMAT " kB, median %.3f ms (min %.3f, max %.3f), "
           "%.2f us per entry, %u runs\n",
           name, n_items, g_bytes_get_size (bytes) / 1024, median, times[0], times[runs - 1],
           1000.0 * median / n_items, runs);
  key = g_strdup_printf ("catalog.%s", name);
  ops_bench_result (key, median, "ms");
  g_free (key);
  key = g_strdup_printf ("catalog.%s.entries", name);
  ops_bench_result (key, n_items, "entries");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (OPS_CATALOG_RESOURCE, 0, NULL);
  g_autoptr(GBytes) synthetic = NULL;

  g_assert (bytes != NULL);
  synthetic = ops_bench_catalog_xml (bytes, 100);

  bench ("x1", bytes, 101);
  bench ("x100", synthetic, 7);

  return 0;
}
