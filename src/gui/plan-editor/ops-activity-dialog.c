/* ops-activity-dialog.c: logging one activity that keeps a credential
 *
 * Nothing changes until Add: the activity goes into the item's log as one
 * edit, which the plan can undo. Add waits for a date, and for what the
 * person did or an amount above zero; a hint says so meanwhile.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-activity-dialog.h"
#include "ops-credential.h"
#include "ops-date-row.h"
#include "ops-pace.h"
#include "ops-plan-serializer.h"

struct _OpsActivityDialog
{
  AdwDialog    parent_instance;

  OpsPlanItem *item;

  AdwEntryRow *note_row;
  OpsDateRow  *date_row;
  AdwSpinRow  *points_row;
  GtkWidget   *add_button;
  GtkWidget   *hint;
};

G_DEFINE_FINAL_TYPE (OpsActivityDialog, ops_activity_dialog, ADW_TYPE_DIALOG)

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  adw_dialog_close (ADW_DIALOG (widget));
}

/* Whether @text has more than white space. */
static gboolean
has_words (const char *text)
{
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return TRUE;

  return FALSE;
}

/* What the form says is an activity: a date, and what was done or an
 * amount above zero. The amount as typed counts before the spin row takes
 * it (on Enter or leaving it), so Add is there to press. */
static gboolean
is_complete (OpsActivityDialog *self)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->points_row));

  if (ops_date_row_get_date (self->date_row) == NULL)
    return FALSE;

  return has_words (gtk_editable_get_text (GTK_EDITABLE (self->note_row)))
         || adw_spin_row_get_value (self->points_row) > 0 || g_strtod (typed, NULL) > 0;
}

static void
update_add_cb (OpsActivityDialog *self)
{
  gboolean complete;

  /* Not while the template is still being built. */
  if (self->hint == NULL)
    return;

  complete = is_complete (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "activity.add", complete);
  gtk_widget_set_visible (self->hint, !complete);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  OpsActivityDialog *self = OPS_ACTIVITY_DIALOG (widget);
  g_autoptr(OpsCredentialLog) log = NULL;

  /* The amount as typed, if the spin row has not taken it yet. */
  adw_spin_row_update (self->points_row);
  if (!is_complete (self))
    return;

  log = ops_credential_log_add_activity (ops_plan_item_get_credential_log (self->item),
                                         ops_pace_day_from_date (ops_date_row_get_date (self->date_row)),
                                         adw_spin_row_get_value (self->points_row),
                                         gtk_editable_get_text (GTK_EDITABLE (self->note_row)));
  ops_plan_item_set_credential_log (self->item, log);
  adw_dialog_close (ADW_DIALOG (self));
}

/* The amount row's name, as the issuer counts. */
static const char *
unit_title (OpsRenewalUnit unit)
{
  switch (unit)
    {
    case OPS_RENEWAL_UNIT_POINTS:
      return _("Points");
    case OPS_RENEWAL_UNIT_HOURS:
      return _("Hours");
    case OPS_RENEWAL_UNIT_UNITS:
      /* Translators: recertification units, as ASQ counts them */
      return _("Units");
    case OPS_RENEWAL_UNIT_PDUS:
      /* Translators: professional development units, as PMI counts them */
      return _("PDUs");
    case OPS_RENEWAL_UNIT_UNNAMED:
    default:
      return _("Points or Hours");
    }
}

/**
 * ops_activity_dialog_new:
 * @item: the certification item whose log gains the activity
 * @unit: what its issuer counts, to name the amount's row
 *
 * Returns: (transfer floating): the dialog, dated today
 */
AdwDialog *
ops_activity_dialog_new (OpsPlanItem    *item,
                         OpsRenewalUnit  unit)
{
  OpsActivityDialog *self;
  g_autoptr(GDateTime) today = NULL;

  g_return_val_if_fail (OPS_IS_PLAN_ITEM (item), NULL);

  self = g_object_new (OPS_TYPE_ACTIVITY_DIALOG, NULL);
  self->item = g_object_ref (item);
  today = ops_pace_day_to_date (ops_credential_today ());
  ops_date_row_set_date (self->date_row, today);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->points_row), unit_title (unit));

  return ADW_DIALOG (self);
}

/* AdwDialog keeps the height its content has at content-width (420 px)
 * for the bottom sheet it becomes in a narrow window, and at 360 px more
 * lines wrap: the hint at the bottom stood on the sheet's edge, cut, its
 * margin below the fold. Narrow, the sheet is given the content's height
 * at the width it has; wide again, AdwDialog works it out as before. */
static void
css_classes_changed_cb (OpsActivityDialog *self)
{
  GtkWidget *child = adw_dialog_get_child (ADW_DIALOG (self));
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = -1;

  if (child != NULL && gtk_widget_has_css_class (GTK_WIDGET (self), "narrow"))
    gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width > 0 ? width : 360, NULL, &height, NULL, NULL);
  if (adw_dialog_get_content_height (ADW_DIALOG (self)) != height)
    adw_dialog_set_content_height (ADW_DIALOG (self), height);
}

static void
ops_activity_dialog_dispose (GObject *object)
{
  OpsActivityDialog *self = OPS_ACTIVITY_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_ACTIVITY_DIALOG);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (ops_activity_dialog_parent_class)->dispose (object);
}

static void
ops_activity_dialog_class_init (OpsActivityDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_activity_dialog_dispose;

  g_type_ensure (OPS_TYPE_DATE_ROW);
  gtk_widget_class_install_action (widget_class, "activity.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "activity.cancel", NULL, cancel_action);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/plan-editor/ops-activity-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsActivityDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, OpsActivityDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, OpsActivityDialog, points_row);
  gtk_widget_class_bind_template_child (widget_class, OpsActivityDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, OpsActivityDialog, hint);
  gtk_widget_class_bind_template_callback (widget_class, update_add_cb);
}

static void
ops_activity_dialog_init (OpsActivityDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* No longer than the plan reader takes back: a longer note would be
   * saved, and the plan would then fail to open. */
  gtk_text_set_max_length (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (self->note_row))),
                           OPS_PLAN_MAX_LINE_CHARS);
  /* A screen reader hears why Add is not there yet. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->add_button), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  self->hint, NULL, -1);
  update_add_cb (self);
  g_signal_connect (self, "notify::css-classes", G_CALLBACK (css_classes_changed_cb), NULL);
}
