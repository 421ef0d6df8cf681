/* ops-window-actions.c: the window's actions (win.*), as a person or a
 * pane that only knows the window by its actions triggers them
 *
 * The window (ops-window.c) follows the store and closes; this file is
 * what its menus, buttons and shortcuts do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ops-entry-page.h"
#include "ops-ics-writer.h"
#include "ops-json-resume-writer.h"
#include "ops-map-page.h"
#include "ops-pdf-writer.h"
#include "ops-plan-details-dialog.h"
#include "ops-plan-document.h"
#include "ops-plan-gap-page.h"
#include "ops-plan-item-page.h"
#include "ops-role.h"
#include "ops-window-private.h"

static void
show_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OpsWindow *self = OPS_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  OpsCatalogItem *item = self->catalog ? ops_catalog_lookup (self->catalog, id) : NULL;
  AdwNavigationPage *visible;

  /* The gap is a pane of the plan, not a catalog entry; the screenshot
   * runner opens it by this name for the help figure. */
  if (item == NULL && g_str_equal (id, "plan:gap") && self->store != NULL)
    {
      gtk_widget_activate_action (widget, "win.show-plan", NULL);
      adw_navigation_view_push (self->content_view, ADW_NAVIGATION_PAGE (ops_plan_gap_page_new (self->store)));
      return;
    }

  /* A plan item's pane by its catalog id ("plan:item:cltd"), with its
   * Add Activity dialog open after "+activity": the screenshot runner
   * opens a credential this way. */
  if (item == NULL && g_str_has_prefix (id, "plan:item:") && self->plan != NULL)
    {
      g_autofree char *catalog_id = g_strdup (id + strlen ("plan:item:"));
      gboolean activity = g_str_has_suffix (catalog_id, "+activity");
      OpsPlanItem *plan_item;
      GtkWidget *page;

      if (activity)
        catalog_id[strlen (catalog_id) - strlen ("+activity")] = '\0';
      plan_item = ops_plan_find_item (self->plan, catalog_id);
      if (plan_item != NULL)
        {
          gtk_widget_activate_action (widget, "win.show-plan", NULL);
          page = ops_plan_item_page_new (plan_item, self->catalog);
          adw_navigation_view_push (self->content_view, ADW_NAVIGATION_PAGE (page));
          if (activity)
            gtk_widget_activate_action (page, "item.add-activity", NULL);
          return;
        }
    }

  /* The toolkit's panes are not catalog entries; opening them by name
   * lets the screenshot script and tests reach them as a person would. */
  if (item == NULL && (g_str_has_prefix (id, "toolkit:") || g_str_equal (id, "map")))
    {
      if (g_strcmp0 (ops_sidebar_get_selected_target (self->sidebar), id) == 0)
        _ops_window_return_to_root (self);
      else if (!ops_sidebar_select_target (self->sidebar, id))
        g_warning ("No pane “%s” to show", id);
      adw_navigation_split_view_set_show_content (self->split_view, TRUE);
      return;
    }

  if (item == NULL)
    {
      g_warning ("No catalog entry “%s” to show", id);
      return;
    }

  if (ops_catalog_item_get_kind (item) == OPS_ITEM_KIND_STAGE)
    {
      g_autofree char *target = g_strconcat ("stage:", id, NULL);

      ops_sidebar_select_target (self->sidebar, target);
    }
  else
    {
      visible = adw_navigation_view_get_visible_page (self->content_view);
      if (visible == NULL || g_strcmp0 (adw_navigation_page_get_tag (visible), id) != 0)
        adw_navigation_view_push (self->content_view, ADW_NAVIGATION_PAGE (_ops_window_page_for_item (self, item)));
    }

  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

/* Show on Map: the career map, with the role of the pane in front (if
 * it is a role's) selected. */
static void
show_map_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  OpsWindow *self = OPS_WINDOW (widget);
  AdwNavigationPage *visible = adw_navigation_view_get_visible_page (self->content_view);
  OpsCatalogItem *item = OPS_IS_ENTRY_PAGE (visible) ? ops_entry_page_get_item (OPS_ENTRY_PAGE (visible)) : NULL;
  g_autofree char *role_id = OPS_IS_ROLE (item) ? g_strdup (ops_catalog_item_get_id (item)) : NULL;
  g_autoptr(GListModel) stack = NULL;
  g_autoptr(AdwNavigationPage) root = NULL;

  if (g_strcmp0 (ops_sidebar_get_selected_target (self->sidebar), "map") == 0)
    _ops_window_return_to_root (self);
  else
    ops_sidebar_select_target (self->sidebar, "map");
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);

  stack = adw_navigation_view_get_navigation_stack (self->content_view);
  root = g_list_model_get_item (stack, 0);
  if (OPS_IS_MAP_PAGE (root) && role_id != NULL)
    ops_career_map_select_role (ops_map_page_get_map (OPS_MAP_PAGE (root)), role_id);
}

