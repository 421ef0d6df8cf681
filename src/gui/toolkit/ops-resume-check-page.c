/* ops-resume-check-page.c: what an applicant-tracking system would see
 *
 * The resume's text is pasted or read from a .txt or .md file, checked in
 * memory against the catalog's keywords and the target role, and never
 * saved or sent anywhere; it is not part of the plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-list-box-bind.h"
#include "ops-plan.h"
#include "ops-resume-check-page.h"
#include "ops-resume-check.h"
#include "ops-role-label.h"
#include "ops-role.h"

struct _OpsResumeCheckPage
{
  OpsToolkitPage  parent_instance;

  OpsResumeCheck *check;
  GCancellable   *cancellable;

  GtkTextView    *text;
  GtkLabel       *target_label;
  GtkWidget      *empty_state;
  GtkLabel       *empty_label;
  GtkWidget      *summary;
  GtkLabel       *summary_label;
  GtkWidget      *found_group;
  GtkWidget      *missing_group;
  GtkWidget      *bullets_group;
  GtkListBox     *found;
  GtkListBox     *missing;
  GtkListBox     *bullets;
};

G_DEFINE_FINAL_TYPE (OpsResumeCheckPage, ops_resume_check_page, OPS_TYPE_TOOLKIT_PAGE)

static const char *
target_role_id (OpsResumeCheckPage *self)
{
  OpsPlan *plan = ops_toolkit_page_get_plan (OPS_TOOLKIT_PAGE (self));

  return plan ? ops_plan_get_target_role_id (plan) : NULL;
}

/* The plan may name anything as its target (a hand-edited file, an entry
 * a newer catalog renamed): only a role the catalog knows expects skills
 * and certifications, so the label and the results ask the same question. */
static OpsCatalogItem *
lookup_target_role (OpsResumeCheckPage *self)
{
  OpsCatalog *catalog = ops_toolkit_page_get_catalog (OPS_TOOLKIT_PAGE (self));
  const char *id = target_role_id (self);
  OpsCatalogItem *item = id != NULL && catalog != NULL ? ops_catalog_lookup (catalog, id) : NULL;

  return OPS_IS_ROLE (item) ? item : NULL;
}

static gboolean
has_target_role (OpsResumeCheckPage *self)
{
  return lookup_target_role (self) != NULL;
}

static void
update_target_label (OpsResumeCheckPage *self)
{
  OpsCatalogItem *role = lookup_target_role (self);
  g_autofree char *text = NULL;

  if (role != NULL)
    /* Translators: %s is the plan's target role */
    text = g_strdup_printf (_("Target role: %s"), ops_catalog_item_get_name (role));
  else
    text = g_strdup (_("Choose a target role in My Plan to see what it expects."));
  ops_role_label_set (self->target_label, text);
}

static GtkWidget *
finding_row (const char *title,
             const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  /* A resume's lines name roles too: "Schichtleiter/in, Werk Nord". */
  ops_role_label_keep_row (ADW_ACTION_ROW (row));

  return row;
}

/* A finding's line as the row quotes it: without its list marker, which
 * after "Line 7:" read as a stray dash ("Line 7: - Managed…"), and
 * without the blanks around it. */
static char *
quoted_line (OpsResumeFinding *finding)
{
  const char *line = ops_resume_finding_get_text (finding);
  const char *content = line;

  if (!ops_resume_check_is_bullet (line, &content))
    content = line;

  return g_strstrip (g_strdup (content));
}

/* "Cost Reduction", "Line 7: Managed the shift budget…" */
static GtkWidget *
create_found_row_cb (gpointer item,
                     gpointer user_data)
{
  OpsResumeFinding *finding = item;
  g_autofree char *line = quoted_line (finding);
  g_autofree char *where = NULL;

  if (line[0] != '\0')
    /* Translators: where a keyword was found in the resume: a line number and the line */
    where = g_strdup_printf (_("Line %u: %s"), ops_resume_finding_get_line (finding), line);
  else
    /* Translators: where a keyword was found in the resume; %u is a line number */
    where = g_strdup_printf (_("Line %u"), ops_resume_finding_get_line (finding));

  return finding_row (ops_catalog_item_get_name (ops_resume_finding_get_catalog_item (finding)), where);
}

/* What is missing is what a person acts on next: its row opens the
 * entry's pane, with Add to Plan, and Back returns to these results. */
