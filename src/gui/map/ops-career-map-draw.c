/* ops-career-map-draw.c: what OpsCareerMap draws itself
 *
 * The links, routed by OpsMapLayout: every one thin and quiet, built
 * once a layout; over them those of the role selected or under the
 * pointer, and the plan's route. Under the roles, the paths' shades:
 * lanes side by side, or each stage's groups. Over the roles, where a
 * stage's name has scrolled out of view, that name; over everything,
 * where the lanes' headings have, the lane header. The
 * colours are the theme's, from the map's style-only children.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-career-map-private.h"

#define CORNER_RADIUS 6

/* A rounded corner of a link: a quarter of a ring, which the renderer
 * draws as it draws a rounded border, clipped to the corner's quarter. */
static void
append_corner (GtkSnapshot            *snapshot,
               const graphene_point_t *center,
               const graphene_point_t *corner,
               float                   r,
               float                   width,
               const GdkRGBA          *color)
{
  float outer = r + width / 2;
  float widths[4] = { width, width, width, width };
  GdkRGBA colors[4] = { *color, *color, *color, *color };
  float x = corner->x > center->x ? center->x : center->x - outer;
  float y = corner->y > center->y ? center->y : center->y - outer;
  GskRoundedRect ring;

  gsk_rounded_rect_init_from_rect (&ring, &GRAPHENE_RECT_INIT (center->x - outer, center->y - outer, 2 * outer,
                                                               2 * outer), outer);
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (x, y, outer, outer));
  gtk_snapshot_append_border (snapshot, &ring, widths, colors);
  gtk_snapshot_pop (snapshot);
}

/* A straight stretch of a link, across or up. */
static void
append_stretch (GtkSnapshot            *snapshot,
                const graphene_point_t *a,
                const graphene_point_t *b,
                float                   width,
                const GdkRGBA          *color)
{
  float x = MIN (a->x, b->x), y = MIN (a->y, b->y);

  if (a->x == b->x)
    gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x - width / 2, y, width, ABS (b->y - a->y)));
  else
    gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y - width / 2, ABS (b->x - a->x), width));
}

/* A link as the layout routed it, its corners rounded: straight pieces
 * and quarter rings, which every renderer draws without rasterising a
 * path, and leaves out where they are off screen. */
static void
append_link (GtkSnapshot            *snapshot,
             const graphene_point_t *points,
             guint                   n_points,
             float                   width,
             const GdkRGBA          *color)
{
  graphene_point_t from;

  if (n_points < 2)
    return;

  from = points[0];
  for (guint i = 1; i + 1 < n_points; i++)
    {
      const graphene_point_t *p = &points[i - 1], *c = &points[i], *n = &points[i + 1];
      float in = graphene_point_distance (p, c, NULL, NULL), out = graphene_point_distance (c, n, NULL, NULL);
      float r = MIN (CORNER_RADIUS, MIN (in, out) / 2);
      graphene_point_t enter, leave, center;

      if (in < 0.01 || out < 0.01)
        continue;
      enter = GRAPHENE_POINT_INIT (c->x + (p->x - c->x) * r / in, c->y + (p->y - c->y) * r / in);
      leave = GRAPHENE_POINT_INIT (c->x + (n->x - c->x) * r / out, c->y + (n->y - c->y) * r / out);
      center = GRAPHENE_POINT_INIT (enter.x + leave.x - c->x, enter.y + leave.y - c->y);
      append_stretch (snapshot, &from, &enter, width, color);
      append_corner (snapshot, &center, c, r, width, color);
      from = leave;
    }
  append_stretch (snapshot, &from, &points[n_points - 1], width, color);
}

/* The pieces of a link that recedes: thin, its corners square, one
 * rectangle a piece, each reaching over the corner to meet the next;
 * those in @area. */
static void
add_thin_link (GArray                 *rects,
               const graphene_point_t *points,
               guint                   n_points,
               float                   width,
               const graphene_rect_t  *area)
{
  for (guint i = 0; i + 1 < n_points; i++)
    {
      const graphene_point_t *a = &points[i], *b = &points[i + 1];
      float before = i > 0 ? width / 2 : 0, after = i + 2 < n_points ? width / 2 : 0;
      graphene_rect_t rect;

      if (a->x == b->x)
        graphene_rect_init (&rect, a->x - width / 2, MIN (a->y, b->y) - (a->y < b->y ? before : after), width,
                            ABS (b->y - a->y) + before + after);
      else
        graphene_rect_init (&rect, MIN (a->x, b->x) - (a->x < b->x ? before : after), a->y - width / 2,
                            ABS (b->x - a->x) + before + after, width);
      if (graphene_rect_intersection (&rect, area, NULL))
        g_array_append_val (rects, rect);
    }
}

