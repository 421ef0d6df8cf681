/* bench-window.c: the window with a big plan, as a person uses it
 *
 * Drives the real window on the (virtual) display:
 * - opening the plan page with 100 and with 10,000 items, until the first
 *   frame that shows it has been painted;
 * - searching the catalog as you type, with a small plan and with a plan of
 *   10,000 items on screen: the search entry's text grows a character at a
 *   time, and each keystroke counts until the frame showing its results;
 *   taking turns query by query, the same keystrokes are typed into a bare
 *   window holding only a search entry, the floor a keystroke cannot go
 *   below;
 * - typing in an item's notes, which changes the plan at every keystroke.
 *
 * Times are process CPU time, every thread, from the keystroke (or the
 * action) to the end of the frame that shows its result: the work done,
 * not the wait for the next frame or for a core on a shared machine. Wall
 * times are printed too. A benchmark, not a test: it asserts nothing
 * about time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bench-util.h"
#include "ops-plan-page.h"
#include "ops-plan-serializer.h"
#include "ops-test-util.h"

typedef struct
{
  double cpu;
  double wall;
} Span;

/* Iterates until @done holds (when given) and a frame has been painted
 * after that. Bounded, like the tests' waits: valgrind on a busy machine
 * is slow. */
static void
wait_for_frame (gboolean (*done) (gpointer),
                gpointer   data)
{
  g_assert_true (ops_bench_wait_for_frame (done, data, 600 * 1000));
}

static Span
span_start (void)
{
  return (Span) { ops_bench_cpu_ms (), ops_bench_now_ms () };
}

static Span
span_end (Span start)
{
  return (Span) { ops_bench_cpu_ms () - start.cpu, ops_bench_now_ms () - start.wall };
}

/* Lets everything the last step started settle (idle handlers, a
 * second frame), so that it is not billed to the next one. */
static void
settle (void)
{
  ops_test_spin (50);
}

static void
use_plan (OpsPlanStore *store,
          guint         n_items)
{
  g_autoptr(GBytes) bytes = ops_bench_plan_json (n_items);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsPlan) plan = ops_plan_load_from_bytes (bytes, ops_plan_store_get_catalog (store), &error);

  g_assert_no_error (error);
  ops_plan_store_new_plan (store, plan);
}

static gboolean
plan_page_mapped (gpointer window)
{
  AdwNavigationPage *page = ops_test_visible_page (window);

  return OPS_IS_PLAN_PAGE (page) && gtk_widget_get_mapped (GTK_WIDGET (page));
}

static gboolean
widget_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static gboolean
plan_page_gone (gpointer window)
{
  return !OPS_IS_PLAN_PAGE (ops_test_visible_page (window));
}

/* What is measured, in functions of their own so that a profile can be
 * narrowed to them: build-aux/sdk bench --profile
 * --collect-atstart=no --toggle-collect=open_plan_page bench-window open */
static G_GNUC_NO_INLINE Span
open_plan_page (OpsWindow *window,
                Span      *built)
{
  Span span = span_start ();

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-plan", NULL);
  *built = span_end (span);
  wait_for_frame (plan_page_mapped, window);

  return span_end (span);
}

static void
bench_open_plan (OpsWindow    *window,
                 OpsPlanStore *store,
                 guint         n_items,
                 guint         runs)
{
  g_autofree double *cpu = g_new (double, runs);
  g_autofree double *wall = g_new (double, runs);
  g_autofree double *build = g_new (double, runs);
  char key[64];

  use_plan (store, n_items);
  for (guint i = 0; i < runs + 1; i++)
    {
      Span span, built;

      /* Start from a stage, so that every run builds a new plan page. */
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-item", "s", "trainee");
      wait_for_frame (plan_page_gone, window);
      settle ();

      span = open_plan_page (window, &built);
      settle ();

      /* The first run pays for loading templates and icons once. */
      if (i > 0)
        {
          cpu[i - 1] = span.cpu;
          wall[i - 1] = span.wall;
          build[i - 1] = built.cpu;
        }
    }

  g_print ("open plan page, %5u items: %.1f ms CPU (%.1f ms building the page), %.1f ms wall until its first "
           "frame (median of %u)\n",
           n_items, ops_bench_median (cpu, runs), ops_bench_median (build, runs), ops_bench_median (wall, runs), runs);
  g_snprintf (key, sizeof key, "open-plan.%u", n_items);
  ops_bench_result (key, ops_bench_median (cpu, runs), "ms");
  g_snprintf (key, sizeof key, "open-plan.%u.wall", n_items);
  ops_bench_result (key, ops_bench_median (wall, runs), "ms");
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   gboolean       *searched)
{
  *searched = TRUE;
}

