/* bench-export.c: how long exporting a plan as a PDF takes
 *
 * Prints the median of several exports of plans with 100 and 1,000 items,
 * split into making the plan document (the copy taken on the main thread)
 * and drawing plus writing the PDF (the part that runs on the worker). A
 * benchmark, not a test: it asserts nothing about time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "ops-pdf-writer.h"
#include "ops-plan-document.h"

#define RUNS 7

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return (da > db) - (da < db);
}

static OpsPlan *
make_plan (guint n_items)
{
  OpsPlan *plan = ops_plan_new ();

  ops_plan_set_owner_name (plan, "Benchmark Person");
  ops_plan_set_current_role (plan, "operations-analyst", NULL);
  ops_plan_set_target_role (plan, "coo", NULL);
  for (guint i = 0; i < n_items; i++)
    {
      g_autofree char *title = g_strdup_printf ("Item %u: practise the next step of the plan", i);
      g_autoptr(OpsPlanItem) item = ops_plan_item_new ((OpsPlanItemKind) (i % 6), title);
      g_autoptr(GDateTime) date = g_date_time_new_utc (2026 + i % 4, 1 + i % 12, 1 + i % 28, 0, 0, 0);
      const char *links[] = { "https://example.org/a/rather/long/link/to/some/course", NULL };

      ops_plan_item_set_status (item, (OpsPlanItemStatus) (i % 4));
      if (i % 3 != 0)
        ops_plan_item_set_target_date (item, date);
      if (i % 2 == 0)
        ops_plan_item_set_notes (item, "Two evenings a week.\nAsk the mentor for feedback after each module, "
                                       "and write down what to change next time.");
      if (i % 5 == 0)
        ops_plan_item_set_links (item, links);
      ops_plan_item_set_effort_hours (item, i % 7 * 10);
      ops_plan_add_item (plan, item);
    }

  return plan;
}

static void
bench (OpsCatalog *catalog,
       guint       n_items,
       const char *dir)
{
  g_autoptr(OpsPlan) plan = make_plan (n_items);
  g_autofree char *path = g_strdup_printf ("%s/bench-%u.pdf", dir, n_items);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  double totals[RUNS], documents[RUNS];
  guint n_pages = 0;
  goffset size = 0;

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GFileInfo) info = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(OpsPlanDocument) document = ops_plan_document_new (plan, catalog, now);

      documents[i] = (g_get_monotonic_time () - start) / 1000.0;
      start = g_get_monotonic_time ();
      if (!ops_pdf_writer_write (plan, catalog, file, OPS_PAGE_SIZE_A4, NULL, &error))
        g_error ("%s", error->message);
      totals[i] = (g_get_monotonic_time () - start) / 1000.0;

      info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
      size = g_file_info_get_size (info);
      if (n_pages == 0)
        {
          cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
          cairo_t *cr = cairo_create (surface);

          n_pages = ops_plan_document_paginate (document, cr, 595.276, 841.89);
          cairo_destroy (cr);
          cairo_surface_destroy (surface);
        }
    }

  qsort (totals, RUNS, sizeof (double), compare_doubles);
  qsort (documents, RUNS, sizeof (double), compare_doubles);
  g_print ("PDF export, %4u items: %u pages, %" G_GOFFSET_FORMAT " kB, median %.1f ms (min %.1f, max %.1f; "
           "copying the plan %.2f ms), %d runs\n",
           n_items, n_pages, size / 1024, totals[RUNS / 2], totals[0], totals[RUNS - 1], documents[RUNS / 2], RUNS);
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsCatalog) catalog = ops_catalog_new_default (&error);
  g_autofree char *dir = g_dir_make_tmp ("bench-export-XXXXXX", &error);

  g_assert_no_error (error);

  bench (catalog, 100, dir);
  bench (catalog, 1000, dir);
  g_rmdir (dir);

  return 0;
}
