/* ops-map-layout-lanes.c: the specialist paths side by side
 *
 * Where they fit, each path is a range of columns, the same in every
 * band, its roles centred in it, with a heading at the lane's top.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-map-layout-private.h"

/* The columns each lane gets out of @columns; FALSE where the lanes do
 * not fit side by side, each at least half as wide as its roles need:
 * narrower, a lane's roles would stack into a tower that links must
 * climb around, crossing each other at every turn. */
gboolean
_ops_map_layout_fit_lanes (OpsMapLayout *self,
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

/* The roles of @lane in row @r, as the sweeps ordered them. */
void
_ops_map_layout_lane_segment (OpsMapLayout *self,
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

/* Row @r with the lanes side by side: line k holds each lane's k-th
 * stretch of its roles, centred in the lane. */
double
_ops_map_layout_place_row_in_lanes (OpsMapLayout        *self,
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

      _ops_map_layout_lane_segment (self, r, l, &first, &count);
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

          _ops_map_layout_lane_segment (self, r, l, &first, &count);
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
      y = _ops_map_layout_end_line (self, r, line_first, wrapped->len - line_first, xs, y, gap_top, gap_top,
                                    node_width, m);
    }

  return y;
}

/* Where the lanes go across at @node_width: centred, side by side. */
void
_ops_map_layout_place_lanes (OpsMapLayout        *self,
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

/* Whether group @g is its path's highest: where the lane's heading goes. */
static gboolean
is_lane_top (OpsMapLayout *self,
             guint         g)
{
  const Group *group = &g_array_index (self->groups, Group, g);

  if (group->lane == 0)
    return FALSE;
  for (guint h = 0; h < self->groups->len; h++)
    if (g_array_index (self->groups, Group, h).lane == group->lane &&
        g_array_index (self->groups, Group, h).band > group->band)
      return FALSE;

  return TRUE;
}

/* Whether band @b holds the top of a lane, and so its heading. */
gboolean
_ops_map_layout_band_has_headings (OpsMapLayout *self,
                                   guint         b)
{
  for (guint g = 0; g < self->groups->len; g++)
    if (g_array_index (self->groups, Group, g).band == b && is_lane_top (self, g))
      return TRUE;

  return FALSE;
}

/* Each lane's heading, in the band where its top is, under the stage's
 * name: one caption per path. In every band, the headings would make
 * the links that leave the band's first line detour round them: twice
 * the crossings at 1000 px. */
void
_ops_map_layout_place_headings (OpsMapLayout        *self,
                                guint                b,
                                double               y,
                                guint                line,
                                double               node_width,
                                const OpsMapMetrics *m)
{
  for (guint g = 0; g < self->groups->len; g++)
    {
      const Group *group = &g_array_index (self->groups, Group, g);

      if (group->band != b || !is_lane_top (self, g))
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

/* What each lane takes of each band it has roles in, as the roles were
 * last placed: its columns, from under the stage's name (and the lane's
 * heading) to the band's foot, for the shade drawn behind them. Found
 * once a place(), when first asked for: the map draws them every frame
 * it scrolls under the lane header. */
static void
box_lanes (OpsMapLayout *self)
{
  const OpsMapMetrics *m = &self->placed;
  guint n_lanes = self->lane_branches->len, n = self->stages->len * n_lanes;
  g_autofree double *top = g_new (double, n);
  g_autofree double *bottom = g_new (double, n);
  double pad = m->column_spacing / 4;

  if (self->lane_rects == NULL)
    self->lane_rects = g_new0 (graphene_rect_t, MAX (1, n));
  for (guint i = 0; i < n; i++)
    {
      top[i] = G_MAXDOUBLE;
      bottom[i] = 0;
    }
  for (guint r = 0; r < self->roles->len; r++)
    {
      guint i = self->band[r] * n_lanes + self->lane[r];

      top[i] = MIN (top[i], self->node_rects[r].origin.y);
      bottom[i] = MAX (bottom[i], self->node_rects[r].origin.y + self->node_rects[r].size.height);
    }
  for (guint b = 0; b < self->stages->len; b++)
    for (guint l = 0; l < n_lanes; l++)
      {
        const graphene_rect_t *band = &self->band_rects[b];
        guint i = b * n_lanes + l;
        double y = MIN (top[i], band->origin.y + m->band_padding + m->band_title_height + 2 * pad);

        if (top[i] > bottom[i])
          self->lane_rects[i] = GRAPHENE_RECT_INIT (0, 0, 0, 0);
        else
          self->lane_rects[i] = GRAPHENE_RECT_INIT (self->lane_left[l] - pad, y - pad,
                                                    self->lane_right[l] - self->lane_left[l] + 2 * pad,
                                                    band->origin.y + band->size.height - m->band_padding - y + pad);
      }
  self->lanes_boxed = TRUE;
}

/**
 * ops_map_layout_get_lane_rect:
 * @band: a band, as for ops_map_layout_get_n_bands()
 * @lane: a lane, as for ops_map_layout_get_n_lanes()
 * @rect: (out): what @lane takes of @band since the last place(): its
 *   columns, from under the stage's name down, with a quarter of the
 *   columns' spacing round them
 *
 * Returns: whether the lanes are side by side and @lane has roles in
 *   @band
 */
gboolean
ops_map_layout_get_lane_rect (OpsMapLayout    *self,
                              guint            band,
                              guint            lane,
                              graphene_rect_t *rect)
{
  g_return_val_if_fail (OPS_IS_MAP_LAYOUT (self), FALSE);
  g_return_val_if_fail (band < self->stages->len, FALSE);
  g_return_val_if_fail (lane < self->lane_branches->len, FALSE);

  if (!self->lanes_shown)
    return FALSE;
  if (!self->lanes_boxed)
    box_lanes (self);
  *rect = self->lane_rects[band * self->lane_branches->len + lane];

  return rect->size.height > 0;
}
