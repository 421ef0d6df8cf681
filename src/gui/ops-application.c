/* ops-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <signal.h>

#include "ops-application.h"
#include "ops-export-command.h"
#include "ops-shortcuts-dialog.h"
#include "ops-window.h"

struct _OpsApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  OpsCatalog     *catalog;
  OpsPlanStore   *store;

  guint           signal_ids[3];  /* SIGTERM, SIGINT, SIGHUP */
  gboolean        terminating;
};

G_DEFINE_FINAL_TYPE (OpsApplication, ops_application, ADW_TYPE_APPLICATION)

OpsApplication *
ops_application_new (void)
{
  /* The resource path is fixed so that the .Devel profile finds the same
   * style sheet and templates as the stable one. */
  return g_object_new (OPS_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "resource-base-path", RESOURCE_PREFIX,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}

GSettings *
ops_application_get_settings (OpsApplication *self)
{
  g_return_val_if_fail (OPS_IS_APPLICATION (self), NULL);

  return self->settings;
}

/* The catalog every window browses, loaded once at start-up; %NULL only if
 * the shipped catalog is broken, which the tests rule out. (transfer none) */
OpsCatalog *
ops_application_get_catalog (OpsApplication *self)
{
  g_return_val_if_fail (OPS_IS_APPLICATION (self), NULL);

  return self->catalog;
}

/* The person's plan, shared by every window. (transfer none) (nullable) */
OpsPlanStore *
ops_application_get_store (OpsApplication *self)
{
  g_return_val_if_fail (OPS_IS_APPLICATION (self), NULL);

  return self->store;
}

static void
ops_application_conflict_copy_found_cb (GObject      *object,
                                        GAsyncResult *result,
                                        gpointer      user_data)
{
  g_autoptr(OpsApplication) self = user_data;
  g_autoptr(GFile) copy = ops_plan_store_find_conflict_copy_finish (OPS_PLAN_STORE (object), result, NULL);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (copy != NULL && OPS_IS_WINDOW (window))
    ops_window_show_conflict_copy (OPS_WINDOW (window), copy);
}

static void
ops_application_plan_loaded_cb (GObject      *object,
                                GAsyncResult *result,
                                gpointer      user_data)
{
  g_autoptr(OpsApplication) self = user_data;
  g_autoptr(GError) error = NULL;

  /* The store starts an empty plan when there is no file yet; any other
   * failure is on its load-error property, which the plan page shows. */
  if (!ops_plan_store_load_finish (OPS_PLAN_STORE (object), result, &error))
    g_message ("The plan could not be opened: %s", error->message);

  /* The last run may have ended during a conflict and kept the person's
   * version beside the plan: say where, now that a window can. */
  ops_plan_store_find_conflict_copy_async (OPS_PLAN_STORE (object), NULL,
                                           ops_application_conflict_copy_found_cb, g_object_ref (self));
}

static GtkWindow *
ops_application_get_active_or_new_window (OpsApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (ops_window_new (self));

  return window;
}

/* Work the first window does not show waits until it is on screen. */
static gboolean
ops_application_after_first_frame_cb (gpointer user_data)
{
  OpsApplication *self = user_data;

  if (self->catalog != NULL)
    ops_catalog_prepare_search (self->catalog);

  return G_SOURCE_REMOVE;
}

static void
ops_application_first_paint_cb (GdkFrameClock  *clock,
                                OpsApplication *self)
{
  g_signal_handlers_disconnect_by_func (clock, ops_application_first_paint_cb, self);
  g_idle_add_full (G_PRIORITY_LOW, ops_application_after_first_frame_cb, g_object_ref (self), g_object_unref);
}

static void
ops_application_window_realized_cb (GtkWidget      *window,
                                    OpsApplication *self)
{
  g_signal_handlers_disconnect_by_func (window, ops_application_window_realized_cb, self);
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (ops_application_first_paint_cb), self, 0);
}

static void
ops_application_window_added (GtkApplication *app,
                              GtkWindow      *window)
{
  /* The first window's first frame (it is not in the list yet). */
  if (gtk_application_get_windows (app) == NULL)
    g_signal_connect_object (window, "realize", G_CALLBACK (ops_application_window_realized_cb), app,
                             G_CONNECT_AFTER);

  /* GTK starts a window with focus-visible on, as for a keyboard user, and
   * the screenshot runner (build-aux/sdk-inside, which sets this) never
   * moves a pointer that would turn it off: a shot showed a focus ring on
   * whatever had the focus. There, start as after a click; a key press
   * turns it on as ever, and nobody else's windows change. */
  if (g_getenv ("OPS_SCREENSHOT_MODE") != NULL)
    gtk_window_set_focus_visible (window, FALSE);

  GTK_APPLICATION_CLASS (ops_application_parent_class)->window_added (app, window);
}

