/* test-window.c: the main window as a person first meets it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "ops-test-util.h"

static gboolean
widget_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static gboolean
window_has_dialog (gpointer data)
{
  return adw_application_window_get_visible_dialog (data) != NULL;
}

static void
test_window_layout (void)
{
  g_autoptr(OpsApplication) app = ops_test_application_new ();
  OpsWindow *window = ops_window_new (app);
  GtkWidget *content;
  AdwNavigationSplitView *split;

  gtk_window_present (GTK_WINDOW (window));
  ops_test_wait_for (widget_is_mapped, window);

  content = ops_test_find_widget (GTK_WIDGET (window), ADW_TYPE_NAVIGATION_SPLIT_VIEW, NULL, NULL);
  g_assert_true (ADW_IS_NAVIGATION_SPLIT_VIEW (content));
  split = ADW_NAVIGATION_SPLIT_VIEW (content);
  g_assert_nonnull (adw_navigation_split_view_get_sidebar (split));
  g_assert_nonnull (adw_navigation_split_view_get_content (split));
  g_assert_cmpstr (adw_navigation_page_get_tag (adw_navigation_split_view_get_sidebar (split)), ==, "sidebar");
  g_assert_cmpstr (adw_navigation_page_get_tag (adw_navigation_split_view_get_content (split)), ==, "content");
  g_assert_false (adw_navigation_split_view_get_collapsed (split));

  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_window_collapses_when_narrow (void)
{
  g_autoptr(OpsApplication) app = ops_test_application_new ();
  OpsWindow *window = ops_window_new (app);
  AdwNavigationSplitView *split;

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  gtk_window_present (GTK_WINDOW (window));
  ops_test_wait_for (widget_is_mapped, window);

  split = ADW_NAVIGATION_SPLIT_VIEW (ops_test_find_widget (GTK_WIDGET (window), ADW_TYPE_NAVIGATION_SPLIT_VIEW, NULL, NULL));
  for (guint i = 0; i < 200 && !adw_navigation_split_view_get_collapsed (split); i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (adw_navigation_split_view_get_collapsed (split));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_size_is_remembered (void)
{
  g_autoptr(OpsApplication) app = ops_test_application_new ();
  GSettings *settings = ops_application_get_settings (app);
  OpsWindow *window;
  int width, height;

  window = ops_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 812, 611);
  gtk_window_present (GTK_WINDOW (window));
  ops_test_wait_for (widget_is_mapped, window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 812);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 611);

  window = ops_window_new (app);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 812);
  g_assert_cmpint (height, ==, 611);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_app_actions (void)
{
  g_autoptr(OpsApplication) app = ops_test_application_new ();
  const char *expected[] = { "quit", "about", "help", "shortcuts", "new-window" };
  g_auto(GStrv) accels = NULL;

  g_application_activate (G_APPLICATION (app));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_true (g_action_map_lookup_action (G_ACTION_MAP (app), expected[i]) != NULL);

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
  g_assert_cmpstr (accels[0], ==, "<Control>q");
  g_clear_pointer (&accels, g_strfreev);
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.help");
  g_assert_cmpstr (accels[0], ==, "F1");
}

static void
test_shortcuts_dialog_opens (void)
{
  g_autoptr(OpsApplication) app = ops_test_application_new ();
  GtkWindow *window;

  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_nonnull (window);
  ops_test_wait_for (widget_is_mapped, window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "app.shortcuts", NULL));
  ops_test_wait_for (window_has_dialog, window);

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

int
main (int   argc,
      char *argv[])
{
  ops_test_init (&argc, &argv);

  g_test_add_func ("/window/layout", test_window_layout);
  g_test_add_func ("/window/collapses-when-narrow", test_window_collapses_when_narrow);
  g_test_add_func ("/window/size-is-remembered", test_window_size_is_remembered);
  g_test_add_func ("/application/actions", test_app_actions);
  g_test_add_func ("/application/shortcuts-dialog", test_shortcuts_dialog_opens);

  return g_test_run ();
}
