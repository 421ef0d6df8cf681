/* ops-map-layout.c: where the career map puts each role
 *
 * A layered drawing of the "leads to" graph, computed from the catalog:
 * each stage is a band, Trainee at the bottom; a role that leads to
 * another of its own stage (Coordinator to Supervisor) sits a row above
 * it inside the band. Within each row the roles are ordered to cross as
 * few links as possible: barycenter sweeps, up and down, keeping the
 * order with the fewest crossings seen. Every step is deterministic, so
 * the map looks the same at every start.
 *
 * The specialist paths (OpsBranch) are lanes: a role keeps to its path's
 * lane in the sweeps, the lanes in the order that puts the trunk (roles
 * of no path) in the middle and crosses least. Where the lanes fit side
 * by side, each is a range of columns as wide as its most roles in a row
 * (or at least half that), the same in every band, with one heading at
 * its top; narrower, each row's roles go onto lines by path, each path's
 * first ones under a caption. The captions' places are the layout's, so
 * links keep clear of them as they keep clear of the stages' names.
 *
 * Geometry is a second, separate step: the rows are centred in the width
 * there is and wrap onto more lines when they do not fit, so one layout
 * serves a phone and a full screen. Each line is then ordered along by
 * where its links go at that width, as the sweeps order whole rows. The
 * links are routed in that step too, at right angles through the space
 * between the roles: up from the lower role, across in the gap between
 * two lines of roles, up through a gap between two roles, and so on to
 * the higher role, so that a link never runs over a role, nor over a
 * stage's name or a path's caption: one that turns under a name and goes
 * on up over it goes round it, across above it, where the room above the
 * name grows as it needs. The links into one role share their way as soon
 * as they meet, as a tree into it, and so may links out of one role;
 * links that share no role run at least LINK_SPACING apart wherever they
 * run side by side: each gets a lane of its own through the lines of
 * roles it passes, kept from line to line, and a track of its own where
 * it turns; what still runs too close is nudged apart, and where there is
 * not room for that the gaps between roles (up to keeping as many roles
 * on a line) and between lines grow and the map is placed again. No step
 * touches a widget, which is what lets the tests check the layout on its
 * own.
 *
 * The steps live in files of their own, sharing ops-map-layout-private.h:
 * ops-map-layout-order.c orders the lanes and the roles in their rows,
 * ops-map-layout-lines.c puts the rows onto lines at a width,
 * ops-map-layout-lanes.c and ops-map-layout-groups.c do so for the paths
 * side by side and grouped, ops-map-layout-route.c routes the links and
 * ops-map-layout-nudge.c pulls apart what still runs too close. This
 * file builds the graph, places it, and answers the widget's questions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-map-layout-private.h"

G_DEFINE_FINAL_TYPE (OpsMapLayout, ops_map_layout, G_TYPE_OBJECT)

static int
compare_rank (gconstpointer a,
              gconstpointer b)
{
  guint ra = ops_stage_get_rank (*(OpsStage **) a);
  guint rb = ops_stage_get_rank (*(OpsStage **) b);

  return (ra > rb) - (ra < rb);
}

static void
collect_nodes (OpsMapLayout *self,
               GListModel   *stages)
{
  for (guint s = 0; s < g_list_model_get_n_items (stages); s++)
    g_ptr_array_add (self->stages, g_list_model_get_item (stages, s));
  /* g_ptr_array_sort is a merge sort: stages of equal rank keep their
   * catalog order. */
  g_ptr_array_sort (self->stages, compare_rank);

  for (guint s = 0; s < self->stages->len; s++)
    {
      GListModel *roles = ops_stage_get_roles (g_ptr_array_index (self->stages, s));

      for (guint r = 0; r < g_list_model_get_n_items (roles); r++)
        {
          OpsRole *role = g_list_model_get_item (roles, r);

          if (g_hash_table_contains (self->index, role))
            {
              g_object_unref (role);
              continue;
            }
          g_ptr_array_add (self->roles, role);
          g_hash_table_insert (self->index, role, GUINT_TO_POINTER (self->roles->len));
        }
    }

  self->band = g_new0 (guint, self->roles->len);
  self->row = g_new0 (guint, self->roles->len);
  self->column = g_new0 (guint, self->roles->len);
  for (guint n = 0; n < self->roles->len; n++)
    {
      OpsStage *stage = ops_role_get_stage (g_ptr_array_index (self->roles, n));

      for (guint s = 0; s < self->stages->len; s++)
        if (g_ptr_array_index (self->stages, s) == stage)
          self->band[n] = s;
    }
}

