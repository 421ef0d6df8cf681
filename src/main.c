/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ops-application.h"

/* build-aux/sdk-bench times start-up as the whole process's life, from exec
 * to exit, up to the main window's first painted frame. Quitting from the
 * frame clock here, rather than from a timer outside, measures exactly
 * that, and needs nothing from the application code. Only the benchmark
 * sets OPS_BENCH_QUIT_AFTER_FIRST_FRAME; tests/bench/bare-window.c quits
 * the same way, so the two are compared like for like. */
static void
bench_after_paint_cb (GdkFrameClock *clock,
                      GApplication  *app)
{
  g_signal_handlers_disconnect_by_func (clock, bench_after_paint_cb, app);
  g_application_quit (app);
}

static void
bench_realize_cb (GtkWidget    *window,
                  GApplication *app)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (bench_after_paint_cb), app, 0);
}

static void
bench_window_added_cb (GtkApplication *app,
                       GtkWindow      *window)
{
  /* The first window is the main window. */
  g_signal_handlers_disconnect_by_func (app, bench_window_added_cb, NULL);
  g_signal_connect_after (window, "realize", G_CALLBACK (bench_realize_cb), app);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(OpsApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* The screenshot runner renders the German help figures from the build
   * tree, where nothing is installed in LOCALEDIR yet. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("OPS_LOCALEDIR") ? g_getenv ("OPS_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = ops_application_new ();
  if (g_getenv ("OPS_BENCH_QUIT_AFTER_FIRST_FRAME") != NULL)
    g_signal_connect (app, "window-added", G_CALLBACK (bench_window_added_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
