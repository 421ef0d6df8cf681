/* ops-screen-reader.c: what the toolkit leaves focusable and nameless
 *
 * A screen reader reads the role and the name of whatever takes the
 * keyboard focus, and nothing else. Some focusable widgets come from GTK
 * and libadwaita without a name, inside widgets OpsLadder's templates
 * cannot reach (tests/e2e/audit.py finds every one):
 *
 * - Every GtkScrolledWindow is focusable, so that a pane with nothing
 *   focusable in it can still be scrolled by keyboard; so are the sheet of
 *   an AdwDialog and the header list of an AdwExpanderRow. They have the
 *   generic role, which GTK 4.18 gives no name even when one is set (ARIA
 *   prohibits naming it). Where something inside can take the focus, they
 *   never take it themselves (GtkScrolledWindow hands it to its child
 *   first), so they are made not focusable; a screen reader then meets
 *   only the controls inside. One with nothing focusable inside keeps the
 *   focus and gets the name of its pane, which its template gives a role
 *   that can have one.
 * - GTK 4.18's menu items (GtkModelButton, made from a GMenu) point their
 *   "labelled-by" relation at their label, which is not in the tree, so
 *   they reach AT-SPI with an empty name ("labelled-by" comes before a
 *   label of their own). Each gets its label's text instead.
 * - The list of an AdwPreferencesGroup without a title has no name; so
 *   have AdwAboutDialog's, named here after the dialog. Other owners name
 *   theirs with ops_screen_reader_name_group().
 * - A dialog closed by its Close button through AT-SPI is kept until the
 *   main loop is idle (see dialog_closed_cb()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-screen-reader.h"

static void
set_label (GtkWidget  *widget,
           const char *name)
{
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static gboolean
holds_focusable (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;
      if (gtk_widget_get_focusable (child) || holds_focusable (child))
        return TRUE;
    }

  return FALSE;
}

/* Below @widget, the containers that are focusable only to hold the
 * focus when nothing inside them can: where something inside can, they
 * are made not focusable. A scrolled window with nothing focusable inside
 * keeps the focus, for scrolling, and gets @name (a pane gives it a role
 * that can have one). */
static void
unfocus_containers (GtkWidget  *widget,
                    const char *name)
{
  gboolean container = GTK_IS_SCROLLED_WINDOW (widget) ||
                       gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) == GTK_ACCESSIBLE_ROLE_GENERIC;

  if (container && gtk_widget_get_focusable (widget))
    {
      if (holds_focusable (widget))
        gtk_widget_set_focusable (widget, FALSE);
      else if (GTK_IS_SCROLLED_WINDOW (widget) && name != NULL)
        set_label (widget, name);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    unfocus_containers (child, name);
}

static void
visible_page_changed_cb (AdwNavigationView *view)
{
  AdwNavigationPage *page = adw_navigation_view_get_visible_page (view);

  if (page != NULL)
    unfocus_containers (GTK_WIDGET (page), adw_navigation_page_get_title (page));
}

static void
release_dialog_cb (gpointer dialog)
{
  g_object_unref (dialog);
}

/* libadwaita 1.7's AdwFloatingSheet (and AdwBottomSheet) notify "open" on
 * themselves after the closed callback has let the dialog, and with it the
 * sheet, go: adw_floating_sheet_set_open() plays the close animation, which
 * with animations off is done at once, and the dialog host unparents the
 * dialog in its "done". A pointer or key press holds references to every
 * widget it passes through, but the Close button pressed by a screen reader
 * (AT-SPI's DoAction) clicks from a timeout with none, so the sheet was freed
 * before the notify (a use after free, a crash under MALLOC_PERTURB_). Held
 * from "closed" until the main loop is idle, the dialog outlives it. */
static void
dialog_closed_cb (AdwDialog *dialog)
{
  g_idle_add_once (release_dialog_cb, g_object_ref (dialog));
}

static void
visible_dialog_changed_cb (AdwApplicationWindow *window)
{
  AdwDialog *dialog = adw_application_window_get_visible_dialog (window);

  if (dialog == NULL)
    return;

  if (g_signal_handler_find (dialog, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, dialog_closed_cb, NULL) == 0)
    g_signal_connect (dialog, "closed", G_CALLBACK (dialog_closed_cb), NULL);

  unfocus_containers (GTK_WIDGET (dialog), adw_dialog_get_title (dialog));
  /* Its lists of links and credits are in groups without a title. */
  if (ADW_IS_ABOUT_DIALOG (dialog))
    ops_screen_reader_name_lists (GTK_WIDGET (dialog), adw_dialog_get_title (dialog));
}

