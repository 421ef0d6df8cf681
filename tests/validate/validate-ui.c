/* validate-ui.c: what gtk4-builder-tool validate does, for our templates
 *
 * gtk4-builder-tool knows only GTK's own types, so it cannot check a
 * template whose parent is an Adw class or that holds our own widgets.
 * This program links the application library, builds each template the
 * way the app does, and fails on any GtkBuilder error or GLib critical.
 *
 * Usage: validate-ui FILE.ui
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

static char *
template_class (const char *contents)
{
  g_autoptr(GRegex) regex = g_regex_new ("<template\\s+class=\"([A-Za-z0-9_]+)\"", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  if (!g_regex_match (regex, contents, 0, &match))
    return NULL;

  return g_match_info_fetch (match, 1);
}

static void
validate_template (const char *path,
                   const char *class_name)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  GType type = gtk_builder_get_type_from_name (builder, class_name);
  GObject *object;

  if (type == G_TYPE_INVALID)
    g_error ("%s: the template class %s is not a type this program knows", path, class_name);

  /* Instantiating runs gtk_widget_init_template () on the same XML, compiled
   * into the resource; any builder error there is a critical, fatal here. */
  object = g_object_ref_sink (g_object_new (type, NULL));
  if (GTK_IS_WINDOW (object))
    gtk_window_destroy (GTK_WINDOW (object));
  g_object_unref (object);
}

/* A list item's template, for a GtkBuilderListItemFactory: built on a
 * list item as the factory builds it, with no item bound yet. */
static void
validate_list_item (const char *path,
                    const char *contents)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GObject) item = g_object_new (GTK_TYPE_LIST_ITEM, NULL);
  g_autoptr(GError) error = NULL;

  if (!gtk_builder_extend_with_template (builder, item, GTK_TYPE_LIST_ITEM, contents, -1, &error))
    g_error ("%s: %s", path, error->message);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *contents = NULL;
  g_autofree char *class_name = NULL;
  g_autoptr(GError) error = NULL;

  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  /* 77 is "skipped" to meson: flatpak-builder's sandbox has no display. */
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    return 77;

  gtk_init ();
  adw_init ();

  if (argc != 2)
    g_error ("usage: validate-ui FILE.ui");

  if (!g_file_get_contents (argv[1], &contents, NULL, &error))
    g_error ("%s", error->message);

  class_name = template_class (contents);
  if (g_strcmp0 (class_name, "GtkListItem") == 0)
    {
      validate_list_item (argv[1], contents);
    }
  else if (class_name != NULL)
    {
      validate_template (argv[1], class_name);
    }
  else
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new ();

      if (!gtk_builder_add_from_string (builder, contents, -1, &error))
        g_error ("%s: %s", argv[1], error->message);
    }

  g_print ("%s: valid\n", argv[1]);

  return 0;
}
