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
 * where its links go at that width, as the sweeps order whole rows. The links are routed in that step
 * too, at right angles through the space between the roles: up from the
 * lower role, across in the gap between two lines of roles, up through a
 * gap between two roles, and so on to the higher role, so that a link
 * never runs over a role, nor over a stage's name. The links into one
 * role share their way as soon as they meet, as a tree into it, and so
 * may links out of one role; links that share no role run at least
 * LINK_SPACING apart wherever they run side by side: each gets a lane of
 * its own through the lines of roles it passes, kept from line to line,
 * and a track of its own where it turns; what still runs too close is
 * nudged apart, and where there is not room for that the gaps between
 * roles (up to keeping as many roles on a line) and between lines grow
 * and the map is placed again. No step touches a widget, which is what
 * lets the tests check the layout on its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-map-layout.h"

#define N_SWEEPS 8
#define N_LINE_SWEEPS 4
#define LINK_SPACING 6    /* between links side by side that share no role */
#define MAX_WIDENINGS 6
#define TRACK_REUSE 18    /* turns this far apart share a track: room for nudges */
#define TRACK_EDGE 4      /* a turn keeps this far from the roles above and below */
#define CLEARANCE 6       /* a link keeps this far from a role it passes */

/* A line of roles across the map: a row, or part of one that wrapped. */
typedef struct
{
  double top, bottom;
  double gap_top;         /* links turn between this and the line's top:
                           * under the stage's name for a band's first line */
  double title_top;       /* names above the line (the stage's, a path's)
                           * run from here down to gap_top */
  guint  first_span;      /* into spans: where across they are, which */
  guint  n_spans;         /* links pass clear of */
  guint  row, first, count;
  int    band;            /* the band it is the first line of, or -1 */
} Line;

/* Across the map, what a name above a line covers. */
typedef struct
{
  double left, right;
} Span;

/* The roles of one path in one row: a path's caption goes above them
 * where the lanes do not fit side by side. */
typedef struct
{
  guint row, lane;
  guint first_node;       /* the first of them in reading order */
} Group;

struct _OpsMapLayout
{
  GObject          parent_instance;

  GPtrArray       *stages;      /* OpsStage, lowest rank first */
  GPtrArray       *roles;       /* OpsRole, by node index */
  GHashTable      *index;       /* OpsRole → node index + 1 */
  guint           *band;
  guint           *row;
  guint           *column;
  GArray          *edges;       /* guint pairs: from, to */
  GPtrArray       *rows;        /* GArray of node indices, bottom row first */
  guint           *band_first_row;
  guint           *band_n_rows;
  GPtrArray       *neighbours;  /* GArray of node indices, by node */
  GPtrArray       *wrapped;     /* each row in the order of its lines, for */
  guint            wrapped_columns;  /* this many roles on a line */
  double          *wrapped_x;   /* by node: its place across its line, centred */
  gboolean         keep_sweep_order;

  /* The specialist paths: lane 0 is the trunk (roles of no branch),
   * the others one per branch, in catalog order of their first role. */
  gboolean         branches;    /* whether to draw them at all */
  GPtrArray       *lane_branches; /* OpsBranch, or NULL for the trunk, by lane */
  guint           *lane;        /* by node */
  guint           *lane_demand; /* by lane: most of its roles in one row */
  guint           *lane_order;  /* lanes from left to right */
  guint           *lane_rank;   /* by lane: its place in lane_order */
  double          *pos;         /* by node: where across, in columns, for
                                 * the sweeps and for counting crossings */
  GArray          *groups;      /* Group, in reading order */
  gboolean         lanes_shown; /* since the last place(): side by side */
  guint           *lane_width;  /* by lane, in columns, when shown */
  double          *lane_left;   /* by lane, and its right edge */
  double          *lane_right;
  graphene_rect_t *caption_rects; /* by group: where its caption goes, or empty */
  guint           *caption_line;  /* by group: the line it is above */
  GArray          *spans;       /* Span, by line: see Line */
  GPtrArray       *line_counts; /* by row, when grouped: roles on each line */
  gboolean         wrapped_grouped; /* what wrapped holds: grouped rows */

  graphene_rect_t *node_rects;
  graphene_rect_t *band_rects;
  GArray          *lines;       /* Line, top to bottom */
  guint           *node_line;   /* by node */
  double           left, right; /* where links may run, since the last place() */
  double           spacing;     /* between two roles of a line, widened for lanes */
  double           need_spacing; /* more it needs, found by the last routing */
  GArray          *line_extra;  /* double, by line: more room above it for tracks */
  GArray          *line_need;   /* double, by line: more it needs, likewise */
  GArray          *link_points; /* graphene_point_t of every link, one after another */
  guint           *link_first;  /* by edge, and one more: where its points start */
  OpsMapMetrics    placed;      /* what the last place() was for */
  double           placed_height;
  gboolean         is_placed;
};

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

/* Where a node sits across its row, in columns: centred in its lane,
 * the lanes side by side as wide as their roles need. */
static double
position (OpsMapLayout *self,
          guint         node)
{
  return self->pos[node];
}

static void
update_positions (OpsMapLayout *self,
                  guint         r)
{
  GArray *row = g_ptr_array_index (self->rows, r);
  guint n_lanes = self->lane_branches->len, total = 0;
  g_autofree double *center = g_new (double, n_lanes);

  for (guint i = 0; i < n_lanes; i++)
    {
      guint l = self->lane_order[i];

      center[l] = total + self->lane_demand[l] / 2.0;
      total += self->lane_demand[l];
    }
  for (guint c = 0, first = 0; c < row->len; c++)
    {
      guint node = g_array_index (row, guint, c), count = 0;

      if (c > 0 && self->lane[node] != self->lane[g_array_index (row, guint, c - 1)])
        first = c;
      while (first + count < row->len && self->lane[g_array_index (row, guint, first + count)] == self->lane[node])
        count++;
      self->pos[node] = center[self->lane[node]] - total / 2.0 + (c - first) - (count - 1) / 2.0;
    }
}

static void
update_all_positions (OpsMapLayout *self)
{
  for (guint r = 0; r < self->rows->len; r++)
    update_positions (self, r);
}

static gboolean
segments_cross (double ax, double ay, double bx, double by,
                double cx, double cy, double dx, double dy)
{
  double d1 = (dx - cx) * (ay - cy) - (dy - cy) * (ax - cx);
  double d2 = (dx - cx) * (by - cy) - (dy - cy) * (bx - cx);
  double d3 = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  double d4 = (bx - ax) * (dy - ay) - (by - ay) * (dx - ax);

  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/**
 * ops_map_layout_count_crossings:
 *
 * How many pairs of links cross, drawn straight from row to row with the
 * current order; links that share a role never count.
 */
guint
ops_map_layout_count_crossings (OpsMapLayout *self)
{
  guint n_edges, crossings = 0;

  g_return_val_if_fail (OPS_IS_MAP_LAYOUT (self), 0);

  n_edges = self->edges->len / 2;
  for (guint i = 0; i < n_edges; i++)
    {
      guint a = g_array_index (self->edges, guint, 2 * i);
      guint b = g_array_index (self->edges, guint, 2 * i + 1);

      for (guint j = i + 1; j < n_edges; j++)
        {
          guint c = g_array_index (self->edges, guint, 2 * j);
          guint d = g_array_index (self->edges, guint, 2 * j + 1);

          if (a == c || a == d || b == c || b == d)
            continue;
          crossings += segments_cross (position (self, a), self->row[a], position (self, b), self->row[b],
                                       position (self, c), self->row[c], position (self, d), self->row[d]);
        }
    }

  return crossings;
}

typedef struct
{
  guint  node;
  double key;
  guint  column;
} SortKey;

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  const SortKey *ka = a, *kb = b;

  if (ka->key != kb->key)
    return ka->key < kb->key ? -1 : 1;
  return (ka->column > kb->column) - (ka->column < kb->column);
}

/* Orders row @r by the mean position of each role's neighbours below it
 * (@below) or above it; a role with none keeps its place. */
static void
order_row (OpsMapLayout *self,
           guint         r,
           gboolean      below)
{
  GArray *row = g_ptr_array_index (self->rows, r);
  g_autofree SortKey *keys = g_new (SortKey, row->len);

  for (guint c = 0; c < row->len; c++)
    {
      guint node = g_array_index (row, guint, c);
      GArray *neighbours = g_ptr_array_index (self->neighbours, node);
      double sum = 0;
      guint count = 0;

      for (guint i = 0; i < neighbours->len; i++)
        {
          guint other = g_array_index (neighbours, guint, i);

          if (below ? self->row[other] < r : self->row[other] > r)
            {
              sum += position (self, other);
              count++;
            }
        }
      /* A role stays in its path's lane. */
      keys[c] = (SortKey) { node, self->lane_rank[self->lane[node]] * 1e6 + (count ? sum / count : position (self, node)),
                            c };
    }

  qsort (keys, row->len, sizeof (SortKey), compare_keys);
  for (guint c = 0; c < row->len; c++)
    {
      g_array_index (row, guint, c) = keys[c].node;
      self->column[keys[c].node] = c;
    }
  update_positions (self, r);
}

static void
reduce_crossings (OpsMapLayout *self)
{
  guint n_nodes = self->roles->len;
  g_autofree guint *best = g_memdup2 (self->column, n_nodes * sizeof (guint));
  guint best_crossings = ops_map_layout_count_crossings (self);

  for (guint sweep = 0; sweep < N_SWEEPS && best_crossings > 0; sweep++)
    {
      guint crossings;

      if (sweep % 2 == 0)
        for (guint r = 1; r < self->rows->len; r++)
          order_row (self, r, TRUE);
      else
        for (guint r = self->rows->len; r-- > 1;)
          order_row (self, r - 1, FALSE);

      crossings = ops_map_layout_count_crossings (self);
      if (crossings < best_crossings)
        {
          best_crossings = crossings;
          memcpy (best, self->column, n_nodes * sizeof (guint));
        }
    }

  memcpy (self->column, best, n_nodes * sizeof (guint));
  for (guint n = 0; n < n_nodes; n++)
    g_array_index ((GArray *) g_ptr_array_index (self->rows, self->row[n]), guint, self->column[n]) = n;
  update_all_positions (self);
}

