/* bench-catalog.c: how long loading the career catalog takes
 *
 * Prints the median of many loads of the shipped catalog. A benchmark, not
 * a test: it asserts nothing about time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-catalog.h"

#define RUNS 200

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return (da > db) - (da < db);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (OPS_CATALOG_RESOURCE, 0, NULL);
  double times[RUNS];
  guint n_items = 0;

  g_assert (bytes != NULL);

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(OpsCatalog) catalog = ops_catalog_new_from_bytes (bytes, &error);

      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      g_assert_no_error (error);
      n_items = 0;
      for (guint k = 0; k < OPS_N_ITEM_KINDS; k++)
        n_items += g_list_model_get_n_items (ops_catalog_get_items (catalog, k));
    }

  qsort (times, RUNS, sizeof (double), compare_doubles);
  g_print ("catalog load: %u entries, %" G_GSIZE_FORMAT " bytes, median %.3f ms, min %.3f ms, max %.3f ms (%d runs)\n",
           n_items, g_bytes_get_size (bytes), times[RUNS / 2], times[0], times[RUNS - 1], RUNS);

  return 0;
}