static gboolean
flag_set (gpointer flag)
{
  return *(gboolean *) flag;
}

/* Types the last character of @text at the end of the entry, which holds
 * the rest of it, as a person types: replacing the whole text would
 * search for "" first and switch the sidebar to its browse list and back
 * at every keystroke. */
static G_GNUC_NO_INLINE Span
type_keystroke (GtkEditable *entry,
                const char  *text,
                gboolean    *searched)
{
  const char *last = g_utf8_prev_char (text + strlen (text));
  int position = (int) g_utf8_strlen (gtk_editable_get_text (entry), -1);
  Span span;

  g_assert_cmpint (strncmp (gtk_editable_get_text (entry), text, last - text), ==, 0);
  span = span_start ();
  *searched = FALSE;
  gtk_editable_insert_text (entry, last, -1, &position);
  wait_for_frame (flag_set, searched);

  return span_end (span);
}

/* A search run's keystrokes, in OpsLadder's window or in the floor's. */
typedef struct
{
  GtkEditable *entry;
  gboolean     searched;
  GArray      *cpu;
  GArray      *wall;
  double       worst;
  char        *worst_text;
} Typing;

static void
typing_init (Typing      *typing,
             GtkEditable *entry)
{
  *typing = (Typing) { entry, FALSE, g_array_new (FALSE, FALSE, sizeof (double)),
                       g_array_new (FALSE, FALSE, sizeof (double)), 0, NULL };
  /* The entry waits 80 ms after a keystroke before it searches, so fast
   * typing does not search for every prefix; what is measured here is the
   * work once it does. */
  g_object_set (entry, "search-delay", 0, NULL);
  g_signal_connect_after (entry, "search-changed", G_CALLBACK (search_changed_cb), &typing->searched);
}

/* Types @query into the entry a character at a time, then clears it. */
static void
type_query (Typing     *typing,
            const char *query)
{
  for (glong n = 1; n <= g_utf8_strlen (query, -1); n++)
    {
      g_autofree char *prefix = g_utf8_substring (query, 0, n);
      Span span;

      span = type_keystroke (typing->entry, prefix, &typing->searched);
      g_array_append_val (typing->cpu, span.cpu);
      g_array_append_val (typing->wall, span.wall);
      if (g_test_verbose ())
        g_print ("  “%s”: %.2f ms CPU\n", prefix, span.cpu);
      /* Which keystroke was the worst says where to look. */
      if (span.cpu > typing->worst)
        {
          typing->worst = span.cpu;
          g_free (typing->worst_text);
          typing->worst_text = g_strdup (prefix);
        }
      settle ();
    }
  gtk_editable_set_text (typing->entry, "");
  settle ();
}

/* Prints the median and the worst keystroke as "search.@name" and
 * returns the median. */
static double
typing_finish (Typing     *typing,
               const char *name)
{
  double median = ops_bench_median ((double *) typing->cpu->data, typing->cpu->len);
  char key[64];

  g_signal_handlers_disconnect_by_func (typing->entry, search_changed_cb, &typing->searched);
  g_print ("search as you type, %s: %.2f ms CPU per keystroke (worst %.2f, typing “%s”), %.2f ms wall, "
           "%u keystrokes\n",
           name, median, typing->worst, typing->worst_text,
           ops_bench_median ((double *) typing->wall->data, typing->wall->len), typing->cpu->len);
  g_snprintf (key, sizeof key, "search.%s", name);
  ops_bench_result (key, median, "ms");
  g_snprintf (key, sizeof key, "search.%s.worst", name);
  ops_bench_result (key, typing->worst, "ms");
  g_array_unref (typing->cpu);
  g_array_unref (typing->wall);
  g_free (typing->worst_text);

  return median;
}