static void
unref_branch (gpointer branch)
{
  if (branch != NULL)
    g_object_unref (branch);
}

/* Lane 0 is the trunk; each branch a role names gets a lane. */
static void
collect_lanes (OpsMapLayout *self)
{
  self->lane = g_new0 (guint, self->roles->len);
  g_ptr_array_add (self->lane_branches, NULL);
  for (guint n = 0; n < self->roles->len && self->branches; n++)
    {
      OpsBranch *branch = ops_role_get_branch (g_ptr_array_index (self->roles, n));
      guint l;

      if (branch == NULL)
        continue;
      if (!g_ptr_array_find (self->lane_branches, branch, &l))
        {
          l = self->lane_branches->len;
          g_ptr_array_add (self->lane_branches, g_object_ref (branch));
        }
      self->lane[n] = l;
    }
}

/* A lane is as many columns wide as the most of its roles in one row. */
static void
measure_lanes (OpsMapLayout *self)
{
  guint n_lanes = self->lane_branches->len;
  g_autofree guint *count = g_new (guint, n_lanes);

  self->lane_demand = g_new0 (guint, n_lanes);
  for (guint r = 0; r < self->rows->len; r++)
    {
      GArray *row = g_ptr_array_index (self->rows, r);

      memset (count, 0, n_lanes * sizeof (guint));
      for (guint c = 0; c < row->len; c++)
        count[self->lane[g_array_index (row, guint, c)]]++;
      for (guint l = 0; l < n_lanes; l++)
        self->lane_demand[l] = MAX (self->lane_demand[l], count[l]);
    }
  for (guint l = 0; l < n_lanes; l++)
    self->lane_demand[l] = MAX (self->lane_demand[l], 1);
}

static int
compare_lane_rank (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  OpsMapLayout *self = user_data;
  guint la = self->lane_rank[self->lane[*(const guint *) a]];
  guint lb = self->lane_rank[self->lane[*(const guint *) b]];

  return (la > lb) - (la < lb);
}

/* Puts @order in force: each row by lane, catalog order inside one. */
static void
apply_lane_order (OpsMapLayout *self,
                  const guint  *order)
{
  for (guint i = 0; i < self->lane_branches->len; i++)
    {
      self->lane_order[i] = order[i];
      self->lane_rank[order[i]] = i;
    }
  for (guint r = 0; r < self->rows->len; r++)
    {
      GArray *row = g_ptr_array_index (self->rows, r);

      /* g_sort_array is stable. */
      g_sort_array (row->data, row->len, sizeof (guint), compare_lane_rank, self);
      for (guint c = 0; c < row->len; c++)
        self->column[g_array_index (row, guint, c)] = c;
    }
  update_all_positions (self);
}

static gboolean
next_permutation (guint *a,
                  guint  n)
{
  guint i = n - 1, j = n - 1;

  while (i > 0 && a[i - 1] >= a[i])
    i--;
  if (i == 0)
    return FALSE;
  while (a[j] <= a[i - 1])
    j--;
  { guint t = a[i - 1]; a[i - 1] = a[j]; a[j] = t; }
  for (j = n - 1; i < j; i++, j--)
    { guint t = a[i]; a[i] = a[j]; a[j] = t; }

  return TRUE;
}

/* The trunk in the middle, as many columns of paths on its left as on
 * its right as the widths allow; of those orders, the one whose links
 * cross least. Past seven lanes, catalog order around the trunk. */
static void
order_lanes (OpsMapLayout *self)
{
  guint n = self->lane_branches->len, total = 0, best_imbalance = G_MAXUINT, best_crossings = G_MAXUINT;
  g_autofree guint *order = g_new (guint, n);
  g_autofree guint *best = g_new (guint, n);

  self->lane_order = g_new0 (guint, n);
  self->lane_rank = g_new0 (guint, n);
  for (guint l = 0; l < n; l++)
    {
      order[l] = l;
      total += self->lane_demand[l];
    }
  memcpy (best, order, n * sizeof (guint));

  if (n > 7)
    {
      guint left = 0, i = 1;

      while (i < n && 2 * (left + self->lane_demand[i]) + self->lane_demand[0] <= total)
        left += self->lane_demand[i++];
      for (guint k = 0; k < n; k++)
        best[k] = k < i - 1 ? k + 1 : (k == i - 1 ? 0 : k);
      apply_lane_order (self, best);
      return;
    }

  /* Counting crossings costs a pass over every pair of links: only for
   * the orders that keep the trunk in the middle. */
  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint l = 0; l < n; l++)
        order[l] = l;
      do
        {
          guint left = 0, imbalance, crossings;

          for (guint i = 0; order[i] != 0; i++)
            left += self->lane_demand[order[i]];
          imbalance = ABS ((int) (2 * left + self->lane_demand[0]) - (int) total);
          if (pass == 0)
            {
              best_imbalance = MIN (best_imbalance, imbalance);
              continue;
            }
          if (imbalance > best_imbalance)
            continue;
          apply_lane_order (self, order);
          crossings = ops_map_layout_count_crossings (self);
          if (crossings < best_crossings)
            {
              best_crossings = crossings;
              memcpy (best, order, n * sizeof (guint));
            }
        }
      while (next_permutation (order, n));
    }

  apply_lane_order (self, best);
}

/* Each path's roles in each row, in reading order: a caption each; the
 * trunk's too in a row that has a path's roles, where they are grouped
 * on lines with them. */
