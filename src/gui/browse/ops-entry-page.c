/* ops-entry-page.c: what every catalog entry's pane has in common
 *
 * A pane shows one entry, chosen when it is made: its title is the entry's
 * name and its tag the entry's id, so the navigation stack can tell which
 * entry is on top. Subclasses bring their own template and fill it.
 *
 * A pane that can add its entry to the plan (or make a role the target)
 * hands its button to the base class, which keeps it saying where the
 * entry stands in the store's plan: a person sees that CPIM is in the plan
 * on CPIM's own pane, not only in a toast that goes away.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-entry-page.h"

typedef struct
{
  OpsCatalogItem *item;
  OpsPlanStore   *store;
  OpsPlan        *plan;
  GSignalGroup   *plan_signals;  /* targets @plan */
  GtkButton      *plan_button;
  GtkLabel       *state_label;
} OpsEntryPagePrivate;

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_TYPE_WITH_PRIVATE (OpsEntryPage, ops_entry_page, ADW_TYPE_NAVIGATION_PAGE)

/* (transfer none) (nullable) */
OpsCatalogItem *
ops_entry_page_get_item (OpsEntryPage *self)
{
  OpsEntryPagePrivate *priv = ops_entry_page_get_instance_private (self);

  g_return_val_if_fail (OPS_IS_ENTRY_PAGE (self), NULL);

  return priv->item;
}

/* Whether the store's plan already holds the entry: as an item, or as
 * the target role for a role. */
static gboolean
in_plan (OpsEntryPagePrivate *priv)
{
  const char *id = ops_catalog_item_get_id (priv->item);

  if (priv->plan == NULL)
    return FALSE;
  if (ops_catalog_item_get_kind (priv->item) == OPS_ITEM_KIND_ROLE)
    return g_strcmp0 (ops_plan_get_target_role_id (priv->plan), id) == 0;
  return ops_plan_find_item (priv->plan, id) != NULL;
}

static void
update_plan_button (OpsEntryPage *self)
{
  OpsEntryPagePrivate *priv = ops_entry_page_get_instance_private (self);
  gboolean role, done, had_focus;

  /* Panes further down the navigation stack are brought up to date when
   * they show again: a keystroke in a note changes the plan, and each
   * check walks it. */
  if (priv->plan_button == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  role = ops_catalog_item_get_kind (priv->item) == OPS_ITEM_KIND_ROLE;
  done = in_plan (priv);
  had_focus = gtk_widget_has_focus (GTK_WIDGET (priv->plan_button));

  /* Where the entry stands is a state, shown as an icon and a label, not
   * as a button that cannot be pressed; the button beside it changes it.
   * The target role's pane changes or clears the target in Roles and
   * Goal, where the current role and the date are beside it. */
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (priv->state_label)), done);
  gtk_label_set_label (priv->state_label, role ? _("Your target role") : _("In your plan"));
  if (role)
    gtk_button_set_label (priv->plan_button, done ? _("_Change Target…") : _("Set as _Target Role"));
  else
    gtk_button_set_label (priv->plan_button, done ? _("_Remove from Plan") : _("_Add to My Plan"));
  /* No action while the target changes, so the button never holds a
   * target its action does not take. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (priv->plan_button), NULL);
  if (role && done)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (priv->plan_button), NULL);
  else
    gtk_actionable_set_action_target (GTK_ACTIONABLE (priv->plan_button), "s", ops_catalog_item_get_id (priv->item));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (priv->plan_button),
                                  role && done ? "win.edit-plan-details"
                                  : done ? "win.remove-from-plan" : "win.add-to-plan");
  if (done)
    gtk_widget_remove_css_class (GTK_WIDGET (priv->plan_button), "suggested-action");
  else
    gtk_widget_add_css_class (GTK_WIDGET (priv->plan_button), "suggested-action");

  /* Swapping the button's action drops its focus (the keyboard journey
   * saw the focus nowhere after Set as Target Role): a keyboard user who
   * pressed it keeps the focus on it, and hears the new state. */
  if (had_focus && !gtk_widget_has_focus (GTK_WIDGET (priv->plan_button)))
    {
      gtk_widget_grab_focus (GTK_WIDGET (priv->plan_button));
      if (done)
        gtk_accessible_announce (GTK_ACCESSIBLE (self), gtk_label_get_label (priv->state_label),
                                 GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
    }
}

static void
store_plan_changed_cb (OpsEntryPage *self)
{
  OpsEntryPagePrivate *priv = ops_entry_page_get_instance_private (self);
  OpsPlan *plan = ops_plan_store_get_plan (priv->store);

  g_set_object (&priv->plan, plan);
  g_signal_group_set_target (priv->plan_signals, plan);
  update_plan_button (self);
}

/**
 * ops_entry_page_set_store:
 * @store: the store whose plan the pane's button follows
 *
 * Called once, by the window that shows the pane.
 */
