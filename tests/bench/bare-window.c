/* bare-window.c: the floor the toolkit sets for start-up
 *
 * The least a libadwaita app with OpsLadder's layout can do: one window of
 * the same default size holding an empty AdwNavigationSplitView, from an
 * AdwApplication that registers on the session bus as OpsLadder does.
 * build-aux/sdk-bench runs it beside the real app and divides, both
 * ended at their first painted frame by first-frame.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>

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