static void
collect_groups (OpsMapLayout *self)
{
  for (guint r = 0; r < self->rows->len; r++)
    {
      GArray *row = g_ptr_array_index (self->rows, r);
      gboolean paths = FALSE;

      for (guint c = 0; c < row->len; c++)
        paths |= self->lane[g_array_index (row, guint, c)] != 0;
      for (guint c = 0; c < row->len && paths; c++)
        {
          guint node = g_array_index (row, guint, c);

          if (c > 0 && self->lane[g_array_index (row, guint, c - 1)] == self->lane[node])
            continue;
          g_array_append_val (self->groups, ((Group) { r, self->lane[node], node }));
        }
    }
  self->caption_rects = g_new0 (graphene_rect_t, MAX (1, self->groups->len));
  self->caption_line = g_new0 (guint, MAX (1, self->groups->len));
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
  collect_lanes (self);
  collect_edges (self);
  assign_rows (self);
  self->pos = g_new0 (double, self->roles->len);
  measure_lanes (self);
  order_lanes (self);
  reduce_crossings (self);
  collect_groups (self);
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

static guint
longest_row (OpsMapLayout *self)
{
  guint longest = 1;

  for (guint r = 0; r < self->rows->len; r++)
    longest = MAX (longest, ((GArray *) g_ptr_array_index (self->rows, r))->len);

  return longest;
}

/* A line is as tall as its tallest node, and its nodes alike. */
static double
line_height (GArray              *row,
             guint                first,
             guint                count,
             const OpsMapMetrics *m)
{
  double height = 0;

  for (guint c = 0; c < count; c++)
    height = MAX (height, m->node_heights ? m->node_heights[g_array_index (row, guint, first + c)] : m->node_height);

  return height;
}

/* How wide the roles are with @spacing between them, and how many go on
 * a line. */
static guint
wrap_columns (OpsMapLayout        *self,
              const OpsMapMetrics *m,
              double               spacing,
              double              *node_width)
{
  double avail = MAX (1, m->width - 2 * m->margin - 2 * m->band_padding);
  guint longest = longest_row (self), columns;

  *node_width = (avail - (longest - 1) * spacing) / longest;
  *node_width = CLAMP (*node_width, MIN (m->node_width_min, avail), m->node_width_max);
  columns = MAX (1, (guint) ((avail + spacing) / (*node_width + spacing)));
  /* Rows that wrap fill the width they wrap in. */
  if (columns < longest)
    *node_width = MIN (m->node_width_max, (avail - (columns - 1) * spacing) / columns);

  return columns;
}

/* Sets where each role of @row's lines sits across its line, centred. */
static void
set_wrapped_x (OpsMapLayout *self,
               GArray       *row,
               guint         columns)
{
  for (guint first = 0; first < row->len; first += columns)
    for (guint c = 0; c < MIN (columns, row->len - first); c++)
      self->wrapped_x[g_array_index (row, guint, first + c)] = c - (MIN (columns, row->len - first) - 1) / 2.0;
}

/* Orders each line of wrapped row @r by where the roles it links to sit
 * across their own lines; a role with none keeps its place. */
static void
order_lines (OpsMapLayout *self,
             guint         r,
             guint         columns)
{
  GArray *row = g_ptr_array_index (self->wrapped, r);
  g_autofree SortKey *keys = g_new (SortKey, MIN (columns, row->len) + 1);

  for (guint first = 0; first < row->len; first += columns)
    {
      guint count = MIN (columns, row->len - first);

      for (guint c = 0; c < count; c++)
        {
          guint node = g_array_index (row, guint, first + c);
          GArray *neighbours = g_ptr_array_index (self->neighbours, node);
          double sum = 0;
          guint n = 0;

          for (guint i = 0; i < neighbours->len; i++)
            if (self->row[g_array_index (neighbours, guint, i)] != r)
              {
                sum += self->wrapped_x[g_array_index (neighbours, guint, i)];
                n++;
              }
          keys[c] = (SortKey) { node, n ? sum / n : self->wrapped_x[node], c };
        }
      qsort (keys, count, sizeof (SortKey), compare_keys);
      for (guint c = 0; c < count; c++)
        g_array_index (row, guint, first + c) = keys[c].node;
    }
  set_wrapped_x (self, row, columns);
}

/* The rows as they go onto lines of @columns roles: each line is what the
 * sweeps' order puts there, and then ordered along by where its links go
 * at this width, as the sweeps order whole rows: a row that wraps puts
 * roles far apart that the sweeps thought side by side. */
static void
wrap_rows (OpsMapLayout *self,
           guint         columns)
{
  if (self->wrapped_columns == columns && !self->wrapped_grouped)
    return;
  self->wrapped_columns = columns;
  self->wrapped_grouped = FALSE;
  g_ptr_array_set_size (self->wrapped, 0);
  for (guint r = 0; r < self->rows->len; r++)
    {
      g_ptr_array_add (self->wrapped, g_array_copy (g_ptr_array_index (self->rows, r)));
      set_wrapped_x (self, g_ptr_array_index (self->wrapped, r), columns);
    }
  if (self->keep_sweep_order)
    return;
  for (guint sweep = 0; sweep < N_LINE_SWEEPS; sweep++)
    for (guint i = 0; i < self->rows->len; i++)
      order_lines (self, sweep % 2 == 0 ? i : self->rows->len - 1 - i, columns);
}

/* Places the lines of row @r from @y down; returns the y below them. */
static double
place_row (OpsMapLayout        *self,
           guint                r,
           double               y,
           double               node_width,
           guint                columns,
           const OpsMapMetrics *m)
{
  GArray *row = g_ptr_array_index (self->wrapped, r);

  for (guint first = 0; first < row->len; first += columns)
    {
      guint count = MIN (columns, row->len - first);
      double line = count * node_width + (count - 1) * self->spacing;
      double x = (m->width - line) / 2;
      double height = line_height (row, first, count, m), gap_top;

      if (first > 0)
        y += m->row_spacing;
      gap_top = y - m->row_spacing;
      if (self->lines->len < self->line_extra->len)
        y += g_array_index (self->line_extra, double, self->lines->len);
      for (guint c = 0; c < count; c++)
        {
          guint node = g_array_index (row, guint, first + c);

          graphene_rect_init (&self->node_rects[node], x + c * (node_width + self->spacing), y, node_width,
                              height);
          self->node_line[node] = self->lines->len;
        }
      g_array_append_val (self->lines, ((Line) { y, y + height, gap_top, gap_top, 0, 0, r, first, count, -1 }));
      y += height;
    }

  return y;
}

static const graphene_rect_t *
line_rect (OpsMapLayout *self,
           const Line   *line,
           guint         c)
{
  GArray *row = g_ptr_array_index (self->wrapped, line->row);

  return &self->node_rects[g_array_index (row, guint, line->first + c)];
}

static double
center_x (const graphene_rect_t *rect)
{
  return rect->origin.x + rect->size.width / 2;
}

/* Whether @x is within @clearance of a name above @line. */
static gboolean
under_name (OpsMapLayout *self,
            const Line   *line,
            double        x,
            double        clearance)
{
  for (guint i = 0; i < line->n_spans; i++)
    {
      const Span *span = &g_array_index (self->spans, Span, line->first_span + i);

      if (x > span->left - clearance && x < span->right + clearance)
        return TRUE;
    }

  return FALSE;
}

/* Whether a link going straight up at @x passes @line at least
 * @clearance away from each of its roles. */
static gboolean
passes_clear (OpsMapLayout *self,
              const Line   *line,
              double        x,
              double        clearance)
{
  for (guint c = 0; c < line->count; c++)
    {
      const graphene_rect_t *r = line_rect (self, line, c);

      if (x > r->origin.x - clearance && x < r->origin.x + r->size.width + clearance)
        return FALSE;
    }

  return !under_name (self, line, x, clearance);
}

/* Where a link heading for @x passes @line: at @x if that is clear, else
 * in the middle of the nearest gap between two roles or beside the line. */
static double
passage_x (OpsMapLayout *self,
           const Line   *line,
           double        x,
           double        spacing)
{
  double best = x, best_distance = G_MAXDOUBLE;

  if (passes_clear (self, line, x, CLEARANCE))
    return x;

  for (guint c = 0; c <= line->count; c++)
    {
      double gap, distance;

      /* Beside the line, as far out as between two roles, or half way
       * to the map's edge where that is nearer. */
      if (c == 0)
        gap = MAX (line_rect (self, line, 0)->origin.x - spacing / 2,
                   (line_rect (self, line, 0)->origin.x + self->left) / 2);
      else if (c == line->count)
        gap = MIN (line_rect (self, line, c - 1)->origin.x + line_rect (self, line, c - 1)->size.width + spacing / 2,
                   (line_rect (self, line, c - 1)->origin.x + line_rect (self, line, c - 1)->size.width +
                    self->right) / 2);
      else
        gap = (line_rect (self, line, c - 1)->origin.x + line_rect (self, line, c - 1)->size.width +
               line_rect (self, line, c)->origin.x) / 2;
      /* Under the stage's name only where there is no other way; beside
       * a line that fills the width, where two links hardly pass, only
       * where there is no gap between roles. */
      distance = ABS (gap - x) + (under_name (self, line, gap, CLEARANCE) ? G_MAXFLOAT : 0);
      if ((c == 0 && line_rect (self, line, 0)->origin.x - self->left < spacing) ||
          (c == line->count && self->right - line_rect (self, line, c - 1)->origin.x -
                                 line_rect (self, line, c - 1)->size.width < spacing))
        distance += G_MAXFLOAT / 2;
      if (distance < best_distance)
        {
          best_distance = distance;
          best = gap;
        }
    }

  return best;
}

static int
compare_through (gconstpointer a,
                 gconstpointer b,
                 gpointer      compare)
{
  return ((GCompareFunc) compare) (*(gconstpointer *) a, *(gconstpointer *) b);
}

/* Sorts @array with @compare, a total order, as g_array_sort() would:
 * through pointers, which the sort moves far faster than the routing's
 * structs, each moved once at the end. */
static void
sort_array (GArray       *array,
            GCompareFunc  compare)
{
  guint size = g_array_get_element_size (array);
  g_autofree char *copy = NULL;
  g_autofree gconstpointer *order = NULL;

  if (array->len < 2)
    return;
  copy = g_memdup2 (array->data, (gsize) array->len * size);
  order = g_new (gconstpointer, array->len);
  for (guint i = 0; i < array->len; i++)
    order[i] = copy + (gsize) i * size;
  g_sort_array (order, array->len, sizeof (gconstpointer), compare_through, compare);
  for (guint i = 0; i < array->len; i++)
    memcpy (array->data + (gsize) i * size, order[i], size);
}

/* A link's way from its lower role to its higher one, as x positions:
 * where it leaves, where it passes each line of roles between, where it
 * arrives; between each two, a gap it turns in at the height in @ys. */
typedef struct
{
  guint   low, high;      /* nodes */
  guint   first;          /* into the xs and ys arrays */
  guint   n;              /* x positions: lines passed + 2 */
} Way;

typedef struct
{
  double  x;              /* sort key */
  double  then;           /* tie break: where the link goes on to */
  guint   key;            /* the role it goes to: links into one role share */
  guint   index;          /* what to set */
  guint   from;           /* the role it leaves (G_MAXUINT: several) */
} Slot;

static int
compare_slots (gconstpointer a,
               gconstpointer b)
{
  const Slot *sa = a, *sb = b;

  if (sa->x != sb->x)
    return sa->x < sb->x ? -1 : 1;
  if (sa->then != sb->then)
    return sa->then < sb->then ? -1 : 1;
  if (sa->key != sb->key)
    return sa->key < sb->key ? -1 : 1;
  return (sa->index > sb->index) - (sa->index < sb->index);
}

static int
compare_slot_keys (gconstpointer a,
                   gconstpointer b)
{
  const Slot *sa = a, *sb = b;

  if (sa->key != sb->key)
    return sa->key < sb->key ? -1 : 1;
  return compare_slots (a, b);
}

/* The slots of each line (or each gap), by line. */
static GPtrArray *
collect_slots (OpsMapLayout *self,
               const Way    *ways,
               GArray       *xs,
               gboolean      turns)
{
  GPtrArray *by_line = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint l = 0; l < self->lines->len; l++)
    g_ptr_array_add (by_line, g_array_new (FALSE, FALSE, sizeof (Slot)));
  for (guint e = 0; e < self->edges->len / 2; e++)
    for (guint k = turns ? 0 : 1; k + 1 < ways[e].n; k++)
      {
        guint index = ways[e].first + k;
        double a = g_array_index (xs, double, index), b = g_array_index (xs, double, index + 1);
        Slot slot = { a, b, ways[e].high, index, ways[e].low };

        if (turns)
          {
            /* Straight on: no turn, no track. */
            if (a == b)
              continue;
            slot.x = MIN (a, b);
            slot.then = MAX (a, b);
          }
        g_array_append_val (g_ptr_array_index (by_line, self->node_line[ways[e].low] - k), slot);
      }

  return by_line;
}

/* A link passing a line where others pass too. */
typedef struct
{
  double x;               /* the gap's middle */
  guint  key;             /* the role it goes to: links into one role share */
  guint  from;            /* the role it leaves */
  guint  line;
  guint  index;           /* into xs */
} Pass;

static int
compare_passes (gconstpointer a,
                gconstpointer b)
{
  const Pass *pa = a, *pb = b;

  if (pa->x != pb->x)
    return pa->x < pb->x ? -1 : 1;
  if (pa->key != pb->key)
    return pa->key < pb->key ? -1 : 1;
  if (pa->line != pb->line)
    return pa->line < pb->line ? -1 : 1;
  return (pa->index > pb->index) - (pa->index < pb->index);
}

/* A role's links in one passage: from line @first to line @last. */
typedef struct
{
  guint key, from, first, last, lane;   /* from: all its links leave it, or G_MAXUINT */
} Run;