static void
collect_edges (OpsMapLayout *self)
{
  self->neighbours = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint n = 0; n < self->roles->len; n++)
    g_ptr_array_add (self->neighbours, g_array_new (FALSE, FALSE, sizeof (guint)));

  for (guint n = 0; n < self->roles->len; n++)
    {
      GListModel *next = ops_role_get_next_roles (g_ptr_array_index (self->roles, n));

      for (guint i = 0; i < g_list_model_get_n_items (next); i++)
        {
          g_autoptr(OpsRole) to = g_list_model_get_item (next, i);
          guint m = GPOINTER_TO_UINT (g_hash_table_lookup (self->index, to));
          guint pair[2] = { n, m - 1 };

          /* A role of no stage is not on the map, nor are its links. */
          if (m == 0 || m - 1 == n)
            continue;
          g_array_append_vals (self->edges, pair, 2);
          g_array_append_val (g_ptr_array_index (self->neighbours, n), pair[1]);
          g_array_append_val (g_ptr_array_index (self->neighbours, pair[1]), n);
        }
    }
}

/* A role led to from its own stage goes a row higher: the longest chain
 * inside the stage. Relaxing at most as often as the stage has roles
 * ends even if the catalog ever made a loop. */
static void
assign_rows (OpsMapLayout *self)
{
  guint n_nodes = self->roles->len;
  guint n_edges = self->edges->len / 2;
  g_autofree guint *level = g_new0 (guint, n_nodes);
  guint first = 0;

  for (guint pass = 0; pass < n_nodes; pass++)
    {
      gboolean changed = FALSE;

      for (guint e = 0; e < n_edges; e++)
        {
          guint from = g_array_index (self->edges, guint, 2 * e);
          guint to = g_array_index (self->edges, guint, 2 * e + 1);

          if (self->band[from] == self->band[to] && level[to] < level[from] + 1 && level[from] + 1 < n_nodes)
            {
              level[to] = level[from] + 1;
              changed = TRUE;
            }
        }
      if (!changed)
        break;
    }

  self->band_first_row = g_new0 (guint, self->stages->len);
  self->band_n_rows = g_new0 (guint, self->stages->len);
  for (guint n = 0; n < n_nodes; n++)
    self->band_n_rows[self->band[n]] = MAX (self->band_n_rows[self->band[n]], level[n] + 1);

  for (guint b = 0; b < self->stages->len; b++)
    {
      self->band_first_row[b] = first;
      for (guint r = 0; r < self->band_n_rows[b]; r++)
        g_ptr_array_add (self->rows, g_array_new (FALSE, FALSE, sizeof (guint)));
      first += self->band_n_rows[b];
    }

  /* Catalog order first; the sweeps improve on it. */
  for (guint n = 0; n < n_nodes; n++)
    {
      GArray *row;

      self->row[n] = self->band_first_row[self->band[n]] + level[n];
      row = g_ptr_array_index (self->rows, self->row[n]);
      self->column[n] = row->len;
      g_array_append_val (row, n);
    }
}

static void
unref_branch (gpointer branch)
{
  if (branch != NULL)
    g_object_unref (branch);
}

/**
 * ops_map_layout_new:
 * @stages: the catalog's stages (#OpsStage), each with its roles
 *
 * Lays out every role of @stages; call ops_map_layout_place() for where
 * each one goes at a given width.
 */
OpsMapLayout *
ops_map_layout_new (GListModel *stages)
{
  return ops_map_layout_new_full (stages, TRUE);
}

