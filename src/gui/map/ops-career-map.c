/* ops-career-map.c: the ladder drawn as a map
 *
 * Every role of the catalog is a node (an OpsMapNode, a real button) in
 * the band of its stage; the "leads to" links are drawn between them in
 * snapshot(), in colours the theme gives through style-only children,
 * so light, dark and high contrast each get their own. All links are
 * thin and quiet; those of the role selected or under the pointer, and
 * the plan's route, are drawn over them, strong (ops-career-map-draw.c).
 * OpsMapLayout says where everything goes; this widget only measures,
 * allocates and draws.
 *
 * The map is one stop in the Tab order: Tab enters at the selected role
 * and leaves to what follows. Inside, Up and Down follow the links (to a
 * role this one leads to, or one that leads here), Left and Right move
 * through the stage, Enter opens the role. The role with focus is the
 * selected one, which the page's first-step actions are for.
 *
 * With a plan, the current role, the target and the route between them
 * are marked, and each role on the route says what the plan still lacks
 * for it (ops_plan_compute_role_gap ()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-career-map-private.h"
#include "ops-heading.h"
#include "ops-map-node.h"

#define ZOOM_STEP 1.2
#define NODE_WIDTH_MIN 124
#define NODE_WIDTH_MAX 200
#define CAPTION_GAP 6      /* of the 12 under a path's caption (CAPTION_ROOM) */
#define TIGHT_GAP 2        /* the least the view's edge keeps off a role or a name */
#define DRAWN_MARGIN 16    /* round the view: a role's shadow and focus ring */

enum {
  PROP_0,
  PROP_ZOOM,
  PROP_SELECTED_ROLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsCareerMap, ops_career_map, GTK_TYPE_WIDGET)

GtkWidget *
ops_career_map_new (void)
{
  return g_object_new (OPS_TYPE_CAREER_MAP, NULL);
}

/* (transfer none) (nullable) */
OpsMapLayout *
ops_career_map_get_layout (OpsCareerMap *self)
{
  g_return_val_if_fail (OPS_IS_CAREER_MAP (self), NULL);

  return self->layout;
}

static int
find_node (OpsCareerMap *self,
           const char   *role_id)
{
  OpsCatalogItem *item;

  if (self->layout == NULL || role_id == NULL)
    return -1;
  item = ops_catalog_lookup (self->catalog, role_id);

  return OPS_IS_ROLE (item) ? ops_map_layout_find_role (self->layout, OPS_ROLE (item)) : -1;
}

/* (transfer none) (nullable): the role the map's actions are for */
OpsRole *
ops_career_map_get_selected_role (OpsCareerMap *self)
{
  g_return_val_if_fail (OPS_IS_CAREER_MAP (self), NULL);

  return self->selected >= 0 ? ops_map_node_get_role (node_at (self, self->selected)) : NULL;
}

static void
forget_focus_links (OpsCareerMap *self)
{
  g_clear_pointer (&self->focus_links, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_selected (OpsCareerMap *self,
              int           n)
{
  if (self->selected == n)
    return;

  if (self->selected >= 0)
    ops_map_node_set_selected (node_at (self, self->selected), FALSE);
  self->selected = n;
  if (n >= 0)
    ops_map_node_set_selected (node_at (self, n), TRUE);
  forget_focus_links (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ROLE]);
}

/**
 * ops_career_map_select_role:
 * @role_id: a catalog role id
 *
 * Selects the role and gives it the keyboard focus, as Show on Map does.
 *
 * Returns: whether the role is on the map
 */
gboolean
ops_career_map_select_role (OpsCareerMap *self,
                            const char   *role_id)
{
  int n;

  g_return_val_if_fail (OPS_IS_CAREER_MAP (self), FALSE);

  n = find_node (self, role_id);
  if (n < 0)
    return FALSE;

  set_selected (self, n);
  gtk_widget_grab_focus (GTK_WIDGET (node_at (self, n)));

  return TRUE;
}

/* (transfer none) (nullable): the node of @role_id, for tests */
GtkWidget *
ops_career_map_get_node (OpsCareerMap *self,
                         const char   *role_id)
{
  int n;

  g_return_val_if_fail (OPS_IS_CAREER_MAP (self), NULL);

  n = find_node (self, role_id);

  return n >= 0 ? GTK_WIDGET (node_at (self, n)) : NULL;
}

/* While the plan has no current or no target role, a first click only
 * selects a role, so that I Am Here and Make This My Target can follow;
 * a click on the selected role opens it. */
void
ops_career_map_set_select_on_click (OpsCareerMap *self,
                                    gboolean      select_on_click)
{
  g_return_if_fail (OPS_IS_CAREER_MAP (self));

  self->select_on_click = !!select_on_click;
  /* style.css outlines the role a click chose only then. */
  if (select_on_click)
    gtk_widget_add_css_class (GTK_WIDGET (self), "picking");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "picking");
}

double
ops_career_map_get_zoom (OpsCareerMap *self)
{
  g_return_val_if_fail (OPS_IS_CAREER_MAP (self), 1.0);

  return self->zoom;
}

void
ops_career_map_set_zoom (OpsCareerMap *self,
                         double        zoom)
{
  g_return_if_fail (OPS_IS_CAREER_MAP (self));

  zoom = CLAMP (zoom, OPS_CAREER_MAP_ZOOM_MIN, OPS_CAREER_MAP_ZOOM_MAX);
  if (G_APPROX_VALUE (zoom, self->zoom, 0.001))
    return;

  self->zoom = zoom;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

/* Sizes change with the font, and a node's with its badge. */
static void
forget_sizes (OpsCareerMap *self)
{
  g_clear_pointer (&self->node_heights, g_free);
  g_clear_pointer (&self->title_widths, g_free);
  g_clear_pointer (&self->caption_widths, g_free);
  self->metrics.node_heights = NULL;
  self->metrics.caption_widths = NULL;
  self->metrics.band_title_widths = NULL;
  if (self->layout != NULL)
    ops_map_layout_forget_place (self->layout);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
forget_links (OpsCareerMap *self)
{
  g_clear_pointer (&self->links, gsk_render_node_unref);
  forget_focus_links (self);
}

/* A measure at another width places the layout there, and GTK need not
 * allocate the map again: what hover, a press, a key, the reveal of a
 * focused role and the start read of the layout's rectangles must be the
 * allocation's, as snapshot () draws them. So the layout is placed again
 * at the allocation's width (metrics.width, in layout units), and they
 * scale its rectangles by the allocation's zoom, not by one set since: a
 * pinch sets several a frame, each allocated only at the next layout.
 * Nothing to place before the first allocation (no band_ends yet), nor
 * once the sizes were forgotten (no node_heights: metrics has none to
 * place with, and the next allocation measures them anew). Nothing to do
 * when the layout is placed there already. */
static void
place_as_allocated (OpsCareerMap *self)
{
  if (self->layout != NULL && self->band_ends != NULL && self->node_heights != NULL)
    ops_map_layout_place (self->layout, &self->metrics);
}

/* Marking the plan */

/* Every node reachable from @start along @links, @start included. */
static void
reach (OpsCareerMap *self,
       int           start,
       GPtrArray    *links,
       guint8       *seen)
{
  g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (guint));

  if (start < 0)
    return;
  seen[start] = TRUE;
  g_array_append_val (queue, start);
  for (guint i = 0; i < queue->len; i++)
    {
      GArray *next = g_ptr_array_index (links, g_array_index (queue, guint, i));

      for (guint k = 0; k < next->len; k++)
        {
          guint m = g_array_index (next, guint, k);

          if (!seen[m])
            {
              seen[m] = TRUE;
              g_array_append_val (queue, m);
            }
        }
    }
}

static void
count_missing (OpsCareerMap *self,
               OpsRole      *role,
               guint        *certifications,
               guint        *skills,
               guint        *education)
{
  g_autoptr(GListModel) gap = ops_plan_compute_role_gap (self->plan, role);

  *certifications = *skills = *education = 0;
  for (guint i = 0; i < g_list_model_get_n_items (gap); i++)
    {
      g_autoptr(OpsPlanGapEntry) entry = g_list_model_get_item (gap, i);
      OpsItemKind kind = ops_catalog_item_get_kind (ops_plan_gap_entry_get_catalog_item (entry));

      if (ops_plan_gap_entry_get_covered (entry))
        continue;
      if (kind == OPS_ITEM_KIND_CERTIFICATION)
        (*certifications)++;
      else if (kind == OPS_ITEM_KIND_SKILL)
        (*skills)++;
      /* The gap lists the role's certifications, skills and education:
       * the rest are its degrees and coursework. */
      else
        (*education)++;
    }
}

static void
update_status (OpsCareerMap *self)
{
  guint n_nodes;
  int current, target;
  g_autofree guint8 *below = NULL;
  g_autofree guint8 *after = NULL;
  g_autofree guint8 *before = NULL;

  if (self->layout == NULL)
    return;

  /* A keystroke in a note changes the plan too; a map nobody sees is
   * brought up to date when it shows again. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->status_dirty = TRUE;
      return;
    }
  self->status_dirty = FALSE;

  n_nodes = ops_map_layout_get_n_nodes (self->layout);
  current = self->plan ? find_node (self, ops_plan_get_current_role_id (self->plan)) : -1;
  target = self->plan ? find_node (self, ops_plan_get_target_role_id (self->plan)) : -1;
  below = g_new0 (guint8, n_nodes);
  after = g_new0 (guint8, n_nodes);
  before = g_new0 (guint8, n_nodes);
  reach (self, current, self->predecessors, below);
  reach (self, current, self->successors, after);
  reach (self, target, self->predecessors, before);

  for (guint n = 0; n < n_nodes; n++)
    {
      OpsMapNodeStatus status = OPS_MAP_NODE_PLAIN;
      guint certifications = 0, skills = 0, education = 0;

      self->on_route[n] = current >= 0 && target >= 0 && after[n] && before[n];
      if ((int) n == current)
        status |= OPS_MAP_NODE_CURRENT;
      else if (below[n])
        status |= OPS_MAP_NODE_REACHED;
      if ((int) n == target)
        status |= OPS_MAP_NODE_TARGET;
      if (self->on_route[n])
        status |= OPS_MAP_NODE_ROUTE;
      if ((int) n != current && (self->on_route[n] || (int) n == target))
        count_missing (self, ops_map_layout_get_role (self->layout, n), &certifications, &skills, &education);
      ops_map_node_set_status (node_at (self, n), status, certifications, skills, education);
    }

  forget_sizes (self);
  forget_links (self);
}

/**
 * ops_career_map_set_plan:
 * @plan: (nullable): the plan whose roles to mark
 */
void
ops_career_map_set_plan (OpsCareerMap *self,
                         OpsPlan      *plan)
{
  g_return_if_fail (OPS_IS_CAREER_MAP (self));
  g_return_if_fail (plan == NULL || OPS_IS_PLAN (plan));

  if (self->plan == plan)
    return;

  g_set_object (&self->plan, plan);
  g_signal_group_set_target (self->plan_signals, plan);
  self->user_scrolled = FALSE;
  update_status (self);
}

/* Building the map */

static void
node_clicked_cb (OpsCareerMap *self,
                 GtkButton    *button)
{
  const char *id = ops_catalog_item_get_id (OPS_CATALOG_ITEM (ops_map_node_get_role (OPS_MAP_NODE (button))));

  /* A click that chose the role (see node_pressed_cb ()) opens nothing. */
  if (self->click_selects)
    {
      self->click_selects = FALSE;
      gtk_widget_grab_focus (GTK_WIDGET (button));
      return;
    }

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-item", "s", id);
}

static gboolean
forget_click_cb (gpointer data)
{
  OpsCareerMap *self = data;

  self->click_selects = FALSE;

  return G_SOURCE_REMOVE;
}

/* Seen before the button's own gesture: whether this press is on a role
 * not chosen yet while the first steps are on offer. Enter, Space and a
 * screen reader's click have no press, and always open the role. */
static void
node_pressed_cb (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 OpsCareerMap    *self)
{
  GtkWidget *node = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));

  self->click_selects = self->select_on_click && !ops_map_node_get_selected (OPS_MAP_NODE (node));
}

