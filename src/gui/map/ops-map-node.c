/* ops-map-node.c: one role on the career map
 *
 * A button: Enter, Space, a click or a screen reader's "click" opens the
 * role. It says where the role stands in the person's plan twice: as a
 * badge a person sees (an icon and a word or two) and as the accessible
 * description a screen reader reads after the role's name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-map-node.h"
#include "ops-role-label.h"

struct _OpsMapNode
{
  GtkButton         parent_instance;

  OpsRole          *role;
  OpsMapNodeStatus  status;
  guint             missing_certifications;
  guint             missing_skills;
  guint             missing_education;
  gboolean          selected;

  GtkLabel         *title;
  GtkWidget        *badge;
  GtkImage         *badge_icon;
  GtkLabel         *badge_label;
  GtkLabel         *missing_label;

  /* The title's longest word, measured for the title's Pango context
   * at word_serial (a context's serial is never 0). The map asks again
   * after every change to the plan; the name and its font do not change
   * with it. */
  int               word;
  guint             word_serial;

  OpsMapNodeCoveredFunc covered;  /* the parent's, for contains () */
  gpointer              covered_data;
};

enum {
  PROP_0,
  PROP_ROLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsMapNode, ops_map_node, GTK_TYPE_BUTTON)

GtkWidget *
ops_map_node_new (OpsRole *role)
{
  g_return_val_if_fail (OPS_IS_ROLE (role), NULL);

  return g_object_new (OPS_TYPE_MAP_NODE, "role", role, NULL);
}

/* (transfer none) */
OpsRole *
ops_map_node_get_role (OpsMapNode *self)
{
  g_return_val_if_fail (OPS_IS_MAP_NODE (self), NULL);

  return self->role;
}

OpsMapNodeStatus
ops_map_node_get_status (OpsMapNode *self)
{
  g_return_val_if_fail (OPS_IS_MAP_NODE (self), OPS_MAP_NODE_PLAIN);

  return self->status;
}

static guint
missing (OpsMapNode *self)
{
  return self->missing_certifications + self->missing_skills + self->missing_education;
}

/* The words on the badge, or %NULL for none. */
static const char *
badge_text (OpsMapNode *self)
{
  if (self->status & OPS_MAP_NODE_CURRENT)
    return _("You are here");
  if (self->status & OPS_MAP_NODE_TARGET)
    return _("Target");
  if (self->status & OPS_MAP_NODE_ROUTE)
    return _("On your route");
  if (self->status & OPS_MAP_NODE_REACHED)
    return _("Reached");
  return NULL;
}

static const char *
badge_icon (OpsMapNode *self)
{
  if (self->status & OPS_MAP_NODE_CURRENT)
    return "mark-location-symbolic";
  if (self->status & OPS_MAP_NODE_TARGET)
    return "emoji-flags-symbolic";
  if (self->status & OPS_MAP_NODE_ROUTE)
    return "go-up-symbolic";
  return "object-select-symbolic";
}

/**
 * ops_map_node_dup_description:
 *
 * What a screen reader says after the role's name: its stage,
 * the specialist path it is on, if any, where it stands in the plan, and
 * what the plan still lacks for it, e.g. "Mid-level management, Supply
 * chain management path, your target, 3 certifications missing".
 */
char *
ops_map_node_dup_description (OpsMapNode *self)
{
  GString *text;

  g_return_val_if_fail (OPS_IS_MAP_NODE (self), NULL);

  text = g_string_new (ops_catalog_item_get_name (OPS_CATALOG_ITEM (ops_role_get_stage (self->role))));
  /* The lane a sighted person sees the role in. */
  if (ops_role_get_branch (self->role) != NULL)
    {
      g_string_append (text, ", ");
      /* Translators: in what a screen reader says about a role on the
       * career map; %s is a specialist path, "Supply chain management" */
      g_string_append_printf (text, _("%s path"),
                              ops_catalog_item_get_name (OPS_CATALOG_ITEM (ops_role_get_branch (self->role))));
    }
  if (self->status & OPS_MAP_NODE_CURRENT)
    g_string_append_printf (text, ", %s", _("you are here"));
  if (self->status & OPS_MAP_NODE_TARGET)
    g_string_append_printf (text, ", %s", _("your target"));
  else if ((self->status & OPS_MAP_NODE_ROUTE) && !(self->status & OPS_MAP_NODE_CURRENT))
    g_string_append_printf (text, ", %s", _("on your route"));
  if (self->status & OPS_MAP_NODE_REACHED)
    g_string_append_printf (text, ", %s", _("reached"));
  if (self->missing_certifications > 0)
    {
      g_string_append (text, ", ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u certification missing",
                                                 "%u certifications missing", self->missing_certifications),
                              self->missing_certifications);
    }
  if (self->missing_skills > 0)
    {
      g_string_append (text, ", ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u skill missing", "%u skills missing",
                                                 self->missing_skills),
                              self->missing_skills);
    }
  if (self->missing_education > 0)
    {
      g_string_append (text, ", ");
      /* Translators: in what a screen reader says about a role on the
       * career map: degrees and coursework the role asks for that the
       * plan lacks */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u education requirement missing",
                                                 "%u education requirements missing", self->missing_education),
                              self->missing_education);
    }

  return g_string_free (text, FALSE);
}

