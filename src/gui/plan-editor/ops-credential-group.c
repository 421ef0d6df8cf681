/* ops-credential-group.c: a done certification's credential — when it was
 * earned, when it lapses, and the log of what keeps it
 *
 * Every change goes through the item (its completion date, its log), so
 * the plan records it for undo and saves it; this group keeps no copy and
 * redraws from the item whenever it changes. The state is worked out by
 * ops_credential_status_for_item () for today.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-activity-dialog.h"
#include "ops-certification.h"
#include "ops-credential.h"
#include "ops-credential-group.h"
#include "ops-date.h"
#include "ops-date-row.h"
#include "ops-pace.h"

struct _OpsCredentialGroup
{
  AdwPreferencesGroup  parent_instance;

  OpsPlanItem         *item;
  OpsCatalog          *catalog;

  OpsDateRow          *earned_row;
  AdwActionRow        *state_row;
  GtkImage            *state_icon;
  GtkWidget           *renew_button;
  GtkListBox          *log_list;
  GtkWidget           *add_row;       /* stays: the log's rows go before it */
  OpsCredentialLog    *log_before_add; /* while the Add Activity dialog is open */
};

G_DEFINE_FINAL_TYPE (OpsCredentialGroup, ops_credential_group, ADW_TYPE_PREFERENCES_GROUP)

static const char *
state_icon_name (OpsCredentialState state)
{
  switch (state)
    {
    case OPS_CREDENTIAL_STATE_DUE:
      return "dialog-warning-symbolic";
    case OPS_CREDENTIAL_STATE_LAPSED:
      return "dialog-error-symbolic";
    case OPS_CREDENTIAL_STATE_NOT_EARNED:
    case OPS_CREDENTIAL_STATE_PERMANENT:
      return "dialog-information-symbolic";
    case OPS_CREDENTIAL_STATE_VALID:
    default:
      return "object-select-symbolic";
    }
}

/* @icon_class on the state's icon (libadwaita's status colours) and
 * @row_class on its row, whose title style.css colours to match; not
 * libadwaita's class on the row, which would colour its subtitle too. */
static void
set_state_class (OpsCredentialGroup *self,
                 const char         *icon_class,
                 const char         *row_class,
                 gboolean            set)
{
  if (set)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->state_icon), icon_class);
      gtk_widget_add_css_class (GTK_WIDGET (self->state_row), row_class);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->state_icon), icon_class);
      gtk_widget_remove_css_class (GTK_WIDGET (self->state_row), row_class);
    }
}

static void
show_state (OpsCredentialGroup        *self,
            const OpsCredentialStatus *status)
{
  g_autofree char *title = NULL;
  g_autofree char *progress = ops_credential_describe_progress (status);

  if (status->state == OPS_CREDENTIAL_STATE_NOT_EARNED)
    title = g_strdup (_("No date earned"));
  else
    title = ops_credential_describe_state (status);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->state_row), title);
  adw_action_row_set_subtitle (self->state_row,
                               progress != NULL ? progress
                               : status->state == OPS_CREDENTIAL_STATE_NOT_EARNED
                               ? _("Set the day you earned it to see when it lapses.") : "");

  gtk_image_set_from_icon_name (self->state_icon, state_icon_name (status->state));
  /* The state in its colour, icon and words alike (style.css): a black
   * tick beside "Valid until …" did not read as a state. */
  set_state_class (self, "success", "valid", status->state == OPS_CREDENTIAL_STATE_VALID);
  set_state_class (self, "warning", "due", status->state == OPS_CREDENTIAL_STATE_DUE);
  set_state_class (self, "error", "lapsed", status->state == OPS_CREDENTIAL_STATE_LAPSED);

  gtk_widget_set_visible (self->renew_button, ops_credential_next_cycle_start (status, ops_credential_today ()) != 0);
}

static GtkWidget *
activity_row (const OpsCredentialActivity *activity,
              guint                        index,
              gboolean                     counted,
              OpsRenewalUnit               unit)
{
  g_autoptr(GDateTime) date = ops_pace_day_to_date (activity->day);
  g_autofree char *when = ops_date_format (date);
  g_autofree char *points = ops_credential_format_amount (activity->points, unit);
  g_autofree char *subtitle = NULL;
  g_autofree char *remove_label = NULL;
  const char *title = activity->note[0] != '\0' ? activity->note : _("Activity");
  GtkWidget *row, *remove;

  if (counted)
    /* Translators: an activity's date and what it earned: "Mar 12, 2027 · 5 points" */
    subtitle = g_strdup_printf (_("%1$s · %2$s"), when, points);
  else
    /* Translators: as "Mar 12, 2027 · 5 points", for an activity outside the current cycle */
    subtitle = g_strdup_printf (_("%1$s · %2$s, not in this cycle"), when, points);

  /* The note is the person's own text: no markup. */
  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove"));
  /* Translators: the name of a button that removes an activity from the log; %s is its note */
  remove_label = g_strdup_printf (_("Remove “%s”"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "credential.remove-activity");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "u", index);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  return row;
}