static GtkWidget *
create_missing_row_cb (gpointer item,
                       gpointer user_data)
{
  OpsCatalogItem *entry = ops_resume_finding_get_catalog_item (item);
  const char *kind = ops_catalog_item_get_kind (entry) == OPS_ITEM_KIND_CERTIFICATION
                     ? _("Certification the role expects") : _("Skill the role expects");
  GtkWidget *row = finding_row (ops_catalog_item_get_name (entry), kind);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), g_object_new (GTK_TYPE_IMAGE,
                                                                  "icon-name", "go-next-symbolic",
                                                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                                                  NULL));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-item");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", ops_catalog_item_get_id (entry));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

static GtkWidget *
create_bullet_row_cb (gpointer item,
                      gpointer user_data)
{
  OpsResumeFinding *finding = item;
  g_autofree char *where = g_strdup_printf (_("Line %u"), ops_resume_finding_get_line (finding));
  g_autofree char *line = quoted_line (finding);

  return finding_row (where, line);
}

static gboolean
has_text (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

static void
clear_results (OpsResumeCheckPage *self)
{
  if (self->check == NULL)
    return;

  gtk_widget_set_visible (self->summary, FALSE);
  gtk_widget_set_visible (self->found_group, FALSE);
  gtk_widget_set_visible (self->missing_group, FALSE);
  gtk_widget_set_visible (self->bullets_group, FALSE);
  ops_list_box_bind_model (self->found, NULL, NULL, NULL);
  ops_list_box_bind_model (self->missing, NULL, NULL, NULL);
  ops_list_box_bind_model (self->bullets, NULL, NULL, NULL);
  g_clear_object (&self->check);
}

static void
show_nothing_to_check (OpsResumeCheckPage *self)
{
  clear_results (self);
  gtk_widget_set_visible (self->empty_state, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->text));
  /* The focus moves to the text, so a screen reader would only read that
   * out: the state is said as well. */
  gtk_accessible_announce (GTK_ACCESSIBLE (self), gtk_label_get_text (self->empty_label),
                           GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
}

static void
check_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  OpsResumeCheckPage *self = OPS_RESUME_CHECK_PAGE (widget);
  OpsCatalog *catalog = ops_toolkit_page_get_catalog (OPS_TOOLKIT_PAGE (self));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text);
  g_autofree char *text = NULL;
  g_autofree char *summary = NULL;
  GtkTextIter start, end;

  g_return_if_fail (catalog != NULL);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  /* Nothing to check is a state, said where the results would be, with
   * the cursor put where the text goes: a button greyed out until then
   * read as broken, and said nothing. */
  if (!has_text (text))
    {
      show_nothing_to_check (self);
      return;
    }
  g_clear_object (&self->check);
  self->check = ops_resume_check_new (catalog, target_role_id (self), text);

  update_target_label (self);
  ops_list_box_bind_model (self->found, ops_resume_check_get_found (self->check), create_found_row_cb, NULL);
  ops_list_box_bind_model (self->missing, ops_resume_check_get_missing (self->check), create_missing_row_cb, NULL);
  ops_list_box_bind_model (self->bullets, ops_resume_check_get_bare_bullets (self->check), create_bullet_row_cb,
                           NULL);
  gtk_widget_set_visible (self->found_group, TRUE);
  gtk_widget_set_visible (self->missing_group, has_target_role (self));
  gtk_widget_set_visible (self->bullets_group, TRUE);

  summary = ops_resume_check_describe (self->check);
  gtk_label_set_text (self->summary_label, summary);
  gtk_widget_set_visible (self->summary, TRUE);
  /* The focus stays on the button, so a screen reader would say nothing
   * of what the check found. */
  gtk_accessible_announce (GTK_ACCESSIBLE (self), summary, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
}

static void
text_changed_cb (OpsResumeCheckPage *self)
{
  gtk_widget_set_visible (self->empty_state, FALSE);
  /* Results of the text before the edit would read as if they described
   * this one; they come back with the next check. */
  clear_results (self);
}

/* What the role expects decides what is missing: a check on screen is
 * made again for the new role, from the same text. */
static void
target_role_changed_cb (OpsResumeCheckPage *self)
{
  update_target_label (self);
  if (self->check != NULL)
    check_action (GTK_WIDGET (self), "resume.check", NULL);
}

static void
show_error (OpsResumeCheckPage *self,
            const char         *message)
{
  AdwDialog *alert = adw_alert_dialog_new (_("The File Could Not Be Read"), message);

  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), "close", _("_Close"));
  adw_dialog_present (alert, GTK_WIDGET (self));
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(OpsResumeCheckPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_load_contents_finish (G_FILE (object), result, &contents, &length, NULL, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error->message);
      return;
    }

  if (!g_utf8_validate_len (contents, length, NULL))
    {
      show_error (self, _("It is not plain text in UTF-8. Save the resume as a .txt or .md file and open that."));
      return;
    }

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text), contents, (int) length);
  check_action (GTK_WIDGET (self), "resume.check", NULL);
}