/**
 * ops_map_layout_new_full:
 * @stages: the catalog's stages (#OpsStage), each with its roles
 * @branches: whether to draw the specialist paths as lanes
 *
 * As ops_map_layout_new(); without @branches, every role is on one
 * trunk, as the map was before it drew the paths: for tests.
 */
OpsMapLayout *
ops_map_layout_new_full (GListModel *stages,
                         gboolean    branches)
{
  OpsMapLayout *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (stages), NULL);

  self = g_object_new (OPS_TYPE_MAP_LAYOUT, NULL);
  self->branches = branches;
  collect_nodes (self, stages);
  _ops_map_layout_collect_lanes (self);
  collect_edges (self);
  assign_rows (self);
  self->pos = g_new0 (double, self->roles->len);
  _ops_map_layout_measure_lanes (self);
  _ops_map_layout_order_lanes (self);
  _ops_map_layout_reduce_crossings (self);
  _ops_map_layout_collect_groups (self);
  self->lane_width = g_new0 (guint, self->lane_branches->len);
  self->lane_left = g_new0 (double, self->lane_branches->len);
  self->lane_right = g_new0 (double, self->lane_branches->len);
  self->node_rects = g_new0 (graphene_rect_t, self->roles->len);
  self->band_rects = g_new0 (graphene_rect_t, self->stages->len);
  self->node_line = g_new0 (guint, self->roles->len);
  self->wrapped_x = g_new0 (double, self->roles->len);
  self->link_first = g_new0 (guint, self->edges->len / 2 + 1);

  return self;
}

guint
ops_map_layout_get_n_nodes (OpsMapLayout *self)
{
  g_return_val_if_fail (OPS_IS_MAP_LAYOUT (self), 0);

  return self->roles->len;
}

/* (transfer none) */
OpsRole *
ops_map_layout_get_role (OpsMapLayout *self,
                         guint         node)
{
  g_return_val_if_fail (OPS_IS_MAP_LAYOUT (self), NULL);
  g_return_val_if_fail (node < self->roles->len, NULL);

  return g_ptr_array_index (self->roles, node);
}

/* The node of @role, or -1 when it is not on the map. */
int
ops_map_layout_find_role (OpsMapLayout *self,
                          OpsRole      *role)
{
  g_return_val_if_fail (OPS_IS_MAP_LAYOUT (self), -1);

  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->index, role)) - 1;
}

/* The band of @node's stage, 0 for the lowest. */
guint
ops_map_layout_get_band (OpsMapLayout *self,
                         guint         node)
{
  g_return_val_if_fail (OPS_IS_MAP_LAYOUT (self), 0);
  g_return_val_if_fail (node < self->roles->len, 0);

  return self->band[node];
}

/* @node's row over the whole map, 0 for the lowest. */
guint
ops_map_layout_get_row (OpsMapLayout *self,
                        guint         node)
{
  g_return_val_if_fail (OPS_IS_MAP_LAYOUT (self), 0);
  g_return_val_if_fail (node < self->roles->len, 0);

  return self->row[node];
}

/* @node's place in its row, 0 for the leftmost. */
guint
ops_map_layout_get_column (OpsMapLayout *self,
                           guint         node)
{
  g_return_val_if_fail (OPS_IS_MAP_LAYOUT (self), 0);
  g_return_val_if_fail (node < self->roles->len, 0);

  return self->column[node];
}

guint
ops_map_layout_get_n_bands (OpsMapLayout *self)
{
  g_return_val_if_fail (OPS_IS_MAP_LAYOUT (self), 0);

  return self->stages->len;
}

/* (transfer none) */
OpsStage *
ops_map_layout_get_stage (OpsMapLayout *self,
                          guint         band)
{
  g_return_val_if_fail (OPS_IS_MAP_LAYOUT (self), NULL);
  g_return_val_if_fail (band < self->stages->len, NULL);

  return g_ptr_array_index (self->stages, band);
}

guint
ops_map_layout_get_n_edges (OpsMapLayout *self)
{
  g_return_val_if_fail (OPS_IS_MAP_LAYOUT (self), 0);

  return self->edges->len / 2;
}

