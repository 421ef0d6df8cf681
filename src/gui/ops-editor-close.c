/* ops-editor-close.c: closing an editor whose object left the plan
 *
 * An editor page holds its item or record, not the plan. When undo takes
 * that object out, or the window's store replaces the plan under it, the
 * page would go on editing something nobody sees or saves; so it closes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-editor-close.h"
#include "ops-plan-store.h"
#include "ops-window.h"

typedef struct
{
  GObject       *object;
  OpsPlanOfFunc  plan_of;
} Edited;

static void
edited_free (gpointer data)
{
  Edited *edited = data;

  g_object_unref (edited->object);
  g_free (edited);
}

/* Takes the editor @page out of its navigation view: back to the page
 * below when it is in front, and out of the stack when a page opened
 * from it covers it, so that Back does not bring it back either. */
static void
close_editor (GtkWidget *page)
{
  GtkWidget *view = gtk_widget_get_ancestor (page, ADW_TYPE_NAVIGATION_VIEW);
  g_autoptr(GListModel) stack = NULL;
  g_autoptr(GPtrArray) kept = NULL;

  if (view == NULL)
    return;

  if (adw_navigation_view_get_visible_page (ADW_NAVIGATION_VIEW (view)) == ADW_NAVIGATION_PAGE (page))
    {
      adw_navigation_view_pop (ADW_NAVIGATION_VIEW (view));
      return;
    }

  stack = adw_navigation_view_get_navigation_stack (ADW_NAVIGATION_VIEW (view));
  kept = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (stack); i++)
    {
      AdwNavigationPage *other = g_list_model_get_item (stack, i);

      if (other == ADW_NAVIGATION_PAGE (page))
        g_object_unref (other);
      else
        g_ptr_array_add (kept, other);
    }
  if (kept->len < g_list_model_get_n_items (stack))
    adw_navigation_view_replace (ADW_NAVIGATION_VIEW (view), (AdwNavigationPage **) kept->pdata, kept->len);
}

static void
maybe_close_cb (GtkWidget *page)
{
  Edited *edited = g_object_get_data (G_OBJECT (page), "ops-edited");
  OpsPlanStore *store = g_object_get_data (G_OBJECT (page), "ops-store");
  OpsPlan *plan;

  if (edited == NULL)
    return;

  /* Undo took the object out of the plan, or the store shows another plan
   * now (Open Plan…, a reload, starting over): either way an editor of it
   * would edit nothing that is shown or kept. */
  plan = edited->plan_of (edited->object);
  if (plan == NULL || (store != NULL && ops_plan_store_get_plan (store) != plan))
    close_editor (page);
}

/* The store replaces its plan without a word from the old one; only the
 * window knows the store, and the page has one once it is pushed. */
static void
page_root_changed_cb (GtkWidget *page)
{
  GtkRoot *root = gtk_widget_get_root (page);
  g_autoptr(OpsPlanStore) store = NULL;

  if (!OPS_IS_WINDOW (root) || g_object_get_data (G_OBJECT (page), "ops-store") != NULL)
    return;

  g_object_get (root, "store", &store, NULL);
  if (store == NULL)
    return;

  g_object_set_data_full (G_OBJECT (page), "ops-store", g_object_ref (store), g_object_unref);
  g_signal_connect_object (store, "notify::plan", G_CALLBACK (maybe_close_cb), page, G_CONNECT_SWAPPED);
}

/**
 * ops_editor_close_when_gone:
 * @page: an #AdwNavigationPage that edits @object
 * @object: (type GObject): a plan item or record
 * @plan_of: returns the plan @object is in now
 *
 * Closes @page when @object leaves the plan it is in now, or when the
 * window @page is shown in replaces that plan.
 */
void
ops_editor_close_when_gone (GtkWidget     *page,
                            gpointer       object,
                            OpsPlanOfFunc  plan_of)
{
  Edited *edited;
  OpsPlan *plan;

  g_return_if_fail (ADW_IS_NAVIGATION_PAGE (page));
  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (plan_of != NULL);

  edited = g_new0 (Edited, 1);
  edited->object = g_object_ref (object);
  edited->plan_of = plan_of;
  g_object_set_data_full (G_OBJECT (page), "ops-edited", edited, edited_free);
  plan = plan_of (object);
  if (plan != NULL)
    g_signal_connect_object (plan, "changed", G_CALLBACK (maybe_close_cb), page, G_CONNECT_SWAPPED);
  g_signal_connect (page, "notify::root", G_CALLBACK (page_root_changed_cb), NULL);
  page_root_changed_cb (page);
}
