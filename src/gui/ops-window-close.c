/* ops-window-close.c: closing the window, and the plan file's conflicts
 *
 * The plan is shared by every window; the last one to close saves it,
 * without blocking, and stays open while that save cannot be made or
 * another program's version is waiting for the person to choose.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-window-private.h"

static void close_after_saving    (OpsWindow    *self);
static void ask_after_failed_save (OpsWindow    *self,
                                   const GError *error);

static void
hold_application (OpsWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (self->held == NULL && app != NULL)
    {
      self->held = g_object_ref (G_APPLICATION (app));
      g_application_hold (self->held);
    }
}

void
_ops_window_release_application (OpsWindow *self)
{
  g_autoptr(GApplication) app = g_steal_pointer (&self->held);

  if (app != NULL)
    g_application_release (app);
}

static void
finish_close (OpsWindow *self)
{
  self->closing = FALSE;
  _ops_window_release_application (self);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Whether another window shows the same plan and keeps it open. */
static gboolean
is_last_window (OpsWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  for (GList *l = app ? gtk_application_get_windows (app) : NULL; l != NULL; l = l->next)
    if (l->data != self && OPS_IS_WINDOW (l->data) && OPS_WINDOW (l->data)->store == self->store)
      return FALSE;

  return TRUE;
}

static void
closing_saved_as_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(OpsWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!ops_plan_store_save_as_finish (OPS_PLAN_STORE (object), result, &error) && self->closing)
    ask_after_failed_save (self, error);
  else if (error != NULL)
    _ops_window_show_error (self, _("The Plan Could Not Be Saved"), error);
  else if (self->closing)
    close_after_saving (self);
  else
    _ops_window_show_toast (self, _("Plan saved"), NULL, FALSE);
}

static void
closing_save_dialog_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(OpsWindow) self = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, NULL);

  /* Cancelled: the window stays, with the plan in it. */
  if (file == NULL)
    {
      self->closing = FALSE;
      _ops_window_release_application (self);
      return;
    }
  ops_plan_store_save_as_async (self->store, file, NULL, closing_saved_as_cb, g_object_ref (self));
}

static void
save_elsewhere (OpsWindow  *self,
                const char *title,
                const char *name)
{
  g_autoptr(GtkFileDialog) dialog = _ops_window_plan_file_dialog (title);

  gtk_file_dialog_set_initial_name (dialog, name);
  gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL, closing_save_dialog_cb, g_object_ref (self));
}

static void
kept_mine_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(OpsWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!ops_plan_store_save_finish (OPS_PLAN_STORE (object), result, &error) && self->closing)
    ask_after_failed_save (self, error);
  else if (error != NULL)
    _ops_window_show_error (self, _("The Plan Could Not Be Saved"), error);
  else if (self->closing)
    close_after_saving (self);
}

static void
took_theirs_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(OpsWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!ops_plan_store_load_finish (OPS_PLAN_STORE (object), result, &error))
    _ops_window_show_error (self, _("The Plan Could Not Be Opened"), error);
}

/* One handler for both questions; self->closing says whether the answer
 * ends with the window closing or with the person working on. */
static void
close_dialog_response_cb (OpsWindow  *self,
                          const char *response)
{
  self->asking = FALSE;

  if (g_str_equal (response, "retry"))
    close_after_saving (self);
  else if (g_str_equal (response, "discard") && self->closing)
    finish_close (self);
  else if (g_str_equal (response, "discard"))
    ops_plan_store_load_async (self->store, NULL, took_theirs_cb, g_object_ref (self));
  else if (g_str_equal (response, "keep"))
    ops_plan_store_save_async (self->store, NULL, kept_mine_cb, g_object_ref (self));
  else if (g_str_equal (response, "copy"))
    save_elsewhere (self, _("Save Your Version As"),
                    /* Translators: the suggested file name; keep the .opsplan extension */
                    _("career-plan (my version).opsplan"));
  else if (g_str_equal (response, "save-as"))
    save_elsewhere (self, _("Save Plan As"), _("career-plan.opsplan"));
  else
    {
      /* Escape: nothing closes, nothing is lost. */
      self->closing = FALSE;
      _ops_window_release_application (self);
    }
}

static void
present_close_dialog (OpsWindow *self,
                      AdwDialog *alert)
{
  self->asking = TRUE;
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (alert), "cancel");
  g_signal_connect_object (alert, "response", G_CALLBACK (close_dialog_response_cb), self, G_CONNECT_SWAPPED);
  adw_dialog_present (alert, GTK_WIDGET (self));
}

