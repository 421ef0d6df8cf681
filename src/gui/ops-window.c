/* ops-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-window.h"

struct _OpsWindow
{
  AdwApplicationWindow    parent_instance;

  AdwNavigationSplitView *split_view;
  AdwNavigationPage      *sidebar_page;
  AdwNavigationPage      *content_page;

  GSettings              *settings;
};

G_DEFINE_FINAL_TYPE (OpsWindow, ops_window, ADW_TYPE_APPLICATION_WINDOW)

OpsWindow *
ops_window_new (OpsApplication *application)
{
  g_return_val_if_fail (OPS_IS_APPLICATION (application), NULL);

  return g_object_new (OPS_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

static void
ops_window_load_state (OpsWindow *self)
{
  GSettings *settings = self->settings;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
ops_window_save_state (OpsWindow *self)
{
  GSettings *settings = self->settings;
  int width, height;

  /* The default size is the unmaximized size, which is what we restore. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (settings);
  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
  g_settings_set_boolean (settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (settings);
}

static gboolean
ops_window_close_request (GtkWindow *window)
{
  ops_window_save_state (OPS_WINDOW (window));

  return GTK_WINDOW_CLASS (ops_window_parent_class)->close_request (window);
}

static void
ops_window_dispose (GObject *object)
{
  OpsWindow *self = OPS_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_WINDOW);

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
ops_window_class_init (OpsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ops_window_dispose;
  object_class->finalize = ops_window_finalize;
  window_class->close_request = ops_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/ops-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsWindow, split_view);
  gtk_widget_class_bind_template_child (widget_class, OpsWindow, sidebar_page);
  gtk_widget_class_bind_template_child (widget_class, OpsWindow, content_page);
}

static void
ops_window_init (OpsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (BASE_ID);
  ops_window_load_state (self);

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}