static void
node_cancel_cb (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                OpsCareerMap     *self)
{
  self->click_selects = FALSE;
}

/* The button emits clicked on release, after this; a press that ends
 * elsewhere leaves no choice behind for a later Enter. */
static void
node_released_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  OpsCareerMap    *self)
{
  g_idle_add_full (G_PRIORITY_HIGH, forget_click_cb, g_object_ref (self), g_object_unref);
}

static void
clear (OpsCareerMap *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->edge_style = self->route_style = self->focus_style = self->lane_style = self->lane_edge_style = NULL;
  self->header_style = NULL;
  self->hovered = -1;
  g_ptr_array_set_size (self->nodes, 0);
  g_ptr_array_set_size (self->bands, 0);
  g_ptr_array_set_size (self->captions, 0);
  g_ptr_array_set_size (self->successors, 0);
  g_ptr_array_set_size (self->predecessors, 0);
  g_clear_pointer (&self->on_route, g_free);
  g_clear_pointer (&self->band_ends, g_free);
  g_clear_pointer (&self->node_heights, g_free);
  g_clear_pointer (&self->title_widths, g_free);
  g_clear_pointer (&self->caption_widths, g_free);
  self->metrics.node_heights = NULL;
  self->metrics.caption_widths = NULL;
  self->metrics.band_title_widths = NULL;
  g_clear_pointer (&self->links, gsk_render_node_unref);
  g_clear_pointer (&self->focus_links, gsk_render_node_unref);
  g_clear_object (&self->layout);
  self->selected = self->came_from = self->reveal_node = -1;
}

static GtkWidget *
new_style_child (OpsCareerMap *self,
                 const char   *css_class)
{
  GtkWidget *child = gtk_label_new (NULL);

  gtk_widget_add_css_class (child, "map-edge");
  if (css_class != NULL)
    gtk_widget_add_css_class (child, css_class);
  gtk_widget_set_child_visible (child, FALSE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_widget_set_parent (child, GTK_WIDGET (self));

  return child;
}

static GtkWidget *
new_band (OpsStage *stage)
{
  GtkWidget *band = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = ops_heading_new ("map-band-title");

  gtk_label_set_text (GTK_LABEL (title), ops_catalog_item_get_name (OPS_CATALOG_ITEM (stage)));
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), FALSE);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_valign (title, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (band), title);
  gtk_widget_add_css_class (band, "map-band");

  return band;
}

/* A path's name over its roles: read in order before them by a screen
 * reader, but not a stop for the keyboard. The trunk, @branch %NULL,
 * is named only where its roles share lines with a path's. */
static GtkWidget *
new_caption (OpsBranch *branch)
{
  GtkWidget *caption = gtk_label_new (branch != NULL ? ops_catalog_item_get_name (OPS_CATALOG_ITEM (branch))
                                                     /* Translators: on the career map, over the roles of the
                                                      * general operations ladder, beside the specialist
                                                      * paths ("Supply chain management") */
                                                     : _("General operations"));

  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (caption), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_valign (caption, GTK_ALIGN_START);
  /* Clicks and the pointer go to the map behind it. */
  gtk_widget_set_can_target (caption, FALSE);
  gtk_widget_add_css_class (caption, "map-path-caption");
  gtk_widget_add_css_class (caption, "caption-heading");

  return caption;
}

/* A role under the lane header or a stage's pinned name takes no
 * pointer (ops_map_node_contains ()). */
static gboolean
covered (GtkWidget *map,
         double     y,
         gpointer   user_data)
{
  return _ops_career_map_covered (OPS_CAREER_MAP (map), y);
}

static GtkWidget *
new_node (OpsCareerMap *self,
          OpsRole      *role)
{
  GtkWidget *node = ops_map_node_new (role);
  GtkGesture *press = gtk_gesture_click_new ();

  ops_map_node_set_covered_func (OPS_MAP_NODE (node), covered, NULL);

  g_signal_connect_object (node, "clicked", G_CALLBACK (node_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (press), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (press), GTK_PHASE_CAPTURE);
  g_signal_connect_object (press, "pressed", G_CALLBACK (node_pressed_cb), self, 0);
  g_signal_connect_object (press, "released", G_CALLBACK (node_released_cb), self, 0);
  g_signal_connect_object (press, "cancel", G_CALLBACK (node_cancel_cb), self, 0);
  gtk_widget_add_controller (node, GTK_EVENT_CONTROLLER (press));

  return node;
}

static int
compare_place (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  OpsMapLayout *layout = user_data;
  guint na = *(const guint *) a, nb = *(const guint *) b;
  guint ka[] = { ops_map_layout_get_band (layout, na),
                 ops_map_layout_get_lane_rank (layout, ops_map_layout_get_lane (layout, na)),
                 ops_map_layout_get_row (layout, na), ops_map_layout_get_column (layout, na) };
  guint kb[] = { ops_map_layout_get_band (layout, nb),
                 ops_map_layout_get_lane_rank (layout, ops_map_layout_get_lane (layout, nb)),
                 ops_map_layout_get_row (layout, nb), ops_map_layout_get_column (layout, nb) };

  for (guint i = 0; i < G_N_ELEMENTS (ka); i++)
    if (ka[i] != kb[i])
      return ka[i] < kb[i] ? -1 : 1;

  return 0;
}

/* Children go in reading order for a screen reader: each stage's name,
 * then its roles, from Trainee up, path by path, each path's under its
 * name. */
static void
add_children (OpsCareerMap *self)
{
  guint n_nodes = ops_map_layout_get_n_nodes (self->layout);
  g_autofree guint *order = g_new (guint, n_nodes);

  for (guint n = 0; n < n_nodes; n++)
    {
      order[n] = n;
      g_ptr_array_add (self->nodes, new_node (self, ops_map_layout_get_role (self->layout, n)));
      g_ptr_array_add (self->successors, g_array_new (FALSE, FALSE, sizeof (guint)));
      g_ptr_array_add (self->predecessors, g_array_new (FALSE, FALSE, sizeof (guint)));
    }
  g_sort_array (order, n_nodes, sizeof (guint), compare_place, self->layout);
  for (guint c = 0; c < ops_map_layout_get_n_captions (self->layout); c++)
    {
      guint lane;

      ops_map_layout_get_caption (self->layout, c, &lane, NULL, NULL);
      g_ptr_array_add (self->captions, new_caption (ops_map_layout_get_lane_branch (self->layout, lane)));
    }

  for (guint b = 0, k = 0; b < ops_map_layout_get_n_bands (self->layout); b++)
    {
      GtkWidget *band = new_band (ops_map_layout_get_stage (self->layout, b));

      g_ptr_array_add (self->bands, band);
      gtk_widget_set_parent (band, GTK_WIDGET (self));
      for (; k < n_nodes && ops_map_layout_get_band (self->layout, order[k]) == b; k++)
        {
          for (guint c = 0; c < self->captions->len; c++)
            {
              guint first;

              ops_map_layout_get_caption (self->layout, c, NULL, &first, NULL);
              if (first == order[k])
                gtk_widget_set_parent (g_ptr_array_index (self->captions, c), GTK_WIDGET (self));
            }
          gtk_widget_set_parent (g_ptr_array_index (self->nodes, order[k]), GTK_WIDGET (self));
        }
    }

  for (guint e = 0; e < ops_map_layout_get_n_edges (self->layout); e++)
    {
      guint from, to;

      ops_map_layout_get_edge (self->layout, e, &from, &to);
      g_array_append_val (g_ptr_array_index (self->successors, from), to);
      g_array_append_val (g_ptr_array_index (self->predecessors, to), from);
    }
}

/**
 * ops_career_map_set_catalog:
 * @catalog: the catalog whose roles to draw
 *
 * Lays the map out again from @catalog's stages and roles.
 */
void
ops_career_map_set_catalog (OpsCareerMap *self,
                            OpsCatalog   *catalog)
{
  g_return_if_fail (OPS_IS_CAREER_MAP (self));
  g_return_if_fail (OPS_IS_CATALOG (catalog));

  clear (self);
  g_set_object (&self->catalog, catalog);
  self->layout = ops_map_layout_new (ops_catalog_get_stages (catalog));
  self->on_route = g_new0 (guint8, ops_map_layout_get_n_nodes (self->layout));
  self->edge_style = new_style_child (self, NULL);
  self->route_style = new_style_child (self, "route");
  self->focus_style = new_style_child (self, "focus");
  self->lane_style = new_style_child (self, "lane");
  self->lane_edge_style = new_style_child (self, "lane-edge");
  self->header_style = new_style_child (self, "lane-header");
  add_children (self);
  forget_sizes (self);
  update_status (self);
}

/* Keyboard */

static guint
x_distance (OpsCareerMap *self,
            guint         a,
            guint         b)
{
  graphene_rect_t ra, rb;

  ops_map_layout_get_node_rect (self->layout, a, &ra);
  ops_map_layout_get_node_rect (self->layout, b, &rb);

  return (guint) ABS ((ra.origin.x + ra.size.width / 2) - (rb.origin.x + rb.size.width / 2));
}

/* Up and Down follow a link: back where the last step came from if it
 * can, else to the linked role nearest straight above or below. */
static int
follow_link (OpsCareerMap *self,
             guint         from,
             GArray       *links,
             guint         keyval)
{
  int best = -1;

  for (guint i = 0; i < links->len; i++)
    {
      guint n = g_array_index (links, guint, i);

      if ((int) n == self->came_from && self->came_by != keyval)
        return n;
      if (best < 0 || x_distance (self, from, n) < x_distance (self, from, best))
        best = n;
    }

  return best;
}

static int
compare_reading (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  OpsMapLayout *layout = user_data;
  graphene_rect_t ra, rb;

  ops_map_layout_get_node_rect (layout, *(const guint *) a, &ra);
  ops_map_layout_get_node_rect (layout, *(const guint *) b, &rb);
  if (ra.origin.y != rb.origin.y)
    return ra.origin.y < rb.origin.y ? -1 : 1;
  return (ra.origin.x > rb.origin.x) - (ra.origin.x < rb.origin.x);
}

/* Left and Right move through the stage as it reads: along a line, then
 * on to the next line of the same stage. */
static int
step_in_stage (OpsCareerMap *self,
               guint         from,
               int           step)
{
  g_autoptr(GArray) stage = g_array_new (FALSE, FALSE, sizeof (guint));
  guint band = ops_map_layout_get_band (self->layout, from);

  for (guint n = 0; n < self->nodes->len; n++)
    if (ops_map_layout_get_band (self->layout, n) == band)
      g_array_append_val (stage, n);
  g_array_sort_with_data (stage, compare_reading, self->layout);

  for (guint i = 0; i < stage->len; i++)
    if (g_array_index (stage, guint, i) == from)
      {
        int to = (int) i + step;

        return to >= 0 && to < (int) stage->len ? (int) g_array_index (stage, guint, to) : -1;
      }

  return -1;
}

static gboolean
key_pressed_cb (OpsCareerMap          *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  int from, to;

  if (!OPS_IS_MAP_NODE (focus) || gtk_widget_get_parent (focus) != GTK_WIDGET (self) ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)))
    return FALSE;
  place_as_allocated (self);
  from = ops_map_layout_find_role (self->layout, ops_map_node_get_role (OPS_MAP_NODE (focus)));

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      to = follow_link (self, from, g_ptr_array_index (self->successors, from), GDK_KEY_Up);
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      to = follow_link (self, from, g_ptr_array_index (self->predecessors, from), GDK_KEY_Down);
      break;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      to = step_in_stage (self, from, gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? 1 : -1);
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      to = step_in_stage (self, from, gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? -1 : 1);
      break;
    default:
      return FALSE;
    }

  if (to < 0)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return TRUE;
    }

  gtk_widget_grab_focus (GTK_WIDGET (node_at (self, to)));
  /* Set after the focus moved: the move resets it. */
  self->came_from = (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up || keyval == GDK_KEY_Down ||
                     keyval == GDK_KEY_KP_Down) ? from : -1;
  self->came_by = (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up) ? GDK_KEY_Up : GDK_KEY_Down;

  return TRUE;
}