/* A "leads to" link: the role at @from leads to the one at @to. */
void
ops_map_layout_get_edge (OpsMapLayout *self,
                         guint         edge,
                         guint        *from,
                         guint        *to)
{
  g_return_if_fail (OPS_IS_MAP_LAYOUT (self));
  g_return_if_fail (edge < self->edges->len / 2);

  *from = g_array_index (self->edges, guint, 2 * edge);
  *to = g_array_index (self->edges, guint, 2 * edge + 1);
}

/* Where links run side by side too close, the gaps widen and the map is
 * placed again: a few times at most. Returns the y below the lowest
 * band. */
static double
place_and_widen (OpsMapLayout        *self,
                 const OpsMapMetrics *m)
{
  double y;

  self->spacing = m->column_spacing;
  g_array_set_size (self->line_extra, 0);
  g_array_set_size (self->name_extra, 0);
  g_array_set_size (self->name_spare, 0);
  g_array_set_size (self->passage_key, 0);
  for (guint pass = 0;; pass++)
    {
      gboolean widened = FALSE;

      y = _ops_map_layout_place_nodes (self, m);
      _ops_map_layout_route_links (self, m, pass < MAX_WIDENINGS ? _ops_map_layout_most_spacing (self, m) : 0);
      if (pass == MAX_WIDENINGS)
        break;
      /* The gaps between roles first: the lanes through them decide
       * the turns, and so the room the lines need between them. */
      if (self->need_spacing > 0 && self->spacing < _ops_map_layout_most_spacing (self, m))
        {
          self->spacing = MIN (self->spacing + ceil (self->need_spacing), _ops_map_layout_most_spacing (self, m));
          continue;
        }
      if (self->line_extra->len != self->lines->len)
        {
          g_array_set_size (self->line_extra, 0);
          g_array_set_size (self->line_extra, self->lines->len);
          g_array_set_size (self->name_extra, 0);
          g_array_set_size (self->name_extra, self->lines->len);
          g_array_set_size (self->name_spare, 0);
          g_array_set_size (self->name_spare, self->lines->len);
        }
      for (guint l = 0; l < self->lines->len; l++)
        {
          double spare = g_array_index (self->spare_need, double, l);

          if (g_array_index (self->line_need, double, l) > 0)
            {
              g_array_index (self->line_extra, double, l) += ceil (g_array_index (self->line_need, double, l));
              widened = TRUE;
            }
          if (g_array_index (self->name_need, double, l) > 0)
            {
              g_array_index (self->name_extra, double, l) += ceil (g_array_index (self->name_need, double, l));
              widened = TRUE;
            }
          if (spare > 0)
            {
              g_array_index (self->name_extra, double, l) += ceil (spare);
              g_array_index (self->name_spare, double, l) += ceil (spare);
              widened = TRUE;
            }
        }
      if (!widened)
        break;
    }

  return y;
}

/**
 * ops_map_layout_place:
 * @metrics: the width to fill and the sizes to use
 *
 * Works out each node's and each band's rectangle: the highest stage at
 * the top, each row centred, wrapped onto more lines where it is wider
 * than @metrics' width allows.
 *
 * Returns: the height the map needs
 */
double
ops_map_layout_place (OpsMapLayout        *self,
                      const OpsMapMetrics *m)
{
  double y;

  g_return_val_if_fail (OPS_IS_MAP_LAYOUT (self), 0);
  g_return_val_if_fail (m != NULL, 0);

  /* A frame measures and allocates at one width, often more than once:
   * placing and routing again would give the same. */
  if (self->is_placed && memcmp (&self->placed, m, sizeof *m) == 0)
    return self->placed_height;

  /* Placed again: the lanes' boxes are found again (box_lanes ()),
   * whichever passes this place runs. */
  self->lanes_boxed = FALSE;
  self->group_rows_spacing = -1;

  self->spare_names = FALSE;
  y = place_and_widen (self, m);
  /* A nudge that finds no room for a piece of a link asks for more room
   * in its gap, under the names over the line (line_need). Where a piece
   * above the names is still too close after the last pass, that could
   * not help, and more room above the names alone would not either: the
   * tracks clear of the names would take it (tracks_above_title ()). The
   * map is placed again from the start, such nudges asking for room
   * above the names that those tracks leave to them (name_spare). Only
   * there, so that every other map stays as it was. */
  if (self->names_crowded)
    {
      self->spare_names = TRUE;
      y = place_and_widen (self, m);
    }

  self->placed = *m;
  self->placed_height = y + m->margin;
  self->is_placed = TRUE;

  return self->placed_height;
}

