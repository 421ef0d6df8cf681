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

/* What one editor page watches; it lives as long as the page, and the
 * handlers it connects go with it. */
#define OPS_TYPE_EDITOR_CLOSE (ops_editor_close_get_type ())

G_DECLARE_FINAL_TYPE (OpsEditorClose, ops_editor_close, OPS, EDITOR_CLOSE, GObject)

struct _OpsEditorClose
{
  GObject        parent_instance;

  GtkWidget     *page;     /* not a reference: the page holds this */
  GObject       *object;   /* what the page edits */
  OpsPlanOfFunc  plan_of;
  OpsPlanStore  *store;    /* the window's, once the page is shown */
};

G_DEFINE_FINAL_TYPE (OpsEditorClose, ops_editor_close, G_TYPE_OBJECT)

static void
ops_editor_close_dispose (GObject *object)
{
  OpsEditorClose *self = OPS_EDITOR_CLOSE (object);

  g_clear_object (&self->object);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ops_editor_close_parent_class)->dispose (object);
}

static void
ops_editor_close_class_init (OpsEditorCloseClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ops_editor_close_dispose;
}

static void
ops_editor_close_init (OpsEditorClose *self)
{
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
maybe_close_cb (OpsEditorClose *self)
{
  OpsPlan *plan;

  /* Undo took the object out of the plan, or the store shows another plan
   * now (Open Plan…, a reload, starting over): either way an editor of it
   * would edit nothing that is shown or kept. */
  plan = self->plan_of (self->object);
  if (plan == NULL || (self->store != NULL && ops_plan_store_get_plan (self->store) != plan))
    close_editor (self->page);
}

/* The store replaces its plan without a word from the old one; only the
 * window knows the store (its "store" property), and the page has one
 * once it is pushed. */
static void
page_root_changed_cb (OpsEditorClose *self)
{
  GtkRoot *root = gtk_widget_get_root (self->page);
  GParamSpec *pspec = root ? g_object_class_find_property (G_OBJECT_GET_CLASS (root), "store") : NULL;

  if (self->store != NULL || pspec == NULL || G_PARAM_SPEC_VALUE_TYPE (pspec) != OPS_TYPE_PLAN_STORE)
    return;

  g_object_get (root, "store", &self->store, NULL);
  if (self->store != NULL)
    g_signal_connect_object (self->store, "notify::plan", G_CALLBACK (maybe_close_cb), self, G_CONNECT_SWAPPED);
}

static void
page_gone_cb (gpointer  data,
              GObject  *page)
{
  g_object_unref (data);
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
  OpsEditorClose *self;
  OpsPlan *plan;

  g_return_if_fail (ADW_IS_NAVIGATION_PAGE (page));
  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (plan_of != NULL);

  self = g_object_new (OPS_TYPE_EDITOR_CLOSE, NULL);
  self->page = page;
  self->object = g_object_ref (object);
  self->plan_of = plan_of;
  /* Goes when the page does, and takes its handlers along. */
  g_object_weak_ref (G_OBJECT (page), page_gone_cb, self);
  plan = plan_of (object);
  if (plan != NULL)
    g_signal_connect_object (plan, "changed", G_CALLBACK (maybe_close_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (page, "notify::root", G_CALLBACK (page_root_changed_cb), self, G_CONNECT_SWAPPED);
  page_root_changed_cb (self);
}