/* A role given the focus under the lane header or a stage's pinned name
 * comes out from under them, as the scrolled window brings one out from
 * beyond the view's edge. */
static void
reveal_from_header (OpsCareerMap *self,
                    GtkWidget    *node)
{
  double value, shown, covers;
  graphene_rect_t bounds;

  if (self->vadjustment == NULL || !gtk_widget_get_mapped (node) ||
      !gtk_widget_compute_bounds (node, GTK_WIDGET (self), &bounds))
    return;
  place_as_allocated (self);
  value = gtk_adjustment_get_value (self->vadjustment);
  if (bounds.origin.y >= value + _ops_career_map_covered_height (self, value))
    return;
  /* The header's height where it shows; above the lanes' headings it
   * is gone, and the role's top at the view's top is in view. There,
   * room for a stage's name instead: a whole one, or what it covers
   * with the role's top just under it where that is less (the next
   * stage pushes it up). */
  shown = _ops_career_map_lane_header_height (self, G_MAXDOUBLE);
  if (_ops_career_map_lane_header_height (self, bounds.origin.y) == 0)
    {
      shown = (self->metrics.band_title_height + HEADER_PADDING) * self->allocated_zoom;
      covers = _ops_career_map_covered_height (self, bounds.origin.y - shown);
      if (_ops_career_map_covered_height (self, bounds.origin.y - covers) <= covers + 0.5)
        shown = covers;
    }
  /* What covers the view's top is judged where the view goes: the lane
   * header gone there, a stage's name, taller, may be back. Up until
   * nothing there covers the role; a few steps settle it. */
  value = bounds.origin.y - shown;
  for (guint i = 0; i < 4; i++)
    {
      covers = _ops_career_map_covered_height (self, value);
      if (bounds.origin.y >= value + covers - 0.5)
        break;
      value = bounds.origin.y - covers;
    }
  gtk_adjustment_set_value (self->vadjustment, value);
}

static gboolean
reveal_cb (gpointer data)
{
  OpsCareerMap *self = data;

  self->reveal_source = 0;
  if (self->reveal_node >= 0 && (guint) self->reveal_node < self->nodes->len)
    reveal_from_header (self, GTK_WIDGET (node_at (self, self->reveal_node)));

  return G_SOURCE_REMOVE;
}

static void
ops_career_map_set_focus_child (GtkWidget *widget,
                                GtkWidget *child)
{
  OpsCareerMap *self = OPS_CAREER_MAP (widget);

  GTK_WIDGET_CLASS (ops_career_map_parent_class)->set_focus_child (widget, child);

  if (OPS_IS_MAP_NODE (child))
    {
      int n = ops_map_layout_find_role (self->layout, ops_map_node_get_role (OPS_MAP_NODE (child)));

      self->came_from = -1;
      set_selected (self, n);
      /* After the viewport's own scroll to the focus, which comes with
       * the window's focus-widget notification, later in this same move:
       * done now, the two scrolls added up and a role focused from above
       * the view went far down it. Before the next layout, so no frame
       * shows the role under the header. */
      self->reveal_node = n;
      if (self->reveal_source == 0)
        self->reveal_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, reveal_cb, self, NULL);
    }
}

/* One Tab stop: entering goes to the selected role (or the current one,
 * or the lowest), and Tab leaves the map. */
static gboolean
ops_career_map_focus (GtkWidget        *widget,
                      GtkDirectionType  direction)
{
  OpsCareerMap *self = OPS_CAREER_MAP (widget);
  int n = self->selected;

  if (gtk_widget_get_focus_child (widget) != NULL || self->nodes->len == 0)
    return FALSE;

  if (n < 0 && self->plan != NULL)
    n = find_node (self, ops_plan_get_current_role_id (self->plan));
  if (n < 0)
    {
      /* The first role in reading order: a child of the lowest stage. */
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
        if (OPS_IS_MAP_NODE (child))
          {
            n = ops_map_layout_find_role (self->layout, ops_map_node_get_role (OPS_MAP_NODE (child)));
            break;
          }
    }

  return gtk_widget_grab_focus (GTK_WIDGET (node_at (self, n)));
}

/* Size and drawing */

