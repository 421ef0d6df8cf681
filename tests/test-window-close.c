/* test-window-close.c: closing, quitting and ending with a plan not yet
 * on disk, driven as a person does (close button, Quit, the dialogs'
 * buttons) or as the session does (SIGTERM)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "ops-test-util.h"

#define PLAN_A "{\"format\": 1, \"owner-name\": \"Disk\", \"items\": []}\n"
#define FOREIGN "{\"format\": 1, \"owner-name\": \"Someone else\", \"items\": []}\n"
#define HOUR_MS (3600 * 1000)

typedef struct {
  OpsApplication *app;
  OpsWindow      *window;
} Fixture;

/* Files */

static char *
data_path (const char *name)
{
  return g_build_filename (g_get_user_data_dir (), "opsladder", name, NULL);
}

/* Every test starts with no plan folder, as on a first start. */
static void
remove_plan_folder (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "opsladder", NULL);
  g_autoptr(GDir) entries = g_dir_open (dir, 0, NULL);
  const char *name;

  if (entries == NULL)
    {
      g_remove (dir);   /* the blocker below, if a test left it */
      return;
    }
  while ((name = g_dir_read_name (entries)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_no_errno (g_remove (path));
    }
  g_assert_no_errno (g_rmdir (dir));
}

/* Tests run as root, where permissions stop nothing: a file where the
 * plan's folder should be makes every save fail, as an unwritable or
 * vanished folder would, until it is removed. */
static void
block_plan_folder (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "opsladder", NULL);
  g_autoptr(GError) error = NULL;

  remove_plan_folder ();
  g_file_set_contents (dir, "not a folder", -1, &error);
  g_assert_no_error (error);
}

static void
unblock_plan_folder (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "opsladder", NULL);

  g_assert_no_errno (g_remove (dir));
}

static void
write_plan (const char *name,
            const char *text)
{
  g_autofree char *path = data_path (name);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

static char *
read_plan (const char *name)
{
  g_autofree char *path = data_path (name);
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, NULL);

  return text;
}

static gboolean
plan_mentions (const char *name,
               const char *needle)
{
  g_autofree char *text = read_plan (name);

  return text != NULL && strstr (text, needle) != NULL;
}

/* The plan.json.conflict-* files beside the plan. */
static GPtrArray *
conflict_copies (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "opsladder", NULL);
  g_autoptr(GDir) entries = g_dir_open (dir, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (entries != NULL && (name = g_dir_read_name (entries)) != NULL)
    if (g_str_has_prefix (name, "plan.json.conflict-"))
      g_ptr_array_add (names, g_strdup (name));

  return names;
}

/* Waiting */

static gboolean
store_ready (gpointer data)
{
  return !ops_plan_store_get_loading (data);
}

static gboolean
store_has_conflict (gpointer data)
{
  return ops_plan_store_get_changed_on_disk (data);
}

static gboolean
no_windows (gpointer data)
{
  return gtk_application_get_windows (data) == NULL;
}

static gboolean
window_has_dialog (gpointer data)
{
  return adw_application_window_get_visible_dialog (data) != NULL;
}

/* The alert on @window, once it shows, with the heading @heading. */
static GtkWidget *
wait_for_alert (OpsWindow  *window,
                const char *heading)
{
  AdwDialog *dialog;

  ops_test_wait_for (window_has_dialog, window);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  g_assert_cmpstr (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (dialog)), ==, heading);

  return GTK_WIDGET (dialog);
}

/* Fixture: the app with one window, its plan read, autosave an hour off
 * so that only closing can save. */

static OpsPlanStore *
store_of (Fixture *f)
{
  return ops_application_get_store (f->app);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  remove_plan_folder ();
  if (data != NULL)
    write_plan ("plan.json", data);
  ops_test_reset_settings ();
  f->app = ops_test_application_new ();
  f->window = ops_test_window_new (f->app);
  ops_test_wait_for (store_ready, store_of (f));
  ops_plan_store_set_autosave_delay (store_of (f), HOUR_MS);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (f->app));

  /* A test that failed half-way may leave a window asking. */
  while (windows != NULL)
    {
      gtk_window_destroy (windows->data);
      windows = gtk_application_get_windows (GTK_APPLICATION (f->app));
    }
  g_clear_object (&f->app);
}

static void
add_cpim (OpsWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-to-plan", "s", "cpim"));
  g_assert_true (ops_plan_store_get_has_unsaved_changes (ops_application_get_store (OPS_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))))));
}

/* Tests */

static void
test_close_saves (Fixture       *f,
                  gconstpointer  data)
{
  add_cpim (f->window);
  g_assert_false (plan_mentions ("plan.json", "cpim"));

  ops_test_close_window (g_steal_pointer (&f->window));
  g_assert_true (plan_mentions ("plan.json", "cpim"));
}

