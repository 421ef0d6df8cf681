/* ops-export-summary.c: the title block and the ladder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "ops-export-builder.h"
#include "ops-export-text.h"

#define BAR_HEIGHT   7.0
#define QUOTE_INDENT 12.0
#define RAIL_LEFT    6.0
#define RAIL_RIGHT   32.0
#define RUNG_LABEL_X 50.0
#define ROW_PADDING  7.0
#define ROW_MIN      38.0

/* Small capitals-like labels: upper case, opened up a little. */
static void
style_as_label (OpsExportPiece *piece)
{
  ops_export_layout_add_attribute (piece->layout, pango_attr_text_transform_new (PANGO_TEXT_TRANSFORM_UPPERCASE));
  ops_export_layout_add_attribute (piece->layout, pango_attr_letter_spacing_new (PANGO_SCALE * 3 / 4));
}

static OpsExportPiece *
add_label (OpsExportBlock   *block,
           OpsExportBuilder *builder,
           OpsFont           font,
           const char       *text,
           double            x,
           double            y,
           double            width)
{
  OpsExportPiece *piece = ops_export_block_add_text (block, builder->context, font, text, x, y, width);

  style_as_label (piece);

  return piece;
}

typedef struct
{
  double width;
  double bar_y;
  double progress;
} SummaryData;

static void
decorate_summary (OpsExportBlock *block,
                  cairo_t        *cr,
                  double          from,
                  double          to)
{
  SummaryData *data = block->data;

  ops_export_rounded_rectangle (cr, 0, data->bar_y, data->width, BAR_HEIGHT, BAR_HEIGHT / 2);
  ops_export_set_ink (cr, OPS_INK_TRACK);
  cairo_fill_preserve (cr);
  ops_export_set_ink (cr, OPS_INK_RULE);
  cairo_set_line_width (cr, 0.5);
  cairo_stroke (cr);

  if (data->progress <= 0)
    return;

  ops_export_rounded_rectangle (cr, 0, data->bar_y, MAX (BAR_HEIGHT, data->width * data->progress),
                                BAR_HEIGHT, BAR_HEIGHT / 2);
  ops_export_set_ink (cr, OPS_INK_DONE);
  cairo_fill (cr);
}

/* Three facts side by side: a label over a value. */
static double
add_facts (OpsExportBlock   *block,
           OpsExportBuilder *builder,
           OpsPlanSnapshot  *snapshot,
           double            y)
{
  g_autofree char *target_date = NULL;
  g_autofree char *exported = ops_export_format_date (snapshot->export_date);
  g_autofree char *count = ops_export_format_item_count (snapshot->items->len, snapshot->n_finished);
  const char *labels[] = {
    ops_export_text (OPS_TEXT_TARGET_DATE),
    ops_export_text (OPS_TEXT_EXPORTED),
    ops_export_text (OPS_TEXT_ITEMS),
  };
  const char *values[G_N_ELEMENTS (labels)];
  double column = builder->width / G_N_ELEMENTS (labels);
  double bottom = y;

  if (snapshot->target_date != NULL)
    target_date = ops_export_format_date (snapshot->target_date);
  values[0] = target_date != NULL ? target_date : ops_export_text (OPS_TEXT_NOT_SET);
  values[1] = exported;
  values[2] = count;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      double x = i * column;
      OpsExportPiece *label = add_label (block, builder, OPS_FONT_LABEL, labels[i], x, y, column - 12);
      OpsExportPiece *value = ops_export_block_add_text (block, builder->context, OPS_FONT_VALUE, values[i], x,
                                                         ops_export_piece_bottom (label) + 2, column - 12);

      bottom = MAX (bottom, ops_export_piece_bottom (value));
    }

  return bottom;
}

static double
add_progress (OpsExportBlock   *block,
              OpsExportBuilder *builder,
              OpsPlanSnapshot  *snapshot,
              double            y)
{
  g_autofree char *percent = ops_export_format_progress (snapshot->progress);
  SummaryData *data = g_new0 (SummaryData, 1);
  OpsExportPiece *label, *value;

  label = add_label (block, builder, OPS_FONT_LABEL, ops_export_text (OPS_TEXT_PROGRESS), 0, y, builder->width / 2);
  value = ops_export_block_add_text (block, builder->context, OPS_FONT_META, percent, builder->width / 2, y,
                                     builder->width / 2);
  pango_layout_set_alignment (value->layout, PANGO_ALIGN_RIGHT);
  value->ink = OPS_INK_DONE_DARK;

  data->width = builder->width;
  data->progress = CLAMP (snapshot->progress, 0, 1);
  data->bar_y = MAX (ops_export_piece_bottom (label), ops_export_piece_bottom (value)) + 4;
  ops_export_block_set_data (block, decorate_summary, data, g_free);

  return data->bar_y + BAR_HEIGHT;
}

