/* bench-map.c: the career map with the shipped catalog and one ten times
 * its size
 *
 * - map open: building the map page for the catalog and showing it, until
 *   its first frame has been painted;
 * - re-layout: a zoom step, which lays every node and link out again, until
 *   the frame that shows it;
 * - redraw: the floor of a zoom step, the same map drawn anew with
 *   nothing laid out again: its view moved by a pixel, which draws every
 *   node in view again as the zoom step does (a queued draw with nothing
 *   changed would draw nothing: GSK redraws only what differs), until
 *   that frame. It runs right after the step, at the zoom the step went
 *   to: it snapshots and renders what is in view, but measures, allocates
 *   and lays out nothing, and its glyphs are already rasterised at that
 *   size, which the step had to do; so it is a floor for what a step
 *   draws, not for a whole step. The ratio of step to floor is taken in
 *   each run, the step and then its floor, and the median of those
 *   ratios reported, as the other rows' ratios are;
 * - layout alone: OpsMapLayout's graph layout and placement, no widgets.
 *
 * Times are process CPU time, every thread. A benchmark, not a test: it
 * asserts nothing about time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bench-util.h"
#include "ops-map-page.h"
#include "ops-test-util.h"

/* Iterates until a frame has been painted; bounded, like the tests' waits. */
static void
wait_for_frame (void)
{
  g_assert_true (ops_bench_wait_for_frame (NULL, NULL, 120 * 1000));
}

/* A zoom step, until the frame that lays the map out at the new size and
 * what that starts (the map scrolls back to where the person stands,
 * which may take a frame more). A function of its own, so that a profile
 * can count it alone: '--toggle-collect=relayout_step*' (the compiler
 * may name its copy relayout_step.constprop.0). */
static G_GNUC_NO_INLINE void
relayout_step (OpsCareerMap *map,
               double        zoom)
{
  ops_career_map_set_zoom (map, zoom);
  wait_for_frame ();
  ops_test_spin (50);
}

/* The map drawn anew without a layout, until that frame: what a frame of
 * this window costs the renderer ('--toggle-collect=redraw_step*'). */
static G_GNUC_NO_INLINE void
redraw_step (OpsCareerMap *map)
{
  GtkAdjustment *adjustment =
    gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (map),
                                                                                        GTK_TYPE_SCROLLED_WINDOW)));
  double value = gtk_adjustment_get_value (adjustment);

  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment), >=, 1);
  gtk_adjustment_set_value (adjustment, value >= 1 ? value - 1 : value + 1);
  wait_for_frame ();
  ops_test_spin (50);
}

static OpsCatalog *
catalog_times (guint copies)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (OPS_CATALOG_RESOURCE, 0, NULL);
  g_autoptr(GBytes) big = copies > 1 ? ops_bench_catalog_xml (bytes, copies) : g_bytes_ref (bytes);
  g_autoptr(GError) error = NULL;
  OpsCatalog *catalog = ops_catalog_new_from_bytes (big, &error);

  g_assert_no_error (error);

  return catalog;
}

static void
report (const char *what,
        const char *name,
        guint       n_roles,
        double     *values,
        guint       runs)
{
  g_autofree char *key = g_strdup_printf ("map.%s.%s", what, name);
  g_autofree char *roles_key = g_strdup_printf ("map.%s.roles", name);
  double median = ops_bench_median (values, runs);

  g_print ("map %s, %s (%u roles): %.2f ms CPU (median of %u)\n", what, name, n_roles, median, runs);
  ops_bench_result (key, median, "ms");
  ops_bench_result (roles_key, n_roles, "roles");
}

static void
bench (GtkWindow  *window,
       const char *name,
       guint       copies,
       guint       runs)
{
  g_autoptr(OpsCatalog) catalog = catalog_times (copies);
  g_autofree double *open = g_new (double, runs);
  g_autofree double *relayout = g_new (double, runs);
  g_autofree double *redraw = g_new (double, runs);
  g_autofree double *ratio = g_new (double, runs);
  g_autofree double *layout = g_new (double, runs);
  guint n_roles = 0;

  for (guint i = 0; i < runs + 1; i++)
    {
      AdwNavigationView *view = ADW_NAVIGATION_VIEW (adw_navigation_view_new ());
      OpsMapMetrics metrics = { .width = 1000, .node_width_min = 124, .node_width_max = 200, .node_height = 60,
                                .column_spacing = 16, .row_spacing = 28, .band_header = 24, .band_padding = 8,
                                .band_spacing = 8, .margin = 8 };
      OpsCareerMap *map;
      GtkWidget *page;
      double start;

      /* The last run's page goes; the first run has none, and a window
       * that does not change paints no frame. */
      if (i > 0)
        {
          adw_window_set_content (ADW_WINDOW (window), NULL);
          wait_for_frame ();
        }
      ops_test_spin (50);

      start = ops_bench_cpu_ms ();
      page = ops_map_page_new (catalog, NULL);
      adw_navigation_view_push (view, ADW_NAVIGATION_PAGE (page));
      adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (view));
      wait_for_frame ();
      if (i > 0)
        open[i - 1] = ops_bench_cpu_ms () - start;
      ops_test_spin (50);

      map = ops_map_page_get_map (OPS_MAP_PAGE (page));
      n_roles = ops_map_layout_get_n_nodes (ops_career_map_get_layout (map));
      /* A zoom the map has already changes nothing and paints no frame:
       * each run's page is new, at 100 %. */
      g_assert_cmpfloat (ops_career_map_get_zoom (map), <, 1.1);
      start = ops_bench_cpu_ms ();
      relayout_step (map, 1.25);
      if (i > 0)
        relayout[i - 1] = ops_bench_cpu_ms () - start;

      start = ops_bench_cpu_ms ();
      redraw_step (map);
      if (i > 0)
        {
          redraw[i - 1] = ops_bench_cpu_ms () - start;
          ratio[i - 1] = relayout[i - 1] / redraw[i - 1];
        }

      start = ops_bench_cpu_ms ();
      {
        g_autoptr(OpsMapLayout) alone = ops_map_layout_new (ops_catalog_get_stages (catalog));

        ops_map_layout_place (alone, &metrics);
      }
      if (i > 0)
        layout[i - 1] = ops_bench_cpu_ms () - start;
    }

  report ("open", name, n_roles, open, runs);
  report ("relayout", name, n_roles, relayout, runs);
  report ("redraw", name, n_roles, redraw, runs);
  report ("layout", name, n_roles, layout, runs);
  {
    g_autofree char *key = g_strdup_printf ("map.relayout-ratio.%s", name);
    double median = ops_bench_median (ratio, runs);

    g_print ("map re-layout to redraw, %s: %.2f× (median of %u runs' ratios)\n", name, median, runs);
    ops_bench_result (key, median, "x");
  }
}

int
main (int   argc,
      char *argv[])
{
  GtkWindow *window;

  ops_test_init (&argc, &argv);
  window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (window, 1000, 700);
  gtk_window_present (window);
  ops_bench_count_frames (GTK_WIDGET (window));
  wait_for_frame ();

  /* "x1" or "x10" alone, for a profile. */
  if (argc < 2 || g_str_equal (argv[1], "x1"))
    bench (window, "x1", 1, 9);
  if (argc < 2 || g_str_equal (argv[1], "x10"))
    bench (window, "x10", 10, 7);

  gtk_window_destroy (window);

  return 0;
}
