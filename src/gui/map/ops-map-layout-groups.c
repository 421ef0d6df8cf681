/* ops-map-layout-groups.c: the specialist paths grouped, stage by stage
 *
 * Where the lanes do not fit side by side all the way up, each stage's
 * roles go into a group per path under the path's caption, one caption
 * per path and stage. The groups of a stage stand side by side as far as
 * the width allows, each as wide as its most roles in a row of the stage,
 * the next below where it does not fit: lanes of the stage's own. Inside
 * a group the roles go by link depth, those a link leads to above the
 * ones it leads from.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-map-layout-private.h"

int
_ops_map_layout_find_group (OpsMapLayout *self,
                            guint         band,
                            guint         lane)
{
  for (guint g = 0; g < self->groups->len; g++)
    if (g_array_index (self->groups, Group, g).band == band && g_array_index (self->groups, Group, g).lane == lane)
      return g;

  return -1;
}

gboolean
_ops_map_layout_band_has_groups (OpsMapLayout *self,
                                 guint         b)
{
  for (guint g = 0; g < self->groups->len; g++)
    if (g_array_index (self->groups, Group, g).band == b)
      return TRUE;

  return FALSE;
}

/* Whether a role of @lane in band @b leads to a role of the band in
 * another lane not yet placed, which must go above it. */
static gboolean
leads_to_unplaced (OpsMapLayout   *self,
                   guint           b,
                   guint           lane,
                   const gboolean *placed)
{
  for (guint e = 0; e < self->edges->len / 2; e++)
    {
      guint from = g_array_index (self->edges, guint, 2 * e);
      guint to = g_array_index (self->edges, guint, 2 * e + 1);

      if (self->band[from] == b && self->band[to] == b && self->lane[from] == lane && self->lane[to] != lane &&
          !placed[self->lane[to]])
        return TRUE;
    }

  return FALSE;
}

/* Band @b's lanes, top first into @order: links climb, so a group goes
 * below every group of the stage it leads to, else in the order that
 * crosses least (group_order); a loop between two paths falls back on
 * that order. Returns how many. */
guint
_ops_map_layout_order_groups (OpsMapLayout *self,
                              guint         b,
                              guint        *order)
{
  guint n_lanes = self->lane_branches->len, n = 0;
  g_autofree gboolean *placed = g_new0 (gboolean, n_lanes);
  const guint *preferred = self->group_order != NULL ? self->group_order + b * n_lanes : self->lane_order;

  for (guint done = 0; done < n_lanes; done++)
    {
      int pick = -1;

      for (guint i = 0; i < n_lanes && pick < 0; i++)
        if (!placed[preferred[i]] && !leads_to_unplaced (self, b, preferred[i], placed))
          pick = preferred[i];
      for (guint i = 0; i < n_lanes && pick < 0; i++)
        if (!placed[preferred[i]])
          pick = preferred[i];
      placed[pick] = TRUE;
      if (_ops_map_layout_find_group (self, b, pick) >= 0 || self->band_n_rows[b] > 0)
        order[n++] = pick;
    }

  return n;
}

/* How many columns @lane's group takes in band @b: its most roles in a
 * row, at most @columns. */
static guint
group_width (OpsMapLayout *self,
             guint         b,
             guint         lane,
             guint         columns)
{
  guint most = 0;

  for (guint r = self->band_first_row[b]; r < self->band_first_row[b] + self->band_n_rows[b]; r++)
    {
      guint first, count;

      _ops_map_layout_lane_segment (self, r, lane, &first, &count);
      most = MAX (most, count);
    }

  return MIN (most, columns);
}

/* Places one rank of groups, @lanes[0] to [@n - 1] side by side, from @y
 * down; returns the y below them. @first_line says whether no line of
 * the band is placed yet. */
