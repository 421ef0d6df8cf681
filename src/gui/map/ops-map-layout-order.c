/* ops-map-layout-order.c: the order of the lanes, and of the roles in
 * their rows
 *
 * Barycenter sweeps over whole rows, a role kept in its path's lane, and
 * the order of the lanes that keeps the trunk in the middle and crosses
 * least. Runs once, when the layout is made; the widths come later.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-map-layout-private.h"

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

gboolean
_ops_map_layout_segments_cross (double ax, double ay, double bx, double by,
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
          crossings += _ops_map_layout_segments_cross (position (self, a), self->row[a], position (self, b), self->row[b],
                                       position (self, c), self->row[c], position (self, d), self->row[d]);
        }
    }

  return crossings;
}

int
_ops_map_layout_compare_keys (gconstpointer a,
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

  qsort (keys, row->len, sizeof (SortKey), _ops_map_layout_compare_keys);
  for (guint c = 0; c < row->len; c++)
    {
      g_array_index (row, guint, c) = keys[c].node;
      self->column[keys[c].node] = c;
    }
  update_positions (self, r);
}

void
_ops_map_layout_reduce_crossings (OpsMapLayout *self)
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

/* Lane 0 is the trunk; each branch a role names gets a lane. */
void
_ops_map_layout_collect_lanes (OpsMapLayout *self)
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
void
_ops_map_layout_measure_lanes (OpsMapLayout *self)
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

gboolean
_ops_map_layout_next_permutation (guint *a,
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
void
_ops_map_layout_order_lanes (OpsMapLayout *self)
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
      while (_ops_map_layout_next_permutation (order, n));
    }

  apply_lane_order (self, best);
}

/* Each path's roles in each stage that has a path's roles, in reading
 * order (by lane, then lowest row first): a caption each, the trunk's
 * too, so that every role of such a stage is under a name, and each name
 * once in the stage. */
void
_ops_map_layout_collect_groups (OpsMapLayout *self)
{
  guint n_lanes = self->lane_branches->len;
  g_autofree int *first = g_new (int, n_lanes);

  for (guint b = 0; b < self->stages->len; b++)
    {
      gboolean paths = FALSE;

      for (guint l = 0; l < n_lanes; l++)
        first[l] = -1;
      for (guint r = self->band_first_row[b]; r < self->band_first_row[b] + self->band_n_rows[b]; r++)
        {
          GArray *row = g_ptr_array_index (self->rows, r);

          for (guint c = 0; c < row->len; c++)
            {
              guint node = g_array_index (row, guint, c);

              paths |= self->lane[node] != 0;
              if (first[self->lane[node]] < 0)
                first[self->lane[node]] = node;
            }
        }
      for (guint i = 0; i < n_lanes && paths; i++)
        if (first[self->lane_order[i]] >= 0)
          g_array_append_val (self->groups, ((Group) { b, self->lane_order[i], first[self->lane_order[i]] }));
    }
  self->caption_rects = g_new0 (graphene_rect_t, MAX (1, self->groups->len));
  self->caption_line = g_new0 (guint, MAX (1, self->groups->len));
}