static void
ensure_node_height (OpsCareerMap *self)
{
  if (self->node_heights != NULL)
    return;

  /* No narrower than the longest word of a name needs (German has
   * long ones), so that names wrap between words only. */
  self->metrics.node_width_min = NODE_WIDTH_MIN;
  for (guint n = 0; n < self->nodes->len; n++)
    self->metrics.node_width_min = MAX (self->metrics.node_width_min,
                                        ops_map_node_get_word_width (node_at (self, n)));
  self->metrics.node_width_max = MAX (NODE_WIDTH_MAX, self->metrics.node_width_min);

  /* The narrowest a node gets is where its title wraps most. */
  self->node_heights = g_new (double, self->nodes->len);
  for (guint n = 0; n < self->nodes->len; n++)
    {
      int natural;

      gtk_widget_measure (GTK_WIDGET (node_at (self, n)), GTK_ORIENTATION_VERTICAL,
                          (int) self->metrics.node_width_min, NULL, &natural, NULL, NULL);
      self->node_heights[n] = natural;
    }
  self->metrics.node_heights = self->node_heights;

  /* Under the stage's name, room for the links that leave its first
   * line of roles to turn in; they pass the name beside it. */
  self->metrics.band_title_height = 0;
  self->title_widths = g_new (double, self->bands->len);
  for (guint b = 0; b < self->bands->len; b++)
    {
      int natural;

      gtk_widget_measure (g_ptr_array_index (self->bands, b), GTK_ORIENTATION_VERTICAL, -1, NULL, &natural,
                          NULL, NULL);
      self->metrics.band_title_height = MAX (self->metrics.band_title_height, natural);
      gtk_widget_measure (g_ptr_array_index (self->bands, b), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural,
                          NULL, NULL);
      self->title_widths[b] = natural;
    }
  self->metrics.band_header = self->metrics.band_title_height + 20;
  self->metrics.band_title_widths = self->title_widths;

  /* A path's caption as tall as the tallest wraps at a role's width. */
  self->metrics.caption_height = 0;
  self->caption_widths = g_new0 (double, ops_map_layout_get_n_lanes (self->layout));
  for (guint c = 0; c < self->captions->len; c++)
    {
      GtkWidget *caption = g_ptr_array_index (self->captions, c);
      guint lane;
      int natural;

      ops_map_layout_get_caption (self->layout, c, &lane, NULL, NULL);
      gtk_widget_measure (caption, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      self->caption_widths[lane] = natural;
      gtk_widget_measure (caption, GTK_ORIENTATION_VERTICAL, (int) self->metrics.node_width_min, NULL, &natural,
                          NULL, NULL);
      self->metrics.caption_height = MAX (self->metrics.caption_height, natural);
    }
  self->metrics.caption_widths = self->caption_widths;
}

static void
ops_career_map_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  OpsCareerMap *self = OPS_CAREER_MAP (widget);
  OpsMapMetrics *m = &self->metrics;
  double edge = 2 * (m->margin + m->band_padding);

  if (self->layout == NULL)
    {
      *minimum = *natural = 0;
      return;
    }

  ensure_node_height (self);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int) ceil ((m->node_width_min + edge) * self->zoom);
      *natural = (int) ceil ((4 * m->node_width_max + 3 * m->column_spacing + edge) * self->zoom);
    }
  else
    {
      OpsMapMetrics sized = *m;

      /* Without a width, about the height at the natural width: placing
       * the map there, links and all, would cost a zoom step twice. */
      sized.width = (for_size > 0 ? for_size : 4 * m->node_width_max + 3 * m->column_spacing + edge) / self->zoom;
      *minimum = *natural = (int) ceil ((for_size > 0 ? ops_map_layout_place (self->layout, &sized)
                                                      : ops_map_layout_estimate_height (self->layout, &sized)) *
                                        self->zoom + self->room);
    }
}

static GtkSizeRequestMode
ops_career_map_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
allocate_at (GtkWidget             *child,
             const graphene_rect_t *rect,
             double                 zoom)
{
  GskTransform *transform = gsk_transform_scale (
    gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (rect->origin.x * zoom, rect->origin.y * zoom)),
    zoom, zoom);

  gtk_widget_allocate (child, (int) rect->size.width, (int) rect->size.height, -1, transform);
}

/* The top of the lanes' own headings, the paths' names, in layout units;
 * G_MAXDOUBLE where the paths are not lanes. */
static double
lane_names_top (OpsCareerMap *self)
{
  double left, right, top = G_MAXDOUBLE;

  if (self->layout == NULL || ops_map_layout_get_n_lanes (self->layout) < 2 ||
      !ops_map_layout_get_lane_range (self->layout, 1, &left, &right))
    return G_MAXDOUBLE;
  for (guint c = 0; c < ops_map_layout_get_n_captions (self->layout); c++)
    {
      graphene_rect_t rect;
      guint lane;

      if (ops_map_layout_get_caption (self->layout, c, &lane, NULL, &rect) && lane > 0)
        top = MIN (top, rect.origin.y);
    }

  return top;
}

/* The lane header's height with the view's top at @value, the paths'
 * names at @names (lane_names_top ()). */
static double
lane_header_height (OpsCareerMap *self,
                    double        names,
                    double        value)
{
  if (names == G_MAXDOUBLE || value <= names * self->allocated_zoom + 0.5)
    return 0;

  return (self->metrics.caption_height + 2 * HEADER_PADDING) * self->allocated_zoom;
}

/* Where the paths stand side by side, each lane's name is at its top
 * only, in the highest stage it has roles in: scrolled below there, a
 * person saw shaded lanes and no name (issue 19). From then on the
 * names stay at the top of the view, over the lanes, in a header the
 * map scrolls under. In every stage instead, the names would make the
 * links detour round them: twice the crossings at 1000 px. A screen
 * reader has the headings themselves, read before each lane's roles.
 * Returns the header's height with the view's top at @value (zoomed
 * pixels), 0 where it is not shown. */
double
_ops_career_map_lane_header_height (OpsCareerMap *self,
                                    double        value)
{
  place_as_allocated (self);

  return lane_header_height (self, lane_names_top (self), value);
}

/* Where a stage is taller than the view, its name scrolls out of sight
 * and the view shows roles whose stage nobody names: the top half of the
 * first screen at 1000 px without a plan (issue 19). As a list's section
 * headers do, the name of the stage the view's top is in then stays at
 * the top of the view, on the band's own ground (ops-career-map-draw.c),
 * and the band's last roles push it up as they go, as do the paths'
 * names where the lane header takes over from it. Where the lane header
 * shows, it stays out: under the header the two covered 66 px of the
 * view at 1280 px, more than a role is tall, so that no role could show
 * below them in part; and in the header, in the trunk's place, the
 * stage's name would not read as the stage's but as one more path's.
 * There the lanes make the stages short, and a stage's own name is soon
 * in view. Returns the band whose name is pinned with the view's top at
 * @value (zoomed pixels), or -1 where the band's own name is in view;
 * @y and @height its strip. */
static int
stage_header (OpsCareerMap *self,
              double        names,
              double        value,
              double       *y,
              double       *height)
{
  double top, strip;

  if (self->layout == NULL || self->band_ends == NULL || lane_header_height (self, names, value) > 0)
    return -1;
  top = value;
  strip = (self->metrics.band_title_height + HEADER_PADDING) * self->allocated_zoom;
  for (guint b = 0; b < ops_map_layout_get_n_bands (self->layout); b++)
    {
      graphene_rect_t rect;
      double start, end;

      ops_map_layout_get_band_rect (self->layout, b, &rect);
      start = rect.origin.y * self->allocated_zoom;
      if (top <= start + 0.5 || top >= (rect.origin.y + rect.size.height) * self->allocated_zoom)
        continue;
      /* Pushed up by the end of the band's roles: over the band's last
       * pixels, with none of its roles below, it named nothing. And by
       * the paths' names, where the lane header takes over: over them it
       * hid the names the header is about to show. */
      end = self->band_ends[b];
      if (names > rect.origin.y)
        end = MIN (end, names);
      end *= self->allocated_zoom;
      if (end <= top + 0.5)
        return -1;
      *y = MIN (top, end - strip);
      *height = strip;
      return b;
    }

  return -1;
}

int
_ops_career_map_stage_header (OpsCareerMap *self,
                              double        value,
                              double       *y,
                              double       *height)
{
  place_as_allocated (self);

  return stage_header (self, lane_names_top (self), value, y, height);
}

/* How far down from the view's top at @value what the map draws over
 * its roles reaches: the lane header, and under it a stage's name. Asked
 * on every motion over a role: the paths' names are looked for once. */
double
_ops_career_map_covered_height (OpsCareerMap *self,
                                double        value)
{
  double names, lane, y, height;

  place_as_allocated (self);
  names = lane_names_top (self);
  lane = lane_header_height (self, names, value);

  if (stage_header (self, names, value, &y, &height) >= 0)
    return MAX (lane, y + height - value);

  return lane;
}

/* Whether the lane header or a stage's name, drawn over the roles,
 * covers @y of the map (zoomed pixels): there the pointer finds no role,
 * as a person sees none (ops_map_node_contains ()). */
gboolean
_ops_career_map_covered (OpsCareerMap *self,
                         double        y)
{
  double value;

  if (self->vadjustment == NULL)
    return FALSE;
  value = gtk_adjustment_get_value (self->vadjustment);

  return y >= value && y < value + _ops_career_map_covered_height (self, value);
}

/* The lane header's height as the map is scrolled now, or 0: what of
 * the view's top it covers, for tests. */
double
ops_career_map_get_lane_header_height (OpsCareerMap *self)
{
  g_return_val_if_fail (OPS_IS_CAREER_MAP (self), 0);

  if (self->vadjustment == NULL)
    return 0;

  return _ops_career_map_lane_header_height (self, gtk_adjustment_get_value (self->vadjustment));
}

/* How far down the view's top the stage's name pinned there reaches as
 * the map is scrolled now, or 0; @band its band, or -1. For tests. */
double
ops_career_map_get_stage_header (OpsCareerMap *self,
                                 int          *band)
{
  double value, y, height;
  int b = -1;

  g_return_val_if_fail (OPS_IS_CAREER_MAP (self), 0);

  if (self->vadjustment != NULL)
    {
      value = gtk_adjustment_get_value (self->vadjustment);
      b = _ops_career_map_stage_header (self, value, &y, &height);
    }
  if (band != NULL)
    *band = b;

  return b >= 0 ? y + height - value : 0;
}

/* Following the start once the window is laid out, in the same frame
 * (the frame clock lays out again when asked to from its layout phase),
 * spares a frame that would draw the whole map again at another place.
 * Scrolling while the scrolled window allocates would be lost. */
static void
queue_scroll_to_start (OpsCareerMap *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (self->user_scrolled)
    return;
  self->scroll_pending = TRUE;
  if (clock != NULL)
    gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_LAYOUT);
}

static void
vadjustment_changed_cb (OpsCareerMap  *self,
                        GtkAdjustment *adjustment)
{
  queue_scroll_to_start (self);
}

/* A value that moved because the map or the window changed size was the
 * scrolled window keeping it in range, not the person scrolling. */
static void
vadjustment_value_changed_cb (OpsCareerMap  *self,
                              GtkAdjustment *adjustment)
{
  if (self->user_scrolled)
    return;
  if (gtk_adjustment_get_upper (adjustment) != self->scrolled_upper ||
      gtk_adjustment_get_page_size (adjustment) != self->scrolled_page)
    queue_scroll_to_start (self);
  else if (ABS (gtk_adjustment_get_value (adjustment) - self->scrolled_to) > 0.5)
    self->user_scrolled = TRUE;
}

/* The map draws what is in view (find_drawn ()), and again as the view
 * moves or changes size; the lane header stays at its top. */
