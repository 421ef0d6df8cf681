/* ops-editor-focus.c: opening an editor leaves its first field as it is
 *
 * When a page is pushed, the navigation view moves the focus into it as
 * Tab would, and a text field that takes the keyboard focus selects all
 * its text (gtk-entry-select-on-focus). An editor opens on its title, so
 * the first key a person pressed replaced the whole title. An editor
 * page's focus vfunc calls ops_editor_focus(): focus that arrives from
 * outside the page puts the cursor at the end of the field instead. Tab
 * between the page's own fields still selects, as everywhere in GNOME.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-editor-focus.h"

gboolean
ops_editor_focus (GtkWidget        *page,
                  GtkDirectionType  direction,
                  GtkWidgetClass   *parent_class)
{
  GtkRoot *root = gtk_widget_get_root (page);
  GtkWidget *before = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean from_outside = before == NULL || !gtk_widget_is_ancestor (before, page);
  GtkWidget *after;

  g_return_val_if_fail (GTK_IS_WIDGET (page), FALSE);

  if (!parent_class->focus (page, direction))
    return FALSE;

  after = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (from_outside && GTK_IS_TEXT (after))
    gtk_editable_set_position (GTK_EDITABLE (after), -1);

  return TRUE;
}