/* The floor of a keystroke: a bare libadwaita window of the same size
 * holding a header bar and a search entry in a search bar, and nothing
 * that searches. What a keystroke costs there is GTK (and, with the GL
 * renderer, Mesa) handling a key and drawing the entry's new text, which
 * no search can go below. */
static GtkWidget *
floor_window_new (OpsWindow  *window,
                  GtkWidget **entry)
{
  GtkWidget *floor = adw_window_new ();
  GtkWidget *toolbar = adw_toolbar_view_new ();
  GtkWidget *bar = gtk_search_bar_new ();

  *entry = gtk_search_entry_new ();
  gtk_window_set_default_size (GTK_WINDOW (floor), gtk_widget_get_width (GTK_WIDGET (window)),
                               gtk_widget_get_height (GTK_WIDGET (window)));
  gtk_search_bar_set_child (GTK_SEARCH_BAR (bar), *entry);
  gtk_search_bar_connect_entry (GTK_SEARCH_BAR (bar), GTK_EDITABLE (*entry));
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (bar), TRUE);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar), adw_header_bar_new ());
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar), bar);
  adw_window_set_content (ADW_WINDOW (floor), toolbar);

  return floor;
}

/* Shows @shown in place of @hidden, and waits until it is still. */
static void
swap_windows (GtkWidget *hidden,
              GtkWidget *shown)
{
  gtk_widget_set_visible (hidden, FALSE);
  gtk_window_present (GTK_WINDOW (shown));
  ops_test_wait_for (widget_mapped, shown);
  ops_bench_wait_for_quiet (200);
}

/* Types each query into the catalog search a character at a time, and
 * then into the floor's entry: query by query, taking turns, in the same
 * process, so both draw through the same GL device and its compiled
 * programs and a change in the machine's load between queries weighs on
 * both. Prints "search.@name", "search.@name.floor" and the ratio of
 * their medians, "search.@name.ratio". */
static void
bench_search (OpsWindow  *window,
              const char *name)
{
  static const char *queries[] = { "shift supervisor", "cpim", "lean six sigma", "inventory" };
  GtkWidget *floor_entry;
  GtkWidget *floor = floor_window_new (window, &floor_entry);
  g_autofree char *floor_name = g_strdup_printf ("%s.floor", name);
  g_autofree char *key = g_strdup_printf ("search.%s.ratio", name);
  GtkEditable *entry;
  Typing app, bare;
  double median, floor_median;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  entry = GTK_EDITABLE (ops_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL, NULL));
  g_assert_nonnull (entry);
  typing_init (&app, entry);
  typing_init (&bare, GTK_EDITABLE (floor_entry));
  gtk_widget_realize (floor);
  ops_bench_count_frames (floor);
  /* The search bar slides in, and a plan page just opened grows a
   * screenful a frame: typing starts once the window is still, so that
   * the first keystrokes are not billed for what came before them. */
  ops_bench_wait_for_quiet (200);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      type_query (&app, queries[q]);
      swap_windows (GTK_WIDGET (window), floor);
      gtk_widget_grab_focus (floor_entry);
      type_query (&bare, queries[q]);
      swap_windows (floor, GTK_WIDGET (window));
    }

  median = typing_finish (&app, name);
  floor_median = typing_finish (&bare, floor_name);
  gtk_window_destroy (GTK_WINDOW (floor));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  gtk_editable_set_text (entry, "");
  settle ();

  g_print ("search as you type, %s: %.2f× the floor\n", name, median / floor_median);
  ops_bench_result (key, median / floor_median, "x");
}

static gboolean
text_view_shown (gpointer window)
{
  GtkWidget *view = ops_test_find_widget (GTK_WIDGET (ops_test_visible_page (window)), GTK_TYPE_TEXT_VIEW, NULL, NULL);

  return view != NULL && gtk_widget_get_mapped (view);
}