/* Where the keyboard focus is in the log, as a row's position, or -1
 * when it is elsewhere. */
static int
focused_position (OpsCredentialGroup *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;

  if (row == NULL || gtk_widget_get_parent (row) != GTK_WIDGET (self->log_list))
    return -1;

  return gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
}

/* The activity rows are made anew from the log; the Add row stays, so
 * the focus on it is kept. Focus on an activity row that goes (removed,
 * or undone) moves to the row now in its place: the next one, or Add. */
static void
show_log (OpsCredentialGroup        *self,
          const OpsCredentialStatus *status)
{
  OpsCredentialLog *log = ops_plan_item_get_credential_log (self->item);
  guint n = ops_credential_log_get_n_activities (log);
  int focused = focused_position (self);
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->log_list, 0)) != NULL && GTK_WIDGET (row) != self->add_row)
    gtk_list_box_remove (self->log_list, GTK_WIDGET (row));

  /* Newest first: the log grows at the top, where the person looks. */
  for (guint i = n; i-- > 0;)
    {
      const OpsCredentialActivity *activity = ops_credential_log_get_activity (log, i);

      gtk_list_box_insert (self->log_list, activity_row (activity, i, ops_credential_counts (status, activity->day),
                                                         status->unit), (int) (n - 1 - i));
    }

  if (focused >= 0 && (row = gtk_list_box_get_row_at_index (self->log_list, MIN ((guint) focused, n))) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
update (OpsCredentialGroup *self)
{
  OpsCredentialStatus status;
  OpsCatalogItem *entry;
  g_autofree char *description = NULL;
  gboolean shown;

  shown = ops_credential_status_for_item (self->item, self->catalog, ops_credential_today (), &status) &&
          ops_plan_item_get_status (self->item) == OPS_PLAN_ITEM_STATUS_DONE;
  gtk_widget_set_visible (GTK_WIDGET (self), shown);
  if (!shown)
    return;

  entry = ops_catalog_lookup (self->catalog, ops_plan_item_get_catalog_id (self->item));
  /* AdwPreferencesGroup always parses its description as markup: escape
   * the catalog's text, or an "&" in it would blank the description. */
  description = g_markup_escape_text (ops_certification_get_renewal (OPS_CERTIFICATION (entry)), -1);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), description);
  show_state (self, &status);
  show_log (self, &status);
}

/* The position of the one activity @after has that @before has not, or
 * -1: the log keeps its activities in date order, so it is the first
 * place where the two differ. */
static int
added_position (const OpsCredentialLog *before,
                const OpsCredentialLog *after)
{
  guint n = ops_credential_log_get_n_activities (after);
  guint i;

  if (n != ops_credential_log_get_n_activities (before) + 1)
    return -1;

  for (i = 0; i + 1 < n; i++)
    {
      const OpsCredentialActivity *a = ops_credential_log_get_activity (before, i);
      const OpsCredentialActivity *b = ops_credential_log_get_activity (after, i);

      if (a->day != b->day || a->points != b->points || g_strcmp0 (a->note, b->note) != 0)
        break;
    }

  /* Newest first on screen. */
  return (int) (n - 1 - i);
}

/* After Add, the new activity's row takes the focus, so the person hears
 * what they logged; after Cancel the dialog gives it back to Add. */
static void
activity_dialog_closed_cb (OpsCredentialGroup *self)
{
  g_autoptr(OpsCredentialLog) before = g_steal_pointer (&self->log_before_add);
  int position = added_position (before, ops_plan_item_get_credential_log (self->item));
  GtkListBoxRow *row = position >= 0 ? gtk_list_box_get_row_at_index (self->log_list, position) : NULL;

  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
add_activity_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OpsCredentialGroup *self = OPS_CREDENTIAL_GROUP (widget);
  OpsCatalogItem *entry = ops_catalog_lookup (self->catalog, ops_plan_item_get_catalog_id (self->item));
  AdwDialog *dialog;

  g_return_if_fail (OPS_IS_CERTIFICATION (entry));

  dialog = ops_activity_dialog_new (self->item, ops_certification_get_renewal_unit (OPS_CERTIFICATION (entry)));
  g_clear_pointer (&self->log_before_add, ops_credential_log_unref);
  if (ops_plan_item_get_credential_log (self->item) != NULL)
    self->log_before_add = ops_credential_log_ref (ops_plan_item_get_credential_log (self->item));
  g_signal_connect_object (dialog, "closed", G_CALLBACK (activity_dialog_closed_cb), self, G_CONNECT_SWAPPED);
  adw_dialog_present (dialog, widget);
}