/* A search result opens as a pane of its own, as a sidebar entry does:
 * Back from it returns to the results (the sidebar, on a narrow window),
 * not to the pane that was shown before the search, and the sidebar no
 * longer marks that pane as the one in front. */
static void
show_result_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OpsWindow *self = OPS_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  OpsCatalogItem *item = self->catalog ? ops_catalog_lookup (self->catalog, id) : NULL;
  AdwNavigationPage *page;

  if (item == NULL || ops_catalog_item_get_kind (item) == OPS_ITEM_KIND_STAGE)
    {
      show_item_action (widget, "win.show-item", parameter);
      return;
    }

  _ops_window_clear_sidebar_selection (self);

  page = ADW_NAVIGATION_PAGE (_ops_window_page_for_item (self, item));
  adw_navigation_view_replace (self->content_view, &page, 1);
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

static void
help_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  const char *page = ops_window_get_help_page (OPS_WINDOW (widget));

  gtk_widget_activate_action (widget, "app.help-page", "s", page);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OpsWindow *self = OPS_WINDOW (widget);

  adw_navigation_split_view_set_show_content (self->split_view, FALSE);
  ops_sidebar_start_search (self->sidebar);
}

/* Edits are only offered when they can be kept (ops_plan_store_get_editable ()):
 * not while the plan is still being read, nor when the file could not be
 * read, nor on a plan from a newer OpsLadder, which opens read-only. */
static gboolean
plan_is_editable (OpsWindow *self)
{
  return self->plan != NULL && ops_plan_store_get_editable (self->store);
}

void
_ops_window_actions_update (OpsWindow *self)
{
  gboolean editable = plan_is_editable (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", editable && ops_plan_get_can_undo (self->plan));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo-from-toast",
                                 editable && ops_plan_get_can_undo (self->plan));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", editable && ops_plan_get_can_redo (self->plan));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-to-plan", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.remove-from-plan", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-custom-item", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-plan-details", editable);
}

/* "Undone: Removed “CPIM”", for a toast whose change has no better name. */
static char *
undone_message (const char *message)
{
  /* Translators: shown after Undo in a toast; %s is what that toast said */
  return g_strdup_printf (_("Undone: %s"), message);
}

static void
add_to_plan_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OpsWindow *self = OPS_WINDOW (widget);
  OpsCatalogItem *item = ops_catalog_lookup (self->catalog, g_variant_get_string (parameter, NULL));
  g_autofree char *message = NULL;
  g_autofree char *undone = NULL;

  g_return_if_fail (item != NULL && self->plan != NULL);

  if (ops_catalog_item_get_kind (item) == OPS_ITEM_KIND_ROLE)
    {
      ops_plan_set_target_role (self->plan, ops_catalog_item_get_id (item), NULL);
      /* Translators: %s is a role, e.g. "Operations Manager" */
      message = g_strdup_printf (_("Target role set to %s"), ops_catalog_item_get_name (item));
      undone = undone_message (message);
    }
  else if (ops_plan_find_item (self->plan, ops_catalog_item_get_id (item)) != NULL)
    {
      message = g_strdup_printf (_("%s is already in your plan"), ops_catalog_item_get_name (item));
      _ops_window_show_toast (self, message, NULL, TRUE);
      return;
    }
  else
    {
      ops_plan_add_catalog_item (self->plan, item);
      /* Translators: %s is a certification, skill or degree */
      message = g_strdup_printf (_("Added %s to your plan"), ops_catalog_item_get_name (item));
      /* Translators: said after Undo in the toast "Added %s to your plan" */
      undone = g_strdup_printf (_("Removed “%s” from your plan"), ops_catalog_item_get_name (item));
    }

  _ops_window_show_toast (self, message, undone, TRUE);
}

