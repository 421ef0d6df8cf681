/* ops-export-items.c: the plan's items by status, and the gap to the
 * target role
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-export-builder.h"
#include "ops-export-text.h"

#define CHECKBOX_SIZE 10.0
#define TEXT_X        20.0
#define GROUP_TEXT_X  15.0
#define BULLET_RADIUS 3.5
#define GAP_TEXT_X    15.0

/* What a checkbox or bullet shows (an OpsPlanItemStatus or a GapState),
 * and where. */
typedef struct
{
  int    state;
  double y;
} Marker;

static Marker *
marker_new (int    state,
            double y)
{
  Marker *marker = g_new (Marker, 1);

  marker->state = state;
  marker->y = y;

  return marker;
}

static void
draw_check (cairo_t *cr,
            double   x,
            double   y,
            double   size)
{
  ops_export_set_ink (cr, OPS_INK_PAPER);
  cairo_set_line_width (cr, size * 0.15);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_move_to (cr, x + size * 0.24, y + size * 0.52);
  cairo_line_to (cr, x + size * 0.42, y + size * 0.70);
  cairo_line_to (cr, x + size * 0.76, y + size * 0.30);
  cairo_stroke (cr);
}

/* Empty for planned, a filled centre once started, ticked when done and
 * struck through when skipped: readable in grey-scale print too. */
static void
draw_checkbox (cairo_t           *cr,
               double             y,
               OpsPlanItemStatus  status)
{
  double size = CHECKBOX_SIZE;

  ops_export_rounded_rectangle (cr, 0.5, y + 0.5, size - 1, size - 1, 2.5);
  switch (status)
    {
    case OPS_PLAN_ITEM_STATUS_DONE:
      ops_export_set_ink (cr, OPS_INK_DONE);
      cairo_fill (cr);
      draw_check (cr, 0, y, size);
      break;
    case OPS_PLAN_ITEM_STATUS_SKIPPED:
      ops_export_set_ink (cr, OPS_INK_SKIPPED);
      cairo_fill (cr);
      ops_export_set_ink (cr, OPS_INK_PAPER);
      cairo_set_line_width (cr, 1.5);
      cairo_move_to (cr, 2.5, y + size / 2);
      cairo_line_to (cr, size - 2.5, y + size / 2);
      cairo_stroke (cr);
      break;
    case OPS_PLAN_ITEM_STATUS_IN_PROGRESS:
      ops_export_set_ink (cr, OPS_INK_ACCENT);
      cairo_set_line_width (cr, 1.2);
      cairo_stroke (cr);
      ops_export_rounded_rectangle (cr, 2.75, y + 2.75, size - 5.5, size - 5.5, 1);
      cairo_fill (cr);
      break;
    case OPS_PLAN_ITEM_STATUS_PLANNED:
    default:
      ops_export_set_ink (cr, OPS_INK_MUTED);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      break;
    }
}

static void
decorate_item (OpsExportBlock *block,
               cairo_t        *cr,
               double          from,
               double          to)
{
  Marker *marker = block->data;

  if (from <= 0)
    draw_checkbox (cr, marker->y, (OpsPlanItemStatus) marker->state);
}

static void
strike_through (OpsExportPiece *piece)
{
  ops_export_layout_add_attribute (piece->layout, pango_attr_strikethrough_new (TRUE));
  piece->ink = OPS_INK_MUTED;
}

/* Links that a PDF reader can open; anything else stays plain text. */
static gboolean
is_openable (const char *link)
{
  g_autofree char *scheme = g_uri_parse_scheme (link);

  return scheme != NULL
         && (g_ascii_strcasecmp (scheme, "https") == 0 || g_ascii_strcasecmp (scheme, "http") == 0
             || g_ascii_strcasecmp (scheme, "mailto") == 0)
         && g_uri_is_valid (link, G_URI_FLAGS_NONE, NULL);
}

static double
add_links (OpsExportBlock   *block,
           OpsExportBuilder *builder,
           OpsItemSnapshot  *item,
           double            y)
{
  for (guint i = 0; item->links != NULL && item->links[i] != NULL; i++)
    {
      OpsExportPiece *piece = ops_export_block_add_text (block, builder->context, OPS_FONT_LINK, item->links[i],
                                                         TEXT_X, y + 2, builder->width - TEXT_X);

      piece->splittable = TRUE;
      if (is_openable (item->links[i]))
        piece->uri = g_strdup (item->links[i]);
      y = ops_export_piece_bottom (piece);
    }

  return y;
}

/* Checkbox, title, a line of facts, the notes and the links. Only the
 * notes and links may continue on the next page, and only when the item
 * is taller than a page. */