/**
 * ops_resume_check_page_open:
 * @self: the page
 * @file: a .txt or .md file
 *
 * Reads @file into the text area, without blocking, and checks it.
 */
void
ops_resume_check_page_open (OpsResumeCheckPage *self,
                            GFile              *file)
{
  g_return_if_fail (OPS_IS_RESUME_CHECK_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_file_load_contents_async (file, self->cancellable, loaded_cb, g_object_ref (self));
}

static void
open_dialog_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(OpsResumeCheckPage) self = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (object), result, NULL);

  if (file != NULL)
    ops_resume_check_page_open (self, file);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

  gtk_file_dialog_set_title (dialog, _("Open Resume"));
  gtk_file_filter_set_name (filter, _("Plain Text and Markdown"));
  gtk_file_filter_add_mime_type (filter, "text/plain");
  gtk_file_filter_add_mime_type (filter, "text/markdown");
  gtk_file_filter_add_suffix (filter, "txt");
  gtk_file_filter_add_suffix (filter, "md");
  g_list_store_append (filters, filter);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_open (dialog, GTK_WINDOW (gtk_widget_get_root (widget)), NULL, open_dialog_cb, g_object_ref (widget));
}

GtkWidget *
ops_resume_check_page_new (OpsPlanStore *store)
{
  g_return_val_if_fail (OPS_IS_PLAN_STORE (store), NULL);

  return g_object_new (OPS_TYPE_RESUME_CHECK_PAGE, "store", store, NULL);
}

static void
ops_resume_check_page_plan_changed (OpsToolkitPage *page,
                                    OpsPlan        *old_plan,
                                    OpsPlan        *plan)
{
  OpsResumeCheckPage *self = OPS_RESUME_CHECK_PAGE (page);

  target_role_changed_cb (self);
}

static void
ops_resume_check_page_dispose (GObject *object)
{
  OpsResumeCheckPage *self = OPS_RESUME_CHECK_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_RESUME_CHECK_PAGE);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->check);

  G_OBJECT_CLASS (ops_resume_check_page_parent_class)->dispose (object);
}

static void
ops_resume_check_page_class_init (OpsResumeCheckPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OpsToolkitPageClass *page_class = OPS_TOOLKIT_PAGE_CLASS (klass);

  object_class->dispose = ops_resume_check_page_dispose;

  page_class->plan_changed = ops_resume_check_page_plan_changed;

  gtk_widget_class_install_action (widget_class, "resume.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "resume.check", NULL, check_action);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/toolkit/ops-resume-check-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsResumeCheckPage, text);
  gtk_widget_class_bind_template_child (widget_class, OpsResumeCheckPage, target_label);
  gtk_widget_class_bind_template_child (widget_class, OpsResumeCheckPage, empty_state);
  gtk_widget_class_bind_template_child (widget_class, OpsResumeCheckPage, empty_label);
  gtk_widget_class_bind_template_child (widget_class, OpsResumeCheckPage, summary);
  gtk_widget_class_bind_template_child (widget_class, OpsResumeCheckPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, OpsResumeCheckPage, found_group);
  gtk_widget_class_bind_template_child (widget_class, OpsResumeCheckPage, missing_group);
  gtk_widget_class_bind_template_child (widget_class, OpsResumeCheckPage, bullets_group);
  gtk_widget_class_bind_template_child (widget_class, OpsResumeCheckPage, found);
  gtk_widget_class_bind_template_child (widget_class, OpsResumeCheckPage, missing);
  gtk_widget_class_bind_template_child (widget_class, OpsResumeCheckPage, bullets);
}

static void
ops_resume_check_page_init (OpsResumeCheckPage *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Ctrl+Enter checks the resume, from the text above all. A binding of
   * the page comes after the text view, which took Ctrl+Enter for a new
   * line, so the shortcut did nothing where a person uses it: it is
   * caught on the way down. */
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Return, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("resume.check")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  /* Set as Target Role and its undo change the role within the plan. */
  g_signal_group_connect_object (ops_toolkit_page_get_plan_signals (OPS_TOOLKIT_PAGE (self)),
                                 "notify::target-role-id", G_CALLBACK (target_role_changed_cb), self,
                                 G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->text), "changed",
                           G_CALLBACK (text_changed_cb), self, G_CONNECT_SWAPPED);
}