/* The entry pane's "Remove from Plan": undone like any other edit. */
static void
remove_from_plan_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  OpsWindow *self = OPS_WINDOW (widget);
  OpsPlanItem *item;
  g_autofree char *message = NULL;
  g_autofree char *undone = NULL;

  g_return_if_fail (self->plan != NULL);

  item = ops_plan_find_item (self->plan, g_variant_get_string (parameter, NULL));
  if (item == NULL)
    return;
  /* Translators: shown in a toast with an Undo button; %s is a title */
  message = g_strdup_printf (_("Removed “%s”"), ops_plan_item_get_title (item));
  undone = undone_message (message);
  ops_plan_remove_item (self->plan, item);
  _ops_window_show_toast (self, message, undone, FALSE);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OpsWindow *self = OPS_WINDOW (widget);

  if (g_str_equal (action_name, "win.undo"))
    ops_plan_undo (self->plan);
  else
    ops_plan_redo (self->plan);
}

static void
undo_toast_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  const char *message = g_variant_get_string (parameter, NULL);
  g_autofree char *undone = undone_message (message);

  _ops_window_show_toast (OPS_WINDOW (widget), message, undone, FALSE);
}

/* A short note with no button ("Copied"), for panes that only know the
 * window by its actions; win.show-error-toast says something went wrong,
 * and stays long enough to be read. */
static void
show_toast_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AdwToast *toast = adw_toast_new (g_variant_get_string (parameter, NULL));

  adw_toast_set_use_markup (toast, FALSE);
  adw_toast_set_timeout (toast, g_str_equal (action_name, "win.show-error-toast") ? 5 : 2);
  ops_window_add_toast (OPS_WINDOW (widget), toast);
}

/* A toast's Undo: undoes, then says what it undid, with Redo, in case the
 * click was meant for the pane under the toast. */
static void
undo_from_toast_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  OpsWindow *self = OPS_WINDOW (widget);
  AdwToast *toast;

  if (!plan_is_editable (self) || !ops_plan_get_can_undo (self->plan))
    return;

  ops_plan_undo (self->plan);
  toast = adw_toast_new (g_variant_get_string (parameter, NULL));
  adw_toast_set_use_markup (toast, FALSE);
  adw_toast_set_button_label (toast, _("_Redo"));
  adw_toast_set_action_name (toast, "win.redo");
  ops_window_add_toast (self, toast);
}

static void
show_plan_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OpsWindow *self = OPS_WINDOW (widget);

  if (g_strcmp0 (ops_sidebar_get_selected_target (self->sidebar), "plan") == 0)
    _ops_window_return_to_root (self);
  else
    ops_sidebar_select_target (self->sidebar, "plan");
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

static void
edit_plan_details_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  OpsWindow *self = OPS_WINDOW (widget);

  adw_dialog_present (ops_plan_details_dialog_new (self->plan, self->catalog), widget);
}

static void
add_custom_item_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  OpsWindow *self = OPS_WINDOW (widget);
  g_autoptr(OpsPlanItem) item = ops_plan_item_new (OPS_PLAN_ITEM_KIND_CUSTOM, _("New Step"));

  ops_plan_add_item (self->plan, item);
  ops_sidebar_select_target (self->sidebar, "plan");
  adw_navigation_view_push (self->content_view, ADW_NAVIGATION_PAGE (ops_plan_item_page_new (item, self->catalog)));
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

static void
open_dialog_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(OpsWindow) self = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (object), result, NULL);

  if (file != NULL)
    ops_window_open_plan_file (self, file);
}

static void
plan_saved_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(OpsWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!ops_plan_store_save_as_finish (OPS_PLAN_STORE (object), result, &error))
    _ops_window_show_error (self, _("The Plan Could Not Be Saved"), error);
  else
    _ops_window_show_toast (self, _("Plan saved"), NULL, FALSE);
}

static void
plan_saved_here_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(OpsWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!ops_plan_store_save_finish (OPS_PLAN_STORE (object), result, &error))
    _ops_window_show_error (self, _("The Plan Could Not Be Saved"), error);
  else
    _ops_window_show_toast (self, _("Plan saved"), NULL, FALSE);
}

/* Saving on purpose is also how a person keeps their version after
 * another program changed the file. */
static void
save_plan_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OpsWindow *self = OPS_WINDOW (widget);

  ops_plan_store_save_async (self->store, NULL, plan_saved_here_cb, g_object_ref (self));
}