static void
remove_activity_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  OpsCredentialGroup *self = OPS_CREDENTIAL_GROUP (widget);
  OpsCredentialLog *log = ops_plan_item_get_credential_log (self->item);
  guint index = g_variant_get_uint32 (parameter);
  g_autoptr(OpsCredentialLog) changed = NULL;
  g_autofree char *message = NULL;
  const char *note;

  g_return_if_fail (index < ops_credential_log_get_n_activities (log));

  note = ops_credential_log_get_activity (log, index)->note;
  /* Translators: shown in a toast with an Undo button; %s is the activity's note */
  message = note[0] != '\0' ? g_strdup_printf (_("Removed “%s”"), note) : g_strdup (_("Removed the activity"));
  changed = ops_credential_log_remove_activity (log, index);
  ops_plan_item_set_credential_log (self->item, changed);
  gtk_widget_activate_action (widget, "win.undo-toast", "s", message);
}

static void
record_renewal_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  OpsCredentialGroup *self = OPS_CREDENTIAL_GROUP (widget);
  OpsCredentialStatus status;
  guint32 today = ops_credential_today ();
  guint32 start;
  g_autoptr(OpsCredentialLog) changed = NULL;

  if (!ops_credential_status_for_item (self->item, self->catalog, today, &status))
    g_return_if_reached ();
  start = ops_credential_next_cycle_start (&status, today);
  g_return_if_fail (start != 0);

  changed = ops_credential_log_add_renewal (ops_plan_item_get_credential_log (self->item), start);
  ops_plan_item_set_credential_log (self->item, changed);
  gtk_widget_activate_action (widget, "win.undo-toast", "s", _("Renewal recorded: a new cycle starts"));
}

/**
 * ops_credential_group_bind:
 * @self: the group
 * @item: the plan item it shows
 * @catalog: (nullable): the catalog with the item's renewal rules
 *
 * The group shows itself only for a done certification of @catalog.
 */
void
ops_credential_group_bind (OpsCredentialGroup *self,
                           OpsPlanItem        *item,
                           OpsCatalog         *catalog)
{
  g_return_if_fail (OPS_IS_CREDENTIAL_GROUP (self));
  g_return_if_fail (OPS_IS_PLAN_ITEM (item));
  g_return_if_fail (self->item == NULL);

  self->item = g_object_ref (item);
  self->catalog = catalog ? g_object_ref (catalog) : NULL;
  if (catalog == NULL)
    return;

  g_object_bind_property (item, "completion-date", self->earned_row, "date",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_signal_connect_object (item, "notify::status", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (item, "notify::completion-date", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (item, "notify::credential-log", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
}

static void
ops_credential_group_dispose (GObject *object)
{
  OpsCredentialGroup *self = OPS_CREDENTIAL_GROUP (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_CREDENTIAL_GROUP);
  g_clear_object (&self->item);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->log_before_add, ops_credential_log_unref);

  G_OBJECT_CLASS (ops_credential_group_parent_class)->dispose (object);
}

static void
ops_credential_group_class_init (OpsCredentialGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_credential_group_dispose;

  g_type_ensure (OPS_TYPE_DATE_ROW);
  gtk_widget_class_install_action (widget_class, "credential.add-activity", NULL, add_activity_action);
  gtk_widget_class_install_action (widget_class, "credential.remove-activity", "u", remove_activity_action);
  gtk_widget_class_install_action (widget_class, "credential.record-renewal", NULL, record_renewal_action);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/plan-editor/ops-credential-group.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsCredentialGroup, earned_row);
  gtk_widget_class_bind_template_child (widget_class, OpsCredentialGroup, state_row);
  gtk_widget_class_bind_template_child (widget_class, OpsCredentialGroup, state_icon);
  gtk_widget_class_bind_template_child (widget_class, OpsCredentialGroup, renew_button);
  gtk_widget_class_bind_template_child (widget_class, OpsCredentialGroup, log_list);
  gtk_widget_class_bind_template_child (widget_class, OpsCredentialGroup, add_row);
}

static void
ops_credential_group_init (OpsCredentialGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