static void
view_moved_cb (OpsCareerMap *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
follow_adjustments (OpsCareerMap *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  if (self->vadjustment != NULL || !GTK_IS_SCROLLABLE (parent))
    return;

  self->vadjustment = g_object_ref (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (parent)));
  self->hadjustment = g_object_ref (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (parent)));
  g_signal_connect_object (self->vadjustment, "changed", G_CALLBACK (vadjustment_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->vadjustment, "value-changed", G_CALLBACK (vadjustment_value_changed_cb), self,
                           G_CONNECT_SWAPPED);
  for (guint i = 0; i < 2; i++)
    {
      GtkAdjustment *adjustment = i == 0 ? self->hadjustment : self->vadjustment;

      g_signal_connect_object (adjustment, "changed", G_CALLBACK (view_moved_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (view_moved_cb), self, G_CONNECT_SWAPPED);
    }
}

/* A top edge near @value that cuts no role in two: the top of the stage
 * it falls in, or else the space above the line of roles it cuts, where
 * @keep (a role, in map units) stays in view. */
static double
whole_top (OpsCareerMap          *self,
           double                 value,
           const graphene_rect_t *keep,
           double                 page)
{
  double y = value / self->allocated_zoom, bottom = (keep->origin.y + keep->size.height) * self->allocated_zoom;
  graphene_rect_t rect;

  for (guint b = 0; b < ops_map_layout_get_n_bands (self->layout); b++)
    {
      ops_map_layout_get_band_rect (self->layout, b, &rect);
      if (y >= rect.origin.y && y < rect.origin.y + rect.size.height &&
          bottom <= (rect.origin.y - self->metrics.margin) * self->allocated_zoom + page)
        return MAX (0, (rect.origin.y - self->metrics.margin) * self->allocated_zoom);
    }
  for (guint n = 0; n < self->nodes->len; n++)
    {
      ops_map_layout_get_node_rect (self->layout, n, &rect);
      if (y > rect.origin.y - self->metrics.row_spacing / 2 && y < rect.origin.y + rect.size.height)
        {
          double above = (rect.origin.y - self->metrics.row_spacing / 2) * self->allocated_zoom;

          if (bottom <= above + page)
            return MAX (0, above);
          return (rect.origin.y + rect.size.height + self->metrics.row_spacing / 2) * self->allocated_zoom;
        }
    }

  return value;
}

/* Moves @value as little as needed for the name of @node's stage and
 * @node (at @rect) to be in view together, where they fit: at 360 px a
 * stage is taller than the window, and the role alone did not say which
 * stage it is in. */
static double
keep_stage_name (OpsCareerMap          *self,
                 guint                  node,
                 const graphene_rect_t *rect,
                 double                 value,
                 double                 page)
{
  graphene_rect_t band;
  double top, bottom, spare;

  ops_map_layout_get_band_rect (self->layout, ops_map_layout_get_band (self->layout, node), &band);
  top = band.origin.y * self->allocated_zoom;
  bottom = (rect->origin.y + rect->size.height) * self->allocated_zoom;
  spare = page - (bottom - top);
  if (spare < 0)
    return value;
  /* The map's margin above and below, or as much of it as there is. */
  top = MAX (0, top - MIN (self->metrics.margin * self->allocated_zoom, spare / 2));
  bottom += MIN (self->metrics.margin * self->allocated_zoom, spare / 2);

  return CLAMP (value, bottom - page, top);
}

typedef struct
{
  GArray   *blocks;              /* graphene_point_t: x top, y bottom of each
                                  * role, stage's name and path's caption,
                                  * which no edge cuts */
  GArray   *heads;               /* each role from its top to the end of
                                  * its text, each stage's name and
                                  * caption: what a loose view's top
                                  * neither cuts nor covers, and its
                                  * bottom edge cuts none of, unless the
                                  * view is named (lines: that edge may
                                  * pass between a role's name and its
                                  * lines) or goes through a name */
  GArray   *lines;               /* likewise, but each role from its top
                                  * to the end of its name and each line
                                  * of what it says below: what a named
                                  * view's bottom edge cuts none of */
  double    keep_top, keep_bottom;  /* what must be in view */
  double    height, page;        /* the map's, without room, and the view's */
  double    value, room;         /* the best start so far */
  double    score[2];
  gboolean  found;
  gboolean  loose;               /* the view's bottom edge may cut one, and
                                  * the role kept below its name where
                                  * it is not the plan's */
  gboolean  down;                /* and moved down for it, the kept role's
                                  * stage named by its pinned name */
  gboolean  named;               /* and between a role's name and what it
                                  * says below it */
  gboolean  through;             /* and through a name, where nothing else
                                  * fits */
  int       kept_band;           /* the kept role's stage */
  double    keep_name;           /* the bottom of that name, or of the
                                  * role where it is the plan's */
  gboolean  at_stage;            /* loose, from a stage's top (a page) */
  gboolean  unnamed;             /* and the kept role below the view */
  gboolean  roomy;               /* loose, and more than an eighth of the
                                  * view room */
  double    head_top, head_end;  /* what such a view keeps: the top of the
                                  * stage's name, and below both it and
                                  * the role's first pixel row, so its
                                  * name (the plan's role: its bottom) */
  double    head_name;           /* an unnamed one: the bottom of the
                                  * stage's name (of the plan's role) */
  double   *title_ends;          /* by band, the bottom of its name */
  double    names;               /* lane_names_top (), the same for every try */
} Start;

/* Whether a role, a stage's name or a path's caption reaches into the
 * view's part from @top to @bottom (in pixels, zoomed): with the two the
 * same, whether an edge of the view there would cut one in two; else
 * whether what covers the view's top there hides one, or part of one. */
static gboolean
meets (GArray *blocks,
       double  top,
       double  bottom)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      const graphene_point_t *block = &g_array_index (blocks, graphene_point_t, i);

      if (bottom > block->x + 0.5 && top < block->y - 0.5)
        return TRUE;
    }

  return FALSE;
}

/* Whether @y is a stage's top, or the map's. */
static gboolean
is_band_top (OpsCareerMap *self,
             double        y)
{
  graphene_rect_t rect;

  if (y < 0.5)
    return TRUE;
  for (guint b = 0; b < self->bands->len; b++)
    {
      ops_map_layout_get_band_rect (self->layout, b, &rect);
      if (ABS (y - MAX (0, (rect.origin.y - self->metrics.margin) * self->allocated_zoom)) < 0.5)
        return TRUE;
    }

  return FALSE;
}

/* @value moved up, or with @down down, as little as needed for the
 * view's bottom edge to cut no role above the end of its text (in a
 * named view, of its name, and no line of its text), no stage's name
 * and no caption: TIGHT_GAP beyond what it cuts, and again beyond what
 * it cuts there. */
static double
clear_of_texts (OpsCareerMap *self,
                Start        *start,
                double        value,
                gboolean      down)
{
  GArray *texts = start->named ? start->lines : start->heads;
  gboolean moved;

  do
    {
      moved = FALSE;
      for (guint i = 0; i < texts->len; i++)
        {
          const graphene_point_t *text = &g_array_index (texts, graphene_point_t, i);

          if (value + start->page > text->x + 0.5 && value + start->page < text->y - 0.5)
            {
              value = down ? text->y + TIGHT_GAP * self->allocated_zoom - start->page
                           : text->x - TIGHT_GAP * self->allocated_zoom - start->page;
              moved = TRUE;
            }
        }
    }
  while (moved);

  return value;
}

/* Weighs a view from @value: it must show what start keeps and cut no
 * role, no stage's name and no caption at either edge (the bottom one
 * where start allows it), nor hide one under a stage's pinned name
 * (issue 19: at 1000 px the map opened with "Mid-level management"
 * pinned over that stage's last roles, and without a plan with "Entry
 * level" over two paths' names): the pinned name is there for the roles
 * the view shows of its stage. It may cover the stage's own name, which
 * it repeats. Under the lane header roles may pass whole, as they do when
 * the person scrolls: at 1280 px the lanes' lines of roles leave no gap
 * as tall as it. Nor may more than an eighth of the view be room below
 * the map, unless start allows it. Where the bottom edge may cut a role
 * it cuts no line of one: the view goes up as little as needed, and its
 * top, moved, may cut a role's frame below its text, hidden under a
 * stage's pinned name. Better: less room, a top at a stage's top (as
 * asked, before moving; worth an eighth of the view in room), then what
 * is kept nearer the middle. */
static void
try_start (OpsCareerMap *self,
           Start        *start,
           double        value)
{
  double room, score[2], top, from, y = 0, height, asked = MAX (0, value);
  double names = start->names, keep_top = start->keep_top, keep_end = start->keep_bottom;
  int band = -1;

  if (start->at_stage)
    {
      keep_top = start->head_top;
      keep_end = start->unnamed ? start->head_name : start->head_end;
    }
  else if (start->loose)
    keep_end = start->keep_name;
  /* Where the bottom edge would cut a line of a role, the view moved up
   * as little as needed for it to cut above. */
  if (start->loose && !start->through)
    value = MAX (0, clear_of_texts (self, start, asked, start->down));
  value = MAX (0, value);
  /* What the lane header and a stage's pinned name cover is out of view. */
  top = from = value + lane_header_height (self, names, value);
  if (top == value && (band = stage_header (self, names, value, &y, &height)) >= 0)
    {
      top = MAX (top, y + height);
      from = MAX (value, start->title_ends[band]);
      /* Moved down, the kept role's stage is named by its pinned name. */
      if (start->down && band == start->kept_band)
        keep_top = MAX (keep_top, top);
    }
  room = MAX (0, value + start->page - start->height);
  if (keep_top < top - 0.5 || keep_end > value + start->page + 0.5)
    return;
  /* A stage's pinned name pushed up by the end of its roles, in view in
   * part: the view opened with 4 px of it at its top, which read as the
   * mid-level roles' frames cut off under the header bar, over "Entry
   * level" (issue 19, map-light). Whole, or not at all. */
  if (band >= 0 && y < value - 0.5)
    return;
  if (start->loose && !start->roomy && room > start->page / 8)
    return;
  if (meets (value < asked - 0.5 ? start->heads : start->blocks, MIN (from, top), top) ||
      (!start->loose && (room > start->page / 8 ||
                         (value + start->page < start->height - 0.5 &&
                          meets (start->blocks, value + start->page, value + start->page)))) ||
      (start->loose && !start->through &&
       meets (start->named ? start->lines : start->heads, value + start->page, value + start->page)))
    return;

  score[0] = room + (is_band_top (self, asked) ? 0 : start->page / 8);
  score[1] = ABS ((start->keep_top + start->keep_bottom) / 2 - (value + start->page / 2));
  if (start->found && (score[0] > start->score[0] + 0.5 ||
                       (score[0] > start->score[0] - 0.5 && score[1] >= start->score[1])))
    return;

  start->found = TRUE;
  start->value = value;
  start->room = room;
  start->score[0] = score[0];
  start->score[1] = score[1];
}