/**
 * ops_screen_reader_follow_window:
 * @window: the main window
 * @view: the navigation view of its panes
 *
 * Takes the focus from the scrolled windows (and other containers of the
 * generic role) of @window, of every pane @view shows, and of every dialog
 * @window shows, where something inside them takes it.
 */
void
ops_screen_reader_follow_window (AdwApplicationWindow *window,
                                 AdwNavigationView    *view)
{
  g_return_if_fail (ADW_IS_APPLICATION_WINDOW (window));
  g_return_if_fail (ADW_IS_NAVIGATION_VIEW (view));

  g_signal_connect (view, "notify::visible-page", G_CALLBACK (visible_page_changed_cb), NULL);
  g_signal_connect (window, "notify::visible-dialog", G_CALLBACK (visible_dialog_changed_cb), NULL);
  unfocus_containers (GTK_WIDGET (window), NULL);
}

static const char *
first_label_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    return gtk_label_get_text (GTK_LABEL (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      const char *text = first_label_text (child);

      if (text != NULL)
        return text;
    }

  return NULL;
}

static void
name_menu_items (GtkWidget *widget)
{
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));

  if (role == GTK_ACCESSIBLE_ROLE_MENU_ITEM || role == GTK_ACCESSIBLE_ROLE_MENU_ITEM_CHECKBOX ||
      role == GTK_ACCESSIBLE_ROLE_MENU_ITEM_RADIO)
    {
      const char *text = first_label_text (widget);

      if (text != NULL)
        set_label (widget, text);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    name_menu_items (child);
}

/**
 * ops_screen_reader_menu_active_cb:
 * @button: a menu button with a menu model
 * @pspec: its "active" property
 *
 * Connected to a menu button's #GObject::notify::active in its template:
 * when the menu opens, names its items after their labels, and takes the
 * focus from its scrolled window. Each time, as GTK makes the items again
 * when the model changes and labels them by relation again when their
 * state does.
 */
void
ops_screen_reader_menu_active_cb (GtkMenuButton *button,
                                  GParamSpec    *pspec)
{
  GtkPopover *popover = gtk_menu_button_get_popover (button);

  if (!gtk_menu_button_get_active (button) || popover == NULL)
    return;

  name_menu_items (GTK_WIDGET (popover));
  unfocus_containers (GTK_WIDGET (popover), NULL);
}

/* Whether @list is the list of an AdwPreferencesGroup with a title, which
 * names it. */
static gboolean
named_by_group (GtkWidget *list)
{
  for (GtkWidget *parent = gtk_widget_get_parent (list); parent; parent = gtk_widget_get_parent (parent))
    {
      if (ADW_IS_PREFERENCES_ROW (parent))
        return FALSE;
      if (ADW_IS_PREFERENCES_GROUP (parent))
        return *adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (parent)) != '\0';
    }

  return FALSE;
}

/**
 * ops_screen_reader_name_lists:
 * @root: a widget
 * @name: the name
 *
 * Gives the list boxes below @root that have no name the name @name: the
 * list of an AdwPreferencesGroup without a title, or of a row.
 */
void
ops_screen_reader_name_lists (GtkWidget  *root,
                              const char *name)
{
  g_return_if_fail (GTK_IS_WIDGET (root));
  g_return_if_fail (name != NULL);

  if (GTK_IS_LIST_BOX (root) && !named_by_group (root))
    set_label (root, name);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    ops_screen_reader_name_lists (child, name);
}

/**
 * ops_screen_reader_name_group:
 * @row: a row in an AdwPreferencesGroup without a title
 * @name: what the group holds
 *
 * Names the list of the group @row is in, which has no name without a
 * title.
 */
void
ops_screen_reader_name_group (GtkWidget  *row,
                              const char *name)
{
  GtkWidget *group;

  g_return_if_fail (GTK_IS_WIDGET (row));

  group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);
  g_return_if_fail (group != NULL);

  ops_screen_reader_name_lists (group, name);
}
