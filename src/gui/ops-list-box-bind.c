/* ops-list-box-bind.c: a boxed list bound to a model, with a placeholder
 * that is there only while the model is empty
 *
 * GtkListBox hides its placeholder from drawing when it has rows, but the
 * placeholder stays a visible child after them, so for the theme the last
 * row is not the list's last child: libadwaita's boxed list drew that
 * row's separator under it, a square line across the list's rounded
 * bottom corners (the Networking, Interview Practice and Resume Check
 * lists, plainest in high contrast). Binding through here also hides the
 * placeholder itself while there are rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-list-box-bind.h"

typedef struct
{
  GtkListBox *box;    /* (unowned): it owns this */
  GListModel *model;  /* (nullable) */
  gulong      handler;
} Bound;

static GQuark
bound_quark (void)
{
  return g_quark_from_static_string ("ops-list-box-bind");
}

/* The list's child that is not a row: its placeholder, if it has one. */
static GtkWidget *
placeholder_of (GtkListBox *box)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!GTK_IS_LIST_BOX_ROW (child))
      return child;

  return NULL;
}

static void
show_placeholder (Bound *bound)
{
  GtkWidget *placeholder = placeholder_of (bound->box);

  if (placeholder != NULL)
    gtk_widget_set_visible (placeholder, bound->model == NULL || g_list_model_get_n_items (bound->model) == 0);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  show_placeholder (user_data);
}

static void
unbind (Bound *bound)
{
  if (bound->model != NULL)
    g_clear_signal_handler (&bound->handler, bound->model);
  g_clear_object (&bound->model);
}

static void
bound_free (gpointer data)
{
  Bound *bound = data;

  unbind (bound);
  g_free (bound);
}

/**
 * ops_list_box_bind_model:
 * @box: a list with a placeholder, or without one
 * @model: (nullable): the model, as for gtk_list_box_bind_model ()
 * @create_widget_func: (nullable): makes a row for an item
 * @user_data: for @create_widget_func
 *
 * gtk_list_box_bind_model (), and the placeholder visible only while
 * @model is empty.
 */
void
ops_list_box_bind_model (GtkListBox                 *box,
                         GListModel                 *model,
                         GtkListBoxCreateWidgetFunc  create_widget_func,
                         gpointer                    user_data)
{
  Bound *bound;

  g_return_if_fail (GTK_IS_LIST_BOX (box));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  bound = g_object_get_qdata (G_OBJECT (box), bound_quark ());
  if (bound == NULL)
    {
      bound = g_new0 (Bound, 1);
      bound->box = box;
      g_object_set_qdata_full (G_OBJECT (box), bound_quark (), bound, bound_free);
    }
  unbind (bound);

  gtk_list_box_bind_model (box, model, create_widget_func, user_data, NULL);
  if (model != NULL)
    {
      bound->model = g_object_ref (model);
      bound->handler = g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), bound);
    }
  show_placeholder (bound);
}