static int
compare_runs (gconstpointer a,
              gconstpointer b)
{
  const Run *ra = a, *rb = b;

  if (ra->first != rb->first)
    return ra->first < rb->first ? -1 : 1;
  return (ra->key > rb->key) - (ra->key < rb->key);
}

/* The clear stretch of @line around @x, 2 px off the roles beside it. */
static void
clear_stretch (OpsMapLayout *self,
               const Line   *line,
               double        x,
               double       *lo,
               double       *hi,
               gboolean     *between)
{
  for (guint c = 0; c < line->count; c++)
    {
      const graphene_rect_t *r = line_rect (self, line, c);

      if (r->origin.x + r->size.width <= x)
        *lo = MAX (*lo, r->origin.x + r->size.width + 2);
      else
        *hi = MIN (*hi, r->origin.x - 2);
      *between |= c > 0 && r->origin.x > x;
    }
  for (guint i = 0; i < line->n_spans; i++)
    {
      const Span *span = &g_array_index (self->spans, Span, line->first_span + i);

      if (span->right <= x)
        *lo = MAX (*lo, span->right + 2);
      else if (span->left >= x)
        *hi = MIN (*hi, span->left - 2);
    }
}

/* The links through one passage (@passes[@i] to [@j - 1], one x) get
 * lanes: one per role they go to, kept through every line they pass, so
 * that two lanes that pass lines near each other (a line apart, or less)
 * never share. LINK_SPACING apart, centred on the passage where the
 * stretch allows. */
static void
assign_passage (OpsMapLayout *self,
                GArray       *passes,
                guint         i,
                guint         j,
                GArray       *xs)
{
  double x = g_array_index (passes, Pass, i).x, lo = self->left, hi = self->right, step, start;
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (Run));
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) sources = g_array_new (FALSE, FALSE, sizeof (guint));
  gboolean between = FALSE;

  for (guint p = i; p < j; p++)
    {
      const Pass *pass = &g_array_index (passes, Pass, p);

      if (runs->len == 0 || g_array_index (runs, Run, runs->len - 1).key != pass->key)
        g_array_append_val (runs, ((Run) { pass->key, pass->from, pass->line, pass->line, 0 }));
      else
        {
          Run *run = &g_array_index (runs, Run, runs->len - 1);

          run->last = pass->line;
          if (run->from != pass->from)
            run->from = G_MAXUINT;
        }
      clear_stretch (self, &g_array_index (self->lines, Line, pass->line), x, &lo, &hi, &between);
    }
  if (runs->len < 2)
    return;

  sort_array (runs, compare_runs);
  for (guint r = 0; r < runs->len; r++)
    {
      Run *run = &g_array_index (runs, Run, r);
      guint lane;

      /* Links that leave one role may share a lane: they are one tree. */
      for (lane = 0; lane < ends->len; lane++)
        if (run->from != G_MAXUINT && g_array_index (sources, guint, lane) == run->from)
          break;
      if (lane < ends->len)
        {
          g_array_index (ends, guint, lane) = MAX (g_array_index (ends, guint, lane), run->last);
          run->lane = lane;
          continue;
        }
      for (lane = 0; lane < ends->len && g_array_index (ends, guint, lane) + 1 >= run->first; lane++)
        ;
      if (lane == ends->len)
        {
          g_array_append_val (ends, run->last);
          g_array_append_val (sources, run->from);
        }
      else
        {
          g_array_index (ends, guint, lane) = run->last;
          g_array_index (sources, guint, lane) = run->from;
        }
      run->lane = lane;
    }
  if (ends->len < 2)
    return;

  /* Too little room between two roles: the next placing widens the gaps. */
  if (between && hi - lo < (ends->len - 1) * LINK_SPACING)
    self->need_spacing = MAX (self->need_spacing, (ends->len - 1) * LINK_SPACING - (hi - lo));
  step = MIN (LINK_SPACING, (hi - lo) / (ends->len - 1));
  if (step < 1)
    return;
  start = CLAMP (x - (ends->len - 1) * step / 2, lo, hi - (ends->len - 1) * step);

  for (guint p = i, r = 0; p < j; p++)
    {
      const Pass *pass = &g_array_index (passes, Pass, p);

      /* The runs are in key order again below: find this one's. */
      for (r = 0; g_array_index (runs, Run, r).key != pass->key; r++)
        ;
      g_array_index (xs, double, pass->index) = start + g_array_index (runs, Run, r).lane * step;
    }
}

/* Links into different roles that pass a line at the same place get lanes
 * of their own (see assign_passage()). */
static void
assign_lanes (OpsMapLayout *self,
              const Way    *ways,
              GArray       *xs)
{
  g_autoptr(GArray) passes = g_array_new (FALSE, FALSE, sizeof (Pass));

  for (guint e = 0; e < self->edges->len / 2; e++)
    for (guint k = 1; k + 1 < ways[e].n; k++)
      {
        guint index = ways[e].first + k;
        Pass pass = { g_array_index (xs, double, index), ways[e].high, ways[e].low, self->node_line[ways[e].low] - k,
                      index };

        g_array_append_val (passes, pass);
      }
  sort_array (passes, compare_passes);

  for (guint i = 0, j; i < passes->len; i = j)
    {
      for (j = i + 1; j < passes->len && g_array_index (passes, Pass, j).x == g_array_index (passes, Pass, i).x; j++)
        ;
      assign_passage (self, passes, i, j, xs);
    }
}

/* @n tracks from @top to @bottom: spread evenly; where that puts them
 * too close, LINK_SPACING apart in the middle, no nearer the roles than
 * TRACK_EDGE. FALSE (and spread evenly) if there is not room for that. */
static gboolean
spread_tracks (double  top,
               double  bottom,
               guint   n,
               double *step,
               double *edge)
{
  *step = *edge = (bottom - top) / (n + 1);
  if (n == 0 || *step >= LINK_SPACING)
    return TRUE;
  *step = LINK_SPACING;
  *edge = (bottom - top - (n - 1) * LINK_SPACING) / 2;
  if (*edge >= TRACK_EDGE)
    return TRUE;
  *step = *edge = (bottom - top) / (n + 1);

  return FALSE;
}

/* Of the tracks of the gap under a stage's name or a path's caption
 * (above @line), those whose links all come up from @line clear of the
 * names go above them, between @above (the bottom of the line before)
 * and the names, as many as fit: @ranks says which, by track (their
 * order there, or -1). @slots are the gap's turns, in key order, one run
 * per span. Returns how many. */
static guint
tracks_above_title (OpsMapLayout *self,
                    const Line   *line,
                    double        above,
                    GArray       *slots,
                    GArray       *xs,
                    GArray       *tracks,
                    GArray       *ranks)
{
  double room = line->title_top - above - 2 * TRACK_EDGE;
  guint fit = room >= 0 ? (guint) (room / LINK_SPACING) + 1 : 0, n = 0;

  for (guint t = 0; t < ranks->len; t++)
    g_array_index (ranks, int, t) = 0;
  for (guint i = 0, span = 0; i < slots->len; i++)
    {
      const Slot *slot = &g_array_index (slots, Slot, i);

      if (i > 0 && slot->key != g_array_index (slots, Slot, i - 1).key)
        span++;
      /* Where it comes up from the line, it would pass the names; and a
       * track above a name that others turn under crosses all of them:
       * only one clear of every name goes above. */
      for (guint k = 0; k < line->n_spans; k++)
        {
          const Span *name = &g_array_index (self->spans, Span, line->first_span + k);

          if (name->left - CLEARANCE < slot->then && name->right + CLEARANCE > slot->x)
            g_array_index (ranks, int, g_array_index (tracks, guint, span)) = -1;
        }
    }
  for (guint t = 0; t < ranks->len; t++)
    if (g_array_index (ranks, int, t) == 0 && n < fit)
      g_array_index (ranks, int, t) = n++;
    else
      g_array_index (ranks, int, t) = -1;

  return n;
}

/* One span per role: from the leftmost to the rightmost turn into it.
 * Sorts @slots by key on the way. */
static void
merge_spans (GArray *slots,
             GArray *spans)
{
  sort_array (slots, compare_slot_keys);
  g_array_set_size (spans, 0);
  for (guint i = 0; i < slots->len; i++)
    {
      const Slot *slot = &g_array_index (slots, Slot, i);

      if (i == 0 || slot->key != g_array_index (slots, Slot, i - 1).key)
        g_array_append_val (spans, ((Slot) { slot->x, slot->then, slot->key, spans->len, slot->from }));
      else
        {
          Slot *span = &g_array_index (spans, Slot, spans->len - 1);

          span->then = MAX (span->then, slot->then);
          if (span->from != slot->from)
            span->from = G_MAXUINT;
        }
    }
}

/* Packs the spans, left to right, onto as few tracks as keep unrelated
 * ones TRACK_REUSE apart; @ends and @sources hold each track's right end
 * and the role its turns come out of, and @tracks gets each span's track
 * by the span's place in key order. */
static void
pack_tracks (GArray *spans,
             GArray *ends,
             GArray *sources,
             GArray *tracks)
{
  sort_array (spans, compare_slots);
  g_array_set_size (ends, 0);
  g_array_set_size (sources, 0);
  g_array_set_size (tracks, spans->len);
  for (guint i = 0; i < spans->len; i++)
    {
      const Slot *span = &g_array_index (spans, Slot, i);
      guint t;

      /* Turns out of one role may share a track: they are one tree. */
      for (t = 0; t < ends->len; t++)
        if (span->from != G_MAXUINT && g_array_index (sources, guint, t) == span->from)
          break;
      if (t == ends->len)
        for (t = 0; t < ends->len && g_array_index (ends, double, t) + TRACK_REUSE >= span->x; t++)
          ;
      if (t == ends->len)
        {
          g_array_append_val (ends, span->then);
          g_array_append_val (sources, span->from);
        }
      else
        {
          g_array_index (ends, double, t) = MAX (g_array_index (ends, double, t), span->then);
          g_array_index (sources, guint, t) = span->from;
        }
      /* By the span's place in key order, which is its index. */
      g_array_index (tracks, guint, span->index) = t;
    }
}

