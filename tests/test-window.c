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

/* A window opens at the schema's size, not at the one the test before
 * left in the settings (size-is-remembered's 812 × 611). */
static void
test_window_opens_at_default_size (void)
{
  g_autoptr(OpsApplication) app = ops_test_application_new ();
  GSettings *settings = ops_application_get_settings (app);
  g_autoptr(GVariant) default_width = g_settings_get_default_value (settings, "window-width");
  g_autoptr(GVariant) default_height = g_settings_get_default_value (settings, "window-height");
  OpsWindow *window = ops_window_new (app);
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, g_variant_get_int32 (default_width));
  g_assert_cmpint (height, ==, g_variant_get_int32 (default_height));
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
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.help");
  g_assert_cmpstr (accels[0], ==, "F1");
}

static void
record_help_page_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  char **page = user_data;

  g_free (*page);
  *page = g_variant_dup_string (parameter, NULL);
}

/* F1 where the person is: what win.help (bound to F1) asks the app to
 * show. The app's help-page action is replaced so no Yelp starts. */
static char *
press_help (OpsApplication *app,
            OpsWindow      *window)
{
  char *page = NULL;
  g_autoptr(GSimpleAction) recorder = g_simple_action_new ("help-page", G_VARIANT_TYPE_STRING);

  g_signal_connect (recorder, "activate", G_CALLBACK (record_help_page_cb), &page);
  g_action_map_add_action (G_ACTION_MAP (app), G_ACTION (recorder));
  ops_test_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.help", NULL));
  g_assert_nonnull (page);

  return page;
}

static void
test_help_follows_pane (void)
{
  g_autoptr(OpsApplication) app = ops_test_application_new ();
  OpsWindow *window;
  static const struct {
    const char *action;
    const char *item;
    const char *page;
  } cases[] = {
    { "win.show-item", "mid-level", "explore-ladder" },
    { "win.show-item", "operations-manager", "roles" },
    { "win.show-item", "cpim", "certifications" },
    { "win.show-item", "lean", "index" },
    { "win.show-plan", NULL, "plan-edit" },
    { "win.show-item", "toolkit:achievements", "achievements" },
    { "win.show-item", "toolkit:interview", "interview-practice" },
    { "win.show-item", "toolkit:networking", "networking" },
    { "win.show-item", "toolkit:resume", "resume-check" },
  };

  g_application_activate (G_APPLICATION (app));
  window = OPS_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  ops_test_wait_for (widget_is_mapped, window);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *page = NULL;

      if (cases[i].item != NULL)
        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), cases[i].action, "s", cases[i].item));
      else
        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), cases[i].action, NULL));
      ops_test_iterate ();
      page = press_help (app, window);
      g_assert_cmpstr (page, ==, cases[i].page);
    }

  ops_test_close_window (window);
}

typedef struct {
  OpsApplication *app;
  GFile          *expected;
  guint           guard;
} OpenFixture;

static void
store_file_changed_cb (OpsPlanStore *store,
                       GParamSpec   *pspec,
                       OpenFixture  *f)
{
  GFile *file = ops_plan_store_get_file (store);

  if (file != NULL && g_file_equal (file, f->expected) && !ops_plan_store_get_loading (store))
    g_application_quit (G_APPLICATION (f->app));
}

static gboolean
give_up_cb (gpointer data)
{
  OpenFixture *f = data;

  f->guard = 0;
  g_application_quit (G_APPLICATION (f->app));

  return G_SOURCE_REMOVE;
}

/* What Files does when a plan is double-clicked: `opsladder PATH`. */
static void
test_opens_file_from_command_line (void)
{
  g_autoptr(OpsApplication) app = ops_test_application_new ();
  g_autofree char *dir = g_dir_make_tmp ("opsladder-open-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "given.opsplan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  const char *contents = "{\"format\": 1, \"owner-name\": \"Given Plan\", \"items\": []}";
  char *argv[] = { (char *) "opsladder", path, NULL };
  OpenFixture f = { app, file, 0 };
  OpsPlanStore *store;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  /* The test application is registered, so it has started up already. */
  g_signal_connect (ops_application_get_store (app), "notify::loading",
                    G_CALLBACK (store_file_changed_cb), &f);

  /* Not a timing check: if the file never opens, stop and fail below
   * rather than hang. */
  f.guard = g_timeout_add_seconds (20, give_up_cb, &f);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 2, argv), ==, 0);
  g_clear_handle_id (&f.guard, g_source_remove);

  store = ops_application_get_store (app);
  g_assert_true (g_file_equal (ops_plan_store_get_file (store), file));
  g_assert_cmpstr (ops_plan_get_owner_name (ops_plan_store_get_plan (store)), ==, "Given Plan");
  /* Opening a plan does not write to it. */
  {
    g_autofree char *after = NULL;

    g_file_get_contents (path, &after, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (after, ==, contents);
  }
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

  ops_test_add_func ("/window/layout", test_window_layout);
  ops_test_add_func ("/window/collapses-when-narrow", test_window_collapses_when_narrow);
  ops_test_add_func ("/window/size-is-remembered", test_window_size_is_remembered);
  ops_test_add_func ("/window/opens-at-default-size", test_window_opens_at_default_size);
  ops_test_add_func ("/application/actions", test_app_actions);
  ops_test_add_func ("/application/shortcuts-dialog", test_shortcuts_dialog_opens);
  ops_test_add_func ("/application/help-follows-pane", test_help_follows_pane);
  ops_test_add_func ("/application/opens-file-from-command-line", test_opens_file_from_command_line);

  return g_test_run ();
}
