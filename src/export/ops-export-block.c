/* ops-export-block.c: the unit the document is paginated in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-export-block.h"

/* Rounding in Pango units must not push a line that fits off the page. */
#define EPSILON 0.01

static void
piece_free (gpointer data)
{
  OpsExportPiece *piece = data;

  g_clear_object (&piece->layout);
  g_free (piece->uri);
  g_free (piece);
}

OpsExportBlock *
ops_export_block_new (double space_before)
{
  OpsExportBlock *block = g_new0 (OpsExportBlock, 1);

  block->space_before = space_before;
  block->section = -1;
  block->pieces = g_ptr_array_new_with_free_func (piece_free);

  return block;
}

void
ops_export_block_free (OpsExportBlock *block)
{
  if (block == NULL)
    return;

  g_ptr_array_unref (block->pieces);
  if (block->data_free != NULL)
    block->data_free (block->data);
  g_free (block);
}

/**
 * ops_export_layout_new:
 * @width: the width to wrap at, or -1 for a single unwrapped line
 *
 * User text goes in as text, never as markup. Wrapping falls back from
 * words to characters, so a URL or a 200-letter word stays inside the
 * margin.
 */
PangoLayout *
ops_export_layout_new (PangoContext *context,
                       OpsFont       font,
                       const char   *text,
                       double        width)
{
  PangoLayout *layout = pango_layout_new (context);
  double spacing = ops_export_font_line_spacing (font);

  pango_layout_set_font_description (layout, ops_export_get_font (font));
  if (spacing > 0)
    pango_layout_set_line_spacing (layout, spacing);
  if (width > 0)
    {
      pango_layout_set_width (layout, pango_units_from_double (width));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  /* A hyphen inside a URL or an identifier would change what it says. */
  ops_export_layout_add_attribute (layout, pango_attr_insert_hyphens_new (FALSE));

  return layout;
}

/* Takes @attribute. */
void
ops_export_layout_add_attribute (PangoLayout    *layout,
                                 PangoAttribute *attribute)
{
  PangoAttrList *old = pango_layout_get_attributes (layout);
  PangoAttrList *attributes = old != NULL ? pango_attr_list_copy (old) : pango_attr_list_new ();

  pango_attr_list_insert (attributes, attribute);
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
}

/* For a heading-like line of user text next to the document's own marks
 * (a checkbox, the overline): a right-to-left title keeps its direction
 * but starts at the left edge, where its checkbox is. */
void
ops_export_layout_keep_left (PangoLayout *layout)
{
  /* With auto-dir, Pango mirrors the alignment of a right-to-left line. */
  if (pango_layout_get_direction (layout, 0) == PANGO_DIRECTION_RTL)
    pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
}

/* For the document's own sentences with user text inside ("Gap to …"):
 * they read in the document's direction, whatever script the user text
 * is in. User text on its own keeps the direction of its first letter. */
void
ops_export_layout_set_composed (PangoLayout *layout)
{
  pango_layout_set_auto_dir (layout, FALSE);
}

double
ops_export_layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);

  return pango_units_to_double (logical.y + logical.height);
}

double
ops_export_layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);

  return pango_units_to_double (logical.width);
}

double
ops_export_layout_baseline (PangoLayout *layout)
{
  return pango_units_to_double (pango_layout_get_baseline (layout));
}

double
ops_export_piece_bottom (OpsExportPiece *piece)
{
  return piece->y + ops_export_layout_height (piece->layout);
}

/* (transfer none): the block owns the piece */
OpsExportPiece *
ops_export_block_add_text (OpsExportBlock *block,
                           PangoContext   *context,
                           OpsFont         font,
                           const char     *text,
                           double          x,
                           double          y,
                           double          width)
{
  OpsExportPiece *piece = g_new0 (OpsExportPiece, 1);

  piece->layout = ops_export_layout_new (context, font, text, width);
  piece->x = x;
  piece->y = y;
  piece->ink = ops_export_font_ink (font);
  g_ptr_array_add (block->pieces, piece);

  return piece;
}

