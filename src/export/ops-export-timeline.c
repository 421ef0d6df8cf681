/* ops-export-timeline.c: the items with a target date, on a time axis
 *
 * One mark per item, stacked in lanes where marks would overlap. Up to a
 * few dozen items each mark is a numbered pill that points into the item
 * list (titles would not fit, and printing them twice would make the list
 * ambiguous); beyond that the marks become dots, so a plan of a thousand
 * items still gets a readable density chart.
 *
 * With hours a week and estimates, the pace projection is drawn against
 * the targets: a line from each pill to a diamond on the day the item is
 * projected to finish (right of the pill when it is late), and a flag on
 * the day the whole plan is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "ops-export-builder.h"
#include "ops-export-text.h"

#define MAX_PILLS        60
#define MAX_PILL_LANES   8
#define MAX_DOT_LANES    24
#define PILL_HEIGHT      10.0
#define PILL_PITCH       13.0
#define DOT_RADIUS       2.2
#define DOT_PITCH        5.2
#define FLAG_BAND        14.0
#define MIN_LABEL_SPACE  30.0
#define MIN_MONTHS       4
#define DIAMOND          3.2

typedef struct
{
  double            x;
  double            y;
  double            width;
  OpsPlanItemStatus status;
  guint             number;
  gboolean          projected;   /* projection_x holds the projected finish */
  double            projection_x;
  gboolean          late;
} Mark;

typedef struct
{
  double   x;
  gboolean labelled;
} Tick;

typedef struct
{
  double  width;
  double  lanes_top;
  double  axis_y;
  gboolean dense;
  GArray *marks;
  GArray *ticks;
  double  today_x;
  double  target_x;
  double  finish_x;   /* the plan's projected finish, or NAN */
  double  flags_top;
  GArray *legend;   /* Mark, drawn as samples */
  double  legend_today_x;
  double  legend_y;
} Timeline;

static void
timeline_free (gpointer data)
{
  Timeline *timeline = data;

  g_array_unref (timeline->marks);
  g_array_unref (timeline->ticks);
  g_array_unref (timeline->legend);
  g_free (timeline);
}

static int
month_index (GDateTime *date)
{
  return g_date_time_get_year (date) * 12 + g_date_time_get_month (date) - 1;
}

static GDateTime *
month_start (int index)
{
  return g_date_time_new_utc (index / 12, index % 12 + 1, 1, 0, 0, 0);
}

/* The export moment is local time; as a plan day it is midnight UTC. */
static GDateTime *
as_plan_day (GDateTime *date)
{
  int year, month, day;

  g_date_time_get_ymd (date, &year, &month, &day);

  return g_date_time_new_utc (year, month, day, 0, 0, 0);
}

typedef struct
{
  GDateTime *start;
  double     days;
  double     width;
} Scale;

static double
scale_x (Scale     *scale,
         GDateTime *date)
{
  double days = g_date_time_difference (date, scale->start) / (double) G_TIME_SPAN_DAY;

  return CLAMP (days / scale->days, 0, 1) * scale->width;
}

/* Whole months from the earliest date to the end of the latest. */
static void
scale_init (Scale           *scale,
            OpsPlanSnapshot *snapshot,
            GDateTime       *today,
            double           width,
            int             *first_month,
            int             *n_months)
{
  int low = month_index (today), high = low;
  g_autoptr(GDateTime) end = NULL;
  GDateTime *plan_dates[] = { snapshot->target_date, snapshot->projected_finish };

  for (guint i = 0; i < G_N_ELEMENTS (plan_dates); i++)
    {
      if (plan_dates[i] == NULL)
        continue;
      low = MIN (low, month_index (plan_dates[i]));
      high = MAX (high, month_index (plan_dates[i]));
    }
  for (guint i = 0; i < snapshot->items->len; i++)
    {
      OpsItemSnapshot *item = g_ptr_array_index (snapshot->items, i);

      if (item->target_date == NULL)
        continue;
      low = MIN (low, month_index (item->target_date));
      high = MAX (high, month_index (item->target_date));
      /* Only a dated item is drawn, and so its projection. */
      if (item->projected_date != NULL)
        high = MAX (high, month_index (item->projected_date));
    }
  if (high - low + 1 < MIN_MONTHS)
    high = low + MIN_MONTHS - 1;

  scale->start = month_start (low);
  end = month_start (high + 1);
  scale->days = g_date_time_difference (end, scale->start) / (double) G_TIME_SPAN_DAY;
  scale->width = width;
  *first_month = low;
  *n_months = high + 1 - low;
}