static int
compare_rects (gconstpointer a,
               gconstpointer b)
{
  const graphene_rect_t *ra = a, *rb = b;
  gboolean upright_a = ra->size.width <= ra->size.height, upright_b = rb->size.width <= rb->size.height;

  /* Upright pieces by x, then from the top; those across by y, then
   * from the left: pieces on one line come out one after another. */
  if (upright_a != upright_b)
    return upright_a ? -1 : 1;
  if (upright_a && ra->origin.x != rb->origin.x)
    return ra->origin.x < rb->origin.x ? -1 : 1;
  if (!upright_a && ra->origin.y != rb->origin.y)
    return ra->origin.y < rb->origin.y ? -1 : 1;
  if (upright_a ? ra->origin.y != rb->origin.y : ra->origin.x != rb->origin.x)
    return (upright_a ? ra->origin.y < rb->origin.y : ra->origin.x < rb->origin.x) ? -1 : 1;
  return (ra->size.width + ra->size.height > rb->size.width + rb->size.height) -
         (ra->size.width + ra->size.height < rb->size.width + rb->size.height);
}

/* Every link, thin and in the quiet colour, in the view and a view's
 * height and width round it: built after each layout, and kept while the
 * view stays in that area. Links into one role share their way, piece
 * for piece: pieces on one line that overlap or meet are drawn as one
 * rectangle, so a shared way is no darker than a single link, and a map
 * ten times today's size has far fewer rectangles to build and draw.
 * Where a way runs out of the area, its rectangle stops short beyond
 * the view; in view it is the one the whole way would be, for a piece
 * that covers a point of the area is in it. */
static void
build_links (OpsCareerMap *self)
{
  g_autoptr(GArray) rects = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  g_autoptr(GPtrArray) nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) gsk_render_node_unref);
  graphene_rect_t run;
  GdkRGBA color;

  gtk_widget_get_color (self->edge_style, &color);

  /* ops_career_map_snapshot () has placed the layout where the roles are. */
  self->links_area = self->drawn;
  graphene_rect_inset (&self->links_area, -self->drawn.size.width, -self->drawn.size.height);
  for (guint e = 0; e < ops_map_layout_get_n_edges (self->layout); e++)
    {
      const graphene_point_t *points;
      guint n_points;

      points = ops_map_layout_get_link_points (self->layout, e, &n_points);
      add_thin_link (rects, points, n_points, 1, &self->links_area);
    }
  if (rects->len == 0)
    {
      self->links = gsk_container_node_new (NULL, 0);
      return;
    }

  g_array_sort (rects, compare_rects);
  run = g_array_index (rects, graphene_rect_t, 0);
  for (guint i = 1; i <= rects->len; i++)
    {
      const graphene_rect_t *r = i < rects->len ? &g_array_index (rects, graphene_rect_t, i) : NULL;
      gboolean upright = run.size.width <= run.size.height;

      if (r != NULL && (r->size.width <= r->size.height) == upright &&
          (upright ? r->origin.x == run.origin.x && r->size.width == run.size.width &&
                       r->origin.y <= run.origin.y + run.size.height
                   : r->origin.y == run.origin.y && r->size.height == run.size.height &&
                       r->origin.x <= run.origin.x + run.size.width))
        {
          graphene_rect_union (&run, r, &run);
          continue;
        }
      g_ptr_array_add (nodes, gsk_color_node_new (&color, &run));
      if (r != NULL)
        run = *r;
    }
  self->links = gsk_container_node_new ((GskRenderNode **) nodes->pdata, nodes->len);
}

/* Over them, what a person follows: the links of the role selected and
 * of the one under the pointer, and the route from the current role to
 * the target above those. Rebuilt as the focus moves: a few links. */
static void
build_focus_links (OpsCareerMap *self)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  GdkRGBA focus_color, route_color;

  gtk_widget_get_color (self->focus_style, &focus_color);
  gtk_widget_get_color (self->route_style, &route_color);

  for (guint pass = 0; pass < 2; pass++)
    for (guint e = 0; e < ops_map_layout_get_n_edges (self->layout); e++)
      {
        const graphene_point_t *points;
        guint a, b, n_points;
        gboolean route, focus;

        ops_map_layout_get_edge (self->layout, e, &a, &b);
        route = self->on_route[a] && self->on_route[b];
        focus = (int) a == self->selected || (int) b == self->selected || (int) a == self->hovered ||
                (int) b == self->hovered;
        if (pass == 0 ? !focus || route : !route)
          continue;
        points = ops_map_layout_get_link_points (self->layout, e, &n_points);
        append_link (snapshot, points, n_points, route ? 3 : 2, route ? &route_color : &focus_color);
      }

  self->focus_links = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
}