static void
add_block (GArray *blocks,
           double  top,
           double  bottom)
{
  graphene_point_t block = GRAPHENE_POINT_INIT (top, bottom);

  g_array_append_val (blocks, block);
}

/* A stage's name or a path's caption, at @title: no edge of the view
 * cuts it, not even a loose view's, and no view's top covers it. */
static void
add_name (Start                 *start,
          const graphene_rect_t *title)
{
  add_block (start->blocks, title->origin.y, title->origin.y + title->size.height);
  add_block (start->lines, title->origin.y, title->origin.y + title->size.height);
  add_block (start->heads, title->origin.y, title->origin.y + title->size.height);
}

/* @edge as the view's top, as its bottom, and as the bottom of what
 * covers the view's top: the lane header, or a stage's pinned name where
 * the header is not shown. */
static void
try_edge (OpsCareerMap *self,
          Start        *start,
          double        edge,
          double        header,
          double        strip)
{
  try_start (self, start, edge);
  /* GtkViewport places the map at whole pixels, the value's fraction
   * dropped: up to the next one, the edge is the bottom's or lower. */
  try_start (self, start, ceil (edge - start->page));
  if (header > 0)
    try_start (self, start, edge - header);
  if (lane_header_height (self, start->names, edge - strip) == 0)
    try_start (self, start, edge - strip);
}

/* Each role's, stage's name's and caption's top and bottom with
 * TIGHT_GAP beside them as an edge; with @until_found, only until one
 * fits. */
static void
try_tight_edges (OpsCareerMap *self,
                 Start        *start,
                 double        header,
                 double        strip,
                 gboolean      until_found)
{
  for (guint i = 0; i < start->blocks->len && !(until_found && start->found); i++)
    {
      const graphene_point_t *block = &g_array_index (start->blocks, graphene_point_t, i);

      try_edge (self, start, block->x - TIGHT_GAP * self->allocated_zoom, header, strip);
      try_edge (self, start, block->y + TIGHT_GAP * self->allocated_zoom, header, strip);
    }
}

/* Each of @edges, then each role's, stage's name's and caption's with
 * TIGHT_GAP beside them. */
static void
try_every_edge (OpsCareerMap *self,
                Start        *start,
                GArray       *edges,
                double        header,
                double        strip)
{
  for (guint i = 0; i < edges->len; i++)
    try_edge (self, start, g_array_index (edges, double, i), header, strip);
  try_tight_edges (self, start, header, strip, FALSE);
}

/* Loose views from a stage's top (find_start ()), each moved up as
 * little as needed for the bottom edge to cut no role above what it
 * says. */
static void
try_pages (OpsCareerMap *self,
           Start        *start)
{
  graphene_rect_t rect;

  start->at_stage = TRUE;
  for (guint b = 0; b < self->bands->len; b++)
    {
      ops_map_layout_get_band_rect (self->layout, b, &rect);
      if ((rect.origin.y + rect.size.height) * self->allocated_zoom < start->head_top)
        try_start (self, start, (rect.origin.y - self->metrics.margin) * self->allocated_zoom);
    }
  start->at_stage = FALSE;
}

/* Loose views from any edge (find_start ()), each tier only where the
 * one before found none. */
static void
try_loose (OpsCareerMap *self,
           Start        *start,
           GArray       *edges,
           double        header,
           double        strip)
{
  try_every_edge (self, start, edges, header, strip);
  /* The same views moved down, so that the bottom edge cuts a role below
   * what it says, where the stage's name may be the pinned one: with
   * test-map's font and the screenshots' plan at 1000 × 714 to 720, from
   * the end of the mid-level roles to the Trainee's name there is less
   * than a view, and the view up from "Entry level" cut those roles'
   * text. */
  if (start->found)
    return;
  start->down = TRUE;
  try_every_edge (self, start, edges, header, strip);
  start->down = FALSE;
  /* The bottom edge between a role's name and what it says below it,
   * the name whole: with test-map's font and the screenshots' plan at
   * 1000 × 700, from the end of the mid-level roles to the Trainee's top
   * there is less than a view, and from "Entry level" pinned clear of
   * its captions to the end of the Trainee's "Reached" more than one. */
  if (start->found)
    return;
  start->named = TRUE;
  try_every_edge (self, start, edges, header, strip);
  if (!start->found)
    {
      start->down = TRUE;
      try_every_edge (self, start, edges, header, strip);
      start->down = FALSE;
    }
  start->named = FALSE;
}

/* Tries each place an edge can be without cutting a role, as the top of
 * the view and as its bottom: a stage's top and bottom, the gaps between
 * lines of roles, above and under a caption, just above and below what
 * is kept. */
static void
find_start (OpsCareerMap *self,
            Start        *start)
{
  double z = self->allocated_zoom, gap = self->metrics.row_spacing / 2;
  double header = _ops_career_map_lane_header_height (self, G_MAXDOUBLE);
  double strip = (self->metrics.band_title_height + HEADER_PADDING) * z;
  g_autoptr(GArray) edges = g_array_new (FALSE, FALSE, sizeof (double));
  graphene_rect_t rect, title;
  double edge;

  for (guint b = 0; b < self->bands->len; b++)
    {
      ops_map_layout_get_band_rect (self->layout, b, &rect);
      edge = (rect.origin.y - self->metrics.margin) * z;
      g_array_append_val (edges, edge);
      edge = (rect.origin.y + rect.size.height + self->metrics.margin) * z;
      g_array_append_val (edges, edge);
      start->title_ends[b] = 0;
      if (gtk_widget_compute_bounds (gtk_widget_get_first_child (g_ptr_array_index (self->bands, b)),
                                     GTK_WIDGET (self), &title))
        {
          add_name (start, &title);
          start->title_ends[b] = title.origin.y + title.size.height;
        }
    }
  /* A path's caption is as much a name as the stage's: the view starts
   * above it or ends above it, never through it. */
  for (guint c = 0; c < self->captions->len; c++)
    {
      GtkWidget *caption = g_ptr_array_index (self->captions, c);

      if (!gtk_widget_get_child_visible (caption) ||
          !gtk_widget_compute_bounds (caption, GTK_WIDGET (self), &title))
        continue;
      add_name (start, &title);
      edge = title.origin.y - gap * z;
      g_array_append_val (edges, edge);
      /* Under it, as the view's bottom: the roles it names begin below. */
      edge = title.origin.y + title.size.height + CAPTION_GAP * z;
      g_array_append_val (edges, edge);
    }
  for (guint n = 0; n < self->nodes->len; n++)
    {
      ops_map_layout_get_node_rect (self->layout, n, &rect);
      add_block (start->blocks, rect.origin.y * z, (rect.origin.y + rect.size.height) * z);
      edge = (rect.origin.y - gap) * z;
      g_array_append_val (edges, edge);
      edge = (rect.origin.y + rect.size.height + gap) * z;
      g_array_append_val (edges, edge);
    }
  g_array_append_val (edges, start->keep_top);
  g_array_append_val (edges, start->keep_bottom);
  g_array_append_val (edges, start->height);

  for (guint i = 0; i < edges->len; i++)
    try_edge (self, start, g_array_index (edges, double, i), header, strip);

  /* Where no view with that much space at its edges fits, one with less:
   * at 360 px the analyst's stage leaves a few pixels between a role and
   * a caption for the edge, and the middle of a role is worse. */
  if (!start->found)
    try_tight_edges (self, start, header, strip, TRUE);

  /* Where none fits either, the bottom edge may cut a role, and the top
   * stays clear: at 1000 × 700 there is less than a view from the end of
   * the mid-level roles to the Trainee's top (637 px for 644 with the
   * screenshots' plan), and from the Trainee's bottom up to the entry
   * level's captions with a stage's name pinned over it. A role cut at
   * the bottom, which says there is more below, hides less than a name
   * pinned over what it names. The plan's role stays whole. The edge
   * cuts a role below what the role says, never through a line of it,
   * nor through a stage's name or a caption: at 1000 × 700 with the
   * screenshots' plan half a line of "Operations Trainee" showed, which
   * read as broken, not as more below (issue 19, map-light). Nor above
   * its name: 5 px of the Trainee's frame over the first steps' bar read
   * as a stray line, not as a role (map-empty-light). A role shows whole,
   * with its name, or not at all. Each view tried is moved up as little
   * as needed for that (try_start ()); its top may then cut the roles
   * above below what they say, under their stage's pinned name. */
  if (start->found)
    return;
  start->loose = TRUE;
  /* Each role from its top to the end of what the node says (the box
   * round its name and the lines below it), and to the end of its name
   * and each of those lines for a named view, asked for only here: most
   * windows never get this far. */
  for (guint n = 0; n < self->nodes->len; n++)
    {
      GtkWidget *name = ops_map_node_get_title (node_at (self, n));

      ops_map_layout_get_node_rect (self->layout, n, &rect);
      if (gtk_widget_compute_bounds (name, GTK_WIDGET (self), &title))
        add_block (start->lines, rect.origin.y * z, title.origin.y + title.size.height);
      for (GtkWidget *line = gtk_widget_get_next_sibling (name); line != NULL;
           line = gtk_widget_get_next_sibling (line))
        if (gtk_widget_get_visible (line) && gtk_widget_compute_bounds (line, GTK_WIDGET (self), &title))
          add_block (start->lines, title.origin.y, title.origin.y + title.size.height);
      if (gtk_widget_compute_bounds (gtk_widget_get_parent (name), GTK_WIDGET (self), &title))
        add_block (start->heads, rect.origin.y * z, title.origin.y + title.size.height);
    }
  /* Of those, first a view that reads as a page: from a stage's top,
   * that stage whole and any below it, then the kept role's stage's
   * name whole and the role's name, the role cut by the bottom edge
   * below it if it must be, which invites a scroll; no more than an
   * eighth of the view room, nothing cut at the top. Not from the kept
   * role's own stage's top: a view of its name and the role's frame, or
   * a line of its name, showed nothing whole (1000 × 300 zoomed in
   * fully). */
  try_pages (self, start);
  if (start->found)
    return;
  /* Only where no such view exists, as in a small window or zoomed in,
   * must the kept role's name be in view too, where the role is not the
   * plan's: at 360 × 300 zoomed in fully, kept down to its stage's name
   * or its top, the view showed its frame and a third of the first line
   * of its name. Any edge may be the view's, and where that is better,
   * one with less space beside a role or a name. At 1000 × 700 without
   * a plan, with the screenshots' font: "Entry level" pinned clear of its
   * captions, all its roles, then "Trainee" and the Trainee's name
   * (map-empty-light). At most an eighth of the view room, first. */
  try_loose (self, start, edges, header, strip);
  if (start->found)
    return;
  /* Else a page that ends above the kept role, its stage's name the last
   * thing in view: with test-map's font at 1000 × 704 without a plan,
   * the view from "Entry level" ended 2 px into the Trainee's frame, and
   * the only view with its name opened at the Trainee's stage's top,
   * three quarters of the view room below the map. */
  start->unnamed = TRUE;
  try_pages (self, start);
  start->unnamed = FALSE;
  if (start->found)
    return;
  /* Else any room. */
  start->roomy = TRUE;
  try_loose (self, start, edges, header, strip);
  /* Last, a view whose bottom edge cuts through a name, as any loose
   * one did before: better than one round the role's middle, with its
   * stage's name out of view. */
  if (start->found)
    return;
  start->through = TRUE;
  try_every_edge (self, start, edges, header, strip);
}

