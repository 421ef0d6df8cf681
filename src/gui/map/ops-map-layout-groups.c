/* ops-map-layout-groups.c: the specialist paths grouped on lines
 *
 * Where the lanes do not fit side by side, each row's roles go onto
 * lines by path, each path's first ones under a caption.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-map-layout-private.h"

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
  return _ops_map_layout_compare_keys (&ka->node, &kb->node);
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
void
_ops_map_layout_group_rows (OpsMapLayout *self,
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
          _ops_map_layout_lane_segment (self, r, self->lane_order[i], &first, &count);
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
double
_ops_map_layout_place_row_in_groups (OpsMapLayout        *self,
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
      y = _ops_map_layout_end_line (self, r, first, count, xs, y, gap_top, title_top, node_width, m);
    }

  return y;
}