static int
label_step (double month_width)
{
  const int steps[] = { 1, 2, 3, 6, 12, 24, 60, 120 };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (month_width * steps[i] >= MIN_LABEL_SPACE)
      return steps[i];

  return 600;
}

/* Month names under the axis, with the year under each January and the
 * first label; past two-month steps only the years are named. */
static double
add_ticks (OpsExportBlock   *block,
           OpsExportBuilder *builder,
           Timeline         *timeline,
           Scale            *scale,
           int               first_month,
           int               n_months)
{
  int step = label_step (timeline->width / n_months);
  double bottom = timeline->axis_y;
  gboolean year_shown = FALSE;

  for (int m = first_month; m <= first_month + n_months; m++)
    {
      g_autoptr(GDateTime) start = month_start (m);
      Tick tick = { scale_x (scale, start), FALSE };
      g_autofree char *month = NULL;
      g_autofree char *year = NULL;
      OpsExportPiece *piece;
      double y = timeline->axis_y + 4;

      /* m counts months since year 0, so steps fall on January, April… */
      if (step < 12)
        tick.labelled = m % step == 0;
      else
        tick.labelled = m % 12 == 0 && (m / 12) % (step / 12) == 0;
      g_array_append_val (timeline->ticks, tick);
      if (!tick.labelled || m == first_month + n_months)
        continue;

      if (step < 12)
        {
          month = ops_export_format_month (m % 12 + 1, m / 12);
          piece = ops_export_block_add_text (block, builder->context, OPS_FONT_CHART, month, tick.x + 2, y, -1);
          y = ops_export_piece_bottom (piece);
          bottom = MAX (bottom, y);
        }
      if (step >= 12 || m % 12 == 0 || !year_shown)
        {
          year = ops_export_format_year (m / 12);
          piece = ops_export_block_add_text (block, builder->context, OPS_FONT_CHART, year, tick.x + 2, y, -1);
          piece->ink = OPS_INK_MUTED;
          bottom = MAX (bottom, ops_export_piece_bottom (piece));
          year_shown = TRUE;
        }
    }

  return bottom;
}

static int
compare_marks (gconstpointer a,
               gconstpointer b)
{
  const Mark *ma = a, *mb = b;

  if (ma->x != mb->x)
    return ma->x < mb->x ? -1 : 1;

  return (ma->number > mb->number) - (ma->number < mb->number);
}

/* Puts each mark in the lowest lane where it does not overlap the one
 * before it. Returns the number of lanes, or 0 when pills need more than
 * MAX_PILL_LANES. */
static guint
assign_lanes (GArray   *marks,
              gboolean  dense)
{
  double right[MAX_DOT_LANES] = { 0 };
  guint max_lanes = dense ? MAX_DOT_LANES : MAX_PILL_LANES;
  guint n_lanes = 0;

  for (guint i = 0; i < marks->len; i++)
    {
      Mark *mark = &g_array_index (marks, Mark, i);
      double left = mark->x - mark->width / 2;
      double reach = mark->x + mark->width / 2;
      guint lane = 0, fullest = 0;

      /* The line to a projection shares the pill's lane. */
      if (mark->projected)
        {
          left = MIN (left, mark->projection_x - DIAMOND);
          reach = MAX (reach, mark->projection_x + DIAMOND);
        }

      while (lane < n_lanes && right[lane] + 1 > left)
        {
          if (right[lane] < right[fullest])
            fullest = lane;
          lane++;
        }
      if (lane == max_lanes)
        {
          if (!dense)
            return 0;
          lane = fullest;
        }
      n_lanes = MAX (n_lanes, lane + 1);
      right[lane] = reach;
      mark->y = lane;
    }

  return n_lanes;
}

