/* ops-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-certification-page.h"
#include "ops-education-page.h"
#include "ops-item-page.h"
#include "ops-library-page.h"
#include "ops-role-page.h"
#include "ops-sidebar.h"
#include "ops-skill-page.h"
#include "ops-stage-page.h"
#include "ops-window.h"

struct _OpsWindow
{
  AdwApplicationWindow    parent_instance;

  OpsCatalog             *catalog;
  GSettings              *settings;

  AdwNavigationSplitView *split_view;
  OpsSidebar             *sidebar;
  AdwNavigationPage      *content_page;
  AdwNavigationView      *content_view;
};

enum {
  PROP_0,
  PROP_CATALOG,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsWindow, ops_window, ADW_TYPE_APPLICATION_WINDOW)

OpsWindow *
ops_window_new (OpsApplication *application)
{
  g_return_val_if_fail (OPS_IS_APPLICATION (application), NULL);

  return g_object_new (OPS_TYPE_WINDOW,
                       "application", application,
                       "catalog", ops_application_get_catalog (application),
                       NULL);
}

/* (transfer none) (nullable) */
OpsCatalog *
ops_window_get_catalog (OpsWindow *self)
{
  g_return_val_if_fail (OPS_IS_WINDOW (self), NULL);

  return self->catalog;
}

static GtkWidget *
page_for_item (OpsCatalogItem *item)
{
  switch (ops_catalog_item_get_kind (item))
    {
    case OPS_ITEM_KIND_STAGE: return ops_stage_page_new (item);
    case OPS_ITEM_KIND_ROLE: return ops_role_page_new (item);
    case OPS_ITEM_KIND_CERTIFICATION: return ops_certification_page_new (item);
    case OPS_ITEM_KIND_SKILL: return ops_skill_page_new (item);
    case OPS_ITEM_KIND_EDUCATION: return ops_education_page_new (item);
    case OPS_ITEM_KIND_OVERVIEW:
    case OPS_ITEM_KIND_ORGANIZATION:
    case OPS_ITEM_KIND_GUIDE:
    case OPS_ITEM_KIND_QUESTION:
    case OPS_ITEM_KIND_KEYWORD:
    case OPS_N_ITEM_KINDS:
    default:
      return ops_item_page_new (item);
    }
}

/* The pane a sidebar entry opens: "stage:ID", "library:NAME", or the
 * overview of operations management when nothing is selected. */
static GtkWidget *
page_for_target (OpsWindow  *self,
                 const char *target)
{
  if (target != NULL && g_str_has_prefix (target, "stage:"))
    {
      OpsCatalogItem *stage = ops_catalog_lookup (self->catalog, target + strlen ("stage:"));

      if (stage != NULL)
        return page_for_item (stage);
    }
  else if (target != NULL && g_str_has_prefix (target, "library:"))
    {
      return ops_library_page_new (self->catalog, target + strlen ("library:"));
    }

  return page_for_item (ops_catalog_get_overview (self->catalog));
}

static void
show_root (OpsWindow  *self,
           const char *target)
{
  AdwNavigationPage *page;

  if (self->catalog == NULL)
    return;

  page = ADW_NAVIGATION_PAGE (page_for_target (self, target));
  adw_navigation_view_replace (self->content_view, &page, 1);
}

static void
sidebar_target_changed_cb (OpsWindow *self)
{
  const char *target = ops_sidebar_get_selected_target (self->sidebar);

  show_root (self, target);
  g_settings_set_string (self->settings, "sidebar-selection", target ? target : "");
}

static void
sidebar_entry_activated_cb (OpsWindow *self)
{
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

/* Keeps the split view's content title (read by the collapsed back button
 * and screen readers) in step with the pane on top. */
static void
visible_page_changed_cb (OpsWindow *self)
{
  AdwNavigationPage *page = adw_navigation_view_get_visible_page (self->content_view);

  if (page != NULL)
    adw_navigation_page_set_title (self->content_page, adw_navigation_page_get_title (page));
}

static void
show_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OpsWindow *self = OPS_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  OpsCatalogItem *item = self->catalog ? ops_catalog_lookup (self->catalog, id) : NULL;
  AdwNavigationPage *visible;

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
        adw_navigation_view_push (self->content_view, ADW_NAVIGATION_PAGE (page_for_item (item)));
    }

  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
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

static void
ops_window_load_state (OpsWindow *self)
{
  g_autofree char *target = NULL;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  target = g_settings_get_string (self->settings, "sidebar-selection");
  if (self->catalog == NULL || !ops_sidebar_select_target (self->sidebar, target))
    show_root (self, NULL);
}

static void
ops_window_save_state (OpsWindow *self)
{
  int width, height;

  /* The default size is the unmaximized size, which is what we restore. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static gboolean
ops_window_close_request (GtkWindow *window)
{
  ops_window_save_state (OPS_WINDOW (window));

  return GTK_WINDOW_CLASS (ops_window_parent_class)->close_request (window);
}

static void
ops_window_constructed (GObject *object)
{
  OpsWindow *self = OPS_WINDOW (object);

  G_OBJECT_CLASS (ops_window_parent_class)->constructed (object);

  if (self->catalog != NULL)
    ops_sidebar_set_catalog (self->sidebar, self->catalog);
  ops_sidebar_set_key_capture_widget (self->sidebar, GTK_WIDGET (self));
  g_signal_connect_object (self->sidebar, "notify::selected-target",
                           G_CALLBACK (sidebar_target_changed_cb), self, G_CONNECT_SWAPPED);
  ops_window_load_state (self);
}

static void
ops_window_dispose (GObject *object)
{
  OpsWindow *self = OPS_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_WINDOW);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (ops_window_parent_class)->dispose (object);
}

static void
ops_window_finalize (GObject *object)
{
  OpsWindow *self = OPS_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ops_window_parent_class)->finalize (object);
}

static void
ops_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  OpsWindow *self = OPS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  OpsWindow *self = OPS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      self->catalog = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_window_class_init (OpsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ops_window_constructed;
  object_class->dispose = ops_window_dispose;
  object_class->finalize = ops_window_finalize;
  object_class->get_property = ops_window_get_property;
  object_class->set_property = ops_window_set_property;
  window_class->close_request = ops_window_close_request;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, OPS_TYPE_CATALOG,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "win.show-item", "s", show_item_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);

  g_type_ensure (OPS_TYPE_SIDEBAR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/ops-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsWindow, split_view);
  gtk_widget_class_bind_template_child (widget_class, OpsWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, OpsWindow, content_page);
  gtk_widget_class_bind_template_child (widget_class, OpsWindow, content_view);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, visible_page_changed_cb);
}

static void
ops_window_init (OpsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (BASE_ID);

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}