static void
ops_application_activate (GApplication *app)
{
  gtk_window_present (ops_application_get_active_or_new_window (OPS_APPLICATION (app)));
}

/* A plan file double-clicked in Files or given on the command line. One
 * plan is open at a time, so of several files the first is opened. */
static void
ops_application_open (GApplication  *app,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  OpsApplication *self = OPS_APPLICATION (app);
  GtkWindow *window = ops_application_get_active_or_new_window (self);

  gtk_window_present (window);
  if (self->store == NULL || n_files < 1)
    return;

  if (n_files > 1)
    g_printerr ("%s\n", _("OpsLadder opens one plan at a time; only the first file was opened."));
  ops_window_open_plan_file (OPS_WINDOW (window), files[0]);
}

static void
ops_application_new_window_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  OpsApplication *self = user_data;

  gtk_window_present (GTK_WINDOW (ops_window_new (self)));
}

/* Quit closes every window as its close button would; the last one saves
 * the plan, and stays if that fails or a conflict waits for the person. */
static void
ops_application_quit_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  OpsApplication *self = user_data;
  GtkWindow *last = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  for (const GList *l = windows; l != NULL; l = l->next)
    {
      if (l->data == last)
        continue;
      if (OPS_IS_WINDOW (l->data))
        ops_window_request_close (l->data);
      else
        gtk_window_destroy (l->data);
    }

  if (OPS_IS_WINDOW (last))
    ops_window_request_close (OPS_WINDOW (last));
  else if (last != NULL)
    gtk_window_destroy (last);
}

/* Ending without asking */

static void
ops_application_terminate_now (OpsApplication *self)
{
  g_application_release (G_APPLICATION (self));
  g_application_quit (G_APPLICATION (self));
}

static void
ops_application_conflict_kept_cb (GObject      *object,
                                  GAsyncResult *result,
                                  gpointer      user_data)
{
  OpsApplication *self = user_data;
  g_autoptr(GError) error = NULL;

  if (!ops_plan_store_save_as_finish (OPS_PLAN_STORE (object), result, &error))
    g_printerr ("opsladder: %s: %s\n", _("Your version of the plan could not be kept"), error->message);
  ops_application_terminate_now (self);
}

/* The person cannot be asked: their version goes beside the plan, where
 * the next start names it; the other program's stays in the plan. */
static void
ops_application_keep_conflict_copy (OpsApplication *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GFile) copy = ops_plan_store_get_conflict_file (self->store, now);

  ops_plan_store_save_as_async (self->store, copy, NULL, ops_application_conflict_kept_cb, self);
}

static void
ops_application_terminate_flushed_cb (GObject      *object,
                                      GAsyncResult *result,
                                      gpointer      user_data)
{
  OpsApplication *self = user_data;

  /* A conflict found by the save itself, or a plan file that cannot be
   * written: either way the person's version must go somewhere. */
  if (!ops_plan_store_flush_finish (OPS_PLAN_STORE (object), result, NULL))
    ops_application_keep_conflict_copy (self);
  else
    ops_application_terminate_now (self);
}

/* SIGTERM (logout, shutdown, `kill`), SIGINT, SIGHUP: in the main loop,
 * so the save runs as any other and the process ends once it is done. */
static gboolean
ops_application_terminate_cb (gpointer user_data)
{
  OpsApplication *self = user_data;

  if (self->terminating)
    return G_SOURCE_CONTINUE;

  self->terminating = TRUE;
  g_application_hold (G_APPLICATION (self));
  if (self->store == NULL || !ops_plan_store_get_has_unsaved_changes (self->store))
    ops_application_terminate_now (self);
  else if (ops_plan_store_get_changed_on_disk (self->store))
    ops_application_keep_conflict_copy (self);
  else
    ops_plan_store_flush_async (self->store, NULL, ops_application_terminate_flushed_cb, self);

  return G_SOURCE_CONTINUE;
}