void
ops_entry_page_set_store (OpsEntryPage *self,
                          OpsPlanStore *store)
{
  OpsEntryPagePrivate *priv = ops_entry_page_get_instance_private (self);

  g_return_if_fail (OPS_IS_ENTRY_PAGE (self));
  g_return_if_fail (OPS_IS_PLAN_STORE (store));
  g_return_if_fail (priv->store == NULL);

  priv->store = g_object_ref (store);
  g_signal_connect_object (store, "notify::plan", G_CALLBACK (store_plan_changed_cb), self, G_CONNECT_SWAPPED);
  store_plan_changed_cb (self);
}

/* Puts the state line (a check and a label) above @button, in a box that
 * takes the button's place; returns the label. */
static GtkWidget *
wrap_plan_button (GtkWidget *button)
{
  GtkWidget *parent = gtk_widget_get_parent (button);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *state = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  /* The label says it; the check is for the eye (off the bus: see
   * ops-link-section.c). */
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE, "icon-name", "object-select-symbolic",
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  GtkWidget *label = gtk_label_new (NULL);

  g_assert (GTK_IS_BOX (parent));
  gtk_widget_add_css_class (icon, "success");
  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (state), icon);
  gtk_box_append (GTK_BOX (state), label);
  gtk_widget_set_halign (box, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), state);

  g_object_ref (button);
  gtk_box_insert_child_after (GTK_BOX (parent), box, gtk_widget_get_prev_sibling (button));
  gtk_box_remove (GTK_BOX (parent), button);
  gtk_box_append (GTK_BOX (box), button);
  g_object_unref (button);

  return label;
}

/**
 * ops_entry_page_set_plan_button:
 * @button: the pane's "Add to My Plan" or "Set as Target Role" button
 *
 * Points @button's win.add-to-plan at the pane's entry and keeps its label
 * and sensitivity saying whether the entry is in the plan already. Called
 * from the subclass's fill().
 */
void
ops_entry_page_set_plan_button (OpsEntryPage *self,
                                GtkButton    *button)
{
  OpsEntryPagePrivate *priv = ops_entry_page_get_instance_private (self);

  g_return_if_fail (OPS_IS_ENTRY_PAGE (self));
  g_return_if_fail (GTK_IS_BUTTON (button));

  priv->plan_button = button;
  priv->state_label = GTK_LABEL (wrap_plan_button (GTK_WIDGET (button)));
  gtk_button_set_use_underline (button, TRUE);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", ops_catalog_item_get_id (priv->item));
  update_plan_button (self);
}

static void
ops_entry_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ops_entry_page_parent_class)->map (widget);
  update_plan_button (OPS_ENTRY_PAGE (widget));
}

static void
ops_entry_page_constructed (GObject *object)
{
  OpsEntryPage *self = OPS_ENTRY_PAGE (object);
  OpsEntryPagePrivate *priv = ops_entry_page_get_instance_private (self);

  G_OBJECT_CLASS (ops_entry_page_parent_class)->constructed (object);

  /* Only the template validator builds a pane without an entry. */
  if (priv->item == NULL)
    return;

  adw_navigation_page_set_title (ADW_NAVIGATION_PAGE (self), ops_catalog_item_get_name (priv->item));
  adw_navigation_page_set_tag (ADW_NAVIGATION_PAGE (self), ops_catalog_item_get_id (priv->item));
  OPS_ENTRY_PAGE_GET_CLASS (self)->fill (self, priv->item);
}

static void
ops_entry_page_dispose (GObject *object)
{
  OpsEntryPage *self = OPS_ENTRY_PAGE (object);
  OpsEntryPagePrivate *priv = ops_entry_page_get_instance_private (self);

  priv->plan_button = NULL;
  priv->state_label = NULL;
  g_clear_object (&priv->plan_signals);
  g_clear_object (&priv->plan);
  g_clear_object (&priv->store);
  g_clear_object (&priv->item);

  G_OBJECT_CLASS (ops_entry_page_parent_class)->dispose (object);
}

static void
ops_entry_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  OpsEntryPage *self = OPS_ENTRY_PAGE (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, ops_entry_page_get_item (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_entry_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  OpsEntryPage *self = OPS_ENTRY_PAGE (object);
  OpsEntryPagePrivate *priv = ops_entry_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ITEM:
      priv->item = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_entry_page_class_init (OpsEntryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = ops_entry_page_constructed;
  object_class->dispose = ops_entry_page_dispose;
  object_class->get_property = ops_entry_page_get_property;
  object_class->set_property = ops_entry_page_set_property;

  GTK_WIDGET_CLASS (klass)->map = ops_entry_page_map;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, OPS_TYPE_CATALOG_ITEM,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_entry_page_init (OpsEntryPage *self)
{
  OpsEntryPagePrivate *priv = ops_entry_page_get_instance_private (self);

  priv->plan_signals = g_signal_group_new (OPS_TYPE_PLAN);
  g_signal_group_connect_object (priv->plan_signals, "changed", G_CALLBACK (update_plan_button), self,
                                 G_CONNECT_SWAPPED);
}