/* The role the map opens on: the current role, else the target, else
 * the first of the lowest stage, where a first step starts. */
static int
start_node (OpsCareerMap *self)
{
  int n = -1;

  if (self->plan != NULL)
    n = find_node (self, ops_plan_get_current_role_id (self->plan));
  if (n < 0 && self->plan != NULL)
    n = find_node (self, ops_plan_get_target_role_id (self->plan));
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); n < 0 && child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (OPS_IS_MAP_NODE (child))
      n = ops_map_layout_find_role (self->layout, ops_map_node_get_role (OPS_MAP_NODE (child)));

  return n;
}

/* Where the map opens (start_node ()): that role with the name of its
 * stage, the view's top at a stage's top where it can be, and no role,
 * no stage's name and no path's caption cut at the top or the bottom
 * (issue 19: a new user's first screen opened on half a caption). Where
 * the stages from there down are lower than the window, the map gets
 * room below them. Else, the role in the middle. */
static double
start_value (OpsCareerMap *self,
             double        page,
             double       *room)
{
  graphene_rect_t rect, band;
  Start start = { 0, };
  int n = start_node (self);
  GtkWidget *title = gtk_widget_get_first_child (g_ptr_array_index (self->bands,
                                                                    ops_map_layout_get_band (self->layout, n)));
  graphene_rect_t title_rect;
  double value;

  ops_map_layout_get_node_rect (self->layout, n, &rect);
  for (guint b = 0; b < self->bands->len; b++)
    {
      ops_map_layout_get_band_rect (self->layout, b, &band);
      start.height = MAX (start.height,
                          (band.origin.y + band.size.height + self->metrics.margin) * self->allocated_zoom);
    }
  start.page = page;
  start.keep_top = start.head_end = 0;
  if (gtk_widget_compute_bounds (title, GTK_WIDGET (self), &title_rect))
    {
      start.keep_top = title_rect.origin.y;
      start.head_end = title_rect.origin.y + title_rect.size.height;
    }
  start.head_top = start.keep_top;
  start.head_name = start.head_end;
  start.head_end = MAX (start.head_end, rect.origin.y * self->allocated_zoom + 1);
  start.keep_bottom = (rect.origin.y + rect.size.height) * self->allocated_zoom;
  if (start.keep_bottom - start.keep_top > page)
    start.keep_top = rect.origin.y * self->allocated_zoom;
  /* The plan's role, "You are here" or the target, is always shown whole.
   * Another, cut at the bottom, keeps its top in view in a view that
   * reads as a page, else its name (the node's heading): find_start (). */
  start.keep_name = start.keep_bottom;
  if ((self->plan == NULL || (n != find_node (self, ops_plan_get_current_role_id (self->plan)) &&
                              n != find_node (self, ops_plan_get_target_role_id (self->plan)))) &&
      gtk_widget_compute_bounds (ops_map_node_get_title (node_at (self, n)), GTK_WIDGET (self), &title_rect))
    start.keep_name = title_rect.origin.y + title_rect.size.height;
  else
    start.head_end = start.head_name = start.keep_bottom;
  start.blocks = g_array_new (FALSE, FALSE, sizeof (graphene_point_t));
  start.lines = g_array_new (FALSE, FALSE, sizeof (graphene_point_t));
  start.heads = g_array_new (FALSE, FALSE, sizeof (graphene_point_t));
  start.title_ends = g_new (double, self->bands->len);
  start.names = lane_names_top (self);
  start.kept_band = ops_map_layout_get_band (self->layout, n);
  find_start (self, &start);
  g_array_unref (start.blocks);
  g_array_unref (start.lines);
  g_array_unref (start.heads);
  g_free (start.title_ends);

  *room = start.room;
  if (start.found)
    return start.value;

  value = (rect.origin.y + rect.size.height / 2) * self->allocated_zoom - page / 2;
  value = CLAMP (value, 0, MAX (0, start.height - page));
  value = whole_top (self, value, &rect, page);

  return keep_stage_name (self, n, &rect, value, page);
}

/* GTK shows the overlay scrollbar for a moment on every change of the
 * value, as it would for the person scrolling: the map's own scroll to
 * where it opens flashed it at start. For that moment the scrollbar is a
 * plain one, which shows no such indicator; made an overlay one again,
 * it starts hidden. Both in one layout, so no frame shows the plain one. */
static void
set_value_quietly (OpsCareerMap *self,
                   double        value)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  gboolean overlay = scrolled != NULL && gtk_scrolled_window_get_overlay_scrolling (GTK_SCROLLED_WINDOW (scrolled));

  if (ABS (gtk_adjustment_get_value (self->vadjustment) - value) < 0.5)
    overlay = FALSE;
  if (overlay)
    gtk_scrolled_window_set_overlay_scrolling (GTK_SCROLLED_WINDOW (scrolled), FALSE);
  gtk_adjustment_set_value (self->vadjustment, value);
  if (overlay)
    gtk_scrolled_window_set_overlay_scrolling (GTK_SCROLLED_WINDOW (scrolled), TRUE);
}

/* It keeps following the start as the window settles its size, until the
 * person scrolls. */
static void
scroll_to_start (OpsCareerMap *self)
{
  double value, upper, page, room;

  if (self->vadjustment == NULL || self->layout == NULL || self->nodes->len == 0)
    return;

  upper = gtk_adjustment_get_upper (self->vadjustment);
  page = gtk_adjustment_get_page_size (self->vadjustment);
  place_as_allocated (self);
  value = start_value (self, page, &room);

  /* With other room, the adjustment changes first, and brings this back. */
  if (ABS (room - self->room) > 0.5)
    {
      self->room = room;
      gtk_widget_queue_resize (GTK_WIDGET (self));
      return;
    }

  value = CLAMP (value, gtk_adjustment_get_lower (self->vadjustment), upper - page);
  self->scrolled_to = value;
  self->scrolled_upper = upper;
  self->scrolled_page = page;
  set_value_quietly (self, value);
}

static void
ops_career_map_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  OpsCareerMap *self = OPS_CAREER_MAP (widget);
  graphene_rect_t rect;

  if (self->layout == NULL)
    return;

  ensure_node_height (self);
  self->allocated_zoom = self->zoom;
  self->metrics.width = width / self->allocated_zoom;
  ops_map_layout_place (self->layout, &self->metrics);

  for (guint b = 0; b < self->bands->len; b++)
    {
      ops_map_layout_get_band_rect (self->layout, b, &rect);
      allocate_at (g_ptr_array_index (self->bands, b), &rect, self->allocated_zoom);
    }
  g_free (self->band_ends);
  self->band_ends = g_new0 (double, self->bands->len);
  for (guint n = 0; n < self->nodes->len; n++)
    {
      guint b = ops_map_layout_get_band (self->layout, n);

      ops_map_layout_get_node_rect (self->layout, n, &rect);
      allocate_at (GTK_WIDGET (node_at (self, n)), &rect, self->allocated_zoom);
      self->band_ends[b] = MAX (self->band_ends[b], rect.origin.y + rect.size.height);
    }
  /* Side by side, a lane's one heading; grouped, a caption per group. */
  for (guint c = 0; c < self->captions->len; c++)
    {
      GtkWidget *caption = g_ptr_array_index (self->captions, c);
      gboolean shown = ops_map_layout_get_caption (self->layout, c, NULL, NULL, &rect);

      if (gtk_widget_get_child_visible (caption) != shown)
        {
          gtk_widget_set_child_visible (caption, shown);
          gtk_accessible_update_state (GTK_ACCESSIBLE (caption), GTK_ACCESSIBLE_STATE_HIDDEN, !shown, -1);
        }
      if (shown)
        allocate_at (caption, &rect, self->allocated_zoom);
    }
  g_clear_pointer (&self->links, gsk_render_node_unref);
  g_clear_pointer (&self->focus_links, gsk_render_node_unref);

  follow_adjustments (self);
  queue_scroll_to_start (self);
}