static void
ops_application_watch_signals (OpsApplication *self)
{
  const int signals[] = { SIGTERM, SIGINT, SIGHUP };

  G_STATIC_ASSERT (G_N_ELEMENTS (signals) == G_N_ELEMENTS (self->signal_ids));
  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    self->signal_ids[i] = g_unix_signal_add (signals[i], ops_application_terminate_cb, self);
}

static void
ops_application_unwatch_signals (OpsApplication *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->signal_ids); i++)
    g_clear_handle_id (&self->signal_ids[i], g_source_remove);
}

static void
ops_application_about_action (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  OpsApplication *self = user_data;
  static const char *developers[] = { "The OpsLadder developers", NULL };
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  AdwDialog *dialog;

  dialog = g_object_new (ADW_TYPE_ABOUT_DIALOG,
                         "application-name", _("OpsLadder"),
                         "application-icon", APPLICATION_ID,
                         "developer-name", _("The OpsLadder developers"),
                         /* One line, as GNOME's own apps have: the store
                          * page and the help say the rest. */
                         "comments", _("Plan your operations career"),
                         "version", PACKAGE_VERSION,
                         "website", "https://github.com/opsladder/OpsLadder",
                         "issue-url", "https://github.com/opsladder/OpsLadder/issues",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", "© 2026 The OpsLadder developers",
                         "developers", developers,
                         /* Translators: replace with your names, one per line */
                         "translator-credits", _("translator-credits"),
                         NULL);
  adw_dialog_present (dialog, GTK_WIDGET (window));
}

static void
ops_application_help_launched_cb (GObject      *object,
                                  GAsyncResult *result,
                                  gpointer      user_data)
{
  g_autoptr(OpsApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;
  AdwDialog *alert;

  /* Cancelled: the portal's own dialog has already said why. */
  if (g_app_info_launch_default_for_uri_finish (result, &error) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* In the Flatpak, neither the GNOME runtime nor, often, the host has a
   * help viewer: pressing F1 must not end in silence. */
  g_debug ("Could not open the help: %s", error->message);
  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    return;
  alert = adw_alert_dialog_new (_("The Help Could Not Be Opened"), NULL);
  adw_alert_dialog_format_body (ADW_ALERT_DIALOG (alert),
                                _("Reading the help needs a help viewer such as GNOME Help, and none could show it: %s"),
                                error->message);
  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), "close", _("_Close"));
  adw_dialog_present (alert, GTK_WIDGET (window));
}

static void
ops_application_help_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  OpsApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GAppLaunchContext) context = NULL;
  const char *page = parameter ? g_variant_get_string (parameter, NULL) : "";
  g_autofree char *uri = NULL;

  /* Launch the help URI directly rather than through the OpenURI portal: in
   * the Flatpak the host's Yelp could not see the help we ship. */
  uri = page[0] && !g_str_equal (page, "index") ? g_strdup_printf ("help:%s/%s", GETTEXT_PACKAGE, page)
                : g_strdup ("help:" GETTEXT_PACKAGE);
  if (window != NULL)
    context = G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (window))));
  g_app_info_launch_default_for_uri_async (uri, context, NULL,
                                           ops_application_help_launched_cb, g_object_ref (self));
}

static void
ops_application_shortcuts_action (GSimpleAction *action,
                                  GVariant      *parameter,
                                  gpointer       user_data)
{
  OpsApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  adw_dialog_present (ops_shortcuts_dialog_new (), GTK_WIDGET (window));
}

/* Opens a catalog entry by id; reachable over D-Bus, which is how the
 * screenshot tool and a future search provider point the app at a pane. */
static void
ops_application_show_item_action (GSimpleAction *action,
                                  GVariant      *parameter,
                                  gpointer       user_data)
{
  OpsApplication *self = user_data;
  GtkWindow *window = ops_application_get_active_or_new_window (self);

  gtk_window_present (window);
  gtk_widget_activate_action_variant (GTK_WIDGET (window), "win.show-item", parameter);
}

