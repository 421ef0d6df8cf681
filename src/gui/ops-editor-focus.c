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

#include <adwaita.h>

#include "ops-editor-focus.h"

/* The first text field below @widget a person can type in, in the order
 * the page lays its fields out. */
static GtkWidget *
first_text_field (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget) || !gtk_widget_is_sensitive (widget) || !gtk_widget_get_can_focus (widget))
    return NULL;
  if (GTK_IS_TEXT (widget) && gtk_editable_get_editable (GTK_EDITABLE (widget)) && gtk_widget_get_focusable (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *field = first_text_field (child);

      if (field != NULL)
        return field;
    }

  return NULL;
}

/* Whether focus that was on @before and enters @page does so because
 * @page was pushed over (or uncovered from) the page @before is on. */
static gboolean
opened (GtkWidget *page,
        GtkWidget *before)
{
  GtkWidget *view = gtk_widget_get_ancestor (page, ADW_TYPE_NAVIGATION_VIEW);

  return before == NULL || (view != NULL && gtk_widget_is_ancestor (before, view));
}

gboolean
ops_editor_focus (GtkWidget        *page,
                  GtkDirectionType  direction,
                  GtkWidgetClass   *parent_class)
{
  GtkRoot *root;
  GtkWidget *before, *after;
  gboolean from_outside, from_view;

  g_return_val_if_fail (GTK_IS_WIDGET (page), FALSE);

  /* Where the focus comes from is asked before it moves: the move can
   * take the last reference to the widget it leaves (a page the view
   * has already let go of, a row a list recycles), and @before would
   * then point at freed memory (a critical in fits-360-px, or a wrong
   * answer once the memory is reused). */
  root = gtk_widget_get_root (page);
  before = root != NULL ? gtk_root_get_focus (root) : NULL;
  from_outside = before == NULL || !gtk_widget_is_ancestor (before, page);
  from_view = from_outside && opened (page, before);

  if (!parent_class->focus (page, direction))
    return FALSE;

  after = root != NULL ? gtk_root_get_focus (root) : NULL;
  /* The first control is not always the title: the achievement editor
   * starts with the resume line's Copy button, and a new achievement
   * opened on it, so the name a person typed went nowhere. Only when the
   * page opens (the focus comes from another page of its view, or from
   * nowhere): Tab from the sidebar still reaches that first control. */
  if (from_view && !GTK_IS_TEXT (after))
    {
      GtkWidget *field = first_text_field (page);

      if (field != NULL && gtk_widget_grab_focus (field))
        after = field;
    }
  if (from_outside && GTK_IS_TEXT (after))
    gtk_editable_set_position (GTK_EDITABLE (after), -1);

  return TRUE;
}
