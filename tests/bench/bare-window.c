/* bare-window.c: the floor the toolkit sets for start-up
 *
 * The least a libadwaita app with OpsLadder's layout can do: one window of
 * the same default size holding an empty AdwNavigationSplitView, from an
 * AdwApplication that registers on the session bus as OpsLadder does.
 * build-aux/sdk-bench runs it beside the real app and divides. With
 * OPS_BENCH_QUIT_AFTER_FIRST_FRAME set it quits after the first painted
 * frame, exactly as src/main.c makes OpsLadder do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>

static void
after_paint_cb (GdkFrameClock *clock,
                GApplication  *app)
{
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, app);
  g_application_quit (app);
}

static void
realize_cb (GtkWidget    *window,
            GApplication *app)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (after_paint_cb), app, 0);
}

static AdwNavigationPage *
empty_page (const char *title)
{
  GtkWidget *toolbar = adw_toolbar_view_new ();

  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar), adw_header_bar_new ());

  return adw_navigation_page_new (toolbar, title);
}

static void
activate_cb (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *split_view = adw_navigation_split_view_new ();

  adw_navigation_split_view_set_sidebar (ADW_NAVIGATION_SPLIT_VIEW (split_view), empty_page ("Sidebar"));
  adw_navigation_split_view_set_content (ADW_NAVIGATION_SPLIT_VIEW (split_view), empty_page ("Content"));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), split_view);
  /* OpsLadder's default size, from its GSettings schema. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_set_title (GTK_WINDOW (window), "Bare Window");

  if (g_getenv ("OPS_BENCH_QUIT_AFTER_FIRST_FRAME") != NULL)
    g_signal_connect_after (window, "realize", G_CALLBACK (realize_cb), app);

  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.opsladder.BareWindow",
                                                       G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
