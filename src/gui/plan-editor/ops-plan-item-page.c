/* ops-plan-item-page.c: editing one item of the plan
 *
 * Widgets are bound both ways to the item's properties; the item's setters
 * record undo steps (consecutive typing in one field is one step), so this
 * page holds no copy of the item's data.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-credential-group.h"
#include "ops-date-row.h"
#include "ops-editor-close.h"
#include "ops-editor-focus.h"
#include "ops-combo-row-bind.h"
#include "ops-plan.h"
#include "ops-plan-item-page.h"
#include "ops-plan-serializer.h"
#include "ops-screen-reader.h"
#include "ops-text-limit.h"
#include "ops-text-view-bind.h"

struct _OpsPlanItemPage
{
  AdwNavigationPage  parent_instance;

  OpsPlanItem       *item;
  OpsCatalog        *catalog;

  AdwEntryRow       *title_row;
  AdwComboRow       *status_row;
  AdwSpinRow        *effort_row;
  OpsDateRow        *date_row;
  GtkTextView       *notes;
  AdwEntryRow       *links_row;
  AdwActionRow      *catalog_row;
  OpsCredentialGroup *credential_group;
};

G_DEFINE_FINAL_TYPE (OpsPlanItemPage, ops_plan_item_page, ADW_TYPE_NAVIGATION_PAGE)

static void
links_applied_cb (OpsPlanItemPage *self)
{
  g_auto(GStrv) links = g_strsplit_set (gtk_editable_get_text (GTK_EDITABLE (self->links_row)), " \t\n,", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) clean = NULL;
  glong max = (glong) ops_plan_max_chars ("links");

  /* The row holds every link; the plan file takes each up to a limit. */
  for (guint i = 0; links[i] != NULL; i++)
    if (links[i][0] != '\0')
      g_strv_builder_take (builder, g_utf8_strlen (links[i], -1) > max ? g_utf8_substring (links[i], 0, max)
                                                                         : g_strdup (links[i]));
  clean = g_strv_builder_end (builder);
  ops_plan_item_set_links (self->item, (const char * const *) clean);
}

static void
update_links_row (OpsPlanItemPage *self)
{
  const char * const *links = ops_plan_item_get_links (self->item);
  /* An item without links has none at all, not an empty list. */
  g_autofree char *text = links ? g_strjoinv (" ", (char **) links) : NULL;

  gtk_editable_set_text (GTK_EDITABLE (self->links_row), text ? text : "");
}

static void
show_in_catalog_cb (OpsPlanItemPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-item", "s", ops_plan_item_get_catalog_id (self->item));
}

static void
update_move_actions (OpsPlanItemPage *self)
{
  OpsPlan *plan = ops_plan_item_get_plan (self->item);
  guint n = plan ? g_list_model_get_n_items (ops_plan_get_items (plan)) : 0;
  guint position = plan ? ops_plan_get_position (plan, self->item) : G_MAXUINT;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "item.move-up", position != G_MAXUINT && position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "item.move-down", position != G_MAXUINT && position + 1 < n);
}

/* The keyboard's way to reorder, beside dragging rows in the list. */
static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OpsPlanItemPage *self = OPS_PLAN_ITEM_PAGE (widget);
  OpsPlan *plan = ops_plan_item_get_plan (self->item);
  guint position;

  g_return_if_fail (plan != NULL);

  position = ops_plan_get_position (plan, self->item);
  if (g_str_equal (action_name, "item.move-up") && position > 0)
    ops_plan_move_item (plan, position, position - 1);
  else if (g_str_equal (action_name, "item.move-down"))
    ops_plan_move_item (plan, position, position + 1);
  update_move_actions (self);
}

static void
delete_cb (OpsPlanItemPage *self)
{
  OpsPlan *plan = ops_plan_item_get_plan (self->item);
  g_autofree char *message = NULL;

  g_return_if_fail (plan != NULL);

  /* Translators: shown in a toast with an Undo button; %s is the item's title */
  message = g_strdup_printf (_("Removed “%s”"), ops_plan_item_get_title (self->item));
  /* The toast first: taking the item out closes this page. */
  gtk_widget_activate_action (GTK_WIDGET (self), "win.undo-toast", "s", message);
  ops_plan_remove_item (plan, self->item);
}