/**
 * ops_map_layout_forget_place:
 *
 * Says that what the metrics given to ops_map_layout_place() point to
 * (the heights of the nodes, the widths of the bands' titles) changed:
 * the next place() works everything out again even for equal metrics.
 */
void
ops_map_layout_forget_place (OpsMapLayout *self)
{
  g_return_if_fail (OPS_IS_MAP_LAYOUT (self));

  self->is_placed = FALSE;
  self->group_chosen = FALSE;
}

/**
 * ops_map_layout_estimate_height:
 * @metrics: the width to fill and the sizes to use
 *
 * About the height ops_map_layout_place() would return, without placing
 * anything: the roles and bands at the metrics' own spacing, no room
 * made for the links. For a size asked for without a width, which a
 * frame asks for besides the one it is laid out at.
 *
 * Returns: the height, at most a little less than the map needs
 */
double
ops_map_layout_estimate_height (OpsMapLayout        *self,
                                const OpsMapMetrics *m)
{
  double node_width, y;
  guint columns;

  g_return_val_if_fail (OPS_IS_MAP_LAYOUT (self), 0);
  g_return_val_if_fail (m != NULL, 0);

  if (self->is_placed && memcmp (&self->placed, m, sizeof *m) == 0)
    return self->placed_height;

  columns = _ops_map_layout_wrap_columns (self, m, m->column_spacing, &node_width);
  y = 2 * m->margin + (self->stages->len > 0 ? (self->stages->len - 1) * m->band_spacing : 0);
  for (guint b = 0; b < self->stages->len; b++)
    {
      y += 2 * m->band_padding + m->band_header;
      for (guint r = 0; r < self->band_n_rows[b]; r++)
        {
          GArray *row = g_ptr_array_index (self->rows, self->band_first_row[b] + r);

          for (guint first = 0; first < row->len; first += columns)
            y += _ops_map_layout_line_height (row, first, MIN (columns, row->len - first), m) +
                 (first > 0 ? m->row_spacing : 0);
          if (r > 0)
            y += m->row_spacing;
        }
    }

  return y;
}

/**
 * ops_map_layout_set_keep_sweep_order:
 * @keep: whether the lines of roles keep the sweeps' order
 *
 * By default each line of roles is ordered along by where its links go
 * at the width it is placed at; with @keep, it keeps the order the
 * sweeps found for whole rows, as the map did before: for tests, to
 * compare with.
 */
void
ops_map_layout_set_keep_sweep_order (OpsMapLayout *self,
                                     gboolean      keep)
{
  g_return_if_fail (OPS_IS_MAP_LAYOUT (self));

  if (self->keep_sweep_order == !!keep)
    return;
  self->keep_sweep_order = !!keep;
  self->group_chosen = FALSE;
  self->wrapped_columns = G_MAXUINT;
  self->is_placed = FALSE;
}

void
ops_map_layout_get_node_rect (OpsMapLayout    *self,
                              guint            node,
                              graphene_rect_t *rect)
{
  g_return_if_fail (OPS_IS_MAP_LAYOUT (self));
  g_return_if_fail (node < self->roles->len);

  *rect = self->node_rects[node];
}

void
ops_map_layout_get_band_rect (OpsMapLayout    *self,
                              guint            band,
                              graphene_rect_t *rect)
{
  g_return_if_fail (OPS_IS_MAP_LAYOUT (self));
  g_return_if_fail (band < self->stages->len);

  *rect = self->band_rects[band];
}