/* Opens the plan's first item and types a sentence into its notes. */
static void
bench_notes (OpsWindow    *window,
             OpsPlanStore *store,
             guint         n_items)
{
  static const char sentence[] = " Ask about the night shift.";
  GtkListView *list;
  GtkTextBuffer *buffer;
  double cpu[sizeof sentence - 1], wall[sizeof sentence - 1];
  char key[64];

  use_plan (store, n_items);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-plan", NULL);
  wait_for_frame (plan_page_mapped, window);
  list = GTK_LIST_VIEW (ops_test_find_widget (GTK_WIDGET (ops_test_visible_page (window)), GTK_TYPE_LIST_VIEW, NULL, NULL));
  g_signal_emit_by_name (list, "activate", 0);
  wait_for_frame (text_view_shown, window);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (ops_test_find_widget (GTK_WIDGET (ops_test_visible_page (window)),
                                                                          GTK_TYPE_TEXT_VIEW, NULL, NULL)));
  settle ();

  for (guint i = 0; i < sizeof sentence - 1; i++)
    {
      GtkTextIter end;
      Span span;

      span = span_start ();
      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_insert (buffer, &end, sentence + i, 1);
      wait_for_frame (NULL, NULL);
      span = span_end (span);
      cpu[i] = span.cpu;
      wall[i] = span.wall;
      settle ();
    }

  g_print ("typing in a note, %5u items: %.2f ms CPU per keystroke, %.2f ms wall, %u keystrokes\n",
           n_items, ops_bench_median (cpu, G_N_ELEMENTS (cpu)), ops_bench_median (wall, G_N_ELEMENTS (wall)),
           (guint) G_N_ELEMENTS (cpu));
  g_snprintf (key, sizeof key, "notes.%u", n_items);
  ops_bench_result (key, ops_bench_median (cpu, G_N_ELEMENTS (cpu)), "ms");

  /* Back to the plan page, without the item page. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-plan", NULL);
  wait_for_frame (plan_page_mapped, window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(OpsApplication) app = NULL;
  OpsWindow *window;
  OpsPlanStore *store;

  ops_test_init (&argc, &argv);
  app = ops_test_application_new ();
  store = ops_application_get_store (app);
  /* Nothing may save behind the benchmark's back. */
  ops_plan_store_set_autosave_delay (store, G_MAXUINT);
  /* The app starts with animations on: its first seconds draw what the
   * tests' reduced motion skips (the map scrolling into place, overlay
   * scrollbars fading), and the GL renderer compiles the shaders those
   * need there, not at the person's first keystroke. The benchmark's
   * window starts the same way, then measures with reduced motion so
   * that no animation is billed to a keystroke. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  window = ops_test_window_new (app);
  ops_bench_count_frames (GTK_WIDGET (window));
  wait_for_frame (NULL, NULL);
  ops_bench_wait_for_quiet (500);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  settle ();
  g_print ("renderer: %s\n", G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));

  /* bench-window [search] [open|open-100|open-10000] [notes]: some of them, for a profiler. */
  if (argc < 2 || g_strv_contains ((const char * const *) argv + 1, "search"))
    {
      use_plan (store, 100);
      bench_search (window, "catalog");
    }

  /* "open-100" or "open-10000" alone, to profile one size. */
  if (argc < 2 || g_strv_contains ((const char * const *) argv + 1, "open") ||
      g_strv_contains ((const char * const *) argv + 1, "open-100"))
    bench_open_plan (window, store, 100, 9);
  if (argc < 2 || g_strv_contains ((const char * const *) argv + 1, "open") ||
      g_strv_contains ((const char * const *) argv + 1, "open-10000"))
    bench_open_plan (window, store, 10000, 9);

  /* The plan page of 10,000 items is on screen while the person searches. */
  if (argc < 2 || g_strv_contains ((const char * const *) argv + 1, "search"))
    {
      use_plan (store, 10000);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-plan", NULL);
      wait_for_frame (plan_page_mapped, window);
      bench_search (window, "plan-10000");
    }

  if (argc < 2 || g_strv_contains ((const char * const *) argv + 1, "notes"))
    {
      bench_notes (window, store, 100);
      bench_notes (window, store, 10000);
    }

  gtk_window_destroy (GTK_WINDOW (window));

  return 0;
}
