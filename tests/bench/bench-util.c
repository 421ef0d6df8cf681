/* bench-util.c: what the benchmarks share
 *
 * Each benchmark prints what it measured for people, and one line
 * "RESULT name value unit" per figure for build-aux/sdk-bench, which
 * collects them into the table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench-util.h"

double
ops_bench_now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* CPU time of the whole process, every thread: on a shared machine it
 * counts the work done rather than the time spent waiting for a core. */
double
ops_bench_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);

  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return (da > db) - (da < db);
}

/* Sorts @values in place. */
double
ops_bench_median (double *values,
                  guint   n)
{
  g_assert (n > 0);

  qsort (values, n, sizeof (double), compare_doubles);

  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

void
ops_bench_result (const char *name,
                  double      value,
                  const char *unit)
{
  g_print ("RESULT %s %.6g %s\n", name, value, unit);
}

/* A plan of @n_items in format 1, as a person's plan might grow: a mix of
 * kinds and statuses, a third of the items from the catalog, dates on most,
 * notes on half, links on a fifth. Written as text, not through OpsPlan,
 * so that making a 100,000-item plan does not cost what is measured. */
GBytes *
ops_bench_plan_json (guint n_items)
{
  static const char *kinds[] = { "certification", "education", "skill", "experience", "networking", "custom" };
  static const char *statuses[] = { "planned", "in-progress", "done", "skipped" };
  static const char *catalog_ids[] = { "cpim", "cscp", "lss-green-belt", "five-s", "erp" };
  GString *out = g_string_sized_new (n_items * 330 + 512);

  g_string_append (out,
                   "{\n"
                   "  \"format\": 1,\n"
                   "  \"owner-name\": \"Benchmark Person\",\n"
                   "  \"current-role-id\": \"operations-analyst\",\n"
                   "  \"target-role-id\": \"operations-manager\",\n"
                   "  \"target-date\": \"2030-06-30\",\n"
                   "  \"why\": \"Run a plant my way.\",\n"
                   "  \"items\": [");
  for (guint i = 0; i < n_items; i++)
    {
      g_string_append_printf (out, "%s\n    {\n      \"kind\": \"%s\",\n", i ? "," : "", kinds[i % 6]);
      if (i % 3 == 0)
        g_string_append_printf (out, "      \"catalog-id\": \"%s\",\n", catalog_ids[i / 3 % 5]);
      g_string_append_printf (out, "      \"title\": \"Item %u: practise the next step of the plan\",\n", i);
      g_string_append_printf (out, "      \"status\": \"%s\"", statuses[i % 4]);
      if (i % 3 != 0)
        g_string_append_printf (out, ",\n      \"target-date\": \"%04u-%02u-%02u\"", 2026 + i % 4, 1 + i % 12, 1 + i % 28);
      if (i % 4 == 2)
        g_string_append_printf (out, ",\n      \"completion-date\": \"%04u-%02u-%02u\"", 2025, 1 + i % 12, 1 + i % 28);
      if (i % 7 != 0)
        g_string_append_printf (out, ",\n      \"effort-hours\": %u", i % 7 * 10);
      if (i % 5 == 0)
        g_string_append (out, ",\n      \"links\": [\n        \"https://example.org/a/rather/long/link/to/some/course\"\n      ]");
      if (i % 2 == 0)
        g_string_append (out, ",\n      \"notes\": \"Two evenings a week.\\nAsk the mentor for feedback after each module.\"");
      g_string_append (out, "\n    }");
    }
  g_string_append (out, "\n  ]\n}\n");

  return g_string_free_to_bytes (out);
}

/* @catalog (catalog.xml) with its entries repeated @copies times. Copy k
 * gets every id and every reference suffixed with "-k", so each copy is a
 * whole set of entries of its own and the loader's checks (unique ids,
 * references that resolve, no cycles) do k times the work. The overview,
 * the five stages and the specialist paths (branches) are not copied:
 * there is one of each rank, and the copied roles still belong to them
 * and to the same paths, as a bigger catalog would have more roles on
 * each path rather than more paths. */
GBytes *
ops_bench_catalog_xml (GBytes *catalog,
                       guint   copies)
{
  gsize len;
  const char *xml = g_bytes_get_data (catalog, &len);
  g_autofree char *text = g_strndup (xml, len);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GRegex) singletons = NULL;
  g_autoptr(GRegex) ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *entries = NULL;
  const char *open_end, *close;

  close = g_strrstr (text, "</catalog>");
  g_assert (close != NULL);

  singletons = g_regex_new ("<(overview|stage|branch)\\b.*?</\\1>", G_REGEX_DOTALL | G_REGEX_OPTIMIZE, 0, &error);
  g_assert_no_error (error);
  ids = g_regex_new ("\\b(id|ref|counterpart)=\"([^\"]+)\"", G_REGEX_OPTIMIZE, 0, &error);
  g_assert_no_error (error);
  open_end = strchr (strstr (text, "<catalog"), '>') + 1;
  entries = g_regex_replace_literal (singletons, open_end, close - open_end, 0, "", 0, &error);
  g_assert_no_error (error);

  g_string_append_len (out, text, close - text);
  for (guint k = 1; k < copies; k++)
    {
      g_autofree char *replacement = g_strdup_printf ("\\1=\"\\2-%u\"", k);
      g_autofree char *copy = g_regex_replace (ids, entries, -1, 0, replacement, 0, &error);

      g_assert_no_error (error);
      g_string_append (out, copy);
    }
  g_string_append (out, close);

  return g_string_free_to_bytes (g_steal_pointer (&out));
}

static guint frames_painted;

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  frames_painted++;
}

/* Counts the frames @widget's window paints, which
 * ops_bench_wait_for_frame () waits for. @widget must be realized. */
void
ops_bench_count_frames (GtkWidget *widget)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint", G_CALLBACK (after_paint_cb), NULL);
}

static gboolean
set_flag_cb (gpointer flag)
{
  *(gboolean *) flag = TRUE;

  return G_SOURCE_REMOVE;
}

/* Iterates until @done holds (when given) and a frame has been painted
 * after that, so what @done waited for is on screen. Returns %FALSE if
 * @timeout_ms went by first: a frame comes only when something asked for
 * one, and a change that changes nothing asks for none. The timeout also
 * wakes the main loop, so a missing frame cannot leave the benchmark
 * asleep in g_main_context_iteration () for ever. */
gboolean
ops_bench_wait_for_frame (gboolean (*done) (gpointer),
                          gpointer   data,
                          guint      timeout_ms)
{
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add (timeout_ms, set_flag_cb, &timed_out);
  guint painted;

  while (!timed_out && done != NULL && !done (data))
    g_main_context_iteration (NULL, TRUE);

  painted = frames_painted;
  while (!timed_out && frames_painted == painted)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (timeout_id);

  return !timed_out;
}

/* Iterates until no frame has been painted for @quiet_ms: what the last
 * step set off (an animation, a list that grows a screenful a frame) is
 * over and will not be billed to the next. Bounded: gives up after a
 * minute, as an animation that never ends would otherwise hang it. */
void
ops_bench_wait_for_quiet (guint quiet_ms)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline)
    {
      guint painted = frames_painted;
      gboolean waited = FALSE;

      g_timeout_add (quiet_ms, set_flag_cb, &waited);
      while (!waited)
        g_main_context_iteration (NULL, TRUE);
      if (frames_painted == painted)
        return;
    }
}