/**
 * ops_map_layout_get_link_points:
 * @edge: a link, as for ops_map_layout_get_edge()
 * @n_points: (out): how many points
 *
 * The way @edge is drawn since the last ops_map_layout_place(): a line
 * through the points, each step straight up or straight across, from the
 * top of the lower role to the bottom of the higher one.
 *
 * Returns: (transfer none) (array length=n_points): the points
 */
const graphene_point_t *
ops_map_layout_get_link_points (OpsMapLayout *self,
                                guint         edge,
                                guint        *n_points)
{
  g_return_val_if_fail (OPS_IS_MAP_LAYOUT (self), NULL);
  g_return_val_if_fail (edge < self->edges->len / 2, NULL);
  g_return_val_if_fail (n_points != NULL, NULL);

  *n_points = self->link_first[edge + 1] - self->link_first[edge];

  return &g_array_index (self->link_points, graphene_point_t, self->link_first[edge]);
}

guint
ops_map_layout_get_n_lanes (OpsMapLayout *self)
{
  g_return_val_if_fail (OPS_IS_MAP_LAYOUT (self), 0);

  return self->lane_branches->len;
}

/* (transfer none) (nullable): the path of @lane, %NULL for the trunk */
OpsBranch *
ops_map_layout_get_lane_branch (OpsMapLayout *self,
                                guint         lane)
{
  g_return_val_if_fail (OPS_IS_MAP_LAYOUT (self), NULL);
  g_return_val_if_fail (lane < self->lane_branches->len, NULL);

  return g_ptr_array_index (self->lane_branches, lane);
}

/* The lane of @node's path, 0 for the trunk. */
guint
ops_map_layout_get_lane (OpsMapLayout *self,
                         guint         node)
{
  g_return_val_if_fail (OPS_IS_MAP_LAYOUT (self), 0);
  g_return_val_if_fail (node < self->roles->len, 0);

  return self->lane[node];
}

/* Where @lane is from left to right among the lanes, 0 for the first:
 * the order a reader meets them in, in lanes or in groups. */
guint
ops_map_layout_get_lane_rank (OpsMapLayout *self,
                              guint         lane)
{
  g_return_val_if_fail (OPS_IS_MAP_LAYOUT (self), 0);
  g_return_val_if_fail (lane < self->lane_branches->len, 0);

  return self->lane_rank[lane];
}

/**
 * ops_map_layout_get_lane_range:
 * @left: (out): where @lane begins across
 * @right: (out): and where it ends
 *
 * Returns: whether the last ops_map_layout_place() put the lanes side by
 *   side, each path's roles in a range of columns of its own; if not,
 *   each stage's roles are grouped by path under captions
 */
gboolean
ops_map_layout_get_lane_range (OpsMapLayout *self,
                               guint         lane,
                               double       *left,
                               double       *right)
{
  g_return_val_if_fail (OPS_IS_MAP_LAYOUT (self), FALSE);
  g_return_val_if_fail (lane < self->lane_branches->len, FALSE);

  *left = self->lane_left[lane];
  *right = self->lane_right[lane];

  return self->lanes_shown;
}

/* The captions: one per path and row it has roles in, in reading order. */
guint
ops_map_layout_get_n_captions (OpsMapLayout *self)
{
  g_return_val_if_fail (OPS_IS_MAP_LAYOUT (self), 0);

  return self->groups->len;
}

/**
 * ops_map_layout_get_caption:
 * @caption: a caption, as for ops_map_layout_get_n_captions()
 * @lane: (out) (optional): its path's lane
 * @first_node: (out) (optional): the first role under it in reading order
 * @rect: (out) (optional): where it goes since the last place()
 *
 * Returns: whether it is shown: side by side, a lane has one heading,
 *   at its top; grouped, every group of a path's roles has one
 */
gboolean
ops_map_layout_get_caption (OpsMapLayout    *self,
                            guint            caption,
                            guint           *lane,
                            guint           *first_node,
                            graphene_rect_t *rect)
{
  const Group *group;

  g_return_val_if_fail (OPS_IS_MAP_LAYOUT (self), FALSE);
  g_return_val_if_fail (caption < self->groups->len, FALSE);

  group = &g_array_index (self->groups, Group, caption);
  if (lane != NULL)
    *lane = group->lane;
  if (first_node != NULL)
    *first_node = group->first_node;
  if (rect != NULL)
    *rect = self->caption_rects[caption];

  return self->caption_rects[caption].size.height > 0;
}