static void
bind_item (OpsPlanItemPage *self)
{
  OpsCatalogItem *entry = NULL;
  const char *catalog_id = ops_plan_item_get_catalog_id (self->item);

  g_object_bind_property (self->item, "title", self->title_row, "text",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self->item, "title", self, "title", G_BINDING_SYNC_CREATE);
  ops_combo_row_bind_enum (self->item, "status", self->status_row);
  g_object_bind_property (self->item, "effort-hours", self->effort_row, "value",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self->item, "target-date", self->date_row, "date",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);

  ops_credential_group_bind (self->credential_group, self->item, self->catalog);
  ops_text_view_bind (self->notes, self->item, "notes");
  g_signal_connect_object (self->item, "notify::links", G_CALLBACK (update_links_row), self, G_CONNECT_SWAPPED);
  update_links_row (self);

  if (ops_plan_item_get_plan (self->item) != NULL)
    g_signal_connect_object (ops_plan_item_get_plan (self->item), "changed",
                             G_CALLBACK (update_move_actions), self, G_CONNECT_SWAPPED);
  update_move_actions (self);

  if (self->catalog != NULL && catalog_id != NULL)
    entry = ops_catalog_lookup (self->catalog, catalog_id);
  gtk_widget_set_visible (GTK_WIDGET (self->catalog_row), entry != NULL);
  if (entry != NULL)
    adw_action_row_set_subtitle (self->catalog_row, ops_catalog_item_get_summary (entry));
}

/* Add Activity… of the credential, from the page: the screenshot runner
 * opens the dialog this way ("plan:item:ID+activity"). */
static void
add_activity_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OpsPlanItemPage *self = OPS_PLAN_ITEM_PAGE (widget);

  if (gtk_widget_get_visible (GTK_WIDGET (self->credential_group)))
    gtk_widget_activate_action (GTK_WIDGET (self->credential_group), "credential.add-activity", NULL);
}

static OpsPlan *
item_plan (gpointer item)
{
  return ops_plan_item_get_plan (item);
}

GtkWidget *
ops_plan_item_page_new (OpsPlanItem *item,
                        OpsCatalog  *catalog)
{
  OpsPlanItemPage *self;

  g_return_val_if_fail (OPS_IS_PLAN_ITEM (item), NULL);
  g_return_val_if_fail (catalog == NULL || OPS_IS_CATALOG (catalog), NULL);

  self = g_object_new (OPS_TYPE_PLAN_ITEM_PAGE, NULL);
  self->item = g_object_ref (item);
  self->catalog = catalog ? g_object_ref (catalog) : NULL;
  bind_item (self);
  ops_editor_close_when_gone (GTK_WIDGET (self), item, item_plan);

  return GTK_WIDGET (self);
}

static void
ops_plan_item_page_dispose (GObject *object)
{
  OpsPlanItemPage *self = OPS_PLAN_ITEM_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_PLAN_ITEM_PAGE);
  g_clear_object (&self->item);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (ops_plan_item_page_parent_class)->dispose (object);
}

static gboolean
ops_plan_item_page_focus (GtkWidget        *widget,
                          GtkDirectionType  direction)
{
  return ops_editor_focus (widget, direction, GTK_WIDGET_CLASS (ops_plan_item_page_parent_class));
}

static void
ops_plan_item_page_class_init (OpsPlanItemPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_plan_item_page_dispose;
  widget_class->focus = ops_plan_item_page_focus;

  g_type_ensure (OPS_TYPE_DATE_ROW);
  g_type_ensure (OPS_TYPE_CREDENTIAL_GROUP);
  gtk_widget_class_install_action (widget_class, "item.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "item.move-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "item.add-activity", NULL, add_activity_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK | GDK_SHIFT_MASK, "item.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK | GDK_SHIFT_MASK, "item.move-down", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/plan-editor/ops-plan-item-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsPlanItemPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanItemPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanItemPage, effort_row);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanItemPage, date_row);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanItemPage, notes);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanItemPage, links_row);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanItemPage, catalog_row);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanItemPage, credential_group);
  gtk_widget_class_bind_template_callback (widget_class, links_applied_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_in_catalog_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_cb);
}

static void
ops_plan_item_page_init (OpsPlanItemPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ops_text_limit_entry_row (self->title_row, "title");

  /* Groups without a title, whose lists screen readers read nameless. */
  ops_screen_reader_name_group (GTK_WIDGET (self->title_row), _("Details"));
  ops_screen_reader_name_group (GTK_WIDGET (self->links_row), _("Links and Order"));
}
