/* ops-map-layout-nudge.c: links that still run too close, pulled apart
 *
 * The routed links as straight pieces; a piece nearer than LINK_SPACING
 * to one of a link that shares no role with it moves aside where there
 * is room, and asks for more room where there is not.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-map-layout-private.h"

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

  return !_ops_map_layout_over_name (self, &span);
}

static gboolean
pieces_beside (OpsMapLayout *self,
               const Piece  *a,
               const Piece  *b,
               double        at)
{
  /* Most pieces near in place run elsewhere along: that first. */
  return MIN (a->to, b->to) - MAX (a->from, b->from) > 0.5 && ABS (a->at - at) < LINK_SPACING - 0.01 &&
         a->edge != b->edge && !edges_share_a_role (self, a->edge, b->edge);
}

/* The first piece of @done (sorted by place) after @at - LINK_SPACING.
 * The pieces come in order of place, so that one is mostly near the end:
 * looked for from there, in steps that double. */
static guint
first_near (GArray *done,
            double  at)
{
  guint lo = 0, hi = done->len;

  for (guint step = 1; step <= hi; step *= 2)
    {
      if (g_array_index (done, Piece, hi - step).at <= at - LINK_SPACING)
        {
          lo = hi - step + 1;
          break;
        }
      hi -= step;
      if (hi == 0)
        break;
    }

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
      /* Mostly the last: the pieces come in order of place. */
      if (lo == done->len)
        g_array_append_val (done, *piece);
      else
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
  for (guint c = cell_of (cells, piece->from), last = cell_of (cells, piece->to); c <= last; c++)
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
  guint n = 0;

  /* At most one a point: room for them all, trimmed after. */
  g_array_set_size (pieces, self->link_points->len);
  for (guint e = 0; e < self->edges->len / 2; e++)
    for (guint i = self->link_first[e]; i + 1 < self->link_first[e + 1]; i++)
      {
        const graphene_point_t *p = link_point (self, i);
        double a = upright ? p[0].y : p[0].x, b = upright ? p[1].y : p[1].x;

        if ((upright ? p[0].x == p[1].x : p[0].y == p[1].y) && a != b)
          g_array_index (pieces, Piece, n++) = (Piece) { upright ? p[0].x : p[0].y, MIN (a, b), MAX (a, b), e, i };
      }
  g_array_set_size (pieces, n);
  /* Made in the order of their links and points: by place, then that. */
  _ops_map_layout_sort_by_place (pieces);

  return pieces;
}

/* Moves apart the pieces of links that share no role and run side by
 * side closer than LINK_SPACING: where a lane of one line meets a role's
 * middle in the next, or a link leaves a role right under another that
 * one arrives at. One sweep, left to right (or top to bottom): each piece
 * goes past those before it it would run beside, where it fits; what
 * cannot move asks for wider gaps. */
void
_ops_map_layout_nudge_pieces (OpsMapLayout *self,
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
                  /* Above the names over the line, more room under
                   * them does not help (see ops_map_layout_place ()). */
                  gboolean above = piece->at < g_array_index (self->lines, Line, l).title_top;
                  GArray *need = above && self->spare_names ? self->spare_need : self->line_need;

                  self->names_crowded |= above;
                  g_array_index (need, double, l) = MAX (g_array_index (need, double, l), LINK_SPACING);
                  break;
                }
        }
      cells_add (cells, piece);
    }
}
