/* ops-networking-entry-page.c: editing one networking entry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-date-row.h"
#include "ops-networking-entry-page.h"
#include "ops-plan.h"
#include "ops-screen-reader.h"
#include "ops-text-view-bind.h"
#include "ops-editor-focus.h"
#include "ops-toolkit-util.h"

struct _OpsNetworkingEntryPage
{
  AdwNavigationPage   parent_instance;

  OpsNetworkingEntry *entry;
  OpsCatalog         *catalog;

  AdwEntryRow        *organization_row;
  AdwActionRow       *catalog_row;
  AdwEntryRow        *event_row;
  OpsDateRow         *date_row;
  AdwEntryRow        *contact_row;
  OpsDateRow         *follow_up_row;
  GtkTextView        *notes;
};

G_DEFINE_FINAL_TYPE (OpsNetworkingEntryPage, ops_networking_entry_page, ADW_TYPE_NAVIGATION_PAGE)

static void
update_catalog_row (OpsNetworkingEntryPage *self)
{
  const char *id = ops_networking_entry_get_organization_id (self->entry);
  OpsCatalogItem *organization = id && self->catalog ? ops_catalog_lookup (self->catalog, id) : NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->catalog_row), organization != NULL);
  if (organization != NULL)
    adw_action_row_set_subtitle (self->catalog_row, ops_catalog_item_get_summary (organization));
}

static void
show_in_catalog_cb (OpsNetworkingEntryPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-item", "s",
                              ops_networking_entry_get_organization_id (self->entry));
}

static void
remove_cb (OpsNetworkingEntryPage *self)
{
  ops_toolkit_remove_record (GTK_WIDGET (self), OPS_PLAN_RECORD (self->entry), ops_networking_entry_get_organization (self->entry));
}

GtkWidget *
ops_networking_entry_page_new (OpsNetworkingEntry *entry,
                               OpsCatalog         *catalog)
{
  OpsNetworkingEntryPage *self;
  GObject *e;

  g_return_val_if_fail (OPS_IS_NETWORKING_ENTRY (entry), NULL);
  g_return_val_if_fail (catalog == NULL || OPS_IS_CATALOG (catalog), NULL);

  self = g_object_new (OPS_TYPE_NETWORKING_ENTRY_PAGE, NULL);
  self->entry = g_object_ref (entry);
  self->catalog = catalog ? g_object_ref (catalog) : NULL;
  e = G_OBJECT (entry);

  ops_toolkit_bind_string (e, "organization", self->organization_row);
  ops_toolkit_bind_string (e, "event", self->event_row);
  ops_toolkit_bind_string (e, "contact", self->contact_row);
  g_object_bind_property (e, "date", self->date_row, "date", G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (e, "follow-up-date", self->follow_up_row, "date", G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  ops_text_view_bind (self->notes, e, "notes");
  g_signal_connect_object (e, "notify::organization-id", G_CALLBACK (update_catalog_row), self, G_CONNECT_SWAPPED);
  update_catalog_row (self);
  if (ops_plan_record_get_plan (OPS_PLAN_RECORD (entry)) != NULL)
    ops_toolkit_pop_when_removed (GTK_WIDGET (self), OPS_PLAN_RECORD (entry));

  return GTK_WIDGET (self);
}

static void
ops_networking_entry_page_dispose (GObject *object)
{
  OpsNetworkingEntryPage *self = OPS_NETWORKING_ENTRY_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_NETWORKING_ENTRY_PAGE);
  g_clear_object (&self->entry);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (ops_networking_entry_page_parent_class)->dispose (object);
}

static gboolean
ops_networking_entry_page_focus (GtkWidget        *widget,
                                 GtkDirectionType  direction)
{
  return ops_editor_focus (widget, direction, GTK_WIDGET_CLASS (ops_networking_entry_page_parent_class));
}

static void
ops_networking_entry_page_class_init (OpsNetworkingEntryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_networking_entry_page_dispose;
  GTK_WIDGET_CLASS (klass)->focus = ops_networking_entry_page_focus;

  g_type_ensure (OPS_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/toolkit/ops-networking-entry-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsNetworkingEntryPage, organization_row);
  gtk_widget_class_bind_template_child (widget_class, OpsNetworkingEntryPage, catalog_row);
  gtk_widget_class_bind_template_child (widget_class, OpsNetworkingEntryPage, event_row);
  gtk_widget_class_bind_template_child (widget_class, OpsNetworkingEntryPage, date_row);
  gtk_widget_class_bind_template_child (widget_class, OpsNetworkingEntryPage, contact_row);
  gtk_widget_class_bind_template_child (widget_class, OpsNetworkingEntryPage, follow_up_row);
  gtk_widget_class_bind_template_child (widget_class, OpsNetworkingEntryPage, notes);
  gtk_widget_class_bind_template_callback (widget_class, show_in_catalog_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_cb);
}

static void
ops_networking_entry_page_init (OpsNetworkingEntryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* A group without a title, whose list screen readers read nameless. */
  ops_screen_reader_name_group (GTK_WIDGET (self->organization_row), _("Details"));
}