static void
ops_map_layout_finalize (GObject *object)
{
  OpsMapLayout *self = OPS_MAP_LAYOUT (object);

  g_clear_pointer (&self->lane_branches, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_array_unref);
  g_clear_pointer (&self->group_rows, g_ptr_array_unref);
  g_free (self->group_order);
  g_free (self->group_cap);
  g_clear_pointer (&self->spans, g_array_unref);
  g_free (self->lane);
  g_free (self->lane_demand);
  g_free (self->lane_order);
  g_free (self->lane_rank);
  g_free (self->pos);
  g_free (self->lane_width);
  g_free (self->lane_left);
  g_free (self->lane_right);
  g_free (self->caption_rects);
  g_free (self->caption_line);
  g_free (self->group_rects);
  g_free (self->lane_rects);

  g_clear_pointer (&self->index, g_hash_table_unref);
  g_clear_pointer (&self->roles, g_ptr_array_unref);
  g_clear_pointer (&self->stages, g_ptr_array_unref);
  g_clear_pointer (&self->edges, g_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->neighbours, g_ptr_array_unref);
  g_clear_pointer (&self->wrapped, g_ptr_array_unref);
  g_free (self->wrapped_x);
  g_free (self->band);
  g_free (self->row);
  g_free (self->column);
  g_free (self->band_first_row);
  g_free (self->band_n_rows);
  g_free (self->node_rects);
  g_free (self->band_rects);
  g_clear_pointer (&self->lines, g_array_unref);
  g_clear_pointer (&self->link_points, g_array_unref);
  g_clear_pointer (&self->passage_key, g_array_unref);
  g_clear_pointer (&self->passage_xs, g_array_unref);
  g_clear_pointer (&self->line_extra, g_array_unref);
  g_clear_pointer (&self->line_need, g_array_unref);
  g_clear_pointer (&self->name_extra, g_array_unref);
  g_clear_pointer (&self->name_need, g_array_unref);
  g_clear_pointer (&self->name_spare, g_array_unref);
  g_clear_pointer (&self->spare_need, g_array_unref);
  g_free (self->node_line);
  g_free (self->link_first);

  G_OBJECT_CLASS (ops_map_layout_parent_class)->finalize (object);
}

static void
ops_map_layout_class_init (OpsMapLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ops_map_layout_finalize;
}

static void
ops_map_layout_init (OpsMapLayout *self)
{
  self->stages = g_ptr_array_new_with_free_func (g_object_unref);
  self->roles = g_ptr_array_new_with_free_func (g_object_unref);
  self->index = g_hash_table_new (NULL, NULL);
  self->edges = g_array_new (FALSE, FALSE, sizeof (guint));
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->wrapped = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->wrapped_columns = G_MAXUINT;
  self->lines = g_array_new (FALSE, FALSE, sizeof (Line));
  self->link_points = g_array_new (FALSE, FALSE, sizeof (graphene_point_t));
  self->passage_key = g_array_new (FALSE, FALSE, sizeof (double));
  self->passage_xs = g_array_new (FALSE, FALSE, sizeof (double));
  self->line_extra = g_array_new (FALSE, TRUE, sizeof (double));
  self->line_need = g_array_new (FALSE, TRUE, sizeof (double));
  self->name_extra = g_array_new (FALSE, TRUE, sizeof (double));
  self->name_need = g_array_new (FALSE, TRUE, sizeof (double));
  self->name_spare = g_array_new (FALSE, TRUE, sizeof (double));
  self->spare_need = g_array_new (FALSE, TRUE, sizeof (double));
  self->lane_branches = g_ptr_array_new_with_free_func (unref_branch);
  self->groups = g_array_new (FALSE, FALSE, sizeof (Group));
  self->group_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->spans = g_array_new (FALSE, FALSE, sizeof (Span));
}