void
_ops_career_map_snapshot_links (OpsCareerMap *self,
                                GtkSnapshot  *snapshot)
{
  if (self->links != NULL && !graphene_rect_contains_rect (&self->links_area, &self->drawn))
    g_clear_pointer (&self->links, gsk_render_node_unref);
  if (self->links == NULL)
    build_links (self);
  if (self->focus_links == NULL)
    build_focus_links (self);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_scale (snapshot, self->allocated_zoom, self->allocated_zoom);
  /* Of the pieces, those in view. */
  for (guint i = 0; i < gsk_container_node_get_n_children (self->links); i++)
    {
      GskRenderNode *piece = gsk_container_node_get_child (self->links, i);
      graphene_rect_t bounds;

      gsk_render_node_get_bounds (piece, &bounds);
      if (_ops_career_map_in_view (self, &bounds))
        gtk_snapshot_append_node (snapshot, piece);
    }
  if (self->focus_links != NULL)
    gtk_snapshot_append_node (snapshot, self->focus_links);
  gtk_snapshot_restore (snapshot);
}

/* A path's shade: @rect tinted, its corners rounded, outlined with @edge
 * (transparent but in high contrast). */
static void
append_shade (GtkSnapshot           *snapshot,
              const graphene_rect_t *rect,
              const GdkRGBA         *fill,
              const GdkRGBA         *edge)
{
  GskRoundedRect shade;

  gsk_rounded_rect_init_from_rect (&shade, rect, 12);
  gtk_snapshot_push_rounded_clip (snapshot, &shade);
  gtk_snapshot_append_color (snapshot, fill, &shade.bounds);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_border (snapshot, &shade, (const float[]) { 1, 1, 1, 1 },
                              (const GdkRGBA[]) { *edge, *edge, *edge, *edge });
}

/* Where the paths are lanes, each path's lane in each stage it has
 * roles in, tinted (outlined in high contrast), so that a reader of any
 * stage sees which lane a role is in; the trunk stays as the band is.
 * The layout keeps the boxes from one place to the next. */
static void
snapshot_lanes (OpsCareerMap  *self,
                GtkSnapshot   *snapshot,
                const GdkRGBA *fill,
                const GdkRGBA *edge)
{
  for (guint b = 0; b < ops_map_layout_get_n_bands (self->layout); b++)
    for (guint l = 1; l < ops_map_layout_get_n_lanes (self->layout); l++)
      {
        graphene_rect_t area;

        if (ops_map_layout_get_lane_rect (self->layout, b, l, &area) && _ops_career_map_in_view (self, &area))
          append_shade (snapshot, &area, fill, edge);
      }
}

/* Where the paths are captioned groups instead, each path's group in a
 * stage, its caption and its roles, tinted (outlined in high contrast)
 * as its lane would be, so that a reader sees where a group ends; the
 * trunk's group stays as the band is. The groups of a rank stand in
 * columns of their own and ranks one below the other, so no group's
 * tint takes in a role of another. */
static void
snapshot_groups (OpsCareerMap  *self,
                 GtkSnapshot   *snapshot,
                 const GdkRGBA *fill,
                 const GdkRGBA *edge)
{
  double pad = self->metrics.column_spacing / 4;

  for (guint c = 0; c < ops_map_layout_get_n_captions (self->layout); c++)
    {
      graphene_rect_t area;
      guint lane;

      ops_map_layout_get_caption (self->layout, c, &lane, NULL, NULL);
      if (lane == 0 || !ops_map_layout_get_group_rect (self->layout, c, &area))
        continue;
      graphene_rect_inset (&area, -pad, -pad);
      if (_ops_career_map_in_view (self, &area))
        append_shade (snapshot, &area, fill, edge);
    }
}

/* The stage's name pinned at the view's top (_ops_career_map_stage_header
 * ()): the top of its band, its ground and its name as the band draws
 * them, on the view's opaque ground, a line under it as under the lane
 * header. Only drawn: a screen reader has the band's heading itself, so
 * this copy of it needs no accessible node of its own. */