/* Connected after the window's own handler: the window is laid out. */
static void
frame_layout_cb (OpsCareerMap  *self,
                 GdkFrameClock *clock)
{
  if (!self->scroll_pending)
    return;
  self->scroll_pending = FALSE;
  if (!self->user_scrolled)
    scroll_to_start (self);
}

static void
ops_career_map_realize (GtkWidget *widget)
{
  OpsCareerMap *self = OPS_CAREER_MAP (widget);

  GTK_WIDGET_CLASS (ops_career_map_parent_class)->realize (widget);

  g_signal_group_set_target (self->clock_signals, gtk_widget_get_frame_clock (widget));
}

static void
ops_career_map_unrealize (GtkWidget *widget)
{
  OpsCareerMap *self = OPS_CAREER_MAP (widget);

  g_signal_group_set_target (self->clock_signals, NULL);

  GTK_WIDGET_CLASS (ops_career_map_parent_class)->unrealize (widget);
}

/* What of the map the scrolled window shows, with a margin for what a
 * role draws round its box: only that is drawn. With ten times the
 * roles the map is many views tall, and each zoom step built and
 * rendered all 280 roles and every link for the few in view. Offscreen
 * roles are still allocated, focusable and in the accessibility tree;
 * a scroll draws the map again (view_moved_cb ()). */
static void
find_drawn (OpsCareerMap *self)
{
  double x = 0, y = 0;
  double width = gtk_widget_get_width (GTK_WIDGET (self)), height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->hadjustment != NULL && gtk_adjustment_get_page_size (self->hadjustment) > 0)
    {
      x = gtk_adjustment_get_value (self->hadjustment);
      width = gtk_adjustment_get_page_size (self->hadjustment);
    }
  if (self->vadjustment != NULL && gtk_adjustment_get_page_size (self->vadjustment) > 0)
    {
      y = gtk_adjustment_get_value (self->vadjustment);
      height = gtk_adjustment_get_page_size (self->vadjustment);
    }
  if (self->draw_everything)
    {
      x = y = 0;
      width = gtk_widget_get_width (GTK_WIDGET (self));
      height = gtk_widget_get_height (GTK_WIDGET (self));
    }
  graphene_rect_init (&self->drawn, x / self->allocated_zoom - DRAWN_MARGIN, y / self->allocated_zoom - DRAWN_MARGIN,
                      width / self->allocated_zoom + 2 * DRAWN_MARGIN,
                      height / self->allocated_zoom + 2 * DRAWN_MARGIN);
}

/* The tests draw the view both ways and compare: what find_drawn () leaves
 * out must be nothing the view shows. The quiet links are built again for
 * each drawing, so that each builds them for its own area. */
void
_ops_career_map_set_draw_everything (OpsCareerMap *self,
                                     gboolean      everything)
{
  g_assert (OPS_IS_CAREER_MAP (self));

  self->draw_everything = everything;
  g_clear_pointer (&self->links, gsk_render_node_unref);
}

static void
ops_career_map_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  OpsCareerMap *self = OPS_CAREER_MAP (widget);
  graphene_rect_t rect;

  if (self->layout == NULL)
    return;

  /* What is drawn, and what is left out, must be where the roles are. */
  place_as_allocated (self);
  find_drawn (self);
  for (guint b = 0; b < self->bands->len; b++)
    {
      ops_map_layout_get_band_rect (self->layout, b, &rect);
      if (_ops_career_map_in_view (self, &rect))
        gtk_widget_snapshot_child (widget, g_ptr_array_index (self->bands, b), snapshot);
    }
  _ops_career_map_snapshot_paths (self, snapshot);
  for (guint c = 0; c < self->captions->len; c++)
    if (ops_map_layout_get_caption (self->layout, c, NULL, NULL, &rect) && _ops_career_map_in_view (self, &rect))
      gtk_widget_snapshot_child (widget, g_ptr_array_index (self->captions, c), snapshot);
  _ops_career_map_snapshot_links (self, snapshot);
  for (guint n = 0; n < self->nodes->len; n++)
    {
      ops_map_layout_get_node_rect (self->layout, n, &rect);
      if (_ops_career_map_in_view (self, &rect))
        gtk_widget_snapshot_child (widget, GTK_WIDGET (node_at (self, n)), snapshot);
    }
  _ops_career_map_snapshot_stage_header (self, snapshot);
  _ops_career_map_snapshot_lane_header (self, snapshot);
}

static void
ops_career_map_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  OpsCareerMap *self = OPS_CAREER_MAP (widget);

  GTK_WIDGET_CLASS (ops_career_map_parent_class)->css_changed (widget, change);

  forget_sizes (self);
  forget_links (self);
}

static void
ops_career_map_map (GtkWidget *widget)
{
  OpsCareerMap *self = OPS_CAREER_MAP (widget);

  GTK_WIDGET_CLASS (ops_career_map_parent_class)->map (widget);
  if (self->status_dirty)
    update_status (self);
}

/* The role under the pointer has its links drawn out, as the selected
 * one has. */
static void
set_hovered (OpsCareerMap *self,
             int           n)
{
  if (self->hovered == n)
    return;
  self->hovered = n;
  forget_focus_links (self);
}

static void
motion_cb (OpsCareerMap *self,
           double        x,
           double        y)
{
  graphene_point_t at = GRAPHENE_POINT_INIT (x / self->allocated_zoom, y / self->allocated_zoom);

  if (self->layout == NULL)
    return;
  place_as_allocated (self);
  if (_ops_career_map_covered (self, y))
    {
      set_hovered (self, -1);
      return;
    }
  for (guint n = 0; n < self->nodes->len; n++)
    {
      graphene_rect_t rect;

      ops_map_layout_get_node_rect (self->layout, n, &rect);
      if (graphene_rect_contains_point (&rect, &at))
        {
          set_hovered (self, n);
          return;
        }
    }
  set_hovered (self, -1);
}

static void
leave_cb (OpsCareerMap *self)
{
  set_hovered (self, -1);
}

static void
zoom_begin_cb (OpsCareerMap *self)
{
  self->zoom_at_begin = self->zoom;
}

static void
zoom_scale_changed_cb (OpsCareerMap *self,
                       double        scale)
{
  ops_career_map_set_zoom (self, self->zoom_at_begin * scale);
}

static void
ops_career_map_dispose (GObject *object)
{
  OpsCareerMap *self = OPS_CAREER_MAP (object);

  g_clear_handle_id (&self->reveal_source, g_source_remove);
  clear (self);
  g_clear_object (&self->vadjustment);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->plan_signals);
  g_clear_object (&self->clock_signals);
  g_clear_object (&self->plan);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (ops_career_map_parent_class)->dispose (object);
}

static void
ops_career_map_finalize (GObject *object)
{
  OpsCareerMap *self = OPS_CAREER_MAP (object);

  g_ptr_array_unref (self->nodes);
  g_ptr_array_unref (self->bands);
  g_ptr_array_unref (self->captions);
  g_ptr_array_unref (self->successors);
  g_ptr_array_unref (self->predecessors);

  G_OBJECT_CLASS (ops_career_map_parent_class)->finalize (object);
}

static void
ops_career_map_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  OpsCareerMap *self = OPS_CAREER_MAP (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;

    case PROP_SELECTED_ROLE:
      g_value_set_object (value, ops_career_map_get_selected_role (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_career_map_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  OpsCareerMap *self = OPS_CAREER_MAP (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      ops_career_map_set_zoom (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_career_map_class_init (OpsCareerMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_career_map_dispose;
  object_class->finalize = ops_career_map_finalize;
  object_class->get_property = ops_career_map_get_property;
  object_class->set_property = ops_career_map_set_property;

  widget_class->measure = ops_career_map_measure;
  widget_class->get_request_mode = ops_career_map_get_request_mode;
  widget_class->size_allocate = ops_career_map_size_allocate;
  widget_class->snapshot = ops_career_map_snapshot;
  widget_class->css_changed = ops_career_map_css_changed;
  widget_class->map = ops_career_map_map;
  widget_class->realize = ops_career_map_realize;
  widget_class->unrealize = ops_career_map_unrealize;
  widget_class->focus = ops_career_map_focus;
  widget_class->set_focus_child = ops_career_map_set_focus_child;

  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, OPS_CAREER_MAP_ZOOM_MIN, OPS_CAREER_MAP_ZOOM_MAX, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SELECTED_ROLE] =
    g_param_spec_object ("selected-role", NULL, NULL, OPS_TYPE_ROLE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "careermap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ops_career_map_init (OpsCareerMap *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkGesture *pinch = gtk_gesture_zoom_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->nodes = g_ptr_array_new ();
  self->bands = g_ptr_array_new ();
  self->captions = g_ptr_array_new ();
  self->successors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->predecessors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->zoom = self->allocated_zoom = 1.0;
  self->selected = self->came_from = self->hovered = self->reveal_node = -1;
  self->metrics = (OpsMapMetrics) {
    .node_width_min = NODE_WIDTH_MIN,
    .node_width_max = NODE_WIDTH_MAX,
    .column_spacing = 24,
    .row_spacing = 26,
    .band_padding = 8,
    .band_spacing = 8,
    .margin = 8,
  };

  self->plan_signals = g_signal_group_new (OPS_TYPE_PLAN);
  g_signal_group_connect_object (self->plan_signals, "changed", G_CALLBACK (update_status), self,
                                 G_CONNECT_SWAPPED);
  /* Connected after the window's own handler, which lays it out. */
  self->clock_signals = g_signal_group_new (GDK_TYPE_FRAME_CLOCK);
  g_signal_group_connect_object (self->clock_signals, "layout", G_CALLBACK (frame_layout_cb), self,
                                 G_CONNECT_SWAPPED);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect_object (pinch, "begin", G_CALLBACK (zoom_begin_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (pinch, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (pinch));
  g_signal_connect_object (motion, "motion", G_CALLBACK (motion_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (motion, "leave", G_CALLBACK (leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Career map"), -1);
}