static void
ask_after_failed_save (OpsWindow    *self,
                       const GError *error)
{
  AdwDialog *alert = adw_alert_dialog_new (_("Your Plan Could Not Be Saved"), NULL);

  /* Translators: %s says why saving failed */
  adw_alert_dialog_format_body (ADW_ALERT_DIALOG (alert),
                                _("%s\n\nThe window stays open so that your changes are not lost."),
                                error->message);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (alert),
                                  "discard", _("Close _Without Saving"),
                                  "save-as", _("_Save As…"),
                                  "retry", _("_Try Again"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (alert), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (alert), "retry", ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (alert), "retry");
  present_close_dialog (self, alert);
}

void
_ops_window_ask_about_conflict (OpsWindow *self)
{
  AdwDialog *alert;

  if (self->asking)
    return;

  alert = adw_alert_dialog_new (_("Keep Which Version?"), NULL);
  adw_alert_dialog_set_body (ADW_ALERT_DIALOG (alert),
                             self->closing
                             ? _("Another program changed your plan file while you had changes of your own. "
                                 "Choose which version to keep before closing.")
                             : _("Another program changed your plan file while you had changes of your own. "
                                 "Choose which version to keep."));
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (alert),
                                  "discard", _("_Use Their Version"),
                                  "copy", _("Save Mine as a _Copy…"),
                                  "keep", _("_Keep My Version"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (alert), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (alert), "keep", ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (alert), "keep");
  present_close_dialog (self, alert);
}

static void
close_flushed_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(OpsWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!ops_plan_store_flush_finish (OPS_PLAN_STORE (object), result, &error))
    {
      if (ops_plan_store_get_changed_on_disk (self->store))
        _ops_window_ask_about_conflict (self);
      else
        ask_after_failed_save (self, error);
    }
  else if (ops_plan_store_get_has_unsaved_changes (self->store))
    close_after_saving (self);   /* edited while it saved */
  else
    finish_close (self);
}

static void
close_after_saving (OpsWindow *self)
{
  self->closing = TRUE;
  hold_application (self);

  if (!ops_plan_store_get_has_unsaved_changes (self->store))
    finish_close (self);
  else if (ops_plan_store_get_changed_on_disk (self->store))
    _ops_window_ask_about_conflict (self);
  else
    ops_plan_store_flush_async (self->store, NULL, close_flushed_cb, g_object_ref (self));
}

/* Returns: whether the window may go now; if not, it goes by itself once
 * the plan is saved or the person has chosen. */
gboolean
_ops_window_begin_close (OpsWindow *self)
{
  if (self->closing)
    return FALSE;

  /* The banner's question is open: its answer now also closes. */
  if (self->asking)
    {
      _ops_window_save_state (self);
      self->closing = TRUE;
      hold_application (self);
      return FALSE;
    }

  _ops_window_save_state (self);
  if (self->store == NULL || !is_last_window (self) || !ops_plan_store_get_has_unsaved_changes (self->store))
    return TRUE;

  close_after_saving (self);
  return FALSE;
}

/**
 * ops_window_request_close:
 * @self: the window
 *
 * Closes the window as its close button does, also when a dialog is
 * open: how Quit closes every window. The last window showing the plan
 * saves it first and stays open if that fails or another program's
 * version is waiting.
 */
void
ops_window_request_close (OpsWindow *self)
{
  g_return_if_fail (OPS_IS_WINDOW (self));

  if (_ops_window_begin_close (self))
    gtk_window_destroy (GTK_WINDOW (self));
}

/* The banner belongs to the window: the conflict concerns the whole plan,
 * whichever pane is in front. */
void
_ops_window_update_conflict_banner (OpsWindow *self)
{
  gboolean changed = ops_plan_store_get_changed_on_disk (self->store);

  /* Hidden until first needed, so that no frame measures its text before
   * then; shown before it is revealed, so that it still slides in. */
  if (changed)
    gtk_widget_set_visible (GTK_WIDGET (self->conflict_banner), TRUE);
  adw_banner_set_revealed (self->conflict_banner, changed);
}

void
_ops_window_conflict_banner_cb (OpsWindow *self)
{
  _ops_window_ask_about_conflict (self);
}

/**
 * ops_window_show_conflict_copy:
 * @self: the window
 * @file: a copy of the person's version, written when the app last ended
 *   during a conflict
 *
 * Says where that version is, until the person dismisses it.
 */
void
ops_window_show_conflict_copy (OpsWindow *self,
                               GFile     *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *uri = g_file_get_uri (file);
  /* Translators: %s is a file name, e.g. plan.json.conflict-20261202-041500 */
  g_autofree char *message = g_strdup_printf (_("Your unsaved version from last time is kept as “%s”"), name);
  AdwToast *toast = adw_toast_new (message);

  g_return_if_fail (OPS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  adw_toast_set_use_markup (toast, FALSE);
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_button_label (toast, _("_Show"));
  adw_toast_set_action_name (toast, "win.show-file");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  ops_window_add_toast (self, toast);
}