/**
 * ops_map_node_get_title:
 *
 * Returns: (transfer none): the label with the role's name, the node's
 *   heading, for the map to keep in view where it opens
 */
GtkWidget *
ops_map_node_get_title (OpsMapNode *self)
{
  g_return_val_if_fail (OPS_IS_MAP_NODE (self), NULL);

  return GTK_WIDGET (self->title);
}

/**
 * ops_map_node_get_word_width:
 *
 * Returns: the least width the node takes with its name wrapped only
 *   between words: its longest word (a German one, with its gender
 *   suffix, runs to 20 letters) and the node's padding, or its badge
 */
int
ops_map_node_get_word_width (OpsMapNode *self)
{
  PangoContext *context;
  int node, title;

  g_return_val_if_fail (OPS_IS_MAP_NODE (self), 0);

  /* The serial moves whenever the context's font, font options or
   * resolution do. */
  context = gtk_widget_get_pango_context (GTK_WIDGET (self->title));
  if (self->word_serial != pango_context_get_serial (context))
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->title),
                                                                      gtk_label_get_text (self->title));

      pango_layout_set_attributes (layout, gtk_label_get_attributes (self->title));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
      /* Every word on a line of its own, none broken. */
      pango_layout_set_width (layout, 0);
      pango_layout_get_pixel_size (layout, &self->word, NULL);
      self->word_serial = pango_context_get_serial (context);
    }
  /* Not measured twice: the map measures the node next at a width, and
   * GTK measures it at its natural width first; the answer is cached. */
  gtk_widget_measure (GTK_WIDGET (self), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &node, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (self->title), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &title, NULL, NULL);

  return self->word + MAX (0, node - title);
}

static void
update (OpsMapNode *self)
{
  static const struct {
    OpsMapNodeStatus status;
    const char      *css_class;
  } classes[] = {
    { OPS_MAP_NODE_CURRENT, "current" },
    { OPS_MAP_NODE_TARGET, "target" },
    { OPS_MAP_NODE_ROUTE, "route" },
    { OPS_MAP_NODE_REACHED, "reached" },
  };
  const char *badge = badge_text (self);
  g_autofree char *description = ops_map_node_dup_description (self);
  g_autofree char *missing_text = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    if (self->status & classes[i].status)
      gtk_widget_add_css_class (GTK_WIDGET (self), classes[i].css_class);
    else
      gtk_widget_remove_css_class (GTK_WIDGET (self), classes[i].css_class);

  gtk_widget_set_visible (self->badge, badge != NULL);
  gtk_label_set_text (self->badge_label, badge ? badge : "");
  gtk_image_set_from_icon_name (self->badge_icon, badge_icon (self));
  /* Translators: on a role's card on the map: how many of its
   * certifications, skills and education requirements the plan still
   * lacks, the same count as the plan's "%u Gaps" for the target */
  missing_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u missing", "%u missing", missing (self)),
                                  missing (self));
  gtk_label_set_text (self->missing_label, missing_text);
  gtk_widget_set_visible (GTK_WIDGET (self->missing_label), missing (self) > 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  ops_catalog_item_get_name (OPS_CATALOG_ITEM (self->role)),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/**
 * ops_map_node_set_status:
 * @status: where the role stands in the plan
 * @missing_certifications: the role's certifications the plan lacks
 * @missing_skills: the role's skills the plan lacks
 * @missing_education: the role's degrees and coursework the plan lacks
 *
 * The three are what the role's gap lists as missing
 * (ops_plan_compute_role_gap ()): for the target, as many as the plan
 * page's gaps.
 */
void
ops_map_node_set_status (OpsMapNode       *self,
                         OpsMapNodeStatus  status,
                         guint             missing_certifications,
                         guint             missing_skills,
                         guint             missing_education)
{
  g_return_if_fail (OPS_IS_MAP_NODE (self));

  if (self->status == status && self->missing_certifications == missing_certifications &&
      self->missing_skills == missing_skills && self->missing_education == missing_education)
    return;

  self->status = status;
  self->missing_certifications = missing_certifications;
  self->missing_skills = missing_skills;
  self->missing_education = missing_education;
  update (self);
}

gboolean
ops_map_node_get_selected (OpsMapNode *self)
{
  g_return_val_if_fail (OPS_IS_MAP_NODE (self), FALSE);

  return self->selected;
}

/* The role the map's actions (I Am Here, Make This My Target) are for. */
void
ops_map_node_set_selected (OpsMapNode *self,
                           gboolean    selected)
{
  g_return_if_fail (OPS_IS_MAP_NODE (self));

  self->selected = !!selected;
  if (selected)
    gtk_widget_add_css_class (GTK_WIDGET (self), "selected");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "selected");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_SELECTED, selected, -1);
}