static void
save_dialog_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(OpsWindow) self = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, NULL);

  if (file != NULL)
    ops_plan_store_save_as_async (self->store, file, NULL, plan_saved_cb, g_object_ref (self));
}

static void
open_plan_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_autoptr(GtkFileDialog) dialog = _ops_window_plan_file_dialog (_("Open Plan"));

  gtk_file_dialog_open (dialog, GTK_WINDOW (widget), NULL, open_dialog_cb, g_object_ref (widget));
}

static void
save_plan_as_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  g_autoptr(GtkFileDialog) dialog = _ops_window_plan_file_dialog (_("Save Plan As"));

  /* Translators: the suggested file name; keep the .opsplan extension,
   * which is what makes the file open in OpsLadder when double-clicked */
  gtk_file_dialog_set_initial_name (dialog, _("career-plan.opsplan"));
  gtk_file_dialog_save (dialog, GTK_WINDOW (widget), NULL, save_dialog_cb, g_object_ref (widget));
}

static void
open_uri_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));
  g_autoptr(GtkFileLauncher) launcher = gtk_file_launcher_new (file);

  gtk_file_launcher_launch (launcher, GTK_WINDOW (widget), NULL, NULL, NULL);
}

/* "Exported “NAME”", with Open, for a file just written. */
static void
show_exported_toast (OpsWindow *self,
                     GFile     *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *name = g_file_get_basename (file);
  /* Translators: %s is the name of the file just written */
  g_autofree char *message = g_strdup_printf (_("Exported “%s”"), name);
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_use_markup (toast, FALSE);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-uri");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  ops_window_add_toast (self, toast);
}

/* The exports: the PDF, the calendar and the resume data. Each writer
 * copies the plan or renders from it before it leaves this thread, so
 * editing may go on while the file is written. */
typedef struct
{
  void     (*write_async)  (OpsPlan              *plan,
                            OpsCatalog           *catalog,
                            GFile                *file,
                            GCancellable         *cancellable,
                            GAsyncReadyCallback   callback,
                            gpointer              user_data);
  gboolean (*write_finish) (GAsyncResult         *result,
                            GError              **error);
  const char *error_title;
} FileExport;

/* The PDF in the locale's paper, as the command line's default. */
static void
pdf_write_async (OpsPlan             *plan,
                 OpsCatalog          *catalog,
                 GFile               *file,
                 GCancellable        *cancellable,
                 GAsyncReadyCallback  callback,
                 gpointer             user_data)
{
  ops_pdf_writer_write_async (plan, catalog, file, OPS_PAGE_SIZE_DEFAULT, cancellable, callback, user_data);
}

static const FileExport pdf_export = {
  pdf_write_async, ops_pdf_writer_write_finish, N_("The PDF Could Not Be Saved"),
};
static const FileExport calendar_export = {
  ops_ics_writer_write_async, ops_ics_writer_write_finish, N_("The Calendar Could Not Be Saved"),
};
static const FileExport resume_export = {
  ops_json_resume_writer_write_async, ops_json_resume_writer_write_finish, N_("The Resume Data Could Not Be Saved"),
};

/* One export on its way, from the file dialog to the written file. */
typedef struct
{
  OpsWindow        *window;
  const FileExport *export;
  GFile            *file;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->window);
  g_clear_object (&job->file);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportJob, export_job_free)

static void
file_export_written_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(ExportJob) job = user_data;
  g_autoptr(GError) error = NULL;

  /* For a calendar, opening the file is how GNOME Calendar imports it. */
  if (!job->export->write_finish (result, &error))
    _ops_window_show_error (job->window, _(job->export->error_title), error);
  else
    show_exported_toast (job->window, job->file);
}

static void
file_export_dialog_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(ExportJob) job = user_data;
  OpsWindow *self = job->window;
  const FileExport *export = job->export;
  GFile *file;

  job->file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, NULL);
  if (job->file == NULL)
    return;

  file = job->file;
  export->write_async (self->plan, self->catalog, file, NULL, file_export_written_cb, g_steal_pointer (&job));
}

static void
save_file_export (OpsWindow        *self,
                  const FileExport *export,
                  const char       *title,
                  const char       *initial_name)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  ExportJob *job = g_new0 (ExportJob, 1);

  job->window = g_object_ref (self);
  job->export = export;
  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_initial_name (dialog, initial_name);
  gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL, file_export_dialog_cb, job);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  OpsWindow *self = OPS_WINDOW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = ops_pdf_writer_default_file_name (self->plan, now);

  save_file_export (self, &pdf_export, _("Export Plan as PDF"), name);
}

