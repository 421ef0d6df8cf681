/* ops-networking-page.c: whom a person met, and where they applied
 *
 * Two lists of the plan's records. Networking starts from the catalog's
 * professional organizations (ASCM, POMS), since being seen at their
 * meetings is how people in operations get known.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-date.h"
#include "ops-job-application-page.h"
#include "ops-list-box-bind.h"
#include "ops-networking-entry-page.h"
#include "ops-networking-page.h"
#include "ops-plan.h"
#include "ops-screen-reader.h"
#include "ops-toolkit-util.h"

struct _OpsNetworkingPage
{
  OpsToolkitPage  parent_instance;

  GtkWidget      *content;
  GtkMenuButton  *add_networking_button;
  GtkListBox     *networking;
  GtkListBox     *applications;
};

G_DEFINE_FINAL_TYPE (OpsNetworkingPage, ops_networking_page, OPS_TYPE_TOOLKIT_PAGE)

/* "Spring meeting · Mar 3, 2027 · follow up Apr 1, 2027" */
static void
append_part (GString    *text,
             const char *part)
{
  if (part == NULL || part[0] == '\0')
    return;
  if (text->len > 0)
    /* Translators: between the parts of a row's subtitle */
    g_string_append (text, _(" · "));
  g_string_append (text, part);
}

static void
append_follow_up (GString   *text,
                  GDateTime *date)
{
  g_autofree char *day = ops_date_format (date);
  g_autofree char *part = NULL;

  if (day == NULL)
    return;
  /* Translators: %s is a date */
  part = g_strdup_printf (_("follow up %s"), day);
  append_part (text, part);
}

static void
update_networking_row (AdwActionRow *row,
                       GParamSpec   *pspec,
                       gpointer      record)
{
  OpsNetworkingEntry *entry = record;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *date = ops_date_format (ops_networking_entry_get_date (entry));
  const char *organization = ops_networking_entry_get_organization (entry);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 organization && organization[0] ? organization : _("Unnamed Organization"));
  append_part (subtitle, ops_networking_entry_get_event (entry));
  append_part (subtitle, date);
  append_part (subtitle, ops_networking_entry_get_contact (entry));
  append_follow_up (subtitle, ops_networking_entry_get_follow_up_date (entry));
  adw_action_row_set_subtitle (row, subtitle->str);
}

static void
update_application_row (AdwActionRow *row,
                        GParamSpec   *pspec,
                        gpointer      record)
{
  OpsJobApplication *application = record;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *title = ops_job_application_get_title (application);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title && title[0] ? title : _("Untitled Job"));
  append_part (subtitle, ops_job_application_get_organization (application));
  append_part (subtitle, ops_application_stage_get_label (ops_job_application_get_stage (application)));
  append_follow_up (subtitle, ops_job_application_get_follow_up_date (application));
  adw_action_row_set_subtitle (row, subtitle->str);
}

/* Called as a "notify" handler of the record, swapped, and once at first
 * with no @pspec. */
typedef void (*RowUpdate) (AdwActionRow *row,
                           GParamSpec   *pspec,
                           gpointer      record);

static GtkWidget *
record_row (gpointer  record,
            RowUpdate update)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = g_object_new (GTK_TYPE_IMAGE, "icon-name", "go-next-symbolic",
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  /* The row is a summary of several fields; any of them may change it. */
  g_signal_connect_object (record, "notify", G_CALLBACK (update), row, G_CONNECT_SWAPPED);
  update (ADW_ACTION_ROW (row), NULL, record);

  return row;
}

static GtkWidget *
create_networking_row_cb (gpointer item,
                          gpointer user_data)
{
  return record_row (item, update_networking_row);
}

static GtkWidget *
create_application_row_cb (gpointer item,
                           gpointer user_data)
{
  return record_row (item, update_application_row);
}

static void
open_record (OpsNetworkingPage *self,
             OpsPlanRecord     *record)
{
  OpsCatalog *catalog = ops_toolkit_page_get_catalog (OPS_TOOLKIT_PAGE (self));

  if (OPS_IS_NETWORKING_ENTRY (record))
    ops_toolkit_push (GTK_WIDGET (self), ops_networking_entry_page_new (OPS_NETWORKING_ENTRY (record), catalog));
  else if (OPS_IS_JOB_APPLICATION (record))
    ops_toolkit_push (GTK_WIDGET (self), ops_job_application_page_new (OPS_JOB_APPLICATION (record)));
}

static void
row_activated_cb (OpsNetworkingPage *self,
                  GtkListBoxRow     *row)
{
  OpsPlan *plan = ops_toolkit_page_get_plan (OPS_TOOLKIT_PAGE (self));
  GtkWidget *list = gtk_widget_get_parent (GTK_WIDGET (row));
  GListModel *records = list == GTK_WIDGET (self->networking) ? ops_plan_get_networking (plan)
                                                              : ops_plan_get_applications (plan);
  g_autoptr(OpsPlanRecord) record = g_list_model_get_item (records, gtk_list_box_row_get_index (row));

  /* The lists are bound to the plan's models: a row's index is its
   * record's. */
  open_record (self, record);
}