void
ops_export_block_set_data (OpsExportBlock        *block,
                           OpsExportDecorateFunc  decorate,
                           gpointer               data,
                           GDestroyNotify         data_free)
{
  g_assert (block->data == NULL);

  block->decorate = decorate;
  block->data = data;
  block->data_free = data_free;
}

/* Adds where the block may break: below each line of its splittable
 * pieces, in block coordinates. */
void
ops_export_block_add_breaks (OpsExportBlock *block,
                             GArray         *breaks)
{
  for (guint i = 0; i < block->pieces->len; i++)
    {
      OpsExportPiece *piece = g_ptr_array_index (block->pieces, i);
      PangoLayoutIter *iter;

      if (!piece->splittable)
        continue;

      iter = pango_layout_get_iter (piece->layout);
      do
        {
          PangoRectangle logical;
          double bottom;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          bottom = piece->y + pango_units_to_double (logical.y + logical.height);
          g_array_append_val (breaks, bottom);
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
    }
}

/* cairo reads attribute strings with backslash escapes in single quotes. */
static char *
link_attributes (const char *uri)
{
  GString *attributes = g_string_new ("uri='");

  for (const char *p = uri; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (attributes, '\\');
      g_string_append_c (attributes, *p);
    }
  g_string_append_c (attributes, '\'');

  return g_string_free_and_steal (attributes);
}

/* Only the lines that start inside [from, to) are drawn, one by one, so a
 * line is never cut at the page's edge and never drawn on two pages. */
static void
draw_lines (OpsExportPiece *piece,
            cairo_t        *cr,
            double          from,
            double          to)
{
  PangoLayoutIter *iter = pango_layout_get_iter (piece->layout);

  do
    {
      PangoRectangle logical;
      double top, bottom;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = piece->y + pango_units_to_double (logical.y);
      bottom = piece->y + pango_units_to_double (logical.y + logical.height);
      if (top >= from - EPSILON && bottom <= to + EPSILON)
        {
          cairo_move_to (cr,
                         piece->x + pango_units_to_double (logical.x),
                         piece->y + pango_units_to_double (pango_layout_iter_get_baseline (iter)));
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
draw_piece (OpsExportPiece *piece,
            cairo_t        *cr,
            double          from,
            double          to)
{
  double bottom = ops_export_piece_bottom (piece);
  g_autofree char *attributes = NULL;

  if (bottom <= from + EPSILON || piece->y >= to - EPSILON)
    return;

  if (piece->uri != NULL)
    {
      attributes = link_attributes (piece->uri);
      cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);
    }

  ops_export_set_ink (cr, piece->ink);
  if (!piece->splittable || (piece->y >= from - EPSILON && bottom <= to + EPSILON))
    {
      cairo_move_to (cr, piece->x, piece->y);
      pango_cairo_show_layout (cr, piece->layout);
    }
  else
    {
      draw_lines (piece, cr, from, to);
    }

  if (piece->uri != NULL)
    cairo_tag_end (cr, CAIRO_TAG_LINK);
}

/**
 * ops_export_block_draw:
 * @cr: translated so that the block's origin is at (0, 0)
 * @from: the top of the part to draw, in block coordinates
 * @to: its bottom
 */
void
ops_export_block_draw (OpsExportBlock *block,
                       cairo_t        *cr,
                       double          from,
                       double          to)
{
  if (block->decorate != NULL)
    {
      cairo_save (cr);
      /* Text drawing leaves a current point; an arc would join it. */
      cairo_new_path (cr);
      block->decorate (block, cr, from, to);
      cairo_restore (cr);
    }

  for (guint i = 0; i < block->pieces->len; i++)
    draw_piece (g_ptr_array_index (block->pieces, i), cr, from, to);
}