static void
collect_marks (Timeline         *timeline,
               OpsPlanSnapshot  *snapshot,
               Scale            *scale,
               OpsExportBuilder *builder,
               gboolean          dense)
{
  g_array_set_size (timeline->marks, 0);
  for (guint i = 0; i < snapshot->items->len; i++)
    {
      OpsItemSnapshot *item = g_ptr_array_index (snapshot->items, i);
      Mark mark = { 0, 0, 2 * DOT_RADIUS, item->status, item->number };

      if (item->target_date == NULL)
        continue;
      mark.x = scale_x (scale, item->target_date);
      /* Dots are too close for a line each: the plan's flag says it. */
      if (!dense && item->projected_date != NULL)
        {
          mark.projected = TRUE;
          mark.projection_x = scale_x (scale, item->projected_date);
          mark.late = item->late;
        }
      if (!dense)
        {
          g_autofree char *number = g_strdup_printf ("%u", item->number);
          g_autoptr(PangoLayout) layout = ops_export_layout_new (builder->context, OPS_FONT_BADGE, number, -1);

          mark.width = MAX (PILL_HEIGHT, ops_export_layout_width (layout) + 5);
          /* A pill at either end of the axis stays inside the margins. */
          mark.x = CLAMP (mark.x, mark.width / 2, scale->width - mark.width / 2);
        }
      g_array_append_val (timeline->marks, mark);
    }
  g_array_sort (timeline->marks, compare_marks);
}

/* Lays the marks out, as pills if they fit and as dots if not; returns
 * the number of lanes. */
static guint
place_marks (Timeline         *timeline,
             OpsPlanSnapshot  *snapshot,
             Scale            *scale,
             OpsExportBuilder *builder,
             guint             n_dated)
{
  guint n_lanes = 0;

  timeline->dense = n_dated > MAX_PILLS;
  if (!timeline->dense)
    {
      collect_marks (timeline, snapshot, scale, builder, FALSE);
      n_lanes = assign_lanes (timeline->marks, FALSE);
      timeline->dense = n_lanes == 0;
    }
  if (timeline->dense)
    {
      collect_marks (timeline, snapshot, scale, builder, TRUE);
      n_lanes = assign_lanes (timeline->marks, TRUE);
    }

  return n_lanes;
}

static void
add_numbers (OpsExportBlock   *block,
             OpsExportBuilder *builder,
             Timeline         *timeline)
{
  for (guint i = 0; i < timeline->marks->len; i++)
    {
      Mark *mark = &g_array_index (timeline->marks, Mark, i);
      g_autofree char *number = g_strdup_printf ("%u", mark->number);
      OpsExportPiece *piece = ops_export_block_add_text (block, builder->context, OPS_FONT_BADGE, number, 0, 0, -1);
      double height = ops_export_layout_height (piece->layout);

      piece->x = mark->x - ops_export_layout_width (piece->layout) / 2;
      piece->y = mark->y - height / 2;
      if (mark->status == OPS_PLAN_ITEM_STATUS_PLANNED)
        piece->ink = OPS_INK_ACCENT_DARK;
    }
}

/* "Today" to the left of its line, "Target" to the right of its own, so
 * the two rarely collide. */
static void
add_flag_label (OpsExportBlock   *block,
                OpsExportBuilder *builder,
                Timeline         *timeline,
                OpsText           text,
                double            x,
                gboolean          before,
                OpsInk            ink)
{
  OpsExportPiece *piece = ops_export_block_add_text (block, builder->context, OPS_FONT_CHART, ops_export_text (text),
                                                     0, 0, -1);
  double width = ops_export_layout_width (piece->layout);

  /* At the right end there is no room after the line: the label goes
   * before it rather than over it. */
  if (!before && x + 3 + width > timeline->width)
    before = TRUE;
  piece->x = CLAMP (before ? x - width - 3 : x + 3, 0, timeline->width - width);
  piece->y = timeline->flags_top + 1;
  piece->ink = ink;
}

