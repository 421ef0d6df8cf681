/* ops-map-layout-lines.c: the rows onto lines of roles at a width
 *
 * How wide the roles are and how many go on a line, rows wrapped and
 * ordered along by where their links go, and the stages placed band by
 * band from the top, each row as a path-less map, lanes or groups lay
 * it out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-map-layout-private.h"

static guint
longest_row (OpsMapLayout *self)
{
  guint longest = 1;

  for (guint r = 0; r < self->rows->len; r++)
    longest = MAX (longest, ((GArray *) g_ptr_array_index (self->rows, r))->len);

  return longest;
}

/* A line is as tall as its tallest node, and its nodes alike. */
double
_ops_map_layout_line_height (GArray              *row,
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
guint
_ops_map_layout_wrap_columns (OpsMapLayout        *self,
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
      qsort (keys, count, sizeof (SortKey), _ops_map_layout_compare_keys);
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
  if (self->wrapped_columns == columns)
    return;
  self->wrapped_columns = columns;
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
  g_autofree double *xs = g_new (double, MIN (columns, row->len) + 1);

  for (guint first = 0; first < row->len; first += columns)
    {
      guint count = MIN (columns, row->len - first);
      double line = count * node_width + (count - 1) * self->spacing;
      double x = (m->width - line) / 2, gap_top;

      if (first > 0)
        y += m->row_spacing;
      gap_top = y - m->row_spacing;
      if (self->lines->len < self->line_extra->len)
        y += g_array_index (self->line_extra, double, self->lines->len);
      for (guint c = 0; c < count; c++)
        xs[c] = x + c * (node_width + self->spacing);
      y = _ops_map_layout_end_line (self, r, first, count, xs, y, gap_top, gap_top, node_width, m);
    }

  return y;
}

/* Ends a line of row @r: its @count nodes, wrapped[r] from @first on,
 * at @xs. */
double
_ops_map_layout_end_line (OpsMapLayout        *self,
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
  double height = _ops_map_layout_line_height (wrapped, first, count, m);

  for (guint c = 0; c < count; c++)
    {
      guint node = g_array_index (wrapped, guint, first + c);

      graphene_rect_init (&self->node_rects[node], xs[c], y, node_width, height);
      self->node_line[node] = self->lines->len;
    }
  g_array_append_val (self->lines, ((Line) { y, y + height, gap_top, title_top, 0, 0, r, first, count, -1 }));

  return y + height;
}

/* The widest gaps between roles that keep as many roles on a line as
 * the metrics' own spacing does: a row that wraps onto more lines would
 * need still more room. */
double
_ops_map_layout_most_spacing (OpsMapLayout        *self,
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

/* Places every band from the top, its roles as the map shows them at
 * this width; returns the y below the lowest. */
static double
place_bands (OpsMapLayout        *self,
             double               node_width,
             guint                columns,
             const OpsMapMetrics *m)
{
  gboolean paths = self->lane_branches->len > 1;
  double y;

  if (paths)
    {
      /* Lanes and groups fill the rows' lines as they place them. */
      self->wrapped_columns = G_MAXUINT;
      g_ptr_array_set_size (self->wrapped, 0);
      for (guint r = 0; r < self->rows->len; r++)
        g_ptr_array_add (self->wrapped, g_array_new (FALSE, FALSE, sizeof (guint)));
    }
  g_array_set_size (self->lines, 0);
  y = m->margin;
  for (guint b = self->stages->len; b-- > 0;)
    {
      double top, headings = 0;
      guint first_line = self->lines->len;

      if (first_line < self->name_extra->len)
        y += g_array_index (self->name_extra, double, first_line);
      top = y;

      y += m->band_padding + m->band_header;
      if (self->lanes_shown && m->caption_height > 0 && _ops_map_layout_band_has_headings (self, b))
        {
          _ops_map_layout_place_headings (self, b, y - m->band_header + m->band_title_height + 4, first_line,
                                          node_width, m);
          headings = m->caption_height + 4;
          y += headings;
        }
      if (paths && !self->lanes_shown)
        y = _ops_map_layout_place_band_in_groups (self, b, y, node_width, columns, m);
      for (guint r = self->band_n_rows[b]; r-- > 0 && (!paths || self->lanes_shown);)
        {
          guint row = self->band_first_row[b] + r;

          if (!paths)
            y = place_row (self, row, y, node_width, columns, m);
          else
            y = _ops_map_layout_place_row_in_lanes (self, row, y, node_width, m);
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

  return y;
}

/* Straight from centre to centre, how many pairs of links cross where
 * the roles were just placed: the cheap measure the groups' order is
 * chosen by. */
static guint
placed_crossings (OpsMapLayout *self)
{
  guint n_edges = self->edges->len / 2, crossings = 0;
  g_autofree graphene_point_t *centre = g_new (graphene_point_t, self->roles->len);

  for (guint n = 0; n < self->roles->len; n++)
    graphene_rect_get_center (&self->node_rects[n], &centre[n]);
  for (guint i = 0; i < n_edges; i++)
    {
      guint a = g_array_index (self->edges, guint, 2 * i), b = g_array_index (self->edges, guint, 2 * i + 1);

      for (guint j = i + 1; j < n_edges; j++)
        {
          guint c = g_array_index (self->edges, guint, 2 * j), d = g_array_index (self->edges, guint, 2 * j + 1);

          if (a == c || a == d || b == c || b == d)
            continue;
          crossings += _ops_map_layout_segments_cross (centre[a].x, centre[a].y, centre[b].x, centre[b].y,
                                                       centre[c].x, centre[c].y, centre[d].x, centre[d].y);
        }
    }

  return crossings;
}

/* For each stage, the order of its groups that takes the fewest lines
 * and of those crosses least, trying every order of up to
 * GROUP_ORDERS_MAX paths, one stage at a time from the top. Each try
 * places every band and counts every pair of links, so with more than
 * GROUP_ORDERS_EDGES_MAX links (four times the shipped catalog's) the
 * paths keep the lanes' order: at ten times the catalog the tries took
 * 44 ms of a zoom step's 16. */
static void
choose_group_orders (OpsMapLayout        *self,
                     double               node_width,
                     guint                columns,
                     const OpsMapMetrics *m)
{
  guint n_lanes = self->lane_branches->len;
  g_autofree guint *order = g_new (guint, n_lanes);
  g_autofree guint *best = g_new (guint, n_lanes);
  g_autofree guint *effective = g_new (guint, n_lanes);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  /* The gaps the links widen between passes hardly move the groups:
   * the order found for a width serves every pass at it. */
  if (self->group_order != NULL && self->group_chosen && self->group_columns == columns &&
      memcmp (&self->group_metrics, m, sizeof *m) == 0)
    return;
  self->group_chosen = TRUE;
  self->group_metrics = *m;
  self->group_columns = columns;
  if (self->group_order == NULL)
    {
      self->group_order = g_new (guint, self->stages->len * n_lanes);
      self->group_cap = g_new (guint, self->stages->len);
    }
  for (guint b = 0; b < self->stages->len; b++)
    {
      memcpy (self->group_order + b * n_lanes, self->lane_order, n_lanes * sizeof (guint));
      self->group_cap[b] = columns;
    }
  if (n_lanes > GROUP_ORDERS_MAX || self->edges->len / 2 > GROUP_ORDERS_EDGES_MAX)
    return;
  for (guint b = self->stages->len; b-- > 0;)
    {
      double least = G_MAXDOUBLE;
      guint best_cap = columns;

      if (!_ops_map_layout_band_has_groups (self, b))
        continue;
      /* A wide group a column narrower may leave room beside it; of
       * two columns, one makes a tower. */
      memcpy (best, self->lane_order, n_lanes * sizeof (guint));
      for (guint cap = columns; cap >= 1 && cap + 1 >= columns && (cap == columns || columns > 2); cap--)
        {
          self->group_cap[b] = cap;
          for (guint l = 0; l < n_lanes; l++)
            order[l] = l;
          g_hash_table_remove_all (seen);
          do
            {
              double score, height;
              guint key = 0;

              memcpy (self->group_order + b * n_lanes, order, n_lanes * sizeof (guint));
              /* Links decide much of the order: place each order the
               * groups really take once. */
              _ops_map_layout_order_groups (self, b, effective);
              for (guint l = 0; l < n_lanes; l++)
                key = key * GROUP_ORDERS_MAX + effective[l];
              if (!g_hash_table_add (seen, GUINT_TO_POINTER (key + 1)))
                continue;
              /* A line (about 100 px) weighs as much as ten crossings:
               * a stage much taller than the window hides its name when
               * the map opens on one of its roles. Placed before the
               * crossings are counted: the operands of + may be worked
               * out in either order. */
              height = place_bands (self, node_width, columns, m);
              score = height / 10 + placed_crossings (self);
              if (score < least)
                {
                  least = score;
                  best_cap = cap;
                  memcpy (best, order, n_lanes * sizeof (guint));
                }
            }
          while (_ops_map_layout_next_permutation (order, n_lanes));
        }
      self->group_cap[b] = best_cap;
      memcpy (self->group_order + b * n_lanes, best, n_lanes * sizeof (guint));
    }
}

/* Places the roles and bands at the current spacing; returns the y below
 * the lowest band. */
double
_ops_map_layout_place_nodes (OpsMapLayout        *self,
                             const OpsMapMetrics *m)
{
  double node_width, y;
  guint columns = _ops_map_layout_wrap_columns (self, m, self->spacing, &node_width);
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

      self->lanes_shown = _ops_map_layout_fit_lanes (self, fit);
      if (self->lanes_shown)
        {
          guint used = 0;

          for (guint l = 0; l < self->lane_branches->len; l++)
            used += self->lane_width[l];
          node_width = MIN (m->node_width_max, (avail - (used - 1) * self->spacing) / used);
          _ops_map_layout_place_lanes (self, node_width, m);
        }
    }
  else
    wrap_rows (self, columns);
  if (paths && !self->lanes_shown && self->group_rows_spacing != self->spacing)
    {
      /* Grouped, each group's roles are ordered along by where their
       * links go at this width, as order_lines() does for rows: placed,
       * ordered, placed again. Where they go across depends on the
       * width and the spacing alone, never on the room made between the
       * lines: a pass of this place() that only widened that finds
       * what the pass before found, and keeps it. */
      _ops_map_layout_reset_group_order (self);
      choose_group_orders (self, node_width, columns, m);
      for (guint sweep = 0; sweep < N_LINE_SWEEPS && !self->keep_sweep_order; sweep++)
        {
          place_bands (self, node_width, columns, m);
          _ops_map_layout_order_group_lines (self);
        }
      self->group_rows_spacing = self->spacing;
    }
  y = place_bands (self, node_width, columns, m);
  self->left = m->margin;
  collect_spans (self, m);

  return y;
}
