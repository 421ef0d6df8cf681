/* ops-plan-details-dialog.c: who the plan is for, where it leads, and
 * the hours a week the person can give it
 *
 * Roles are picked from the catalog (with search); a role the catalog
 * lacks can be typed instead. Every change is applied at once, through
 * OpsPlan, so it can be undone like any other edit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-date-row.h"
#include "ops-plan-details-dialog.h"
#include "ops-screen-reader.h"
#include "ops-text-limit.h"

struct _OpsPlanDetailsDialog
{
  AdwDialog     parent_instance;

  OpsPlan      *plan;
  OpsCatalog   *catalog;
  GtkStringList *role_names;

  AdwEntryRow  *owner_row;
  AdwComboRow  *current_row;
  AdwEntryRow  *current_title_row;
  AdwComboRow  *target_row;
  AdwEntryRow  *target_title_row;
  AdwEntryRow  *why_row;
  OpsDateRow   *date_row;
  AdwSpinRow   *hours_row;
};

G_DEFINE_FINAL_TYPE (OpsPlanDetailsDialog, ops_plan_details_dialog, ADW_TYPE_DIALOG)

/* Position 0 is "Not in the catalog"; roles follow in catalog order. */
static guint
position_for_role (OpsPlanDetailsDialog *self,
                   const char           *id)
{
  GListModel *roles = ops_catalog_get_items (self->catalog, OPS_ITEM_KIND_ROLE);

  for (guint i = 0; id != NULL && i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(OpsCatalogItem) role = g_list_model_get_item (roles, i);

      if (g_str_equal (ops_catalog_item_get_id (role), id))
        return i + 1;
    }

  return 0;
}

static const char *
role_at (OpsPlanDetailsDialog *self,
         guint                 position)
{
  g_autoptr(OpsCatalogItem) role = NULL;

  if (position == 0 || position == GTK_INVALID_LIST_POSITION)
    return NULL;
  role = g_list_model_get_item (ops_catalog_get_items (self->catalog, OPS_ITEM_KIND_ROLE), position - 1);

  return role ? ops_catalog_item_get_id (role) : NULL;
}

static void
roles_changed_cb (OpsPlanDetailsDialog *self)
{
  const char *current = role_at (self, adw_combo_row_get_selected (self->current_row));
  const char *target = role_at (self, adw_combo_row_get_selected (self->target_row));
  const char *current_title = current ? NULL : gtk_editable_get_text (GTK_EDITABLE (self->current_title_row));
  const char *target_title = target ? NULL : gtk_editable_get_text (GTK_EDITABLE (self->target_title_row));

  gtk_widget_set_visible (GTK_WIDGET (self->current_title_row), current == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->target_title_row), target == NULL);

  if (g_strcmp0 (current, ops_plan_get_current_role_id (self->plan)) != 0 ||
      (current == NULL && g_strcmp0 (current_title, ops_plan_get_current_role_title (self->plan)) != 0))
    ops_plan_set_current_role (self->plan, current, current_title);
  if (g_strcmp0 (target, ops_plan_get_target_role_id (self->plan)) != 0 ||
      (target == NULL && g_strcmp0 (target_title, ops_plan_get_target_role_title (self->plan)) != 0))
    ops_plan_set_target_role (self->plan, target, target_title);
}

static void
fill (OpsPlanDetailsDialog *self)
{
  GListModel *roles = ops_catalog_get_items (self->catalog, OPS_ITEM_KIND_ROLE);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  gtk_string_list_append (names, _("Not in the Catalog"));
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(OpsCatalogItem) role = g_list_model_get_item (roles, i);

      gtk_string_list_append (names, ops_catalog_item_get_name (role));
    }
  adw_combo_row_set_model (self->current_row, G_LIST_MODEL (names));
  adw_combo_row_set_model (self->target_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->current_row, position_for_role (self, ops_plan_get_current_role_id (self->plan)));
  adw_combo_row_set_selected (self->target_row, position_for_role (self, ops_plan_get_target_role_id (self->plan)));
  gtk_editable_set_text (GTK_EDITABLE (self->current_title_row), ops_plan_get_current_role_title (self->plan) ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->target_title_row), ops_plan_get_target_role_title (self->plan) ?: "");

  g_object_bind_property (self->plan, "owner-name", self->owner_row, "text", G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self->plan, "why", self->why_row, "text", G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self->plan, "target-date", self->date_row, "date", G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self->plan, "hours-per-week", self->hours_row, "value",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  roles_changed_cb (self);

  g_signal_connect_object (self->current_row, "notify::selected", G_CALLBACK (roles_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->target_row, "notify::selected", G_CALLBACK (roles_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->current_title_row, "changed", G_CALLBACK (roles_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->target_title_row, "changed", G_CALLBACK (roles_changed_cb), self, G_CONNECT_SWAPPED);
}

AdwDialog *
ops_plan_details_dialog_new (OpsPlan    *plan,
                             OpsCatalog *catalog)
{
  OpsPlanDetailsDialog *self;

  g_return_val_if_fail (OPS_IS_PLAN (plan), NULL);
  g_return_val_if_fail (OPS_IS_CATALOG (catalog), NULL);

  self = g_object_new (OPS_TYPE_PLAN_DETAILS_DIALOG, NULL);
  self->plan = g_object_ref (plan);
  self->catalog = g_object_ref (catalog);
  fill (self);

  return ADW_DIALOG (self);
}

static void
ops_plan_details_dialog_dispose (GObject *object)
{
  OpsPlanDetailsDialog *self = OPS_PLAN_DETAILS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_PLAN_DETAILS_DIALOG);
  g_clear_object (&self->plan);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (ops_plan_details_dialog_parent_class)->dispose (object);
}

static void
ops_plan_details_dialog_class_init (OpsPlanDetailsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_plan_details_dialog_dispose;

  g_type_ensure (OPS_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/plan-editor/ops-plan-details-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsPlanDetailsDialog, owner_row);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanDetailsDialog, current_row);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanDetailsDialog, current_title_row);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanDetailsDialog, target_row);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanDetailsDialog, target_title_row);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanDetailsDialog, why_row);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanDetailsDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanDetailsDialog, hours_row);
}

static void
ops_plan_details_dialog_init (OpsPlanDetailsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ops_text_limit_entry_row (self->owner_row, "owner-name");
  ops_text_limit_entry_row (self->current_title_row, "current-role-title");
  ops_text_limit_entry_row (self->target_title_row, "target-role-title");
  ops_text_limit_entry_row (self->why_row, "why");

  /* A group without a title, whose list screen readers read nameless. */
  ops_screen_reader_name_group (GTK_WIDGET (self->owner_row), _("Your Name"));
}