static double
place_rank (OpsMapLayout        *self,
            guint                b,
            const guint         *lanes,
            const guint         *widths,
            guint                n,
            double               y,
            double               node_width,
            gboolean             first_line,
            const OpsMapMetrics *m)
{
  g_autofree double *left = g_new (double, n);
  g_autofree double *caption_x = g_new0 (double, n);
  guint used = 0, most = 0;
  gboolean captioned = FALSE;

  for (guint i = 0; i < n; i++)
    {
      used += widths[i];
      captioned |= _ops_map_layout_find_group (self, b, lanes[i]) >= 0 && m->caption_height > 0;
    }
  for (guint i = 0, column = 0; i < n; column += widths[i++])
    left[i] = (m->width - used * node_width - (used - 1) * self->spacing) / 2 + column * (node_width + self->spacing);
  /* A caption goes over its group's first roles, centred as they are. */
  for (guint i = 0; i < n; i++)
    for (guint r = self->band_n_rows[b], first, count; r-- > 0;)
      {
        _ops_map_layout_lane_segment (self, self->band_first_row[b] + r, lanes[i], &first, &count);
        if (count == 0)
          continue;
        caption_x[i] = left[i] + (widths[i] - MIN (widths[i], count)) / 2.0 * (node_width + self->spacing);
        break;
      }
  for (guint r = self->band_n_rows[b]; r-- > 0;)
    {
      guint row = self->band_first_row[b] + r, n_lines = 0;
      GArray *wrapped = g_ptr_array_index (self->wrapped, row);
      g_autofree double *xs = g_new (double, ((GArray *) g_ptr_array_index (self->rows, row))->len + 1);

      for (guint i = 0; i < n; i++)
        {
          guint first, count;

          _ops_map_layout_lane_segment (self, row, lanes[i], &first, &count);
          n_lines = MAX (n_lines, (count + widths[i] - 1) / widths[i]);
        }
      for (guint k = 0; k < n_lines; k++, most++)
        {
          guint line_first = wrapped->len, count = 0;
          double gap_top, title_top;

          if (!first_line)
            y += m->row_spacing;
          gap_top = title_top = y - m->row_spacing;
          if (most == 0 && captioned)
            {
              if (!first_line && self->lines->len < self->name_extra->len)
                y += g_array_index (self->name_extra, double, self->lines->len);
              title_top = y;
              y += m->caption_height;
              gap_top = y;
              y += CAPTION_ROOM;
              for (guint i = 0; i < n; i++)
                {
                  int g = _ops_map_layout_find_group (self, b, lanes[i]);

                  /* Over the group's first column only: the gaps beside
                   * it stay open for the links that pass the line. */
                  if (g < 0)
                    continue;
                  graphene_rect_init (&self->caption_rects[g], caption_x[i], title_top,
                                      MIN (m->caption_widths[lanes[i]], node_width), m->caption_height);
                  self->caption_line[g] = self->lines->len;
                }
            }
          if (self->lines->len < self->line_extra->len)
            y += g_array_index (self->line_extra, double, self->lines->len);
          for (guint i = 0; i < n; i++)
            {
              guint first, total, q;

              _ops_map_layout_lane_segment (self, row, lanes[i], &first, &total);
              if (k * widths[i] >= total)
                continue;
              q = MIN (widths[i], total - k * widths[i]);
              for (guint c = 0; c < q; c++)
                {
                  guint node = g_array_index ((GArray *) g_ptr_array_index (self->group_rows, row), guint,
                                              first + k * widths[i] + c);

                  g_array_append_val (wrapped, node);
                  xs[count++] = left[i] + ((widths[i] - q) / 2.0 + c) * (node_width + self->spacing);
                }
            }
          y = _ops_map_layout_end_line (self, row, line_first, count, xs, y, gap_top, title_top, node_width, m);
          first_line = FALSE;
        }
    }

  return y;
}

/* What each group of band @b takes, now that its roles are placed: its
 * caption and its path's roles in the stage. */
static void
box_groups (OpsMapLayout *self,
            guint         b)
{
  if (self->group_rects == NULL)
    self->group_rects = g_new0 (graphene_rect_t, MAX (1, self->groups->len));
  for (guint g = 0; g < self->groups->len; g++)
    {
      const Group *group = &g_array_index (self->groups, Group, g);
      graphene_rect_t *box = &self->group_rects[g];

      if (group->band != b)
        continue;
      *box = self->caption_rects[g];
      for (guint n = 0; n < self->roles->len; n++)
        if (self->band[n] == b && self->lane[n] == group->lane)
          graphene_rect_union (box, &self->node_rects[n], box);
    }
}