static void
ops_application_show_plan_action (GSimpleAction *action,
                                  GVariant      *parameter,
                                  gpointer       user_data)
{
  GtkWindow *window = ops_application_get_active_or_new_window (user_data);

  gtk_window_present (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-plan", NULL);
}

static const GActionEntry app_actions[] = {
  { .name = "new-window", .activate = ops_application_new_window_action },
  { .name = "quit", .activate = ops_application_quit_action },
  { .name = "about", .activate = ops_application_about_action },
  { .name = "help", .activate = ops_application_help_action },
  { .name = "help-page", .activate = ops_application_help_action, .parameter_type = "s" },
  { .name = "shortcuts", .activate = ops_application_shortcuts_action },
  { .name = "show-item", .activate = ops_application_show_item_action, .parameter_type = "s" },
  { .name = "show-plan", .activate = ops_application_show_plan_action },
};

static const struct {
  const char *action;
  const char *accels[3];
} app_accels[] = {
  { "app.new-window", { "<Control>n", NULL } },
  { "app.quit", { "<Control>q", NULL } },
  /* F1 asks the window, which knows which pane the person is looking at. */
  { "win.help", { "F1", NULL } },
  { "app.shortcuts", { "<Control>question", NULL } },
  { "window.close", { "<Control>w", NULL } },
};

/* `opsladder PLAN`: our own option entries take the file arguments, so
 * GApplication never sees them and they are handed to open() here, in the
 * primary instance or, over D-Bus, in the one already running. */
static int
ops_application_open_arguments (GApplication  *app,
                                const char   **paths)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  if (paths == NULL || paths[0] == NULL)
    return -1;

  for (guint i = 0; paths[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (paths[i]));

  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("opsladder: %s\n", error->message);
      return 1;
    }
  g_application_open (app, (GFile **) files->pdata, files->len, "");

  /* The primary instance goes on to run its main loop. */
  return g_application_get_is_remote (app) ? 0 : -1;
}

static gboolean
export_pdf (const char  *out_path,
            const char  *plan_path,
            GError     **error)
{
  return ops_export_command_line (out_path, plan_path, OPS_PAGE_SIZE_DEFAULT, error);
}

/* The command-line exports, each an option that takes OUT and one PLAN. */
static const struct
{
  const char *option;
  const char *usage;
  gboolean  (*run) (const char *out_path, const char *plan_path, GError **error);
} exports[] = {
  { "export-pdf", N_("Usage: opsladder --export-pdf OUT.pdf PLAN.json"), export_pdf },
  { "export-ics", N_("Usage: opsladder --export-ics OUT.ics PLAN.json"), ops_export_command_line_ics },
  { "export-json-resume", N_("Usage: opsladder --export-json-resume OUT.json PLAN.json"),
    ops_export_command_line_json_resume },
};

/* opsladder --export-pdf OUT.pdf PLAN.json (or another export) writes the
 * file and exits before the application registers or opens a display, so
 * it works on a server. */
static int
ops_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  g_autofree char *out = NULL;
  g_autofree const char **rest = NULL;
  g_autoptr(GError) error = NULL;
  int chosen = -1;

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &rest);
  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    {
      g_autofree char *first = NULL;
      g_autofree char *second = NULL;
      g_autofree char *message = NULL;

      if (!g_variant_dict_contains (options, exports[i].option))
        continue;
      if (chosen < 0)
        {
          chosen = i;
          continue;
        }
      /* One export per run: doing only one of the two would leave a
       * script believing it has a file it never got. */
      first = g_strconcat ("--", exports[chosen].option, NULL);
      second = g_strconcat ("--", exports[i].option, NULL);
      /* Translators: both are options such as --export-pdf; they are not translated */
      message = g_strdup_printf (_("%s and %s cannot be used together; run one, then the other"), first, second);
      g_printerr ("opsladder: %s\n", message);
      return 2;
    }
  if (chosen < 0)
    return ops_application_open_arguments (app, rest);

  g_variant_dict_lookup (options, exports[chosen].option, "^ay", &out);
  if (rest == NULL || rest[0] == NULL || rest[1] != NULL)
    {
      g_printerr ("%s\n", _(exports[chosen].usage));
      return 2;
    }
  if (!exports[chosen].run (out, rest[0], &error))
    {
      g_printerr ("opsladder: %s\n", error->message);
      return 1;
    }

  return 0;
}

static gboolean ops_application_local_command_line (GApplication   *app,
                                                    char         ***arguments,
                                                    int            *exit_status);