/* In each gap, the turns into one role share a track; turns into other
 * roles that would overlap it get tracks of their own, spread evenly
 * over the room the gap has. */
static void
assign_tracks (OpsMapLayout *self,
               const Way    *ways,
               GArray       *xs,
               GArray       *ys)
{
  g_autoptr(GPtrArray) by_gap = collect_slots (self, ways, xs, TRUE);
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (Slot));
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) tracks = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) sources = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) ranks = g_array_new (FALSE, FALSE, sizeof (int));

  /* Gap l lies above line l. */
  for (guint l = 1; l < self->lines->len; l++)
    {
      GArray *slots = g_ptr_array_index (by_gap, l);
      const Line *line = &g_array_index (self->lines, Line, l);
      double top = g_array_index (self->lines, Line, l - 1).bottom;
      double bottom = line->top, step, edge, step_above, edge_above;
      guint n_above;

      top = MAX (top, g_array_index (self->lines, Line, l).gap_top);
      merge_spans (slots, spans);
      pack_tracks (spans, ends, sources, tracks);

      /* Under a stage's name, tracks clear of it may run above it. */
      g_array_set_size (ranks, ends->len);
      for (guint t = 0; t < ends->len; t++)
        g_array_index (ranks, int, t) = -1;
      n_above = 0;
      if (line->gap_top > g_array_index (self->lines, Line, l - 1).bottom + 0.5)
        n_above = tracks_above_title (self, line, g_array_index (self->lines, Line, l - 1).bottom, slots, xs, tracks,
                                      ranks);
      for (guint t = 0, k = 0; t < ends->len; t++)
        if (g_array_index (ranks, int, t) >= 0)
          g_array_index (ranks, int, t) = -1 - g_array_index (ranks, int, t);
        else
          g_array_index (ranks, int, t) = k++;
      spread_tracks (g_array_index (self->lines, Line, l - 1).bottom, line->title_top, n_above, &step_above,
                     &edge_above);
      if (!spread_tracks (top, bottom, ends->len - n_above, &step, &edge))
        g_array_index (self->line_need, double, l) = 2 * TRACK_EDGE + (ends->len - n_above - 1) * LINK_SPACING -
                                                    (bottom - top);
      for (guint i = 0, span = 0; i < slots->len; i++)
        {
          const Slot *slot = &g_array_index (slots, Slot, i);
          int rank;

          if (i > 0 && slot->key != g_array_index (slots, Slot, i - 1).key)
            span++;
          rank = g_array_index (ranks, int, g_array_index (tracks, guint, span));
          g_array_index (ys, double, slot->index) =
            rank >= 0 ? top + edge + rank * step
                      : g_array_index (self->lines, Line, l - 1).bottom + edge_above + (-1 - rank) * step_above;
        }
    }
}

/* Turns each way into its points: up, across, up, … */
static void
trace_ways (OpsMapLayout *self,
            const Way    *ways,
            GArray       *xs,
            GArray       *ys)
{
  guint n_edges = self->edges->len / 2;

  g_array_set_size (self->link_points, 0);
  for (guint e = 0; e < n_edges; e++)
    {
      const Way *way = &ways[e];
      const graphene_rect_t *low = &self->node_rects[way->low], *high = &self->node_rects[way->high];
      graphene_point_t point;

      self->link_first[e] = self->link_points->len;
      if (way->n == 0)
        continue;
      point = GRAPHENE_POINT_INIT (g_array_index (xs, double, way->first), low->origin.y);
      g_array_append_val (self->link_points, point);
      for (guint k = 0; k + 1 < way->n; k++)
        {
          double a = g_array_index (xs, double, way->first + k), b = g_array_index (xs, double, way->first + k + 1);
          double y = g_array_index (ys, double, way->first + k);

          if (a == b)
            continue;
          point = GRAPHENE_POINT_INIT (a, y);
          g_array_append_val (self->link_points, point);
          point = GRAPHENE_POINT_INIT (b, y);
          g_array_append_val (self->link_points, point);
        }
      point = GRAPHENE_POINT_INIT (g_array_index (xs, double, way->first + way->n - 1),
                                   high->origin.y + high->size.height);
      g_array_append_val (self->link_points, point);
    }
  self->link_first[n_edges] = self->link_points->len;
}

/* A straight piece of a link, from its point @point to the next: upright
 * at x = @at, or across at y = @at; @from < @to along it. */
typedef struct
{
  double at, from, to;
  guint  edge, point;
} Piece;

static int
compare_pieces (gconstpointer a,
                gconstpointer b)
{
  const Piece *pa = a, *pb = b;

  if (pa->at != pb->at)
    return pa->at < pb->at ? -1 : 1;
  if (pa->edge != pb->edge)
    return pa->edge < pb->edge ? -1 : 1;
  return (pa->point > pb->point) - (pa->point < pb->point);
}

static gboolean
edges_share_a_role (OpsMapLayout *self,
                    guint         e,
                    guint         f)
{
  guint a = g_array_index (self->edges, guint, 2 * e), b = g_array_index (self->edges, guint, 2 * e + 1);
  guint c = g_array_index (self->edges, guint, 2 * f), d = g_array_index (self->edges, guint, 2 * f + 1);

  return a == c || a == d || b == c || b == d;
}

static graphene_point_t *
link_point (OpsMapLayout *self,
            guint         i)
{
  return &g_array_index (self->link_points, graphene_point_t, i);
}

/* The first line whose bottom is below @y. */
static guint
first_line_below (OpsMapLayout *self,
                  double        y)
{
  guint lo = 0, hi = self->lines->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (self->lines, Line, mid).bottom <= y)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/* Whether the piece may run at @at instead: clear of every role beside
 * it by 2 px, not turning back on the pieces before and after it, and
 * on its own roles where it leaves or arrives. */