static void
decorate_quote (OpsExportBlock *block,
                cairo_t        *cr,
                double          from,
                double          to)
{
  double top = MAX (from, GPOINTER_TO_INT (block->data));
  double bottom = MIN (to, block->height);

  if (bottom <= top)
    return;

  ops_export_set_ink (cr, OPS_INK_ACCENT_LIGHT);
  cairo_rectangle (cr, 0, top, 3, bottom - top);
  cairo_fill (cr);
}

/* The person's own words on why they want the role, set off as a quote. */
static void
add_why (OpsExportBuilder *builder,
         OpsPlanSnapshot  *snapshot)
{
  OpsExportBlock *block = ops_export_block_new (16);
  OpsExportPiece *label, *quote;

  label = add_label (block, builder, OPS_FONT_LABEL, ops_export_text (OPS_TEXT_WHY), 0, 0, builder->width);
  quote = ops_export_block_add_text (block, builder->context, OPS_FONT_QUOTE, snapshot->why, QUOTE_INDENT,
                                     ops_export_piece_bottom (label) + 4, builder->width - QUOTE_INDENT);
  quote->splittable = TRUE;
  block->splittable = TRUE;
  block->continuation_x = QUOTE_INDENT;
  block->height = ops_export_piece_bottom (quote);
  ops_export_block_set_data (block, decorate_quote, GINT_TO_POINTER ((int) floor (quote->y)), NULL);
  ops_export_builder_add (builder, block);
}

void
ops_export_build_summary (OpsExportBuilder *builder,
                          OpsPlanSnapshot  *snapshot)
{
  OpsExportBlock *block = ops_export_block_new (0);
  g_autofree char *path = ops_export_format_path (snapshot->current_role, snapshot->target_role);
  OpsExportPiece *piece;
  double y = 0;

  if (snapshot->owner != NULL)
    {
      piece = add_label (block, builder, OPS_FONT_OVERLINE, ops_export_text (OPS_TEXT_CAREER_PLAN), 0, y,
                         builder->width);
      y = ops_export_piece_bottom (piece) + 2;
    }
  piece = ops_export_block_add_text (block, builder->context, OPS_FONT_TITLE,
                                     snapshot->owner != NULL ? snapshot->owner
                                                             : ops_export_text (OPS_TEXT_CAREER_PLAN),
                                     0, y, builder->width);
  ops_export_layout_keep_left (piece->layout);
  y = ops_export_piece_bottom (piece) + 2;
  if (path != NULL)
    {
      piece = ops_export_block_add_text (block, builder->context, OPS_FONT_SUBTITLE, path, 0, y, builder->width);
      ops_export_layout_set_composed (piece->layout);
      y = ops_export_piece_bottom (piece);
    }

  y = add_facts (block, builder, snapshot, y + 18);
  block->height = add_progress (block, builder, snapshot, y + 16);
  ops_export_builder_open_section (builder, block, ops_export_text (OPS_TEXT_SUMMARY), 0);
  ops_export_builder_add (builder, block);

  if (snapshot->why != NULL)
    add_why (builder, snapshot);
}

/* The ladder */

typedef struct
{
  double   y;
  gboolean is_current;
  gboolean is_target;
} Rung;

static void
draw_flag (cairo_t *cr,
           double   x,
           double   y)
{
  cairo_set_line_width (cr, 1.2);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x, y - 14);
  cairo_stroke (cr);
  cairo_move_to (cr, x, y - 14);
  cairo_line_to (cr, x + 9, y - 11);
  cairo_line_to (cr, x, y - 8);
  cairo_close_path (cr);
  cairo_fill (cr);
}

static void
draw_rung (cairo_t *cr,
           Rung    *rung)
{
  double middle = (RAIL_LEFT + RAIL_RIGHT) / 2;

  if (!rung->is_current && !rung->is_target)
    {
      ops_export_set_ink (cr, OPS_INK_SKIPPED);
      cairo_set_line_width (cr, 2);
      cairo_move_to (cr, RAIL_LEFT, rung->y);
      cairo_line_to (cr, RAIL_RIGHT, rung->y);
      cairo_stroke (cr);
      return;
    }

  ops_export_set_ink (cr, rung->is_target ? OPS_INK_ACCENT_DARK : OPS_INK_ACCENT);
  cairo_set_line_width (cr, 3.5);
  cairo_move_to (cr, RAIL_LEFT, rung->y);
  cairo_line_to (cr, RAIL_RIGHT, rung->y);
  cairo_stroke (cr);
  if (rung->is_target)
    draw_flag (cr, RAIL_RIGHT - 4, rung->y - 2);
  if (rung->is_current)
    {
      ops_export_set_ink (cr, OPS_INK_ACCENT);
      cairo_arc (cr, middle, rung->y, 4.5, 0, 2 * G_PI);
      cairo_fill_preserve (cr);
      ops_export_set_ink (cr, OPS_INK_PAPER);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
    }
}

