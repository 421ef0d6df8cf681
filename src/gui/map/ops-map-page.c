/* ops-map-page.c: the home view, the career map with its first steps
 *
 * While the plan has no current or no target role, a bar under the map
 * invites the first step: choose a role, then I Am Here or Make This My
 * Target. Both are ordinary plan edits, so autosave keeps them and Undo
 * (Ctrl+Z, or the toast's button) takes them back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-map-page.h"

#define ZOOM_STEP 1.25

struct _OpsMapPage
{
  AdwNavigationPage  parent_instance;

  OpsPlanStore      *store;
  OpsPlan           *plan;
  GSignalGroup      *plan_signals;  /* targets @plan */

  OpsCareerMap      *map;
  GtkActionBar      *first_steps;
  GtkLabel          *prompt;
  GtkWidget         *here_button;
  GtkWidget         *target_button;
};

G_DEFINE_FINAL_TYPE (OpsMapPage, ops_map_page, ADW_TYPE_NAVIGATION_PAGE)

/* (transfer none) */
OpsCareerMap *
ops_map_page_get_map (OpsMapPage *self)
{
  g_return_val_if_fail (OPS_IS_MAP_PAGE (self), NULL);

  return self->map;
}

static void
update_first_steps (OpsMapPage *self)
{
  OpsRole *role = ops_career_map_get_selected_role (self->map);
  const char *id = role ? ops_catalog_item_get_id (OPS_CATALOG_ITEM (role)) : NULL;
  gboolean editable = self->plan != NULL && ops_plan_store_get_editable (self->store);
  gboolean no_current = editable && ops_plan_get_current_role_id (self->plan) == NULL;
  gboolean no_target = editable && ops_plan_get_target_role_id (self->plan) == NULL;

  gtk_action_bar_set_revealed (self->first_steps, no_current || no_target);
  ops_career_map_set_select_on_click (self->map, no_current || no_target);
  if (role != NULL)
    gtk_label_set_text (self->prompt, ops_catalog_item_get_name (OPS_CATALOG_ITEM (role)));
  else if (no_current)
    gtk_label_set_text (self->prompt, _("Choose the role you have now, or the one you aim for"));
  else
    gtk_label_set_text (self->prompt, _("Choose the role you aim for"));

  gtk_widget_set_visible (self->here_button,
                          no_current && id != NULL && g_strcmp0 (id, ops_plan_get_target_role_id (self->plan)) != 0);
  gtk_widget_set_visible (self->target_button,
                          no_target && id != NULL && g_strcmp0 (id, ops_plan_get_current_role_id (self->plan)) != 0);
}

static void
store_plan_changed_cb (OpsMapPage *self)
{
  OpsPlan *plan = ops_plan_store_get_plan (self->store);

  g_set_object (&self->plan, plan);
  g_signal_group_set_target (self->plan_signals, plan);
  ops_career_map_set_plan (self->map, plan);
  update_first_steps (self);
}

GtkWidget *
ops_map_page_new (OpsCatalog   *catalog,
                  OpsPlanStore *store)
{
  OpsMapPage *self;

  g_return_val_if_fail (OPS_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (store == NULL || OPS_IS_PLAN_STORE (store), NULL);

  self = g_object_new (OPS_TYPE_MAP_PAGE, NULL);
  ops_career_map_set_catalog (self->map, catalog);
  if (store != NULL)
    {
      self->store = g_object_ref (store);
      g_signal_connect_object (store, "notify::plan", G_CALLBACK (store_plan_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "notify::editable", G_CALLBACK (update_first_steps), self,
                               G_CONNECT_SWAPPED);
      store_plan_changed_cb (self);
    }

  return GTK_WIDGET (self);
}

static void
set_role_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  OpsMapPage *self = OPS_MAP_PAGE (widget);
  OpsRole *role = ops_career_map_get_selected_role (self->map);
  const char *id, *name;
  g_autofree char *message = NULL;

  if (role == NULL || self->plan == NULL || !ops_plan_store_get_editable (self->store))
    return;

  id = ops_catalog_item_get_id (OPS_CATALOG_ITEM (role));
  name = ops_catalog_item_get_name (OPS_CATALOG_ITEM (role));
  if (g_str_equal (action_name, "map.set-current"))
    {
      ops_plan_set_current_role (self->plan, id, name);
      /* Translators: %s is a role, e.g. "Operations Analyst" */
      message = g_strdup_printf (_("Current role set to %s"), name);
    }
  else
    {
      ops_plan_set_target_role (self->plan, id, name);
      message = g_strdup_printf (_("Target role set to %s"), name);
    }
  gtk_widget_activate_action (widget, "win.undo-toast", "s", message);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OpsMapPage *self = OPS_MAP_PAGE (widget);
  double zoom = ops_career_map_get_zoom (self->map);

  if (g_str_equal (action_name, "map.zoom-in"))
    zoom *= ZOOM_STEP;
  else if (g_str_equal (action_name, "map.zoom-out"))
    zoom /= ZOOM_STEP;
  else
    zoom = 1.0;
  ops_career_map_set_zoom (self->map, zoom);
}

static void
ops_map_page_dispose (GObject *object)
{
  OpsMapPage *self = OPS_MAP_PAGE (object);

  g_clear_object (&self->plan_signals);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_MAP_PAGE);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ops_map_page_parent_class)->dispose (object);
}

static void
ops_map_page_class_init (OpsMapPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_map_page_dispose;

  gtk_widget_class_install_action (widget_class, "map.set-current", NULL, set_role_action);
  gtk_widget_class_install_action (widget_class, "map.set-target", NULL, set_role_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-reset", NULL, zoom_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "map.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "map.zoom-reset", NULL);

  g_type_ensure (OPS_TYPE_CAREER_MAP);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/map/ops-map-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsMapPage, map);
  gtk_widget_class_bind_template_child (widget_class, OpsMapPage, first_steps);
  gtk_widget_class_bind_template_child (widget_class, OpsMapPage, prompt);
  gtk_widget_class_bind_template_child (widget_class, OpsMapPage, here_button);
  gtk_widget_class_bind_template_child (widget_class, OpsMapPage, target_button);
  gtk_widget_class_bind_template_callback (widget_class, update_first_steps);
}

static void
ops_map_page_init (OpsMapPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->plan_signals = g_signal_group_new (OPS_TYPE_PLAN);
  g_signal_group_connect_object (self->plan_signals, "changed", G_CALLBACK (update_first_steps), self,
                                 G_CONNECT_SWAPPED);
}