static gboolean
piece_fits (OpsMapLayout *self,
            const Piece  *piece,
            gboolean      upright,
            double        at)
{
  guint first = self->link_first[piece->edge], last = self->link_first[piece->edge + 1] - 1;
  graphene_rect_t span;

  if (upright)
    {
      if (at < self->left || at > self->right)
        return FALSE;
      for (guint end = 0; end < 2; end++)
        {
          const graphene_rect_t *r = &self->node_rects[g_array_index (self->edges, guint, 2 * piece->edge + end)];
          gboolean touches = (piece->point == first && r->origin.y == link_point (self, first)->y) ||
                             (piece->point + 1 == last && r->origin.y + r->size.height == link_point (self, last)->y);

          if (touches && (at < r->origin.x + CLEARANCE || at > r->origin.x + r->size.width - CLEARANCE))
            return FALSE;
        }
      graphene_rect_init (&span, at - 2, piece->from, 4, piece->to - piece->from);
    }
  else
    {
      /* Links climb: the point before is lower, the one after higher. */
      if (at >= link_point (self, piece->point - 1)->y - 1 || at <= link_point (self, piece->point + 2)->y + 1)
        return FALSE;
      graphene_rect_init (&span, piece->from, at - 2, piece->to - piece->from, 4);
    }

  /* Only the lines of roles the piece runs beside can be in its way;
   * the lines go from the top down. */
  for (guint l = first_line_below (self, span.origin.y); l < self->lines->len; l++)
    {
      const Line *line = &g_array_index (self->lines, Line, l);

      if (line->top >= span.origin.y + span.size.height)
        break;
      if (line->bottom <= span.origin.y)
        continue;
      for (guint c = 0; c < line->count; c++)
        {
          const graphene_rect_t *r = line_rect (self, line, c);

          if (r->origin.x < span.origin.x + span.size.width && r->origin.x + r->size.width > span.origin.x &&
              r->origin.y < span.origin.y + span.size.height && r->origin.y + r->size.height > span.origin.y)
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
pieces_beside (OpsMapLayout *self,
               const Piece  *a,
               const Piece  *b,
               double        at)
{
  return ABS (a->at - at) < LINK_SPACING - 0.01 && a->edge != b->edge &&
         MIN (a->to, b->to) - MAX (a->from, b->from) > 0.5 && !edges_share_a_role (self, a->edge, b->edge);
}

/* The first piece of @done (sorted by place) after @at - LINK_SPACING. */
static guint
first_near (GArray *done,
            double  at)
{
  guint lo = 0, hi = done->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (done, Piece, mid).at <= at - LINK_SPACING)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/* The pieces placed so far, by stretch of CELL px along them: each in
 * every cell it runs through, each cell's sorted by place. A piece need
 * only look at the cells it runs through, not at every piece at its x
 * (a role's middle, where the links of a whole column of roles leave). */
#define CELL 512

static GPtrArray *
cells_new (GArray *pieces)
{
  GPtrArray *cells = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  double end = 0;

  for (guint i = 0; i < pieces->len; i++)
    end = MAX (end, g_array_index (pieces, Piece, i).to);
  for (guint c = 0; c <= (guint) (MAX (0, end) / CELL); c++)
    g_ptr_array_add (cells, g_array_new (FALSE, FALSE, sizeof (Piece)));

  return cells;
}

static guint
cell_of (GPtrArray *cells,
         double     along)
{
  return MIN ((guint) (MAX (0, along) / CELL), cells->len - 1);
}

static void
cells_add (GPtrArray   *cells,
           const Piece *piece)
{
  for (guint c = cell_of (cells, piece->from); c <= cell_of (cells, piece->to); c++)
    {
      GArray *done = g_ptr_array_index (cells, c);
      guint lo;

      for (lo = done->len; lo > 0 && compare_pieces (&g_array_index (done, Piece, lo - 1), piece) > 0; lo--)
        ;
      g_array_insert_val (done, lo, *piece);
    }
}

/* A piece placed so far that @piece would run beside at @at, or NULL. */
static const Piece *
find_beside (OpsMapLayout *self,
             GPtrArray    *cells,
             const Piece  *piece,
             double        at)
{
  for (guint c = cell_of (cells, piece->from); c <= cell_of (cells, piece->to); c++)
    {
      GArray *done = g_ptr_array_index (cells, c);

      for (guint j = first_near (done, at); j < done->len && g_array_index (done, Piece, j).at < at + LINK_SPACING; j++)
        if (g_array_index (done, Piece, j).at > at - LINK_SPACING &&
            pieces_beside (self, &g_array_index (done, Piece, j), piece, at))
          return &g_array_index (done, Piece, j);
    }

  return NULL;
}

/* Where @piece could go before (left of, or above) its place to keep
 * clear of the pieces placed so far. */
static double
clear_before (OpsMapLayout *self,
              GPtrArray    *cells,
              const Piece  *piece)
{
  double at = piece->at;
  const Piece *other;

  for (guint tries = 0; tries < 16 && (other = find_beside (self, cells, piece, at)) != NULL; tries++)
    at = other->at - LINK_SPACING;

  return at;
}

/* The first place from @piece's own on that keeps clear of the pieces
 * placed so far: past each it would run beside, in turn. */
static double
clear_after (OpsMapLayout *self,
             GPtrArray    *cells,
             const Piece  *piece)
{
  double at = piece->at;
  const Piece *other;

  while ((other = find_beside (self, cells, piece, at)) != NULL)
    at = other->at + LINK_SPACING;

  return at;
}

static void
move_piece (OpsMapLayout *self,
            Piece        *piece,
            gboolean      upright,
            double        at)
{
  if (upright)
    link_point (self, piece->point)->x = link_point (self, piece->point + 1)->x = at;
  else
    link_point (self, piece->point)->y = link_point (self, piece->point + 1)->y = at;
  piece->at = at;
}

static GArray *
collect_pieces (OpsMapLayout *self,
                gboolean      upright)
{
  GArray *pieces = g_array_new (FALSE, FALSE, sizeof (Piece));

  for (guint e = 0; e < self->edges->len / 2; e++)
    for (guint i = self->link_first[e]; i + 1 < self->link_first[e + 1]; i++)
      {
        const graphene_point_t *p = link_point (self, i);
        double a = upright ? p[0].y : p[0].x, b = upright ? p[1].y : p[1].x;

        if ((upright ? p[0].x == p[1].x : p[0].y == p[1].y) && a != b)
          g_array_append_val (pieces, ((Piece) { upright ? p[0].x : p[0].y, MIN (a, b), MAX (a, b), e, i }));
      }
  sort_array (pieces, compare_pieces);

  return pieces;
}

/* Moves apart the pieces of links that share no role and run side by
 * side closer than LINK_SPACING: where a lane of one line meets a role's
 * middle in the next, or a link leaves a role right under another that
 * one arrives at. One sweep, left to right (or top to bottom): each piece
 * goes past those before it it would run beside, where it fits; what
 * cannot move asks for wider gaps. */
static void
nudge_pieces (OpsMapLayout *self,
              gboolean      upright)
{
  g_autoptr(GArray) pieces = collect_pieces (self, upright);
  g_autoptr(GPtrArray) cells = cells_new (pieces);

  for (guint i = 0; i < pieces->len; i++)
    {
      Piece *piece = &g_array_index (pieces, Piece, i);
      double at = clear_after (self, cells, piece);

      if (at != piece->at)
        {
          if (!piece_fits (self, piece, upright, at))
            at = clear_before (self, cells, piece);
          if (piece_fits (self, piece, upright, at))
            move_piece (self, piece, upright, at);
          else if (upright)
            self->need_spacing = MAX (self->need_spacing, LINK_SPACING);
          else
            for (guint l = 0; l < self->lines->len; l++)
              if (g_array_index (self->lines, Line, l).top >= piece->at)
                {
                  g_array_index (self->line_need, double, l) = MAX (g_array_index (self->line_need, double, l),
                                                                     LINK_SPACING);
                  break;
                }
        }
      cells_add (cells, piece);
    }
}

/* Routes every link at right angles around the roles (see the top of the
 * file); place() calls it once the roles have their rectangles. Stops
 * short, the links not routed, once the lanes between roles ask for
 * gaps at least LINK_SPACING wider while the gaps may still grow to
 * @most: what the rest would find could ask for no more than that, and
 * place() widens them and routes again. */
static void
route_links (OpsMapLayout        *self,
             const OpsMapMetrics *m,
             double               most)
{
  guint n_edges = self->edges->len / 2;
  g_autofree Way *ways = g_new0 (Way, n_edges);
  g_autoptr(GArray) xs = g_array_new (FALSE, TRUE, sizeof (double));
  g_autoptr(GArray) ys = NULL;

  self->left = m->margin;
  self->right = m->width - m->margin;
  self->need_spacing = 0;
  g_array_set_size (self->line_need, 0);
  g_array_set_size (self->line_need, self->lines->len);
  for (guint e = 0; e < n_edges; e++)
    {
      guint a = g_array_index (self->edges, guint, 2 * e);
      guint b = g_array_index (self->edges, guint, 2 * e + 1);
      Way *way = &ways[e];

      way->low = self->node_line[a] > self->node_line[b] ? a : b;
      way->high = way->low == a ? b : a;
      way->first = xs->len;
      /* Two roles of one line are never linked: links climb rows. */
      if (self->node_line[a] == self->node_line[b])
        continue;
      way->n = self->node_line[way->low] - self->node_line[way->high] + 1;
      g_array_set_size (xs, xs->len + way->n);
    }
  ys = g_array_sized_new (FALSE, TRUE, sizeof (double), xs->len);
  g_array_set_size (ys, xs->len);

  /* Each link leaves the middle of its lower role's top and arrives at
   * the middle of its higher one's bottom, and passes each line between
   * where the higher role's middle is, or the nearest gap to it: the same
   * places for every link into that role, which makes them one tree. */
  for (guint e = 0; e < n_edges; e++)
    {
      const Way *way = &ways[e];
      double x2 = center_x (&self->node_rects[way->high]);

      if (way->n == 0)
        continue;
      g_array_index (xs, double, way->first) = center_x (&self->node_rects[way->low]);
      g_array_index (xs, double, way->first + way->n - 1) = x2;
      for (guint k = 1; k + 1 < way->n; k++)
        g_array_index (xs, double, way->first + k) =
          passage_x (self, &g_array_index (self->lines, Line, self->node_line[way->low] - k), x2, self->spacing);
    }
  assign_lanes (self, ways, xs);
  if (self->need_spacing >= LINK_SPACING && self->spacing < most)
    return;
  assign_tracks (self, ways, xs, ys);
  trace_ways (self, ways, xs, ys);
  nudge_pieces (self, TRUE);
  nudge_pieces (self, FALSE);
}

/* The widest gaps between roles that keep as many roles on a line as
 * the metrics' own spacing does: a row that wraps onto more lines would
 * need still more room. */
static double
most_spacing (OpsMapLayout        *self,
              const OpsMapMetrics *m)
{
  double avail = MAX (1, m->width - 2 * m->margin - 2 * m->band_padding);
  double node_width = CLAMP ((avail - (longest_row (self) - 1) * m->column_spacing) / longest_row (self),
                             MIN (m->node_width_min, avail), m->node_width_max);
  guint columns = MAX (1, (guint) ((avail + m->column_spacing) / (node_width + m->column_spacing)));

  columns = MIN (columns, longest_row (self));
  if (columns < 2)
    return m->column_spacing;

  return MAX (m->column_spacing, floor ((avail - columns * m->node_width_min) / (columns - 1)));
}

#define CAPTION_ROOM 12  /* under a path's caption, for links to turn in */

/* The columns each lane gets out of @columns; FALSE where the lanes do
 * not fit side by side, each at least half as wide as its roles need:
 * narrower, a lane's roles would stack into a tower that links must
 * climb around, crossing each other at every turn. */
static gboolean
fit_lanes (OpsMapLayout *self,
           guint         columns)
{
  guint n = self->lane_branches->len, sum = 0;

  if (n < 2)
    return FALSE;
  for (guint l = 0; l < n; l++)
    {
      self->lane_width[l] = (self->lane_demand[l] + 1) / 2;
      sum += self->lane_width[l];
    }
  if (sum > columns)
    return FALSE;
  /* What is left goes to the lane that lacks most, in proportion. */
  while (sum < columns)
    {
      int best = -1;
      double most = 1;

      for (guint l = 0; l < n; l++)
        if (self->lane_width[l] < self->lane_demand[l] &&
            (double) self->lane_demand[l] / self->lane_width[l] > most)
          {
            most = (double) self->lane_demand[l] / self->lane_width[l];
            best = l;
          }
      if (best < 0)
        break;
      self->lane_width[best]++;
      sum++;
    }

  return TRUE;
}

static int
find_group (OpsMapLayout *self,
            guint         r,
            guint         lane)
{
  for (guint g = 0; g < self->groups->len; g++)
    if (g_array_index (self->groups, Group, g).row == r && g_array_index (self->groups, Group, g).lane == lane)
      return g;

  return -1;
}

/* The roles of @lane in row @r, as the sweeps ordered them. */
static void
lane_segment (OpsMapLayout *self,
              guint         r,
              guint         lane,
              guint        *first,
              guint        *count)
{
  GArray *row = g_ptr_array_index (self->rows, r);

  *first = *count = 0;
  for (guint c = 0; c < row->len; c++)
    if (self->lane[g_array_index (row, guint, c)] == lane)
      {
        if (*count == 0)
          *first = c;
        (*count)++;
      }
}

/* Ends a line of row @r: its @count nodes, wrapped[r] from @first on,
 * at @xs. */
static double
end_line (OpsMapLayout        *self,
          guint                r,
          guint                first,
          guint                count,
          const double        *xs,
          double               y,
          double               gap_top,
          double               title_top,
          double               node_width,
          const OpsMapMetrics *m)
{
  GArray *wrapped = g_ptr_array_index (self->wrapped, r);
  double height = line_height (wrapped, first, count, m);

  for (guint c = 0; c < count; c++)
    {
      guint node = g_array_index (wrapped, guint, first + c);

      graphene_rect_init (&self->node_rects[node], xs[c], y, node_width, height);
      self->node_line[node] = self->lines->len;
    }
  g_array_append_val (self->lines, ((Line) { y, y + height, gap_top, title_top, 0, 0, r, first, count, -1 }));

  return y + height;
}

/* Row @r with the lanes side by side: line k holds each lane's k-th
 * stretch of its roles, centred in the lane. */
static double
place_row_in_lanes (OpsMapLayout        *self,
                    guint                r,
                    double               y,
                    double               node_width,
                    const OpsMapMetrics *m)
{
  GArray *wrapped = g_ptr_array_index (self->wrapped, r);
  guint n_lanes = self->lane_branches->len, n_lines = 0;
  g_autofree double *xs = g_new (double, ((GArray *) g_ptr_array_index (self->rows, r))->len + 1);

  for (guint l = 0; l < n_lanes; l++)
    {
      guint first, count;

      lane_segment (self, r, l, &first, &count);
      n_lines = MAX (n_lines, (count + self->lane_width[l] - 1) / self->lane_width[l]);
    }
  for (guint k = 0; k < n_lines; k++)
    {
      guint line_first = wrapped->len, n = 0;
      double gap_top;

      if (k > 0)
        y += m->row_spacing;
      gap_top = y - m->row_spacing;
      if (self->lines->len < self->line_extra->len)
        y += g_array_index (self->line_extra, double, self->lines->len);
      for (guint i = 0; i < n_lanes; i++)
        {
          guint l = self->lane_order[i], w = self->lane_width[l], first, count, q;

          lane_segment (self, r, l, &first, &count);
          if (k * w >= count)
            continue;
          q = MIN (w, count - k * w);
          for (guint c = 0; c < q; c++)
            {
              guint node = g_array_index ((GArray *) g_ptr_array_index (self->rows, r), guint, first + k * w + c);

              g_array_append_val (wrapped, node);
              xs[n++] = self->lane_left[l] + ((w - q) / 2.0 + c) * (node_width + self->spacing);
            }
        }
      y = end_line (self, r, line_first, wrapped->len - line_first, xs, y, gap_top, gap_top, node_width, m);
    }

  return y;
}

/* Sets where each role of row @r sits across its line, centred, as the
 * grouped rows go onto lines (line_counts). */
static void
set_grouped_x (OpsMapLayout *self,
               guint         r)
{
  GArray *wrapped = g_ptr_array_index (self->wrapped, r);
  GArray *counts = g_ptr_array_index (self->line_counts, r);

  for (guint i = 0, first = 0; i < counts->len; first += g_array_index (counts, guint, i++))
    for (guint c = 0; c < g_array_index (counts, guint, i); c++)
      self->wrapped_x[g_array_index (wrapped, guint, first + c)] = c - (g_array_index (counts, guint, i) - 1) / 2.0;
}

typedef struct
{
  double group_key;       /* the mean of its path's roles on the line */
  guint  lane;
  SortKey node;
} GroupKey;

static int
compare_group_keys (gconstpointer a,
                    gconstpointer b)
{
  const GroupKey *ka = a, *kb = b;

  if (ka->group_key != kb->group_key)
    return ka->group_key < kb->group_key ? -1 : 1;
  if (ka->lane != kb->lane)
    return ka->lane < kb->lane ? -1 : 1;
  return compare_keys (&ka->node, &kb->node);
}

/* Orders each line of grouped row @r by where its links go, as
 * order_lines() does, keeping each path's roles together: the paths on
 * a line by the mean of their roles, the roles within a path likewise. */
static void
order_grouped_lines (OpsMapLayout *self,
                     guint         r)
{
  GArray *wrapped = g_ptr_array_index (self->wrapped, r);
  GArray *counts = g_ptr_array_index (self->line_counts, r);
  g_autofree GroupKey *keys = g_new (GroupKey, wrapped->len + 1);
  g_autofree double *lane_key = g_new0 (double, self->lane_branches->len);
  g_autofree guint *lane_n = g_new0 (guint, self->lane_branches->len);

  for (guint i = 0, first = 0; i < counts->len; first += g_array_index (counts, guint, i++))
    {
      guint count = g_array_index (counts, guint, i);

      memset (lane_key, 0, self->lane_branches->len * sizeof (double));
      memset (lane_n, 0, self->lane_branches->len * sizeof (guint));
      for (guint c = 0; c < count; c++)
        {
          guint node = g_array_index (wrapped, guint, first + c);
          GArray *neighbours = g_ptr_array_index (self->neighbours, node);
          double sum = 0;
          guint n = 0;

          for (guint k = 0; k < neighbours->len; k++)
            if (self->row[g_array_index (neighbours, guint, k)] != r)
              {
                sum += self->wrapped_x[g_array_index (neighbours, guint, k)];
                n++;
              }
          keys[c].node = (SortKey) { node, n ? sum / n : self->wrapped_x[node], c };
          keys[c].lane = self->lane[node];
          lane_key[keys[c].lane] += keys[c].node.key;
          lane_n[keys[c].lane]++;
        }
      /* A path's mean decides where it goes; its roles' order inside. */
      for (guint c = 0; c < count; c++)
        keys[c].group_key = lane_key[keys[c].lane] / lane_n[keys[c].lane];
      qsort (keys, count, sizeof (GroupKey), compare_group_keys);
      for (guint c = 0; c < count; c++)
        g_array_index (wrapped, guint, first + c) = keys[c].node.node;
    }
  set_grouped_x (self, r);
}

/* The rows as they go onto lines of @columns roles where the lanes do
 * not fit: each path's roles together, in lane order, as many paths on
 * a line as fit whole; a path with more roles than a line holds wraps
 * onto lines of its own. Then ordered along by where the links go. */
static void
group_rows (OpsMapLayout *self,
            guint         columns)
{
  guint n_lanes = self->lane_branches->len;

  if (self->wrapped_columns == columns && self->wrapped_grouped)
    return;
  self->wrapped_columns = columns;
  self->wrapped_grouped = TRUE;
  g_ptr_array_set_size (self->wrapped, 0);
  g_ptr_array_set_size (self->line_counts, 0);
  for (guint r = 0; r < self->rows->len; r++)
    {
      GArray *row = g_ptr_array_index (self->rows, r);
      GArray *wrapped = g_array_new (FALSE, FALSE, sizeof (guint));
      GArray *counts = g_array_new (FALSE, FALSE, sizeof (guint));
      guint used = 0;

      g_ptr_array_add (self->wrapped, wrapped);
      g_ptr_array_add (self->line_counts, counts);
      for (guint i = 0; i < n_lanes; i++)
        {
          guint first, count;
          lane_segment (self, r, self->lane_order[i], &first, &count);
          if (count == 0)
            continue;
          if (used > 0 && used + count > columns)
            {
              g_array_append_val (counts, used);
              used = 0;
            }
          for (guint k = 0; k < count; k++)
            {
              g_array_append_val (wrapped, g_array_index (row, guint, first + k));
              if (++used == columns)
                {
                  g_array_append_val (counts, used);
                  used = 0;
                }
            }
        }
      if (used > 0)
        g_array_append_val (counts, used);
      set_grouped_x (self, r);
    }
  if (self->keep_sweep_order)
    return;
  for (guint sweep = 0; sweep < N_LINE_SWEEPS; sweep++)
    for (guint i = 0; i < self->rows->len; i++)
      order_grouped_lines (self, sweep % 2 == 0 ? i : self->rows->len - 1 - i);
}

/* Places grouped row @r's lines: each path's caption over its first
 * roles in the row. */
static double
place_row_in_groups (OpsMapLayout        *self,
                     guint                r,
                     double               y,
                     double               node_width,
                     const OpsMapMetrics *m)
{
  GArray *wrapped = g_ptr_array_index (self->wrapped, r);
  GArray *counts = g_ptr_array_index (self->line_counts, r);
  g_autofree gboolean *seen = g_new0 (gboolean, self->lane_branches->len);
  g_autofree double *xs = g_new (double, wrapped->len + 1);

  for (guint i = 0, first = 0; i < counts->len; first += g_array_index (counts, guint, i++))
    {
      guint count = g_array_index (counts, guint, i);
      gboolean captioned = FALSE;
      double gap_top, title_top, x = (m->width - count * node_width - (count - 1) * self->spacing) / 2;

      for (guint c = 0; c < count; c++)
        {
          guint l = self->lane[g_array_index (wrapped, guint, first + c)];

          captioned |= !seen[l] && find_group (self, r, l) >= 0 && m->caption_height > 0;
        }
      if (i > 0)
        y += m->row_spacing;
      gap_top = title_top = y - m->row_spacing;
      if (captioned)
        {
          title_top = y;
          y += m->caption_height;
          gap_top = y;
          y += CAPTION_ROOM;
        }
      if (self->lines->len < self->line_extra->len)
        y += g_array_index (self->line_extra, double, self->lines->len);
      for (guint c = 0; c < count; c++)
        {
          guint l = self->lane[g_array_index (wrapped, guint, first + c)], run = 1;
          int g;

          xs[c] = x + c * (node_width + self->spacing);
          if (seen[l] || m->caption_height <= 0)
            continue;
          seen[l] = TRUE;
          g = find_group (self, r, l);
          while (c + run < count && self->lane[g_array_index (wrapped, guint, first + c + run)] == l)
            run++;
          if (g < 0)
            continue;
          /* Over the first role only: the gaps beside it stay open for
           * the links that pass the line. */
          graphene_rect_init (&self->caption_rects[g], xs[c], title_top, MIN (m->caption_widths[l], node_width),
                              m->caption_height);
          self->caption_line[g] = self->lines->len;
        }
      y = end_line (self, r, first, count, xs, y, gap_top, title_top, node_width, m);
    }

  return y;
}

/* Where the lanes go across at @node_width: centred, side by side. */
static void
place_lanes (OpsMapLayout        *self,
             double               node_width,
             const OpsMapMetrics *m)
{
  guint used = 0, column = 0;
  double x;

  for (guint l = 0; l < self->lane_branches->len; l++)
    used += self->lane_width[l];
  x = (m->width - used * node_width - (used - 1) * self->spacing) / 2;
  for (guint i = 0; i < self->lane_branches->len; i++)
    {
      guint l = self->lane_order[i];

      self->lane_left[l] = x + column * (node_width + self->spacing);
      self->lane_right[l] = self->lane_left[l] + self->lane_width[l] * node_width +
                            (self->lane_width[l] - 1) * self->spacing;
      column += self->lane_width[l];
    }
}

/* Whether band @b holds the top of a lane, and so its heading. */
static gboolean
band_has_headings (OpsMapLayout *self,
                   guint         b)
{
  for (guint g = 0; g < self->groups->len; g++)
    {
      const Group *group = &g_array_index (self->groups, Group, g);

      if (self->band[group->first_node] == b && group->lane != 0)
        {
          gboolean top = TRUE;

          for (guint h = 0; h < self->groups->len; h++)
            if (g_array_index (self->groups, Group, h).lane == group->lane &&
                g_array_index (self->groups, Group, h).row > group->row)
              top = FALSE;
          if (top)
            return TRUE;
        }
    }

  return FALSE;
}

/* Each lane's heading, in the band where its top is, under the stage's
 * name: one caption per path. */
static void
place_headings (OpsMapLayout        *self,
                guint                b,
                double               y,
                guint                line,
                double               node_width,
                const OpsMapMetrics *m)
{
  for (guint g = 0; g < self->groups->len; g++)
    {
      const Group *group = &g_array_index (self->groups, Group, g);
      gboolean top = self->band[group->first_node] == b && group->lane != 0;

      for (guint h = 0; h < self->groups->len && top; h++)
        if (g_array_index (self->groups, Group, h).lane == group->lane &&
            g_array_index (self->groups, Group, h).row > group->row)
          top = FALSE;
      if (!top)
        continue;
      /* As wide as a role at most: the gaps between the lane's
       * columns stay open for the links that pass. */
      graphene_rect_init (&self->caption_rects[g], self->lane_left[group->lane], y,
                          MIN (m->caption_widths[group->lane], self->lane_right[group->lane] -
                                                               self->lane_left[group->lane] -
                                                               (self->lane_width[group->lane] - 1) *
                                                               (node_width + self->spacing)),
                          m->caption_height);
      self->caption_line[g] = line;
    }
}

/* The names above each line that links pass clear of: the stage's and
 * the paths' captions. */
static void
collect_spans (OpsMapLayout        *self,
               const OpsMapMetrics *m)
{
  g_array_set_size (self->spans, 0);
  for (guint l = 0; l < self->lines->len; l++)
    {
      Line *line = &g_array_index (self->lines, Line, l);

      line->first_span = self->spans->len;
      if (line->band >= 0 && m->band_title_widths)
        g_array_append_val (self->spans, ((Span) { self->left - CLEARANCE,
                                                   m->margin + m->band_title_widths[line->band] }));
      for (guint g = 0; g < self->groups->len; g++)
        if (self->caption_line[g] == l && self->caption_rects[g].size.height > 0)
          g_array_append_val (self->spans, ((Span) { self->caption_rects[g].origin.x,
                                                     self->caption_rects[g].origin.x +
                                                     self->caption_rects[g].size.width }));
      line->n_spans = self->spans->len - line->first_span;
    }
}

/* Places the roles and bands at the current spacing; returns the y below
 * the lowest band. */
static double
place_nodes (OpsMapLayout        *self,
             const OpsMapMetrics *m)
{
  double node_width, y;
  guint columns = wrap_columns (self, m, self->spacing, &node_width);
  gboolean paths = self->lane_branches->len > 1;

  for (guint g = 0; g < self->groups->len; g++)
    {
      self->caption_rects[g] = GRAPHENE_RECT_INIT (0, 0, 0, 0);
      self->caption_line[g] = G_MAXUINT;
    }
  self->lanes_shown = FALSE;
  if (paths)
    {
      double avail = MAX (1, m->width - 2 * m->margin - 2 * m->band_padding);
      double least = MIN (m->node_width_min, avail);
      guint fit = MAX (1, (guint) ((avail + self->spacing) / (least + self->spacing)));

      self->lanes_shown = fit_lanes (self, fit);
      if (self->lanes_shown)
        {
          guint used = 0;

          for (guint l = 0; l < self->lane_branches->len; l++)
            used += self->lane_width[l];
          node_width = MIN (m->node_width_max, (avail - (used - 1) * self->spacing) / used);
          place_lanes (self, node_width, m);
        }
      if (self->lanes_shown)
        {
          self->wrapped_columns = G_MAXUINT;
          g_ptr_array_set_size (self->wrapped, 0);
          for (guint r = 0; r < self->rows->len; r++)
            g_ptr_array_add (self->wrapped, g_array_new (FALSE, FALSE, sizeof (guint)));
        }
      else
        group_rows (self, columns);
    }
  else
    wrap_rows (self, columns);
  g_array_set_size (self->lines, 0);
  y = m->margin;
  for (guint b = self->stages->len; b-- > 0;)
    {
      double top = y, headings = 0;
      guint first_line = self->lines->len;

      y += m->band_padding + m->band_header;
      if (self->lanes_shown && m->caption_height > 0 && band_has_headings (self, b))
        {
          place_headings (self, b, y - m->band_header + m->band_title_height + 4, first_line, node_width, m);
          headings = m->caption_height + 4;
          y += headings;
        }
      for (guint r = self->band_n_rows[b]; r-- > 0;)
        {
          guint row = self->band_first_row[b] + r;

          if (!paths)
            y = place_row (self, row, y, node_width, columns, m);
          else if (self->lanes_shown)
            y = place_row_in_lanes (self, row, y, node_width, m);
          else
            y = place_row_in_groups (self, row, y, node_width, m);
          if (r > 0)
            y += m->row_spacing;
        }
      y += m->band_padding;
      graphene_rect_init (&self->band_rects[b], m->margin, top, m->width - 2 * m->margin, y - top);
      if (first_line < self->lines->len)
        {
          Line *line = &g_array_index (self->lines, Line, first_line);
          double title_bottom = top + m->band_padding + (m->band_title_height > 0 ? m->band_title_height : 0);

          /* A path's caption over the first line stays under the name. */
          line->gap_top = MAX (line->title_top < line->gap_top && line->title_top > top ? line->gap_top : 0,
                               title_bottom + headings);
          line->title_top = top + m->band_padding;
          line->band = b;
        }
      if (b > 0)
        y += m->band_spacing;
    }
  self->left = m->margin;
  collect_spans (self, m);

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


  /* Where links run side by side too close, the gaps widen and the map
   * is placed again: a few times at most. */
  self->spacing = m->column_spacing;
  g_array_set_size (self->line_extra, 0);
  for (guint pass = 0;; pass++)
    {
      gboolean widened = FALSE;

      y = place_nodes (self, m);
      route_links (self, m, pass < MAX_WIDENINGS ? most_spacing (self, m) : 0);
      if (pass == MAX_WIDENINGS)
        break;
      /* The gaps between roles first: the lanes through them decide
       * the turns, and so the room the lines need between them. */
      if (self->need_spacing > 0 && self->spacing < most_spacing (self, m))
        {
          self->spacing = MIN (self->spacing + ceil (self->need_spacing), most_spacing (self, m));
          continue;
        }
      if (self->line_extra->len != self->lines->len)
        {
          g_array_set_size (self->line_extra, 0);
          g_array_set_size (self->line_extra, self->lines->len);
        }
      for (guint l = 0; l < self->lines->len; l++)
        if (g_array_index (self->line_need, double, l) > 0)
          {
            g_array_index (self->line_extra, double, l) += ceil (g_array_index (self->line_need, double, l));
            widened = TRUE;
          }
      if (!widened)
        break;
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

  columns = wrap_columns (self, m, m->column_spacing, &node_width);
  y = 2 * m->margin + (self->stages->len > 0 ? (self->stages->len - 1) * m->band_spacing : 0);
  for (guint b = 0; b < self->stages->len; b++)
    {
      y += 2 * m->band_padding + m->band_header;
      for (guint r = 0; r < self->band_n_rows[b]; r++)
        {
          GArray *row = g_ptr_array_index (self->rows, self->band_first_row[b] + r);

          for (guint first = 0; first < row->len; first += columns)
            y += line_height (row, first, MIN (columns, row->len - first), m) +
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
  g_clear_pointer (&self->spans, g_array_unref);
  g_clear_pointer (&self->line_counts, g_ptr_array_unref);
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
  g_clear_pointer (&self->line_extra, g_array_unref);
  g_clear_pointer (&self->line_need, g_array_unref);
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
  self->line_extra = g_array_new (FALSE, TRUE, sizeof (double));
  self->line_need = g_array_new (FALSE, TRUE, sizeof (double));
  self->lane_branches = g_ptr_array_new_with_free_func (unref_branch);
  self->groups = g_array_new (FALSE, FALSE, sizeof (Group));
  self->spans = g_array_new (FALSE, FALSE, sizeof (Span));
  self->line_counts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
}