/* The projection's flag has a band of its own above the others, so its
 * label never meets "Today" or "Target". */
static void
add_finish_label (OpsExportBlock   *block,
                  OpsExportBuilder *builder,
                  Timeline         *timeline)
{
  double top = timeline->flags_top;

  timeline->flags_top -= FLAG_BAND;
  add_flag_label (block, builder, timeline, OPS_TEXT_PROJECTED, timeline->finish_x, FALSE, OPS_INK_TEXT);
  timeline->flags_top = top;
}

static void
draw_mark (cairo_t  *cr,
           Mark     *mark,
           gboolean  dense)
{
  OpsInk fill, stroke;

  ops_export_status_ink (mark->status, &fill, &stroke);
  if (dense)
    {
      cairo_arc (cr, mark->x, mark->y, mark->width / 2, 0, 2 * G_PI);
      ops_export_set_ink (cr, mark->status == OPS_PLAN_ITEM_STATUS_PLANNED ? OPS_INK_ACCENT_LIGHT : fill);
      cairo_fill (cr);
      return;
    }

  ops_export_rounded_rectangle (cr, mark->x - mark->width / 2, mark->y - PILL_HEIGHT / 2, mark->width, PILL_HEIGHT,
                                PILL_HEIGHT / 2);
  ops_export_set_ink (cr, fill);
  cairo_fill_preserve (cr);
  ops_export_set_ink (cr, stroke);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);
}

/* A diamond on the projected day at the end of a line from the pill:
 * filled and dark when late, so the print says it without colour. */
static void
draw_projection (cairo_t *cr,
                 Mark    *mark)
{
  double x = mark->projection_x, y = mark->y;

  if (!mark->projected)
    return;

  ops_export_set_ink (cr, mark->late ? OPS_INK_TEXT : OPS_INK_MUTED);
  cairo_set_line_width (cr, mark->late ? 1.2 : 0.8);
  cairo_move_to (cr, mark->x, y);
  cairo_line_to (cr, x, y);
  cairo_stroke (cr);

  cairo_move_to (cr, x, y - DIAMOND);
  cairo_line_to (cr, x + DIAMOND, y);
  cairo_line_to (cr, x, y + DIAMOND);
  cairo_line_to (cr, x - DIAMOND, y);
  cairo_close_path (cr);
  if (mark->late)
    {
      ops_export_set_ink (cr, OPS_INK_TEXT);
      cairo_fill (cr);
      return;
    }
  ops_export_set_ink (cr, OPS_INK_PAPER);
  cairo_fill_preserve (cr);
  ops_export_set_ink (cr, OPS_INK_TEXT);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);
}

