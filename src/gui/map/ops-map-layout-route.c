/* ops-map-layout-route.c: the links at right angles between the roles
 *
 * Each link's passage through the lines it climbs, its lane in a crowded
 * passage and its track where it turns, traced into points; see the
 * opening of ops-map-layout.c for the whole.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-map-layout-private.h"

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

/* The line under @line, or %NULL. */
static const Line *
line_below (OpsMapLayout *self,
            const Line   *line)
{
  guint l = line - &g_array_index (self->lines, Line, 0);

  return l + 1 < self->lines->len ? line + 1 : NULL;
}

/* Whether @rect runs into a name above a line: across, into its span;
 * down, between the line's title_top and gap_top. For the nudges, that
 * move pieces of links aside where they fit. */
gboolean
_ops_map_layout_over_name (OpsMapLayout          *self,
                           const graphene_rect_t *rect)
{
  guint lo = 0, hi = self->lines->len;

  /* The first line whose names could reach down to @rect. */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (self->lines, Line, mid).gap_top <= rect->origin.y)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint l = lo; l < self->lines->len; l++)
    {
      const Line *line = &g_array_index (self->lines, Line, l);

      if (line->title_top >= rect->origin.y + rect->size.height)
        break;
      if (line->gap_top <= rect->origin.y)
        continue;
      for (guint i = 0; i < line->n_spans; i++)
        {
          const Span *span = &g_array_index (self->spans, Span, line->first_span + i);

          if (span->left < rect->origin.x + rect->size.width && span->right > rect->origin.x)
            return TRUE;
        }
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
void
_ops_map_layout_sort_array (GArray       *array,
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

/* Moves the elements of @array into the order of @bucket (each below
 * @range), those of one bucket in the order they were. */
static void
spread (GArray      *array,
        const guint *bucket,
        guint        range)
{
  guint size = g_array_get_element_size (array);
  g_autofree guint *start = g_new0 (guint, range + 1);
  g_autofree char *copy = g_memdup2 (array->data, (gsize) array->len * size);

  for (guint i = 0; i < array->len; i++)
    start[bucket[i] + 1]++;
  for (guint b = 0; b < range; b++)
    start[b + 1] += start[b];
  for (guint i = 0; i < array->len; i++)
    memcpy (array->data + (gsize) start[bucket[i]]++ * size, copy + (gsize) i * size, size);
}

static int
compare_places (gconstpointer a,
                gconstpointer b,
                gpointer      places)
{
  double pa = ((const double *) places)[*(const guint *) a], pb = ((const double *) places)[*(const guint *) b];

  return (pa > pb) - (pa < pb);
}

/* Sorts @array, whose elements each begin with a double (a place across
 * or down), by it, those of one place in the order they were: as a sort
 * by place and then by that order would, but with far fewer places than
 * elements, only the places are sorted, each element then moved once. */
void
_ops_map_layout_sort_by_place (GArray *array)
{
  guint size = g_array_get_element_size (array), n = array->len, bits = 4, n_places = 0;
  g_autofree guint *table = NULL;
  g_autofree guint *number = NULL;
  g_autofree double *places = NULL;
  g_autofree guint *order = NULL;
  g_autofree guint *rank = NULL;

  if (n < 2)
    return;
  /* Each place numbered through a hash of it, by open addressing. */
  while ((1u << bits) < 2 * n)
    bits++;
  table = g_new (guint, 1u << bits);
  memset (table, 0xff, (1u << bits) * sizeof (guint));
  number = g_new (guint, n);
  places = g_new (double, n);
  for (guint i = 0; i < n; i++)
    {
      double place;
      guint64 hash;
      guint h;

      memcpy (&place, array->data + (gsize) i * size, sizeof place);
      place += 0.0;  /* -0 is 0 */
      memcpy (&hash, &place, sizeof hash);
      h = (guint) ((hash * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15)) >> (64 - bits));
      while (table[h] != G_MAXUINT && places[table[h]] != place)
        h = (h + 1) & ((1u << bits) - 1);
      if (table[h] == G_MAXUINT)
        {
          table[h] = n_places;
          places[n_places++] = place;
        }
      number[i] = table[h];
    }

  order = g_new (guint, n_places);
  rank = g_new (guint, n_places);
  for (guint p = 0; p < n_places; p++)
    order[p] = p;
  g_sort_array (order, n_places, sizeof (guint), compare_places, places);
  for (guint p = 0; p < n_places; p++)
    rank[order[p]] = p;
  for (guint i = 0; i < n; i++)
    number[i] = rank[number[i]];
  spread (array, number, n_places);
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
  g_autofree guint *at = g_new0 (guint, self->lines->len);

  /* Room for every slot there could be, written in place, then trimmed. */
  for (guint e = 0; e < self->edges->len / 2; e++)
    for (guint k = turns ? 0 : 1; k + 1 < ways[e].n; k++)
      at[self->node_line[ways[e].low] - k]++;
  for (guint l = 0; l < self->lines->len; l++)
    {
      g_ptr_array_add (by_line, g_array_sized_new (FALSE, FALSE, sizeof (Slot), at[l]));
      g_array_set_size (g_ptr_array_index (by_line, l), at[l]);
      at[l] = 0;
    }
  for (guint e = 0; e < self->edges->len / 2; e++)
    for (guint k = turns ? 0 : 1; k + 1 < ways[e].n; k++)
      {
        guint l = self->node_line[ways[e].low] - k;
        guint index = ways[e].first + k;
        double a = g_array_index (xs, double, index), b = g_array_index (xs, double, index + 1);
        Slot slot = { a, b, ways[e].high, index, ways[e].low };

        if (turns)
          {
            /* Straight on: no turn, no track; but one going on over a
             * name turns round it (see trace_ways()). */
            if (a == b && !under_name (self, &g_array_index (self->lines, Line, l), a, CLEARANCE))
              continue;
            slot.x = MIN (a, b);
            slot.then = MAX (a, b);
          }
        g_array_index ((GArray *) g_ptr_array_index (by_line, l), Slot, at[l]++) = slot;
      }
  for (guint l = 0; l < self->lines->len; l++)
    g_array_set_size (g_ptr_array_index (by_line, l), at[l]);

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

/* A role's links in one passage: from line @first to line @last. */
typedef struct
{
  guint key, from, first, last, lane;   /* from: all its links leave it, or G_MAXUINT */
  guint order;                          /* among the runs in key order */
  int   up, down;                       /* where it turns to above line @first and
                                         * comes from under line @last: -1 left,
                                         * 1 right, 0 straight on */
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

/* How many times, with the lanes in the places @slot gives them (by
 * lane), a run's turn out of the passage above its first line or into
 * it under its last crosses another lane that goes on there. */
static guint
turns_across (GArray      *runs,
              const guint *slot)
{
  guint crossings = 0;

  for (guint a = 0; a < runs->len; a++)
    for (guint b = 0; b < runs->len; b++)
      {
        const Run *ra = &g_array_index (runs, Run, a), *rb = &g_array_index (runs, Run, b);
        int side = (slot[rb->lane] > slot[ra->lane]) - (slot[rb->lane] < slot[ra->lane]);

        if (side == 0)
          continue;
        crossings += rb->first < ra->first && rb->last >= ra->first && side == ra->up;
        crossings += rb->last > ra->last && rb->first <= ra->last && side == ra->down;
      }

  return crossings;
}

/* Of @n_lanes lanes, by @runs, the one that passes the fewest lines to
 * the first place (@slot, by lane) and the next such to the last, the
 * others in their order: a link that runs beside a role 2 px off its
 * side reads as a border of it (issue 19, map-light), and the shorter
 * such a stretch, the less it does. */
static void
sides_to_shortest (GArray *runs,
                   guint   n_lanes,
                   guint  *slot)
{
  g_autofree guint *cover = g_new0 (guint, n_lanes);
  g_autofree guint *order = g_new (guint, n_lanes);
  g_autofree guint *moved = g_new (guint, n_lanes);
  guint most = 0, first = 0, last = n_lanes - 1, k = 0;

  for (guint r = 0; r < runs->len; r++)
    {
      const Run *run = &g_array_index (runs, Run, r);

      cover[run->lane] += run->last - run->first + 1;
    }
  for (guint l = 0; l < n_lanes; l++)
    {
      most = MAX (most, cover[l]);
      if (cover[l] < cover[first])
        first = l;
    }
  for (guint l = n_lanes; l-- > 0;)
    if (l != first && (last == first || cover[l] < cover[last]))
      last = l;
  if (cover[first] == most)
    return;
  order[k++] = first;
  for (guint l = 0; l < n_lanes; l++)
    if (l != first && (l != last || cover[last] == most))
      order[k++] = l;
  if (cover[last] < most)
    order[k++] = last;
  /* Not where that makes links cross more where they turn. */
  for (k = 0; k < n_lanes; k++)
    moved[order[k]] = k;
  if (turns_across (runs, moved) <= turns_across (runs, slot))
    memcpy (slot, moved, n_lanes * sizeof (guint));
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
  double x = g_array_index (passes, Pass, i).x, lo = self->left, hi = self->right, step, start, margin;
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (Run));
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) sources = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree guint *lanes = NULL;
  g_autofree guint *slot = NULL;
  gboolean between = FALSE;

  for (guint p = i; p < j; p++)
    {
      const Pass *pass = &g_array_index (passes, Pass, p);

      if (runs->len == 0 || g_array_index (runs, Run, runs->len - 1).key != pass->key)
        {
          double above = g_array_index (xs, double, pass->index + 1) - x;

          g_array_append_val (runs, ((Run) { pass->key, pass->from, pass->line, pass->line, 0, runs->len,
                                             (above > 0) - (above < 0), 0 }));
        }
      else
        {
          Run *run = &g_array_index (runs, Run, runs->len - 1);

          run->last = pass->line;
          if (run->from != pass->from)
            run->from = G_MAXUINT;
        }
      if (pass->line == g_array_index (runs, Run, runs->len - 1).last)
        {
          double below = g_array_index (xs, double, pass->index - 1) - x;

          g_array_index (runs, Run, runs->len - 1).down = (below > 0) - (below < 0);
        }
      clear_stretch (self, &g_array_index (self->lines, Line, pass->line), x, &lo, &hi, &between);
    }
  if (runs->len < 2)
    return;

  _ops_map_layout_sort_array (runs, compare_runs);
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
  /* The lanes keep CLEARANCE from the roles beside them where the
   * stretch has room for that, else as much as it has: a link 2 px from
   * a role's side reads as a border of it (issue 19, map-light). */
  margin = CLAMP ((hi - lo - (ends->len - 1) * step) / 2, 0, CLEARANCE - 2);
  if (lo > self->left)
    lo += margin;
  if (hi < self->right)
    hi -= margin;
  start = CLAMP (x - (ends->len - 1) * step / 2, lo, hi - (ends->len - 1) * step);

  /* Where the stretch is too full for that, the lanes at its sides run
   * beside the roles: the two that pass the fewest lines go there. */
  slot = g_new (guint, ends->len);
  for (guint k = 0; k < ends->len; k++)
    slot[k] = k;
  if (between && margin < CLEARANCE - 2.5 && ends->len > 2)
    sides_to_shortest (runs, ends->len, slot);

  /* The passes are in key order, one run after another. */
  lanes = g_new (guint, runs->len);
  for (guint r = 0; r < runs->len; r++)
    lanes[g_array_index (runs, Run, r).order] = slot[g_array_index (runs, Run, r).lane];
  for (guint p = i, r = 0; p < j; p++)
    {
      const Pass *pass = &g_array_index (passes, Pass, p);

      if (p > i && pass->key != g_array_index (passes, Pass, p - 1).key)
        r++;
      g_array_index (xs, double, pass->index) = start + lanes[r] * step;
    }
}

/* Links into different roles that pass a line at the same place get lanes
 * of their own (see assign_passage()). The passes are ordered by place,
 * role, line and index: made in the order of their indices, they are
 * moved into the order of their lines, then of their roles, then of
 * their places, each time keeping the order they were in. Stops, and
 * returns FALSE, once the gaps between roles are to widen to @most (see
 * ops_map_layout_place ()) whatever the passages left would ask. */
static gboolean
assign_lanes (OpsMapLayout *self,
              const Way    *ways,
              GArray       *xs,
              double        most)
{
  g_autoptr(GArray) passes = g_array_new (FALSE, FALSE, sizeof (Pass));
  g_autofree guint *bucket = NULL;
  guint n_passes = 0;

  for (guint e = 0; e < self->edges->len / 2; e++)
    n_passes += ways[e].n > 2 ? ways[e].n - 2 : 0;
  g_array_set_size (passes, n_passes);
  n_passes = 0;
  for (guint e = 0; e < self->edges->len / 2; e++)
    for (guint k = 1; k + 1 < ways[e].n; k++)
      {
        guint index = ways[e].first + k;

        g_array_index (passes, Pass, n_passes++) = (Pass) { g_array_index (xs, double, index), ways[e].high,
                                                            ways[e].low, self->node_line[ways[e].low] - k, index };
      }
  bucket = g_new (guint, passes->len);
  for (guint i = 0; i < passes->len; i++)
    bucket[i] = g_array_index (passes, Pass, i).line;
  spread (passes, bucket, self->lines->len);
  for (guint i = 0; i < passes->len; i++)
    bucket[i] = g_array_index (passes, Pass, i).key;
  spread (passes, bucket, self->roles->len);
  _ops_map_layout_sort_by_place (passes);

  for (guint i = 0, j; i < passes->len; i = j)
    {
      for (j = i + 1; j < passes->len && g_array_index (passes, Pass, j).x == g_array_index (passes, Pass, i).x; j++)
        ;
      assign_passage (self, passes, i, j, xs);
      if (self->spacing < most && self->need_spacing >= LINK_SPACING &&
          self->spacing + ceil (self->need_spacing) >= most)
        return FALSE;
    }

  return TRUE;
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
 * and the names, as many as fit: first those a link of which goes on up
 * over a name (into a role over it), which would run over the name from
 * under it, then those clear of every name; never in the room the nudges
 * asked for there (name_spare). @ranks says which, by track (their order
 * there, or -1). @slots are the gap's turns, in key order, one run per
 * span. Returns how many. */
static guint
tracks_above_title (OpsMapLayout *self,
                    const Line   *line,
                    double        above,
                    GArray       *slots,
                    GArray       *xs,
                    GArray       *tracks,
                    GArray       *ranks)
{
  enum { MAY, MUST, BELOW, NEVER };
  guint l = line - &g_array_index (self->lines, Line, 0);
  double room = line->title_top - above - 2 * TRACK_EDGE -
                (l < self->name_spare->len ? g_array_index (self->name_spare, double, l) : 0);
  guint fit = room >= 0 ? (guint) (room / LINK_SPACING) + 1 : 0, n = 0, round = 0;
  g_autofree int *state = g_new0 (int, ranks->len);

  for (guint i = 0, span = 0; i < slots->len; i++)
    {
      const Slot *slot = &g_array_index (slots, Slot, i);
      double lower = g_array_index (xs, double, slot->index), upper = g_array_index (xs, double, slot->index + 1);
      int *at;

      if (i > 0 && slot->key != g_array_index (slots, Slot, i - 1).key)
        span++;
      at = &state[g_array_index (tracks, guint, span)];
      /* Where it comes up from the line, it would pass the names; and a
       * track above a name that others turn under crosses all of them:
       * only one clear of every name goes above, unless a link of it
       * goes on up over one. */
      for (guint k = 0; k < line->n_spans; k++)
        {
          const Span *name = &g_array_index (self->spans, Span, line->first_span + k);

          if (name->left - CLEARANCE >= slot->then || name->right + CLEARANCE <= slot->x)
            continue;
          if (lower > name->left - CLEARANCE && lower < name->right + CLEARANCE)
            *at = NEVER;
          else if (upper > name->left - CLEARANCE && upper < name->right + CLEARANCE && *at != NEVER)
            *at = MUST;
          else if (*at == MAY)
            *at = BELOW;
        }
    }
  for (guint t = 0; t < ranks->len; t++)
    g_array_index (ranks, int, t) = -1;
  for (guint t = 0; t < ranks->len && n < fit; t++)
    if (state[t] == MUST)
      {
        g_array_index (ranks, int, t) = 0;
        n++;
      }
  /* The turns into a role over a name that stay under it go round it,
   * each on a track above it too (see assign_tracks()): those clear of
   * every name take only the room they leave, which so asks for no more
   * room than those need. */
  for (guint i = 0, span = 0; i < slots->len; i++)
    {
      const Slot *slot = &g_array_index (slots, Slot, i);

      if (i > 0 && slot->key != g_array_index (slots, Slot, i - 1).key)
        span++;
      else if (i > 0)
        continue;
      if (g_array_index (ranks, int, g_array_index (tracks, guint, span)) < 0 &&
          under_name (self, line, g_array_index (xs, double, slot->index + 1), CLEARANCE))
        round++;
    }
  for (guint t = 0; t < ranks->len && n + round < fit; t++)
    if (state[t] == MAY)
      {
        g_array_index (ranks, int, t) = 0;
        n++;
      }
  for (guint t = 0, k = 0; t < ranks->len; t++)
    if (g_array_index (ranks, int, t) == 0)
      g_array_index (ranks, int, t) = k++;

  return n;
}

/* One span per role: from the leftmost to the rightmost turn into it.
 * Sorts @slots by key on the way. */
static void
merge_spans (GArray *slots,
             GArray *spans)
{
  _ops_map_layout_sort_array (slots, compare_slot_keys);
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
  _ops_map_layout_sort_array (spans, compare_slots);
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

/* Whether the turns of @slots from @i on (the first of a run into one
 * role) under the names above @line go on up over one: then they go
 * round them (see trace_ways()). */
static gboolean
goes_round (OpsMapLayout *self,
            const Line   *line,
            GArray       *slots,
            guint         i,
            GArray       *xs)
{
  return (i == 0 || g_array_index (slots, Slot, i).key != g_array_index (slots, Slot, i - 1).key) &&
         under_name (self, line, g_array_index (xs, double, g_array_index (slots, Slot, i).index + 1), CLEARANCE);
}

/* In each gap, the turns into one role share a track; turns into other
 * roles that would overlap it get tracks of their own, spread evenly
 * over the room the gap has. Where the turns into one role under a name
 * go round it, @ups gets the height of a track of their own above it,
 * with those that run above the names. */
static void
assign_tracks (OpsMapLayout *self,
               const Way    *ways,
               GArray       *xs,
               GArray       *ys,
               GArray       *ups)
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
      guint n_above, n_round = 0;

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
      for (guint i = 0, span = 0; i < slots->len; i++)
        {
          if (i > 0 && g_array_index (slots, Slot, i).key != g_array_index (slots, Slot, i - 1).key)
            span++;
          n_round += g_array_index (ranks, int, g_array_index (tracks, guint, span)) >= 0 &&
                     goes_round (self, line, slots, i, xs);
        }
      if (!spread_tracks (g_array_index (self->lines, Line, l - 1).bottom, line->title_top, n_above + n_round,
                          &step_above, &edge_above))
        g_array_index (self->name_need, double, l) = 2 * TRACK_EDGE + (n_above + n_round - 1) * LINK_SPACING -
                                                    (line->title_top - g_array_index (self->lines, Line, l - 1).bottom);
      if (!spread_tracks (top, bottom, ends->len - n_above, &step, &edge))
        g_array_index (self->line_need, double, l) = 2 * TRACK_EDGE + (ends->len - n_above - 1) * LINK_SPACING -
                                                    (bottom - top);
      for (guint i = 0, span = 0, round = n_above, up = 0; i < slots->len; i++)
        {
          const Slot *slot = &g_array_index (slots, Slot, i);
          int rank;

          if (i > 0 && slot->key != g_array_index (slots, Slot, i - 1).key)
            span++;
          rank = g_array_index (ranks, int, g_array_index (tracks, guint, span));
          g_array_index (ys, double, slot->index) =
            rank >= 0 ? top + edge + rank * step
                      : g_array_index (self->lines, Line, l - 1).bottom + edge_above + (-1 - rank) * step_above;
          if (rank >= 0 && goes_round (self, line, slots, i, xs))
            up = round++;
          else if (i == 0 || slot->key != g_array_index (slots, Slot, i - 1).key)
            up = G_MAXUINT;
          if (up != G_MAXUINT)
            g_array_index (ups, double, slot->index) =
              g_array_index (self->lines, Line, l - 1).bottom + edge_above + up * step_above;
        }
    }
}

/* What the passages through the lines and their lanes depend on: where
 * each line's roles and the names above it are across, the room beside
 * them and between them. Not the heights: the lines moving down as the
 * gaps between them widen leave the passages where they were. */
static void
collect_passage_key (OpsMapLayout *self,
                     GArray       *key)
{
  guint size = 4 + self->roles->len, k = 0;
  double *at;

  for (guint l = 0; l < self->lines->len; l++)
    size += 2 + 3 * g_array_index (self->lines, Line, l).count + 2 * g_array_index (self->lines, Line, l).n_spans;
  g_array_set_size (key, size);
  at = (double *) key->data;
  at[k++] = self->left;
  at[k++] = self->right;
  at[k++] = self->spacing;
  at[k++] = self->lines->len;
  for (guint n = 0; n < self->roles->len; n++)
    at[k++] = self->node_line[n];
  for (guint l = 0; l < self->lines->len; l++)
    {
      const Line *line = &g_array_index (self->lines, Line, l);
      GArray *row = g_ptr_array_index (self->wrapped, line->row);

      at[k++] = line->count;
      at[k++] = line->n_spans;
      for (guint c = 0; c < line->count; c++)
        {
          guint node = g_array_index (row, guint, line->first + c);

          at[k++] = node;
          at[k++] = self->node_rects[node].origin.x;
          at[k++] = self->node_rects[node].size.width;
        }
      for (guint i = 0; i < line->n_spans; i++)
        {
          at[k++] = g_array_index (self->spans, Span, line->first_span + i).left;
          at[k++] = g_array_index (self->spans, Span, line->first_span + i).right;
        }
    }
}

/* Where a link turning under the names above @line to go on up at @x,
 * over one, goes round them: the nearest place beside them, or @x if it
 * is over none. */
static double
round_names (OpsMapLayout *self,
             const Line   *line,
             double        x)
{
  double best = x, best_distance = G_MAXDOUBLE;

  if (!under_name (self, line, x, CLEARANCE))
    return x;
  for (guint i = 0; i < 2 * line->n_spans; i++)
    {
      const Span *span = &g_array_index (self->spans, Span, line->first_span + i / 2);
      double place = i % 2 == 0 ? span->left - CLEARANCE - 1 : span->right + CLEARANCE + 1;

      if (place >= self->left && place <= self->right && !under_name (self, line, place, CLEARANCE) &&
          ABS (place - x) < best_distance)
        {
          best = place;
          best_distance = ABS (place - x);
        }
    }

  return best;
}

/* Turns each way into its points: up, across, up, …; where it turns
 * under the names above a line and goes on up over one, it goes round
 * them: across beside them, up past them, across again. */
static void
trace_ways (OpsMapLayout *self,
            const Way    *ways,
            GArray       *xs,
            GArray       *ys,
            GArray       *ups)
{
  guint n_edges = self->edges->len / 2, at = 0;
  graphene_point_t *point;

  /* Room for the most points the ways could take (each turn four, see
   * below), written in place, then trimmed. */
  for (guint e = 0; e < n_edges; e++)
    at += ways[e].n > 0 ? 2 + 4 * (ways[e].n - 1) : 0;
  g_array_set_size (self->link_points, at);
  point = (graphene_point_t *) (void *) self->link_points->data;
  at = 0;
  for (guint e = 0; e < n_edges; e++)
    {
      const Way *way = &ways[e];
      const graphene_rect_t *low = &self->node_rects[way->low], *high = &self->node_rects[way->high];

      self->link_first[e] = at;
      if (way->n == 0)
        continue;
      point[at++] = GRAPHENE_POINT_INIT (g_array_index (xs, double, way->first), low->origin.y);
      for (guint k = 0; k + 1 < way->n; k++)
        {
          double a = g_array_index (xs, double, way->first + k), b = g_array_index (xs, double, way->first + k + 1);
          double y = g_array_index (ys, double, way->first + k);
          guint l = self->node_line[way->low] - k;
          const Line *line = &g_array_index (self->lines, Line, l);
          double up = g_array_index (ups, double, way->first + k);  /* 0: no way round */
          double round = up > 0 ? round_names (self, line, b) : b;

          if (a == b && round == b)
            continue;
          point[at++] = GRAPHENE_POINT_INIT (a, y);
          if (round != b)
            {
              if (round != a)
                point[at++] = GRAPHENE_POINT_INIT (round, y);
              point[at++] = GRAPHENE_POINT_INIT (round, up);
              y = up;
            }
          point[at++] = GRAPHENE_POINT_INIT (b, y);
        }
      point[at++] = GRAPHENE_POINT_INIT (g_array_index (xs, double, way->first + way->n - 1),
                                         high->origin.y + high->size.height);
    }
  g_array_set_size (self->link_points, at);
  self->link_first[n_edges] = self->link_points->len;
}

/* A place across and the passage found for it, on one line. */
typedef struct
{
  double x, passage;
} Found;

/* Where a link heading for @x passes line @l: passage_x (), or beside a
 * name of the line under it where that passes too, so that the links
 * need not go round it. The same for every role whose middle is at @x,
 * which in a map of many roles are most of a column of them: each line's
 * are kept in @found, and found once. */
static double
passage_of (OpsMapLayout *self,
            guint         l,
            double        x,
            GArray      **found)
{
  const Line *line = &g_array_index (self->lines, Line, l);
  const Line *next = line_below (self, line);
  Found place = { x, 0 };
  double beside;

  if (found[l] == NULL)
    found[l] = g_array_new (FALSE, FALSE, sizeof (Found));
  for (guint i = 0; i < found[l]->len; i++)
    if (memcmp (&g_array_index (found[l], Found, i).x, &x, sizeof x) == 0)
      return g_array_index (found[l], Found, i).passage;

  place.passage = passage_x (self, line, x, self->spacing);
  beside = next != NULL ? round_names (self, next, place.passage) : place.passage;
  if (beside != place.passage && passes_clear (self, line, beside, CLEARANCE))
    place.passage = beside;
  g_array_append_val (found[l], place);

  return place.passage;
}

/* Where the last routing's places do not serve (see
 * _ops_map_layout_route_links()), finds them into @xs and keeps them,
 * with @key, for the next, unless the lanes stop early because the gaps
 * between roles are to widen to @most (then nothing is kept, as the
 * passages are not whole): each link leaves the middle of its lower
 * role's top and arrives at the middle of its higher one's bottom, and
 * passes each line between where the higher role's middle is, or the
 * nearest gap to it: the same places for every link into that role,
 * which makes them one tree, and which are found once for all of them;
 * then the links through one passage get lanes. */
static void
find_passages (OpsMapLayout *self,
               const Way    *ways,
               GArray       *xs,
               GArray       *key,
               double        most)
{
  guint n_edges = self->edges->len / 2;
  g_autofree guint *below = g_new0 (guint, self->roles->len + 1);
  g_autofree double *passages = NULL;
  g_autofree GArray **found = NULL;

  for (guint e = 0; e < n_edges; e++)
    if (ways[e].n > 2)
      below[ways[e].high + 1] = MAX (below[ways[e].high + 1], ways[e].n - 2);
  for (guint n = 0; n < self->roles->len; n++)
    below[n + 1] += below[n];
  passages = g_new (double, below[self->roles->len]);
  found = g_new0 (GArray *, self->lines->len);
  for (guint n = 0; n < self->roles->len; n++)
    for (guint k = 0; k < below[n + 1] - below[n]; k++)
      passages[below[n] + k] = passage_of (self, self->node_line[n] + 1 + k, center_x (&self->node_rects[n]), found);
  for (guint l = 0; l < self->lines->len; l++)
    g_clear_pointer (&found[l], g_array_unref);
  for (guint e = 0; e < n_edges; e++)
    {
      const Way *way = &ways[e];

      if (way->n == 0)
        continue;
      g_array_index (xs, double, way->first) = center_x (&self->node_rects[way->low]);
      g_array_index (xs, double, way->first + way->n - 1) = center_x (&self->node_rects[way->high]);
      /* Line node_line[low] - k is the (n - 1 - k)-th below the higher role's. */
      for (guint k = 1; k + 1 < way->n; k++)
        g_array_index (xs, double, way->first + k) = passages[below[way->high] + way->n - 2 - k];
    }
  g_array_set_size (self->passage_key, 0);
  if (!assign_lanes (self, ways, xs, most))
    return;
  g_array_append_vals (self->passage_key, key->data, key->len);
  g_array_set_size (self->passage_xs, 0);
  g_array_append_vals (self->passage_xs, xs->data, xs->len);
  self->passage_need = self->need_spacing;
}

/* Routes every link at right angles around the roles (see the opening of
 * ops-map-layout.c); place() calls it once the roles have their
 * rectangles. Stops short, the links not routed, once the lanes between
 * roles ask for gaps at least LINK_SPACING wider while the gaps may
 * still grow to @most: what the rest would find could ask for no more than that, and
 * place() widens them and routes again. Where place() only widened the
 * gaps between lines, the roles are where they were across: the
 * passages and lanes the last routing found are taken as they are, and
 * only the turns, the points and the nudges are worked out again. */
void
_ops_map_layout_route_links (OpsMapLayout        *self,
                             const OpsMapMetrics *m,
                             double               most)
{
  guint n_edges = self->edges->len / 2;
  g_autofree Way *ways = g_new0 (Way, n_edges);
  g_autoptr(GArray) xs = g_array_new (FALSE, TRUE, sizeof (double));
  g_autoptr(GArray) ys = NULL;
  g_autoptr(GArray) ups = NULL;
  g_autoptr(GArray) key = NULL;

  self->left = m->margin;
  self->right = m->width - m->margin;
  self->need_spacing = 0;
  self->names_crowded = FALSE;
  g_array_set_size (self->line_need, 0);
  g_array_set_size (self->line_need, self->lines->len);
  g_array_set_size (self->name_need, 0);
  g_array_set_size (self->name_need, self->lines->len);
  g_array_set_size (self->spare_need, 0);
  g_array_set_size (self->spare_need, self->lines->len);
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
  ups = g_array_sized_new (FALSE, TRUE, sizeof (double), xs->len);
  g_array_set_size (ups, xs->len);

  key = g_array_new (FALSE, FALSE, sizeof (double));
  collect_passage_key (self, key);
  if (key->len == self->passage_key->len &&
      memcmp (key->data, self->passage_key->data, key->len * sizeof (double)) == 0)
    {
      /* The same roles on the same lines: as many places. */
      g_assert (self->passage_xs->len == xs->len);
      memcpy (xs->data, self->passage_xs->data, xs->len * sizeof (double));
      self->need_spacing = self->passage_need;
    }
  else
    find_passages (self, ways, xs, key, most);
  if (self->need_spacing >= LINK_SPACING && self->spacing < most)
    return;
  assign_tracks (self, ways, xs, ys, ups);
  trace_ways (self, ways, xs, ys, ups);
  _ops_map_layout_nudge_pieces (self, TRUE);
  _ops_map_layout_nudge_pieces (self, FALSE);
}