static void
decorate_ladder (OpsExportBlock *block,
                 cairo_t        *cr,
                 double          from,
                 double          to)
{
  GArray *rungs = block->data;

  ops_export_set_ink (cr, OPS_INK_SKIPPED);
  cairo_set_line_width (cr, 2.5);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint i = 0; i < 2; i++)
    {
      double x = i == 0 ? RAIL_LEFT : RAIL_RIGHT;

      cairo_move_to (cr, x, 2);
      cairo_line_to (cr, x, block->height - 2);
      cairo_stroke (cr);
    }

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  for (guint i = 0; i < rungs->len; i++)
    draw_rung (cr, &g_array_index (rungs, Rung, i));
}

/* One line under the stage's name: where the person is, where they are
 * going, or what the stage is about. */
static double
add_rung_notes (OpsExportBlock   *block,
                OpsExportBuilder *builder,
                OpsPlanSnapshot  *snapshot,
                OpsStageSnapshot *stage,
                double            y)
{
  double width = builder->width - RUNG_LABEL_X;
  OpsExportPiece *piece;

  if (stage->is_target)
    {
      g_autofree char *text = g_strdup_printf ("%s · %s", ops_export_text (OPS_TEXT_TARGET), snapshot->target_role);

      piece = ops_export_block_add_text (block, builder->context, OPS_FONT_META, text, RUNG_LABEL_X, y, width);
      piece->ink = OPS_INK_ACCENT_DARK;
      ops_export_layout_set_composed (piece->layout);
      y = ops_export_piece_bottom (piece) + 1;
    }
  if (stage->is_current)
    {
      g_autofree char *text = g_strdup_printf ("%s · %s", ops_export_text (OPS_TEXT_YOU_ARE_HERE),
                                               snapshot->current_role);

      piece = ops_export_block_add_text (block, builder->context, OPS_FONT_META, text, RUNG_LABEL_X, y, width);
      piece->ink = OPS_INK_ACCENT;
      ops_export_layout_set_composed (piece->layout);
      y = ops_export_piece_bottom (piece) + 1;
    }
  if (!stage->is_current && !stage->is_target && stage->summary != NULL)
    {
      piece = ops_export_block_add_text (block, builder->context, OPS_FONT_CAPTION, stage->summary, RUNG_LABEL_X,
                                         y, width);
      y = ops_export_piece_bottom (piece);
    }

  return y;
}

/* Rungs from the current role's stage (at the bottom) up to the target's,
 * as the person would climb them. */
void
ops_export_build_ladder (OpsExportBuilder *builder,
                         OpsPlanSnapshot  *snapshot)
{
  OpsExportBlock *block;
  GArray *rungs;
  double y = 0;

  if (snapshot->stages->len == 0)
    return;

  ops_export_builder_add_heading (builder, ops_export_text (OPS_TEXT_PATH), NULL);
  block = ops_export_block_new (12);
  rungs = g_array_new (FALSE, FALSE, sizeof (Rung));
  for (guint i = snapshot->stages->len; i-- > 0;)
    {
      OpsStageSnapshot *stage = g_ptr_array_index (snapshot->stages, i);
      OpsExportPiece *name;
      Rung rung = { 0, stage->is_current, stage->is_target };
      double bottom;

      name = ops_export_block_add_text (block, builder->context, OPS_FONT_GROUP, stage->name, RUNG_LABEL_X,
                                        y + ROW_PADDING, builder->width - RUNG_LABEL_X);
      rung.y = name->y + ops_export_layout_baseline (name->layout) - 4;
      bottom = add_rung_notes (block, builder, snapshot, stage, ops_export_piece_bottom (name) + 1);
      g_array_append_val (rungs, rung);
      y = MAX (y + ROW_MIN, bottom + ROW_PADDING);
    }
  block->height = y;
  ops_export_block_set_data (block, decorate_ladder, rungs, (GDestroyNotify) g_array_unref);
  ops_export_builder_add (builder, block);

  if (snapshot->current_role != NULL && !snapshot->current_in_catalog)
    ops_export_builder_add_paragraph (builder, OPS_FONT_CAPTION, ops_export_text (OPS_TEXT_CURRENT_UNKNOWN), 6);
}
