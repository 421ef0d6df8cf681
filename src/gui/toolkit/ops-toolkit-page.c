/* ops-toolkit-page.c: what the career toolkit's top-level panes share
 *
 * A pane is made for the plan store, not for one plan: opening a file or
 * starting a new plan replaces the store's plan under a pane that stays
 * open, so the page follows it and tells its subclass, which then lets go
 * of the old plan and shows the new one. Its actions that edit the plan
 * are only enabled while the store can keep an edit, as the window's are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-toolkit-page.h"

typedef struct
{
  OpsPlanStore *store;
  OpsPlan      *plan;
  GSignalGroup *plan_signals;  /* targets @plan */
} OpsToolkitPagePrivate;

enum {
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (OpsToolkitPage, ops_toolkit_page, ADW_TYPE_NAVIGATION_PAGE)

/* A class's edit actions, interned names in a GPtrArray on its GType. */
static GQuark
edit_actions_quark (void)
{
  return g_quark_from_static_string ("ops-toolkit-page-edit-actions");
}

/**
 * ops_toolkit_page_class_install_edit_action:
 * @klass: a subclass's class
 * @action_name: as for gtk_widget_class_install_action ()
 * @parameter_type: (nullable): likewise
 * @activate: likewise
 *
 * Installs an action that edits the plan: it is disabled while the store
 * cannot keep an edit (ops_plan_store_get_editable ()), such as while a
 * plan is read.
 */
void
ops_toolkit_page_class_install_edit_action (OpsToolkitPageClass         *klass,
                                            const char                  *action_name,
                                            const char                  *parameter_type,
                                            GtkWidgetActionActivateFunc  activate)
{
  GType type = G_TYPE_FROM_CLASS (klass);
  GPtrArray *names = g_type_get_qdata (type, edit_actions_quark ());

  g_return_if_fail (OPS_IS_TOOLKIT_PAGE_CLASS (klass));

  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), action_name, parameter_type, activate);
  if (names == NULL)
    {
      /* Lives as long as the type, which is never unloaded. */
      names = g_ptr_array_new ();
      g_type_set_qdata (type, edit_actions_quark (), names);
    }
  g_ptr_array_add (names, (gpointer) g_intern_string (action_name));
}

static void
update_edit_actions (OpsToolkitPage *self)
{
  OpsToolkitPagePrivate *priv = ops_toolkit_page_get_instance_private (self);
  GPtrArray *names = g_type_get_qdata (G_OBJECT_TYPE (self), edit_actions_quark ());
  gboolean editable = priv->plan != NULL && ops_plan_store_get_editable (priv->store);

  for (guint i = 0; names != NULL && i < names->len; i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), g_ptr_array_index (names, i), editable);
}

/* (transfer none) (nullable) */
OpsPlanStore *
ops_toolkit_page_get_store (OpsToolkitPage *self)
{
  OpsToolkitPagePrivate *priv = ops_toolkit_page_get_instance_private (self);

  g_return_val_if_fail (OPS_IS_TOOLKIT_PAGE (self), NULL);

  return priv->store;
}

/* The store's plan. (transfer none) (nullable) */
OpsPlan *
ops_toolkit_page_get_plan (OpsToolkitPage *self)
{
  OpsToolkitPagePrivate *priv = ops_toolkit_page_get_instance_private (self);

  g_return_val_if_fail (OPS_IS_TOOLKIT_PAGE (self), NULL);

  return priv->plan;
}

/* (transfer none) (nullable) */
OpsCatalog *
ops_toolkit_page_get_catalog (OpsToolkitPage *self)
{
  OpsToolkitPagePrivate *priv = ops_toolkit_page_get_instance_private (self);

  g_return_val_if_fail (OPS_IS_TOOLKIT_PAGE (self), NULL);

  return priv->store ? ops_plan_store_get_catalog (priv->store) : NULL;
}

/**
 * ops_toolkit_page_get_plan_signals:
 *
 * Handlers connected to this group are connected to the store's plan, and
 * move to the next plan when the store opens another, before plan_changed
 * is called: a subclass connects them once, in setup or init.
 *
 * Returns: (transfer none): a signal group for #OpsPlan
 */