static void
add_networking_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  OpsNetworkingPage *self = OPS_NETWORKING_PAGE (widget);
  OpsPlan *plan = ops_toolkit_page_get_plan (OPS_TOOLKIT_PAGE (self));
  OpsCatalog *catalog = ops_toolkit_page_get_catalog (OPS_TOOLKIT_PAGE (self));
  const char *id = g_variant_get_string (parameter, NULL);
  OpsCatalogItem *organization = id[0] && catalog ? ops_catalog_lookup (catalog, id) : NULL;
  g_autoptr(OpsNetworkingEntry) entry = NULL;

  g_return_if_fail (plan != NULL);

  entry = organization ? ops_networking_entry_new_for_organization (organization) : ops_networking_entry_new (NULL);
  ops_plan_add_record (plan, OPS_PLAN_RECORD (entry));
  open_record (self, OPS_PLAN_RECORD (entry));
}

static void
add_application_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  OpsNetworkingPage *self = OPS_NETWORKING_PAGE (widget);
  OpsPlan *plan = ops_toolkit_page_get_plan (OPS_TOOLKIT_PAGE (self));
  g_autoptr(OpsJobApplication) application = NULL;

  g_return_if_fail (plan != NULL);

  application = ops_job_application_new (NULL, ops_plan_get_target_role_title (plan));
  ops_plan_add_record (plan, OPS_PLAN_RECORD (application));
  open_record (self, OPS_PLAN_RECORD (application));
}

/* One menu entry per organization in the catalog, then any other. */
static void
build_networking_menu (OpsNetworkingPage *self)
{
  OpsCatalog *catalog = ops_toolkit_page_get_catalog (OPS_TOOLKIT_PAGE (self));
  GListModel *organizations = catalog ? ops_catalog_get_items (catalog, OPS_ITEM_KIND_ORGANIZATION) : NULL;
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) known = g_menu_new ();

  for (guint i = 0; organizations != NULL && i < g_list_model_get_n_items (organizations); i++)
    {
      g_autoptr(OpsCatalogItem) organization = g_list_model_get_item (organizations, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (ops_catalog_item_get_name (organization), NULL);

      g_menu_item_set_action_and_target (item, "networking.add", "s", ops_catalog_item_get_id (organization));
      g_menu_append_item (known, item);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (known));
  g_menu_append (menu, _("_Other Organization"), "networking.add::");
  gtk_menu_button_set_menu_model (self->add_networking_button, G_MENU_MODEL (menu));
}

GtkWidget *
ops_networking_page_new (OpsPlanStore *store)
{
  g_return_val_if_fail (OPS_IS_PLAN_STORE (store), NULL);

  return g_object_new (OPS_TYPE_NETWORKING_PAGE, "store", store, NULL);
}

static void
ops_networking_page_setup (OpsToolkitPage *page,
                           OpsPlanStore   *store)
{
  OpsNetworkingPage *self = OPS_NETWORKING_PAGE (page);

  build_networking_menu (self);
  ops_toolkit_follow_editable (self->content, store);
}

static void
ops_networking_page_plan_changed (OpsToolkitPage *page,
                                  OpsPlan        *old_plan,
                                  OpsPlan        *plan)
{
  OpsNetworkingPage *self = OPS_NETWORKING_PAGE (page);

  ops_list_box_bind_model (self->networking, plan ? ops_plan_get_networking (plan) : NULL,
                           create_networking_row_cb, NULL);
  ops_list_box_bind_model (self->applications, plan ? ops_plan_get_applications (plan) : NULL,
                           create_application_row_cb, NULL);
}

static void
ops_networking_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OPS_TYPE_NETWORKING_PAGE);

  G_OBJECT_CLASS (ops_networking_page_parent_class)->dispose (object);
}

static void
ops_networking_page_class_init (OpsNetworkingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OpsToolkitPageClass *page_class = OPS_TOOLKIT_PAGE_CLASS (klass);

  object_class->dispose = ops_networking_page_dispose;

  page_class->setup = ops_networking_page_setup;
  page_class->plan_changed = ops_networking_page_plan_changed;

  ops_toolkit_page_class_install_edit_action (page_class, "networking.add", "s", add_networking_action);
  ops_toolkit_page_class_install_edit_action (page_class, "networking.add-application", NULL, add_application_action);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/toolkit/ops-networking-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsNetworkingPage, content);
  gtk_widget_class_bind_template_child (widget_class, OpsNetworkingPage, add_networking_button);
  gtk_widget_class_bind_template_child (widget_class, OpsNetworkingPage, networking);
  gtk_widget_class_bind_template_child (widget_class, OpsNetworkingPage, applications);
  gtk_widget_class_bind_template_callback (widget_class, ops_screen_reader_menu_active_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
ops_networking_page_init (OpsNetworkingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