static void
draw_flag_line (cairo_t *cr,
                double   x,
                double   top,
                double   bottom,
                OpsInk   ink,
                gboolean dashed)
{
  const double dashes[] = { 2.5, 2 };

  if (isnan (x))
    return;

  ops_export_set_ink (cr, ink);
  cairo_set_line_width (cr, 1);
  cairo_set_dash (cr, dashes, dashed ? G_N_ELEMENTS (dashes) : 0, 0);
  cairo_move_to (cr, x, top);
  cairo_line_to (cr, x, bottom);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
decorate_timeline (OpsExportBlock *block,
                   cairo_t        *cr,
                   double          from,
                   double          to)
{
  Timeline *timeline = block->data;

  cairo_set_line_width (cr, 1);
  for (guint i = 0; i < timeline->ticks->len; i++)
    {
      Tick *tick = &g_array_index (timeline->ticks, Tick, i);

      ops_export_set_ink (cr, tick->labelled ? OPS_INK_RULE : OPS_INK_TRACK);
      cairo_move_to (cr, tick->x, timeline->lanes_top);
      cairo_line_to (cr, tick->x, timeline->axis_y + (tick->labelled ? 14 : 3));
      cairo_stroke (cr);
    }

  ops_export_set_ink (cr, OPS_INK_MUTED);
  cairo_move_to (cr, 0, timeline->axis_y);
  cairo_line_to (cr, timeline->width, timeline->axis_y);
  cairo_stroke (cr);

  draw_flag_line (cr, timeline->today_x, timeline->lanes_top - FLAG_BAND + 2, timeline->axis_y, OPS_INK_TODAY, TRUE);
  draw_flag_line (cr, timeline->target_x, timeline->lanes_top - FLAG_BAND + 2, timeline->axis_y,
                  OPS_INK_ACCENT_DARK, FALSE);
  draw_flag_line (cr, timeline->finish_x, timeline->lanes_top - 2 * FLAG_BAND + 2, timeline->axis_y,
                  OPS_INK_TEXT, TRUE);

  for (guint i = 0; i < timeline->marks->len; i++)
    draw_projection (cr, &g_array_index (timeline->marks, Mark, i));
  for (guint i = 0; i < timeline->marks->len; i++)
    draw_mark (cr, &g_array_index (timeline->marks, Mark, i), timeline->dense);

  for (guint i = 0; i < timeline->legend->len; i++)
    {
      Mark *sample = &g_array_index (timeline->legend, Mark, i);

      if (sample->projected)
        draw_projection (cr, sample);
      else
        draw_mark (cr, sample, timeline->dense);
    }
  draw_flag_line (cr, timeline->legend_today_x, timeline->legend_y - 5, timeline->legend_y + 5, OPS_INK_TODAY, TRUE);
}

/* Samples of each status and of the "today" line, in a row. */
static double
add_legend (OpsExportBlock   *block,
            OpsExportBuilder *builder,
            Timeline         *timeline,
            double            y)
{
  double x = 0, bottom = y;

  for (guint i = 0; i <= G_N_ELEMENTS (ops_plan_snapshot_status_order); i++)
    {
      gboolean is_today = i == G_N_ELEMENTS (ops_plan_snapshot_status_order);
      const char *name = is_today ? ops_export_text (OPS_TEXT_TODAY)
                                  : ops_export_status_name (ops_plan_snapshot_status_order[i]);
      OpsExportPiece *piece = ops_export_block_add_text (block, builder->context, OPS_FONT_CHART, name,
                                                         x + 12, y, -1);
      double middle = y + ops_export_layout_height (piece->layout) / 2;

      if (is_today)
        {
          timeline->legend_today_x = x + 4;
        }
      else
        {
          Mark sample = { x + 4, middle, 8, ops_plan_snapshot_status_order[i], 0 };

          g_array_append_val (timeline->legend, sample);
        }
      timeline->legend_y = middle;
      x += 12 + ops_export_layout_width (piece->layout) + 14;
      bottom = MAX (bottom, ops_export_piece_bottom (piece));
    }

  if (!isnan (timeline->finish_x))
    {
      OpsExportPiece *piece = ops_export_block_add_text (block, builder->context, OPS_FONT_CHART,
                                                         ops_export_text (OPS_TEXT_PROJECTED), x + 14, y, -1);
      Mark sample = { x, timeline->legend_y, 0, OPS_PLAN_ITEM_STATUS_PLANNED, 0, TRUE, x + 8, FALSE };

      g_array_append_val (timeline->legend, sample);
      bottom = MAX (bottom, ops_export_piece_bottom (piece));
    }

  return bottom;
}

static guint
count_dated (OpsPlanSnapshot *snapshot)
{
  guint n = 0;

  for (guint i = 0; i < snapshot->items->len; i++)
    if (((OpsItemSnapshot *) g_ptr_array_index (snapshot->items, i))->target_date != NULL)
      n++;

  return n;
}

static void
place_lanes (Timeline *timeline,
             guint     n_lanes)
{
  double pitch = timeline->dense ? DOT_PITCH : PILL_PITCH;

  timeline->lanes_top = isnan (timeline->finish_x) ? FLAG_BAND : 2 * FLAG_BAND;
  timeline->flags_top = timeline->lanes_top - FLAG_BAND;
  timeline->axis_y = timeline->lanes_top + n_lanes * pitch + 5;
  for (guint i = 0; i < timeline->marks->len; i++)
    {
      Mark *mark = &g_array_index (timeline->marks, Mark, i);

      mark->y = timeline->axis_y - 4 - pitch * (mark->y + 0.5);
    }
}

/* The projection in words under the chart, as the plan page says it. */
static void
add_pace_caption (OpsExportBuilder *builder,
                  OpsPlanSnapshot  *snapshot,
                  Timeline         *timeline)
{
  g_autofree char *text = NULL;
  gboolean drawn = FALSE;

  for (guint i = 0; i < timeline->marks->len && !drawn; i++)
    drawn = g_array_index (timeline->marks, Mark, i).projected;
  if (drawn)
    ops_export_builder_add_paragraph (builder, OPS_FONT_CAPTION, ops_export_text (OPS_TEXT_PROJECTION_CAPTION), 2);

  if (snapshot->pace == NULL)
    return;
  text = snapshot->pace_detail ? g_strconcat (snapshot->pace, ". ", snapshot->pace_detail, NULL)
                               : g_strconcat (snapshot->pace, ".", NULL);
  ops_export_builder_add_paragraph (builder, OPS_FONT_BODY, text, 6);
}

void
ops_export_build_timeline (OpsExportBuilder *builder,
                           OpsPlanSnapshot  *snapshot)
{
  g_autoptr(GDateTime) today = as_plan_day (snapshot->export_date);
  guint n_dated = count_dated (snapshot);
  OpsExportBlock *block;
  Timeline *timeline;
  Scale scale = { 0 };
  int first_month, n_months;
  double y;

  if (n_dated == 0 && snapshot->projected_finish == NULL)
    return;

  ops_export_builder_add_heading (builder, ops_export_text (OPS_TEXT_TIMELINE), NULL);
  block = ops_export_block_new (12);
  timeline = g_new0 (Timeline, 1);
  timeline->width = builder->width;
  timeline->marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  timeline->ticks = g_array_new (FALSE, FALSE, sizeof (Tick));
  timeline->legend = g_array_new (FALSE, FALSE, sizeof (Mark));
  ops_export_block_set_data (block, decorate_timeline, timeline, timeline_free);

  scale_init (&scale, snapshot, today, builder->width, &first_month, &n_months);
  timeline->finish_x = snapshot->projected_finish != NULL ? scale_x (&scale, snapshot->projected_finish) : NAN;
  place_lanes (timeline, place_marks (timeline, snapshot, &scale, builder, n_dated));
  timeline->today_x = scale_x (&scale, today);
  timeline->target_x = snapshot->target_date != NULL ? scale_x (&scale, snapshot->target_date) : NAN;
  if (!timeline->dense)
    add_numbers (block, builder, timeline);
  add_flag_label (block, builder, timeline, OPS_TEXT_TODAY, timeline->today_x, TRUE, OPS_INK_TODAY);
  if (!isnan (timeline->target_x))
    add_flag_label (block, builder, timeline, OPS_TEXT_TARGET, timeline->target_x, FALSE, OPS_INK_ACCENT_DARK);
  if (!isnan (timeline->finish_x))
    add_finish_label (block, builder, timeline);

  y = add_ticks (block, builder, timeline, &scale, first_month, n_months);
  y = add_legend (block, builder, timeline, y + 10);
  block->height = y;
  g_date_time_unref (scale.start);
  ops_export_builder_add (builder, block);

  ops_export_builder_add_paragraph (builder, OPS_FONT_CAPTION,
                                    ops_export_text (timeline->dense ? OPS_TEXT_TIMELINE_CAPTION_DENSE
                                                                     : OPS_TEXT_TIMELINE_CAPTION),
                                    4);
  add_pace_caption (builder, snapshot, timeline);
}