/* Places band @b's roles grouped, @columns roles to a line: the groups
 * side by side in ranks, top to bottom; returns the y below them. */
double
_ops_map_layout_place_band_in_groups (OpsMapLayout        *self,
                                      guint                b,
                                      double               y,
                                      double               node_width,
                                      guint                columns,
                                      const OpsMapMetrics *m)
{
  guint n_lanes = self->lane_branches->len, lines = self->lines->len;
  g_autofree guint *order = g_new (guint, n_lanes);
  g_autofree guint *widths = g_new (guint, n_lanes);
  guint n = _ops_map_layout_order_groups (self, b, order), kept = 0;

  for (guint i = 0; i < n; i++)
    {
      widths[kept] = group_width (self, b, order[i], self->group_cap != NULL ? MIN (columns, self->group_cap[b])
                                                                             : columns);
      if (widths[kept] > 0)
        order[kept++] = order[i];
    }
  for (guint i = 0, j; i < kept; i = j)
    {
      guint used = widths[i];

      for (j = i + 1; j < kept && used + widths[j] <= columns; j++)
        used += widths[j];
      y = place_rank (self, b, order + i, widths + i, j - i, y, node_width, self->lines->len == lines, m);
    }
  box_groups (self, b);

  return y;
}

/**
 * ops_map_layout_get_group_rect:
 * @caption: a caption, as for ops_map_layout_get_n_captions()
 * @rect: (out): what its group takes since the last place(): the
 *   caption and the roles of its path in its stage
 *
 * Returns: whether the paths are grouped and this group's caption shown
 */
gboolean
ops_map_layout_get_group_rect (OpsMapLayout    *self,
                               guint            caption,
                               graphene_rect_t *rect)
{
  g_return_val_if_fail (OPS_IS_MAP_LAYOUT (self), FALSE);
  g_return_val_if_fail (caption < self->groups->len, FALSE);

  if (self->lanes_shown || self->group_rects == NULL || self->caption_rects[caption].size.height <= 0)
    return FALSE;
  *rect = self->group_rects[caption];

  return TRUE;
}

/* Each row in the order its groups' roles go along, as the sweeps
 * ordered it to begin with. */
void
_ops_map_layout_reset_group_order (OpsMapLayout *self)
{
  g_ptr_array_set_size (self->group_rows, 0);
  for (guint r = 0; r < self->rows->len; r++)
    g_ptr_array_add (self->group_rows, g_array_copy (g_ptr_array_index (self->rows, r)));
}

/* Orders each path's roles in each row by where the roles they link to
 * were just placed, across; a role with no links keeps its place. */
void
_ops_map_layout_order_group_lines (OpsMapLayout *self)
{
  for (guint r = 0; r < self->group_rows->len; r++)
    {
      GArray *row = g_ptr_array_index (self->group_rows, r);
      g_autofree SortKey *keys = g_new (SortKey, row->len + 1);

      for (guint c = 0; c < row->len; c++)
        {
          guint node = g_array_index (row, guint, c);
          GArray *neighbours = g_ptr_array_index (self->neighbours, node);
          const graphene_rect_t *own = &self->node_rects[node];
          double sum = 0;
          guint n = 0;

          for (guint i = 0; i < neighbours->len; i++)
            {
              const graphene_rect_t *rect = &self->node_rects[g_array_index (neighbours, guint, i)];

              sum += rect->origin.x + rect->size.width / 2;
              n++;
            }
          /* The path first: roles stay in their group. */
          keys[c] = (SortKey) { node, self->lane_rank[self->lane[node]] * 1e6 +
                                      (n ? sum / n : own->origin.x + own->size.width / 2), c };
        }
      qsort (keys, row->len, sizeof (SortKey), _ops_map_layout_compare_keys);
      for (guint c = 0; c < row->len; c++)
        g_array_index (row, guint, c) = keys[c].node;
    }
}