static void
ops_map_node_constructed (GObject *object)
{
  OpsMapNode *self = OPS_MAP_NODE (object);

  G_OBJECT_CLASS (ops_map_node_parent_class)->constructed (object);

  /* Only the template validator builds a node without a role. */
  if (self->role == NULL)
    return;

  ops_role_label_set (self->title, ops_catalog_item_get_name (OPS_CATALOG_ITEM (self->role)));
  update (self);
}

static void
ops_map_node_dispose (GObject *object)
{
  OpsMapNode *self = OPS_MAP_NODE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_MAP_NODE);
  g_clear_object (&self->role);

  G_OBJECT_CLASS (ops_map_node_parent_class)->dispose (object);
}

static void
ops_map_node_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  OpsMapNode *self = OPS_MAP_NODE (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      g_value_set_object (value, self->role);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_map_node_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  OpsMapNode *self = OPS_MAP_NODE (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      self->role = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/**
 * ops_map_node_set_covered_func:
 * @self: a node
 * @func: (nullable): whether the parent covers a point of its own
 * @user_data: for @func
 *
 * The map draws its lane header over the roles: under it a press or the
 * pointer finds the map, not the role a person does not see. The map
 * says where, so that the node need not know the map.
 */
void
ops_map_node_set_covered_func (OpsMapNode            *self,
                               OpsMapNodeCoveredFunc  func,
                               gpointer               user_data)
{
  g_return_if_fail (OPS_IS_MAP_NODE (self));

  self->covered = func;
  self->covered_data = user_data;
}

/* The node's contents take no events of their own (ops-map-node.ui), so
 * that this decides (ops_map_node_set_covered_func ()). */
static gboolean
ops_map_node_contains (GtkWidget *widget,
                       double     x,
                       double     y)
{
  OpsMapNode *self = OPS_MAP_NODE (widget);
  GtkWidget *parent = gtk_widget_get_parent (widget);
  graphene_point_t at;

  /* GTK asks every role on each motion: the cheap test of the node's own
   * box first, the parent only for a point inside it. */
  if (!GTK_WIDGET_CLASS (ops_map_node_parent_class)->contains (widget, x, y))
    return FALSE;

  return !(self->covered != NULL && parent != NULL &&
           gtk_widget_compute_point (widget, parent, &GRAPHENE_POINT_INIT (x, y), &at) &&
           self->covered (parent, at.y, self->covered_data));
}

static void
ops_map_node_class_init (OpsMapNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ops_map_node_constructed;
  object_class->dispose = ops_map_node_dispose;
  object_class->get_property = ops_map_node_get_property;
  object_class->set_property = ops_map_node_set_property;
  widget_class->contains = ops_map_node_contains;

  properties[PROP_ROLE] =
    g_param_spec_object ("role", NULL, NULL, OPS_TYPE_ROLE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/map/ops-map-node.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsMapNode, title);
  gtk_widget_class_bind_template_child (widget_class, OpsMapNode, badge);
  gtk_widget_class_bind_template_child (widget_class, OpsMapNode, badge_icon);
  gtk_widget_class_bind_template_child (widget_class, OpsMapNode, badge_label);
  gtk_widget_class_bind_template_child (widget_class, OpsMapNode, missing_label);
}

static void
ops_map_node_init (OpsMapNode *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