static void
ops_application_startup (GApplication *app)
{
  OpsApplication *self = OPS_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;

  G_APPLICATION_CLASS (ops_application_parent_class)->startup (app);

  /* Not in init: the command-line export runs before startup and must work
   * where nothing is installed but the binary. */
  self->settings = g_settings_new (BASE_ID);
  self->catalog = ops_catalog_new_default (&error);
  if (self->catalog == NULL)
    g_critical ("The career catalog could not be loaded: %s", error->message);

  file = ops_plan_store_get_default_file ();
  self->store = ops_plan_store_new (file, self->catalog);
  ops_plan_store_load_async (self->store, NULL, ops_application_plan_loaded_cb, g_object_ref (self));
  ops_application_watch_signals (self);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (app_accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           app_accels[i].action,
                                           app_accels[i].accels);

  gtk_window_set_default_icon_name (APPLICATION_ID);
}

/* Nothing is saved here: every way out (the last window, Quit, a signal)
 * has saved or asked already, and blocking here would freeze the app. */
static void
ops_application_shutdown (GApplication *app)
{
  ops_application_unwatch_signals (OPS_APPLICATION (app));

  G_APPLICATION_CLASS (ops_application_parent_class)->shutdown (app);
}

static void
ops_application_dispose (GObject *object)
{
  OpsApplication *self = OPS_APPLICATION (object);

  ops_application_unwatch_signals (self);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (ops_application_parent_class)->dispose (object);
}

static void
ops_application_class_init (OpsApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);
  GtkApplicationClass *gtk_app_class = GTK_APPLICATION_CLASS (klass);

  object_class->dispose = ops_application_dispose;
  gtk_app_class->window_added = ops_application_window_added;

  app_class->activate = ops_application_activate;
  app_class->open = ops_application_open;
  app_class->local_command_line = ops_application_local_command_line;
  app_class->handle_local_options = ops_application_handle_local_options;
  app_class->startup = ops_application_startup;
  app_class->shutdown = ops_application_shutdown;
}

static const GOptionEntry options[] = {
  { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write PLAN.json as a PDF to OUT.pdf and exit, without opening a window"), N_("OUT.pdf") },
  { "export-ics", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the dates in PLAN.json as an iCalendar file to OUT.ics and exit, without opening a window"), N_("OUT.ics") },
  { "export-json-resume", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the record in PLAN.json as JSON Resume data to OUT.json and exit, without opening a window"), N_("OUT.json") },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[PLAN…]") },
  { NULL }
};

/* GApplication exits 1 on arguments it cannot parse, but 2 is the code
 * for bad arguments (as for an export without its plan): so they are
 * parsed here first, into storage of our own, and only a good command
 * line, or a request for help, goes on to GApplication. */
static gboolean
ops_application_local_command_line (GApplication   *app,
                                    char         ***arguments,
                                    int            *exit_status)
{
  GOptionEntry entries[G_N_ELEMENTS (options)];
  gpointer storage[G_N_ELEMENTS (options)] = { NULL };
  gboolean service = FALSE;
  GOptionEntry gapplication[] = {
    { "gapplication-service", 0, 0, G_OPTION_ARG_NONE, &service, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_auto(GStrv) args = g_strdupv (*arguments);
  g_autoptr(GError) error = NULL;
  gboolean parsed;

  /* args[0] is the program's name; g_application_run (app, 0, NULL) gives
   * an empty vector, with no name to skip. */
  for (guint i = args[0] != NULL ? 1 : 0; args[i] != NULL && !g_str_equal (args[i], "--"); i++)
    if (g_str_has_prefix (args[i], "--help") || g_str_equal (args[i], "-h") || g_str_equal (args[i], "-?"))
      return G_APPLICATION_CLASS (ops_application_parent_class)->local_command_line (app, arguments, exit_status);

  memcpy (entries, options, sizeof options);
  for (guint i = 0; entries[i].long_name != NULL; i++)
    entries[i].arg_data = &storage[i];
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_add_main_entries (context, gapplication, NULL);
  parsed = g_option_context_parse_strv (context, &args, &error);

  for (guint i = 0; entries[i].long_name != NULL; i++)
    if (entries[i].arg == G_OPTION_ARG_FILENAME_ARRAY)
      g_strfreev (storage[i]);
    else
      g_free (storage[i]);

  if (!parsed)
    {
      g_printerr ("opsladder: %s\n", error->message);
      *exit_status = 2;
      return TRUE;
    }

  return G_APPLICATION_CLASS (ops_application_parent_class)->local_command_line (app, arguments, exit_status);
}

static void
ops_application_init (OpsApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), options);
}