static void
test_close_unchanged_is_instant (Fixture       *f,
                                 gconstpointer  data)
{
  OpsWindow *window = g_steal_pointer (&f->window);

  /* Nothing to save: the window goes within the close itself. */
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_finalize_object (window);
  g_assert_null (read_plan ("plan.json"));
}

static void
test_failed_save_keeps_window (Fixture       *f,
                               gconstpointer  data)
{
  GtkWidget *alert;

  add_cpim (f->window);
  block_plan_folder ();

  gtk_window_close (GTK_WINDOW (f->window));
  alert = wait_for_alert (f->window, "Your Plan Could Not Be Saved");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window)));
  g_assert_true (ops_plan_store_get_has_unsaved_changes (store_of (f)));

  /* The person frees the folder and tries again: saved, and gone. */
  unblock_plan_folder ();
  ops_test_press_button (alert, "_Try Again");
  ops_test_wait_for (no_windows, f->app);
  g_assert_true (plan_mentions ("plan.json", "cpim"));
  f->window = NULL;
}

static void
test_failed_save_close_without_saving (Fixture       *f,
                                       gconstpointer  data)
{
  GtkWidget *alert;

  add_cpim (f->window);
  block_plan_folder ();

  gtk_window_close (GTK_WINDOW (f->window));
  alert = wait_for_alert (f->window, "Your Plan Could Not Be Saved");
  g_assert_nonnull (ops_test_find_widget (alert, GTK_TYPE_BUTTON, "label", "_Save As…"));

  /* Escape keeps everything as it was. */
  adw_dialog_close (ADW_DIALOG (alert));
  ops_test_spin (100);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window)));

  gtk_window_close (GTK_WINDOW (f->window));
  alert = wait_for_alert (f->window, "Your Plan Could Not Be Saved");
  ops_test_press_button (alert, "Close _Without Saving");
  ops_test_wait_for (no_windows, f->app);
  f->window = NULL;
}

static void
test_quit_closes_every_window (Fixture       *f,
                               gconstpointer  data)
{
  OpsWindow *second = ops_test_window_new (f->app);
  GtkWidget *alert;
  OpsWindow *left;

  add_cpim (second);
  block_plan_folder ();

  /* Ctrl+Q: one window goes, the one left says why it stays. */
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "quit", NULL);
  ops_test_wait_for (window_has_dialog, gtk_application_get_windows (GTK_APPLICATION (f->app))->data);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (f->app))), ==, 1);
  left = gtk_application_get_windows (GTK_APPLICATION (f->app))->data;
  alert = wait_for_alert (left, "Your Plan Could Not Be Saved");

  unblock_plan_folder ();
  ops_test_press_button (alert, "_Try Again");
  ops_test_wait_for (no_windows, f->app);
  g_assert_true (plan_mentions ("plan.json", "cpim"));
  f->window = NULL;
}

static void
test_quit_with_nothing_unsaved (Fixture       *f,
                                gconstpointer  data)
{
  ops_test_window_new (f->app);

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "quit", NULL);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (f->app)));
  f->window = NULL;
}

static AdwBanner *
window_banner (OpsWindow *window)
{
  return ADW_BANNER (ops_test_find_widget (GTK_WIDGET (window), ADW_TYPE_BANNER, "title",
                                           "Another program changed your plan file. "
                                           "Your changes are kept until you choose."));
}

static void
make_conflict (Fixture *f)
{
  AdwBanner *banner = window_banner (f->window);

  g_assert_false (adw_banner_get_revealed (banner));
  add_cpim (f->window);
  write_plan ("plan.json", FOREIGN);
  ops_test_wait_for (store_has_conflict, store_of (f));

  /* On every pane, not only My Plan. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-item", "s", "operations-manager"));
  ops_test_iterate ();
  g_assert_true (adw_banner_get_revealed (banner));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (banner)));
}

static void
test_conflict_close_keep_mine (Fixture       *f,
                               gconstpointer  data)
{
  GtkWidget *alert;

  make_conflict (f);
  gtk_window_close (GTK_WINDOW (f->window));
  alert = wait_for_alert (f->window, "Keep Which Version?");
  ops_test_spin (100);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window)));
  g_assert_true (plan_mentions ("plan.json", "Someone else"));

  ops_test_press_button (alert, "_Keep My Version");
  ops_test_wait_for (no_windows, f->app);
  g_assert_true (plan_mentions ("plan.json", "cpim"));
  f->window = NULL;
}

static void
test_conflict_quit_use_theirs (Fixture       *f,
                               gconstpointer  data)
{
  GtkWidget *alert;

  make_conflict (f);
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "quit", NULL);
  alert = wait_for_alert (f->window, "Keep Which Version?");
  g_assert_nonnull (ops_test_find_widget (alert, GTK_TYPE_BUTTON, "label", "Save Mine as a _Copy…"));

  ops_test_press_button (alert, "_Use Their Version");
  ops_test_wait_for (no_windows, f->app);
  g_assert_true (plan_mentions ("plan.json", "Someone else"));
  g_assert_false (plan_mentions ("plan.json", "cpim"));
  f->window = NULL;
}

/* The banner's Choose… asks at once; quitting while that question is
 * open waits for its answer, and the answer closes. */
static void
test_conflict_banner_then_quit (Fixture       *f,
                                gconstpointer  data)
{
  GtkWidget *alert;

  make_conflict (f);
  ops_test_press_button (GTK_WIDGET (window_banner (f->window)), "_Choose…");
  alert = wait_for_alert (f->window, "Keep Which Version?");

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "quit", NULL);
  ops_test_spin (100);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window)));
  g_assert_true (plan_mentions ("plan.json", "Someone else"));

  ops_test_press_button (alert, "_Keep My Version");
  ops_test_wait_for (no_windows, f->app);
  g_assert_true (plan_mentions ("plan.json", "cpim"));
  f->window = NULL;
}