static void
export_ics_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  save_file_export (OPS_WINDOW (widget), &calendar_export, _("Export to Calendar"),
                    /* Translators: the suggested file name; keep the .ics extension */
                    _("career-plan.ics"));
}

static void
export_json_resume_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  /* The name is not translated: resume-cli and the JSON Resume themes
   * look for a file of this name. */
  save_file_export (OPS_WINDOW (widget), &resume_export, _("Export Resume Data"), "resume.json");
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                OpsPlanDocument   *document)
{
  guint n_pages = ops_plan_document_paginate (document, gtk_print_context_get_cairo_context (context),
                                              gtk_print_context_get_width (context),
                                              gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, n_pages);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              OpsPlanDocument   *document)
{
  ops_plan_document_draw_page (document, gtk_print_context_get_cairo_context (context), page);
}

static void
release_document_cb (gpointer  document,
                     GClosure *closure)
{
  g_object_unref (document);
}

/**
 * ops_window_create_print_operation:
 * @self: the window
 *
 * The print operation Print… runs: the plan as it is now, paginated as in
 * the PDF export. Tests run it with %GTK_PRINT_OPERATION_ACTION_EXPORT.
 *
 * Returns: (transfer full): a print operation
 */
GtkPrintOperation *
ops_window_create_print_operation (OpsWindow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(OpsPlanDocument) document = NULL;
  GtkPrintOperation *operation;

  g_return_val_if_fail (OPS_IS_WINDOW (self), NULL);
  g_return_val_if_fail (self->plan != NULL, NULL);

  document = ops_plan_document_new (self->plan, self->catalog, now);
  operation = gtk_print_operation_new ();

  /* The document draws its own margins, in points, as in the PDF. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, ops_plan_document_get_title (document));
  /* Each handler holds the document for as long as the operation lives. */
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (begin_print_cb), g_object_ref (document),
                         release_document_cb, 0);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (draw_page_cb), g_object_ref (document),
                         release_document_cb, 0);

  return operation;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  OpsWindow *self = OPS_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = ops_window_create_print_operation (self);
  g_autoptr(GError) error = NULL;

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    _ops_window_show_error (self, _("The Plan Could Not Be Printed"), error);
}

static void
show_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));
  g_autoptr(GtkFileLauncher) launcher = gtk_file_launcher_new (file);

  gtk_file_launcher_open_containing_folder (launcher, GTK_WINDOW (widget), NULL, NULL, NULL);
}

void
_ops_window_class_actions_init (OpsWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.show-item", "s", show_item_action);
  gtk_widget_class_install_action (widget_class, "win.show-result", "s", show_result_action);
  gtk_widget_class_install_action (widget_class, "win.show-plan", NULL, show_plan_action);
  gtk_widget_class_install_action (widget_class, "win.show-map", NULL, show_map_action);
  gtk_widget_class_install_action (widget_class, "win.add-to-plan", "s", add_to_plan_action);
  gtk_widget_class_install_action (widget_class, "win.remove-from-plan", "s", remove_from_plan_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.undo-toast", "s", undo_toast_action);
  gtk_widget_class_install_action (widget_class, "win.show-toast", "s", show_toast_action);
  gtk_widget_class_install_action (widget_class, "win.show-error-toast", "s", show_toast_action);
  gtk_widget_class_install_action (widget_class, "win.undo-from-toast", "s", undo_from_toast_action);
  gtk_widget_class_install_action (widget_class, "win.edit-plan-details", NULL, edit_plan_details_action);
  gtk_widget_class_install_action (widget_class, "win.add-custom-item", NULL, add_custom_item_action);
  gtk_widget_class_install_action (widget_class, "win.open-plan", NULL, open_plan_action);
  gtk_widget_class_install_action (widget_class, "win.save-plan-as", NULL, save_plan_as_action);
  gtk_widget_class_install_action (widget_class, "win.save-plan", NULL, save_plan_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.export-ics", NULL, export_ics_action);
  gtk_widget_class_install_action (widget_class, "win.export-json-resume", NULL, export_json_resume_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.open-uri", "s", open_uri_action);
  gtk_widget_class_install_action (widget_class, "win.show-file", "s", show_file_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open-plan", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save-plan", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-plan-as", NULL);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.help", NULL, help_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
}