GSignalGroup *
ops_toolkit_page_get_plan_signals (OpsToolkitPage *self)
{
  OpsToolkitPagePrivate *priv = ops_toolkit_page_get_instance_private (self);

  g_return_val_if_fail (OPS_IS_TOOLKIT_PAGE (self), NULL);

  return priv->plan_signals;
}

static void
store_plan_changed_cb (OpsToolkitPage *self)
{
  OpsToolkitPagePrivate *priv = ops_toolkit_page_get_instance_private (self);
  OpsPlan *plan = ops_plan_store_get_plan (priv->store);
  /* Kept until the subclass has disconnected from it. */
  g_autoptr(OpsPlan) old_plan = NULL;

  if (priv->plan == plan)
    return;

  old_plan = g_steal_pointer (&priv->plan);
  priv->plan = plan ? g_object_ref (plan) : NULL;
  g_signal_group_set_target (priv->plan_signals, plan);
  if (OPS_TOOLKIT_PAGE_GET_CLASS (self)->plan_changed != NULL)
    OPS_TOOLKIT_PAGE_GET_CLASS (self)->plan_changed (self, old_plan, plan);
  update_edit_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

static void
ops_toolkit_page_constructed (GObject *object)
{
  OpsToolkitPage *self = OPS_TOOLKIT_PAGE (object);
  OpsToolkitPagePrivate *priv = ops_toolkit_page_get_instance_private (self);
  OpsToolkitPageClass *klass = OPS_TOOLKIT_PAGE_GET_CLASS (self);

  G_OBJECT_CLASS (ops_toolkit_page_parent_class)->constructed (object);

  /* Only the template validator builds a page without a store. */
  if (priv->store == NULL)
    return;

  g_signal_connect_object (priv->store, "notify::plan", G_CALLBACK (store_plan_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (priv->store, "notify::editable", G_CALLBACK (update_edit_actions), self, G_CONNECT_SWAPPED);
  g_set_object (&priv->plan, ops_plan_store_get_plan (priv->store));
  g_signal_group_set_target (priv->plan_signals, priv->plan);
  if (klass->setup != NULL)
    klass->setup (self, priv->store);
  if (klass->plan_changed != NULL)
    klass->plan_changed (self, NULL, priv->plan);
  update_edit_actions (self);
}

static void
ops_toolkit_page_dispose (GObject *object)
{
  OpsToolkitPage *self = OPS_TOOLKIT_PAGE (object);
  OpsToolkitPagePrivate *priv = ops_toolkit_page_get_instance_private (self);

  g_signal_group_set_target (priv->plan_signals, NULL);
  g_clear_object (&priv->plan);
  g_clear_object (&priv->store);

  G_OBJECT_CLASS (ops_toolkit_page_parent_class)->dispose (object);
}

static void
ops_toolkit_page_finalize (GObject *object)
{
  OpsToolkitPage *self = OPS_TOOLKIT_PAGE (object);
  OpsToolkitPagePrivate *priv = ops_toolkit_page_get_instance_private (self);

  g_clear_object (&priv->plan_signals);

  G_OBJECT_CLASS (ops_toolkit_page_parent_class)->finalize (object);
}

static void
ops_toolkit_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OpsToolkitPage *self = OPS_TOOLKIT_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, ops_toolkit_page_get_store (self));
      break;

    case PROP_PLAN:
      g_value_set_object (value, ops_toolkit_page_get_plan (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_toolkit_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OpsToolkitPage *self = OPS_TOOLKIT_PAGE (object);
  OpsToolkitPagePrivate *priv = ops_toolkit_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      priv->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_toolkit_page_class_init (OpsToolkitPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = ops_toolkit_page_constructed;
  object_class->dispose = ops_toolkit_page_dispose;
  object_class->finalize = ops_toolkit_page_finalize;
  object_class->get_property = ops_toolkit_page_get_property;
  object_class->set_property = ops_toolkit_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, OPS_TYPE_PLAN_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS |
                          G_PARAM_EXPLICIT_NOTIFY));
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, OPS_TYPE_PLAN,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_toolkit_page_init (OpsToolkitPage *self)
{
  OpsToolkitPagePrivate *priv = ops_toolkit_page_get_instance_private (self);

  priv->plan_signals = g_signal_group_new (OPS_TYPE_PLAN);
}