static gboolean
raise_sigterm_cb (gpointer data)
{
  raise (SIGTERM);

  return G_SOURCE_REMOVE;
}

static gboolean
names_conflict_copy (GtkWidget     *widget,
                     gconstpointer  name)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), name) != NULL;
}

typedef struct {
  OpsWindow  *window;
  const char *name;
} Shown;

static gboolean
conflict_copy_named (gpointer data)
{
  Shown *shown = data;

  return ops_test_find_widget_matching (GTK_WIDGET (shown->window), names_conflict_copy, shown->name) != NULL;
}

/* The session ends the app (SIGTERM) while another program's version
 * waits: nobody can be asked, so the person's version goes beside the
 * plan, and the next start says where. */
static void
test_sigterm_keeps_conflict_copy (void)
{
  g_autoptr(OpsApplication) next = NULL;
  g_auto(GStrv) env = NULL;
  g_autoptr(GPtrArray) copies = NULL;
  g_autofree char *copy = NULL;
  Shown shown;

  if (g_test_subprocess ())
    {
      Fixture f = { 0 };

      fixture_set_up (&f, PLAN_A);
      make_conflict (&f);
      g_idle_add (raise_sigterm_cb, NULL);
      g_assert_cmpint (g_application_run (G_APPLICATION (f.app), 0, NULL), ==, 0);
      fixture_tear_down (&f, NULL);
      return;
    }

  remove_plan_folder ();
  env = g_environ_setenv (g_get_environ (), "OPS_TEST_DATA_HOME", g_get_user_data_dir (), TRUE);
  /* A generous bound for a busy machine; the run itself takes seconds. */
  g_test_trap_subprocess_with_envp (NULL, (const char * const *) env, 120 * G_USEC_PER_SEC,
                                    G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  g_assert_true (plan_mentions ("plan.json", "Someone else"));
  copies = conflict_copies ();
  g_assert_cmpuint (copies->len, ==, 1);
  copy = g_strdup (copies->pdata[0]);
  g_assert_true (g_regex_match_simple ("^plan\\.json\\.conflict-[0-9]{8}-[0-9]{6}$", copy, 0, 0));
  g_assert_true (plan_mentions (copy, "cpim"));

  next = ops_test_application_new ();
  shown.window = ops_test_window_new (next);
  shown.name = copy;
  ops_test_wait_for (conflict_copy_named, &shown);
  gtk_window_destroy (GTK_WINDOW (shown.window));
}

int
main (int   argc,
      char *argv[])
{
  ops_test_init (&argc, &argv);

#define ADD(path, func, plan) g_test_add (path, Fixture, plan, fixture_set_up, func, fixture_tear_down)
  ADD ("/window-close/saves", test_close_saves, NULL);
  ADD ("/window-close/unchanged-is-instant", test_close_unchanged_is_instant, NULL);
  ADD ("/window-close/failed-save-keeps-window", test_failed_save_keeps_window, NULL);
  ADD ("/window-close/failed-save-close-without-saving", test_failed_save_close_without_saving, NULL);
  ADD ("/window-close/quit-closes-every-window", test_quit_closes_every_window, NULL);
  ADD ("/window-close/quit-with-nothing-unsaved", test_quit_with_nothing_unsaved, NULL);
  ADD ("/window-close/conflict-close-keep-mine", test_conflict_close_keep_mine, PLAN_A);
  ADD ("/window-close/conflict-quit-use-theirs", test_conflict_quit_use_theirs, PLAN_A);
  ADD ("/window-close/conflict-banner-then-quit", test_conflict_banner_then_quit, PLAN_A);
#undef ADD
  ops_test_add_func ("/window-close/sigterm-keeps-conflict-copy", test_sigterm_keeps_conflict_copy);

  return g_test_run ();
}