static OpsExportBlock *
item_block_new (OpsExportBuilder *builder,
                OpsItemSnapshot  *item,
                double            space_before)
{
  OpsExportBlock *block = ops_export_block_new (space_before);
  g_autofree char *meta = ops_export_format_item_meta (item->number, item->kind, item->target_date,
                                                       item->completion_date, item->effort_hours);
  double width = builder->width - TEXT_X;
  OpsExportPiece *title, *piece;
  double y;

  title = ops_export_block_add_text (block, builder->context, OPS_FONT_ITEM_TITLE, item->title, TEXT_X, 0, width);
  ops_export_layout_keep_left (title->layout);
  if (item->status == OPS_PLAN_ITEM_STATUS_SKIPPED)
    strike_through (title);
  piece = ops_export_block_add_text (block, builder->context, OPS_FONT_META, meta, TEXT_X,
                                     ops_export_piece_bottom (title) + 1, width);
  y = ops_export_piece_bottom (piece);
  if (item->notes != NULL)
    {
      piece = ops_export_block_add_text (block, builder->context, OPS_FONT_BODY, item->notes, TEXT_X, y + 4, width);
      piece->splittable = TRUE;
      y = ops_export_piece_bottom (piece);
    }
  y = add_links (block, builder, item, y);

  block->height = y;
  block->splittable = TRUE;
  block->continuation_x = TEXT_X;
  ops_export_block_set_data (block, decorate_item,
                             marker_new (item->status,
                                         ops_export_layout_baseline (title->layout) - CHECKBOX_SIZE + 1),
                             g_free);

  return block;
}

static void
decorate_group (OpsExportBlock *block,
                cairo_t        *cr,
                double          from,
                double          to)
{
  Marker *marker = block->data;
  OpsInk fill, stroke;

  ops_export_status_ink ((OpsPlanItemStatus) marker->state, &fill, &stroke);
  cairo_arc (cr, 4.5, marker->y, 4, 0, 2 * G_PI);
  ops_export_set_ink (cr, fill);
  cairo_fill_preserve (cr);
  ops_export_set_ink (cr, stroke);
  cairo_set_line_width (cr, 1.2);
  cairo_stroke (cr);
}

static void
add_group_heading (OpsExportBuilder  *builder,
                   OpsPlanItemStatus  status,
                   guint              n_items)
{
  OpsExportBlock *block = ops_export_block_new (18);
  g_autofree char *text = ops_export_format_group (status, n_items);
  OpsExportPiece *piece;
  double middle;

  piece = ops_export_block_add_text (block, builder->context, OPS_FONT_GROUP, text, GROUP_TEXT_X, 0,
                                     builder->width - GROUP_TEXT_X);
  ops_export_layout_set_composed (piece->layout);
  block->height = ops_export_piece_bottom (piece);
  block->keep_with_next = TRUE;
  middle = ops_export_layout_baseline (piece->layout) - 4;
  ops_export_block_set_data (block, decorate_group, marker_new (status, middle), g_free);
  ops_export_builder_open_section (builder, block, ops_export_status_name (status), 1);
  ops_export_builder_add (builder, block);
}

void
ops_export_build_items (OpsExportBuilder *builder,
                        OpsPlanSnapshot  *snapshot)
{
  guint i = 0;

  ops_export_builder_add_heading (builder, ops_export_text (OPS_TEXT_PLAN_ITEMS), NULL);
  if (snapshot->items->len == 0)
    {
      ops_export_builder_add_paragraph (builder, OPS_FONT_BODY, ops_export_text (OPS_TEXT_NO_ITEMS), 10);
      return;
    }

  /* The snapshot holds the items grouped already, in printing order. */
  while (i < snapshot->items->len)
    {
      OpsItemSnapshot *first = g_ptr_array_index (snapshot->items, i);
      guint end = i;

      while (end < snapshot->items->len
             && ((OpsItemSnapshot *) g_ptr_array_index (snapshot->items, end))->status == first->status)
        end++;

      add_group_heading (builder, first->status, end - i);
      for (guint k = i; k < end; k++)
        ops_export_builder_add (builder, item_block_new (builder, g_ptr_array_index (snapshot->items, k),
                                                         k == i ? 8 : OPS_EXPORT_ITEM_GAP));
      i = end;
    }
}

/* The gap */

typedef enum
{
  GAP_MISSING,
  GAP_OPEN,
  GAP_FINISHED,
} GapState;

static GapState
gap_state (OpsGapSnapshot *entry)
{
  if (!entry->covered)
    return GAP_MISSING;

  return entry->finished ? GAP_FINISHED : GAP_OPEN;
}

