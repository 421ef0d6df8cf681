/* ops-activity-dialog.c: logging one activity that keeps a credential
 *
 * Nothing changes until Add: the activity goes into the item's log as one
 * edit, which the plan can undo.
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
};

G_DEFINE_FINAL_TYPE (OpsActivityDialog, ops_activity_dialog, ADW_TYPE_DIALOG)

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  adw_dialog_close (ADW_DIALOG (widget));
}

/* A cleared date means today, as the row shows when the dialog opens. */
static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  OpsActivityDialog *self = OPS_ACTIVITY_DIALOG (widget);
  GDateTime *date = ops_date_row_get_date (self->date_row);
  guint32 day = date != NULL ? ops_pace_day_from_date (date) : ops_credential_today ();
  g_autoptr(OpsCredentialLog) log = NULL;

  log = ops_credential_log_add_activity (ops_plan_item_get_credential_log (self->item), day,
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
}

static void
ops_activity_dialog_init (OpsActivityDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* No longer than the plan reader takes back: a longer note would be
   * saved, and the plan would then fail to open. */
  gtk_text_set_max_length (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (self->note_row))),
                           OPS_PLAN_MAX_LINE_CHARS);
}
