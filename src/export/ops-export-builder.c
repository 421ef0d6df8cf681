/* ops-export-builder.c: turns a plan snapshot into a column of blocks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "ops-export-builder.h"

#define HEADING_RULE_GAP 5.0
#define ACCENT_WIDTH     28.0

static void
section_clear (gpointer data)
{
  OpsExportSection *section = data;

  g_free (section->title);
}

void
ops_export_builder_init (OpsExportBuilder *builder,
                         PangoContext     *context,
                         double            width)
{
  builder->context = g_object_ref (context);
  builder->width = width;
  builder->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) ops_export_block_free);
  builder->sections = g_array_new (FALSE, TRUE, sizeof (OpsExportSection));
  g_array_set_clear_func (builder->sections, section_clear);
}

void
ops_export_builder_clear (OpsExportBuilder *builder)
{
  g_clear_object (&builder->context);
  g_clear_pointer (&builder->blocks, g_ptr_array_unref);
  g_clear_pointer (&builder->sections, g_array_unref);
}

/* Takes @block. */
void
ops_export_builder_add (OpsExportBuilder *builder,
                        OpsExportBlock   *block)
{
  g_ptr_array_add (builder->blocks, block);
}

/* Makes @block the start of an entry in the PDF's outline. */
void
ops_export_builder_open_section (OpsExportBuilder *builder,
                                 OpsExportBlock   *block,
                                 const char       *title,
                                 guint             level)
{
  OpsExportSection section = { g_strdup (title), level, 0, 0 };

  block->section = builder->sections->len;
  g_array_append_val (builder->sections, section);
}

static void
decorate_heading (OpsExportBlock *block,
                  cairo_t        *cr,
                  double          from,
                  double          to)
{
  double y = block->height - 0.5;

  cairo_set_line_width (cr, 1);
  ops_export_set_ink (cr, OPS_INK_RULE);
  cairo_move_to (cr, 0, y);
  cairo_line_to (cr, GPOINTER_TO_INT (block->data), y);
  cairo_stroke (cr);

  cairo_set_line_width (cr, 2);
  ops_export_set_ink (cr, OPS_INK_ACCENT);
  cairo_move_to (cr, 0, y);
  cairo_line_to (cr, ACCENT_WIDTH, y);
  cairo_stroke (cr);
}

/* A heading over a rule, kept on the page of what follows it. */
void
ops_export_builder_add_heading (OpsExportBuilder *builder,
                                const char       *text,
                                const char       *outline_title)
{
  OpsExportBlock *block = ops_export_block_new (OPS_EXPORT_SECTION_GAP);
  OpsExportPiece *piece;

  piece = ops_export_block_add_text (block, builder->context, OPS_FONT_HEADING, text, 0, 0, builder->width);
  ops_export_layout_set_composed (piece->layout);
  block->height = ops_export_piece_bottom (piece) + HEADING_RULE_GAP + 1;
  block->keep_with_next = TRUE;
  ops_export_block_set_data (block, decorate_heading, GINT_TO_POINTER ((int) ceil (builder->width)), NULL);
  ops_export_builder_open_section (builder, block, outline_title != NULL ? outline_title : text, 0);
  ops_export_builder_add (builder, block);
}

/* A paragraph stays whole unless it is taller than a page. */
void
ops_export_builder_add_paragraph (OpsExportBuilder *builder,
                                  OpsFont           font,
                                  const char       *text,
                                  double            space_before)
{
  OpsExportBlock *block = ops_export_block_new (space_before);
  OpsExportPiece *piece;

  piece = ops_export_block_add_text (block, builder->context, font, text, 0, 0, builder->width);
  piece->splittable = TRUE;
  block->splittable = TRUE;
  block->height = ops_export_piece_bottom (piece);
  ops_export_builder_add (builder, block);
}

/* How a status looks wherever it is drawn: checkbox, timeline, legend. */
void
ops_export_status_ink (OpsPlanItemStatus  status,
                       OpsInk            *fill,
                       OpsInk            *stroke)
{
  switch (status)
    {
    case OPS_PLAN_ITEM_STATUS_IN_PROGRESS:
      *fill = OPS_INK_ACCENT;
      *stroke = OPS_INK_ACCENT;
      break;
    case OPS_PLAN_ITEM_STATUS_DONE:
      *fill = OPS_INK_DONE;
      *stroke = OPS_INK_DONE_DARK;
      break;
    case OPS_PLAN_ITEM_STATUS_SKIPPED:
      *fill = OPS_INK_SKIPPED;
      *stroke = OPS_INK_SKIPPED;
      break;
    case OPS_PLAN_ITEM_STATUS_PLANNED:
    default:
      *fill = OPS_INK_PAPER;
      *stroke = OPS_INK_ACCENT;
      break;
    }
}

void
ops_export_rounded_rectangle (cairo_t *cr,
                              double   x,
                              double   y,
                              double   width,
                              double   height,
                              double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}