static void
decorate_gap_row (OpsExportBlock *block,
                  cairo_t        *cr,
                  double          from,
                  double          to)
{
  Marker *marker = block->data;
  GapState state = marker->state;
  double x = BULLET_RADIUS + 1;

  cairo_arc (cr, x, marker->y, BULLET_RADIUS, 0, 2 * G_PI);
  cairo_set_line_width (cr, 1);
  switch (state)
    {
    case GAP_FINISHED:
      ops_export_set_ink (cr, OPS_INK_DONE);
      cairo_fill (cr);
      draw_check (cr, x - BULLET_RADIUS, marker->y - BULLET_RADIUS, 2 * BULLET_RADIUS);
      break;
    case GAP_OPEN:
      ops_export_set_ink (cr, OPS_INK_ACCENT);
      cairo_stroke (cr);
      cairo_arc (cr, x, marker->y, BULLET_RADIUS - 1.8, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case GAP_MISSING:
    default:
      ops_export_set_ink (cr, OPS_INK_MUTED);
      cairo_stroke (cr);
      break;
    }
}

/* The requirement's name, and on the right its kind (and, once in the
 * plan, the item's status). */
static void
add_gap_row (OpsExportBuilder *builder,
             OpsGapSnapshot   *entry,
             double            space_before)
{
  OpsExportBlock *block = ops_export_block_new (space_before);
  double name_width = builder->width * 0.64 - GAP_TEXT_X;
  double kind_x = builder->width * 0.66;
  g_autofree char *kind = NULL;
  OpsExportPiece *name, *piece;

  if (entry->evidence != NULL)
    kind = ops_export_format_evidence (ops_export_catalog_kind_name (entry->kind), entry->evidence);
  else if (gap_state (entry) == GAP_OPEN)
    kind = g_strdup_printf ("%s · %s", ops_export_catalog_kind_name (entry->kind),
                            ops_export_status_name (entry->status));
  else
    kind = g_strdup (ops_export_catalog_kind_name (entry->kind));

  name = ops_export_block_add_text (block, builder->context, OPS_FONT_BODY, entry->name, GAP_TEXT_X, 0, name_width);
  piece = ops_export_block_add_text (block, builder->context, OPS_FONT_META, kind, kind_x, 1,
                                     builder->width - kind_x);
  pango_layout_set_alignment (piece->layout, PANGO_ALIGN_RIGHT);
  block->height = MAX (ops_export_piece_bottom (name), ops_export_piece_bottom (piece));
  ops_export_block_set_data (block, decorate_gap_row,
                             marker_new (gap_state (entry),
                                         ops_export_layout_baseline (name->layout) - 3.5),
                             g_free);
  ops_export_builder_add (builder, block);
}

static void
add_gap_group (OpsExportBuilder *builder,
               OpsPlanSnapshot  *snapshot,
               GapState          state,
               OpsText           title)
{
  g_autofree char *heading = NULL;
  OpsExportBlock *block;
  OpsExportPiece *piece;
  guint n = 0, added = 0;

  for (guint i = 0; i < snapshot->gap->len; i++)
    if (gap_state (g_ptr_array_index (snapshot->gap, i)) == state)
      n++;
  if (n == 0)
    return;

  heading = ops_export_format_gap_group (title, n);
  block = ops_export_block_new (16);
  piece = ops_export_block_add_text (block, builder->context, OPS_FONT_GROUP, heading, 0, 0, builder->width);
  ops_export_layout_set_composed (piece->layout);
  block->height = ops_export_piece_bottom (piece);
  block->keep_with_next = TRUE;
  ops_export_builder_add (builder, block);

  for (guint i = 0; i < snapshot->gap->len; i++)
    {
      OpsGapSnapshot *entry = g_ptr_array_index (snapshot->gap, i);

      if (gap_state (entry) == state)
        add_gap_row (builder, entry, added++ == 0 ? 6 : 4);
    }
}

/* What the target role asks for that the plan lacks, then what the plan
 * has but has not finished, then what is done. */
void
ops_export_build_gap (OpsExportBuilder *builder,
                      OpsPlanSnapshot  *snapshot)
{
  g_autofree char *heading = NULL;
  gboolean all_done = TRUE;

  if (snapshot->target_role == NULL)
    return;

  heading = ops_export_format_gap_heading (snapshot->target_role);
  ops_export_builder_add_heading (builder, heading, ops_export_text (OPS_TEXT_GAP));
  if (!snapshot->target_in_catalog || snapshot->gap->len == 0)
    {
      ops_export_builder_add_paragraph (builder, OPS_FONT_BODY, ops_export_text (OPS_TEXT_GAP_NO_ROLE), 10);
      return;
    }

  for (guint i = 0; i < snapshot->gap->len; i++)
    all_done = all_done && gap_state (g_ptr_array_index (snapshot->gap, i)) == GAP_FINISHED;
  if (all_done)
    ops_export_builder_add_paragraph (builder, OPS_FONT_BODY, ops_export_text (OPS_TEXT_GAP_ALL_DONE), 10);

  add_gap_group (builder, snapshot, GAP_MISSING, OPS_TEXT_GAP_MISSING);
  add_gap_group (builder, snapshot, GAP_OPEN, OPS_TEXT_GAP_OPEN);
  add_gap_group (builder, snapshot, GAP_FINISHED, OPS_TEXT_GAP_FINISHED);
}