void
_ops_career_map_snapshot_stage_header (OpsCareerMap *self,
                                       GtkSnapshot  *snapshot)
{
  double value, y, height;
  graphene_rect_t band, strip;
  GdkRGBA ground, line;
  int b;

  value = self->vadjustment != NULL ? gtk_adjustment_get_value (self->vadjustment) : 0;
  b = _ops_career_map_stage_header (self, value, &y, &height);
  if (b < 0)
    return;
  gtk_widget_get_color (self->header_style, &ground);
  gtk_widget_get_color (self->edge_style, &line);
  ops_map_layout_get_band_rect (self->layout, b, &band);
  graphene_rect_init (&strip, band.origin.x * self->allocated_zoom, y, band.size.width * self->allocated_zoom, height);
  gtk_snapshot_append_color (snapshot, &ground, &strip);
  gtk_snapshot_push_clip (snapshot, &strip);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, y - band.origin.y * self->allocated_zoom));
  gtk_widget_snapshot_child (GTK_WIDGET (self), g_ptr_array_index (self->bands, b), snapshot);
  gtk_snapshot_restore (snapshot);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (strip.origin.x, y + height - 1,
                                                                   strip.size.width, 1));
}

/* The lane header (_ops_career_map_lane_header_height ()): the view's
 * top edge, each path's name over its lane, in the caption's colour and
 * font, shaded as the lane is. */
void
_ops_career_map_snapshot_lane_header (OpsCareerMap *self,
                                      GtkSnapshot  *snapshot)
{
  double value, height, pad = self->metrics.column_spacing / 4;
  float width = gtk_widget_get_width (GTK_WIDGET (self));
  GdkRGBA ground, fill, edge, line;

  value = self->vadjustment != NULL ? gtk_adjustment_get_value (self->vadjustment) : 0;
  height = _ops_career_map_lane_header_height (self, value);
  if (height <= 0)
    return;
  gtk_widget_get_color (self->header_style, &ground);
  gtk_widget_get_color (self->lane_style, &fill);
  gtk_widget_get_color (self->lane_edge_style, &edge);
  gtk_widget_get_color (self->edge_style, &line);
  gtk_snapshot_append_color (snapshot, &ground, &GRAPHENE_RECT_INIT (0, value, width, height));
  gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (0, value + height - 1, width, 1));

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, value));
  gtk_snapshot_scale (snapshot, self->allocated_zoom, self->allocated_zoom);
  for (guint c = 0; c < self->captions->len; c++)
    {
      GtkWidget *caption = g_ptr_array_index (self->captions, c);
      g_autoptr(PangoLayout) name = NULL;
      graphene_rect_t bounds;
      double left, right;
      GdkRGBA color;
      guint lane;

      if (!ops_map_layout_get_caption (self->layout, c, &lane, NULL, NULL) || lane == 0 ||
          !gtk_widget_compute_bounds (caption, GTK_WIDGET (self), &bounds))
        continue;
      ops_map_layout_get_lane_range (self->layout, lane, &left, &right);
      append_shade (snapshot, &GRAPHENE_RECT_INIT (left - pad, HEADER_PADDING / 2, right - left + 2 * pad,
                                                   self->metrics.caption_height + HEADER_PADDING),
                    &fill, &edge);
      /* Wrapped as the heading itself is. */
      name = pango_layout_copy (gtk_label_get_layout (GTK_LABEL (caption)));
      gtk_widget_get_color (caption, &color);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (bounds.origin.x / self->allocated_zoom, HEADER_PADDING));
      gtk_snapshot_append_layout (snapshot, name, &color);
      gtk_snapshot_restore (snapshot);
    }
  gtk_snapshot_restore (snapshot);
}

/* The paths' shades, under the captions, links and roles: lanes or
 * groups, whichever the layout placed. */
void
_ops_career_map_snapshot_paths (OpsCareerMap *self,
                                GtkSnapshot  *snapshot)
{
  double left, right;
  GdkRGBA fill, edge;

  if (ops_map_layout_get_n_lanes (self->layout) < 2)
    return;
  gtk_widget_get_color (self->lane_style, &fill);
  gtk_widget_get_color (self->lane_edge_style, &edge);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_scale (snapshot, self->allocated_zoom, self->allocated_zoom);
  if (ops_map_layout_get_lane_range (self->layout, 1, &left, &right))
    snapshot_lanes (self, snapshot, &fill, &edge);
  else
    snapshot_groups (self, snapshot, &fill, &edge);
  gtk_snapshot_restore (snapshot);
}
