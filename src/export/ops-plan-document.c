/* ops-plan-document.c: a career plan laid out on pages
 *
 * The document copies what it prints from the plan when it is made, so it
 * never follows later edits and can be paginated and drawn on another
 * thread. ops_plan_document_paginate() lays the plan out for a page size;
 * ops_plan_document_draw_page() then draws any page, in any order, on any
 * cairo context whose user space is in points: a PDF surface, or a
 * GtkPrintContext's context with the unit set to GTK_UNIT_POINTS and
 * use-full-page on (the document keeps its own margins).
 *
 * Pagination keeps every block whole on one page: a heading with what
 * follows it, a paragraph, an item with its notes. Only an item or
 * paragraph taller than a whole page breaks, between two lines, and
 * continues under a "(continued)" marker on the next page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-export-builder.h"
#include "ops-export-text.h"
#include "ops-plan-document-private.h"

/* Rounding in Pango units must not push a block that fits off the page. */
#define EPSILON 0.01
/* The share of a page an overlong item needs left to start on it. */
#define MIN_SPLIT_ROOM 0.25

typedef struct
{
  OpsExportBlock *block;
  double          y;
  double          from;
  double          to;
  gboolean        continued;
} Fragment;

struct _OpsPlanDocument
{
  GObject           parent_instance;

  OpsPlanSnapshot  *snapshot;
  char             *title;
  char             *subject;

  double            page_width;
  double            page_height;
  OpsExportBuilder  builder;
  PangoLayout      *continued;
  GPtrArray        *pages;           /* GArray of Fragment, one per page */
};

enum {
  PROP_0,
  PROP_TITLE,
  PROP_N_PAGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsPlanDocument, ops_plan_document, G_TYPE_OBJECT)

static void
clear_layout (OpsPlanDocument *self)
{
  if (self->builder.blocks != NULL)
    ops_export_builder_clear (&self->builder);
  g_clear_object (&self->continued);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
}

static void
ops_plan_document_dispose (GObject *object)
{
  clear_layout (OPS_PLAN_DOCUMENT (object));

  G_OBJECT_CLASS (ops_plan_document_parent_class)->dispose (object);
}

static void
ops_plan_document_finalize (GObject *object)
{
  OpsPlanDocument *self = OPS_PLAN_DOCUMENT (object);

  g_clear_pointer (&self->snapshot, ops_plan_snapshot_unref);
  g_free (self->title);
  g_free (self->subject);

  G_OBJECT_CLASS (ops_plan_document_parent_class)->finalize (object);
}

static void
ops_plan_document_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OpsPlanDocument *self = OPS_PLAN_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_N_PAGES:
      g_value_set_uint (value, ops_plan_document_get_n_pages (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_plan_document_class_init (OpsPlanDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ops_plan_document_dispose;
  object_class->finalize = ops_plan_document_finalize;
  object_class->get_property = ops_plan_document_get_property;

  /* "Career plan — Alex Doe": the running header and the PDF's title. */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* 0 until the document is paginated. */
  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_plan_document_init (OpsPlanDocument *self)
{
}

/* Takes a reference on @snapshot. */
OpsPlanDocument *
_ops_plan_document_new_for_snapshot (OpsPlanSnapshot *snapshot)
{
  OpsPlanDocument *self = g_object_new (OPS_TYPE_PLAN_DOCUMENT, NULL);

  self->snapshot = ops_plan_snapshot_ref (snapshot);
  self->title = ops_export_format_plan_title (snapshot->owner);
  self->subject = ops_export_format_path (snapshot->current_role, snapshot->target_role);

  return self;
}

/**
 * ops_plan_document_new:
 * @plan: the plan to print
 * @catalog: (nullable): the catalog the plan's role and item ids refer to;
 *   without it there is no ladder and no gap
 * @export_date: the moment of the export, printed in the title block and
 *   every footer
 *
 * Copies what it prints from @plan and @catalog, so call it on the thread
 * that owns them; the document can then move to another thread.
 *
 * Returns: (transfer full): the document, not yet paginated
 */
OpsPlanDocument *
ops_plan_document_new (OpsPlan    *plan,
                       OpsCatalog *catalog,
                       GDateTime  *export_date)
{
  g_autoptr(OpsPlanSnapshot) snapshot = NULL;

  g_return_val_if_fail (OPS_IS_PLAN (plan), NULL);
  g_return_val_if_fail (catalog == NULL || OPS_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (export_date != NULL, NULL);

  snapshot = ops_plan_snapshot_new (plan, catalog, export_date);

  return _ops_plan_document_new_for_snapshot (snapshot);
}

const char *
ops_plan_document_get_title (OpsPlanDocument *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_DOCUMENT (self), NULL);

  return self->title;
}

/* The plan's owner, or %NULL. */
const char *
ops_plan_document_get_author (OpsPlanDocument *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_DOCUMENT (self), NULL);

  return self->snapshot->owner;
}

/* "Current role → target role", or %NULL when the plan names neither. */
const char *
ops_plan_document_get_subject (OpsPlanDocument *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_DOCUMENT (self), NULL);

  return self->subject;
}

/* (transfer none) */
GDateTime *
ops_plan_document_get_export_date (OpsPlanDocument *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_DOCUMENT (self), NULL);

  return self->snapshot->export_date;
}

/* Unhinted metrics keep a layout's size the same on every surface, so the
 * pages measured here are the pages drawn, on paper or in a preview. */
static PangoContext *
create_context (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72);
  pango_context_set_round_glyph_positions (context, FALSE);
  /* The document reads left to right; see ops_export_layout_set_composed() */
  pango_context_set_base_dir (context, PANGO_DIRECTION_LTR);
  cairo_font_options_destroy (options);

  return context;
}

static GArray *
add_page (OpsPlanDocument *self)
{
  GArray *page = g_array_new (FALSE, FALSE, sizeof (Fragment));

  g_ptr_array_add (self->pages, page);

  return page;
}

static void
place (OpsPlanDocument *self,
       GArray          *page,
       OpsExportBlock  *block,
       double           y,
       double           from,
       double           to)
{
  Fragment fragment = { block, y, from, to, from > 0 };

  g_array_append_val (page, fragment);
  if (block->section >= 0 && from <= 0)
    {
      OpsExportSection *section = &g_array_index (self->builder.sections, OpsExportSection, block->section);

      section->page = self->pages->len - 1;
      section->y = y;
    }
}

/* The last line break that fits in [from, from + room], or failing that
 * the first one after @from, so that every page makes progress. */
static double
find_break (GArray *breaks,
            double  from,
            double  room,
            double  height)
{
  double best = -1;

  for (guint i = 0; i < breaks->len; i++)
    {
      double at = g_array_index (breaks, double, i);

      if (at <= from + EPSILON)
        continue;
      if (at <= from + room + EPSILON)
        best = MAX (best, at);
      else if (best < 0)
        return at;
    }

  return best > 0 ? best : height;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return (da > db) - (da < db);
}

/* Spreads a block taller than a page over as many pages as it needs,
 * starting at @y on the current page. Returns the y under its last part. */
static double
place_split (OpsPlanDocument *self,
             OpsExportBlock  *block,
             double           y,
             double           top,
             double           bottom)
{
  g_autoptr(GArray) breaks = g_array_new (FALSE, FALSE, sizeof (double));
  double marker = ops_export_layout_height (self->continued) + 4;
  GArray *page = g_ptr_array_index (self->pages, self->pages->len - 1);
  double from = 0;

  ops_export_block_add_breaks (block, breaks);
  g_array_sort (breaks, compare_doubles);

  for (;;)
    {
      double to = find_break (breaks, from, bottom - y, block->height);

      if (block->height - from <= bottom - y + EPSILON)
        to = block->height;
      /* Not even the item's title fits: start it on the next page. */
      if (to - from > bottom - y + EPSILON && page->len > 0)
        {
          page = add_page (self);
          y = from > 0 ? top + marker : top;
          continue;
        }

      place (self, page, block, y, from, to);
      if (to >= block->height - EPSILON)
        return y + to - from;

      page = add_page (self);
      from = to;
      y = top + marker;
    }
}

/* What must fit under @y for block @i to stay on the page: the block and,
 * for a heading, the headings under it and what follows them. That first
 * block is kept whole, so all of it must fit, or the heading would be left
 * alone at the bottom; only one taller than a page breaks, and it starts
 * where MIN_SPLIT_ROOM of a page is left. */
static double
needed_height (GPtrArray *blocks,
               guint      i,
               double     page_room)
{
  OpsExportBlock *block = g_ptr_array_index (blocks, i);
  double need = block->height;

  while (block->keep_with_next && ++i < blocks->len)
    {
      gboolean overlong;

      block = g_ptr_array_index (blocks, i);
      overlong = block->splittable && block->height > page_room + EPSILON;
      need += block->space_before + (overlong ? page_room * MIN_SPLIT_ROOM : block->height);
    }

  return need;
}

static void
lay_out_pages (OpsPlanDocument *self)
{
  GPtrArray *blocks = self->builder.blocks;
  double top = OPS_EXPORT_MARGIN, bottom = self->page_height - OPS_EXPORT_MARGIN;
  GArray *page;
  double y = top;

  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  page = add_page (self);

  for (guint i = 0; i < blocks->len; i++)
    {
      OpsExportBlock *block = g_ptr_array_index (blocks, i);
      double gap = y > top ? block->space_before : 0;
      gboolean overlong = block->splittable && block->height > bottom - top + EPSILON;

      /* A block that will break anyway starts here if a good part of the
       * page is left, rather than leaving the page empty. */
      if (y > top && (overlong ? bottom - y - gap < (bottom - top) * MIN_SPLIT_ROOM
                               : y + gap + needed_height (blocks, i, bottom - top) > bottom + EPSILON))
        {
          page = add_page (self);
          y = top;
          gap = 0;
        }

      if (overlong)
        {
          y = place_split (self, block, y + gap, top, bottom);
          page = g_ptr_array_index (self->pages, self->pages->len - 1);
          continue;
        }

      place (self, page, block, y + gap, 0, block->height);
      y += gap + block->height;
    }
}

/**
 * ops_plan_document_paginate:
 * @cr: a context on the target surface, with its user space in points
 * @page_width: the paper's width, in points
 * @page_height: the paper's height, in points
 *
 * Lays the document out for pages of this size, replacing any earlier
 * layout. Text is measured with @cr's surface's font options, so draw on
 * the same kind of surface.
 *
 * Returns: the number of pages, at least 1
 */
guint
ops_plan_document_paginate (OpsPlanDocument *self,
                            cairo_t         *cr,
                            double           page_width,
                            double           page_height)
{
  PangoContext *context;
  double width = page_width - 2 * OPS_EXPORT_MARGIN;

  g_return_val_if_fail (OPS_IS_PLAN_DOCUMENT (self), 0);
  g_return_val_if_fail (cr != NULL, 0);
  g_return_val_if_fail (width > 72 && page_height > 4 * OPS_EXPORT_MARGIN, 0);

  clear_layout (self);
  self->page_width = page_width;
  self->page_height = page_height;

  context = create_context (cr);
  ops_export_builder_init (&self->builder, context, width);
  self->continued = ops_export_layout_new (context, OPS_FONT_CAPTION, ops_export_text (OPS_TEXT_CONTINUED), -1);
  g_object_unref (context);

  ops_export_build_summary (&self->builder, self->snapshot);
  ops_export_build_ladder (&self->builder, self->snapshot);
  ops_export_build_timeline (&self->builder, self->snapshot);
  ops_export_build_items (&self->builder, self->snapshot);
  ops_export_build_gap (&self->builder, self->snapshot);
  ops_export_build_toolkit (&self->builder, self->snapshot);
  ops_export_build_sources (&self->builder, self->snapshot);
  lay_out_pages (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);

  return self->pages->len;
}

guint
ops_plan_document_get_n_pages (OpsPlanDocument *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_DOCUMENT (self), 0);

  return self->pages != NULL ? self->pages->len : 0;
}

static void
draw_running_text (OpsPlanDocument *self,
                   cairo_t         *cr,
                   const char      *text,
                   double           y,
                   gboolean         at_bottom,
                   PangoAlignment   alignment)
{
  double width = self->page_width - 2 * OPS_EXPORT_MARGIN;
  g_autoptr(PangoLayout) layout = ops_export_layout_new (self->builder.context, OPS_FONT_PAGE, text, -1);

  /* One line, however long the owner's name */
  pango_layout_set_width (layout, pango_units_from_double (width * 0.66));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, alignment);
  ops_export_layout_set_composed (layout);
  if (at_bottom)
    y -= ops_export_layout_height (layout);

  ops_export_set_ink (cr, OPS_INK_MUTED);
  cairo_move_to (cr, alignment == PANGO_ALIGN_RIGHT ? OPS_EXPORT_MARGIN + width * 0.34 : OPS_EXPORT_MARGIN, y);
  pango_cairo_show_layout (cr, layout);
}

/* The plan's title over a hairline at the top, the export day and the
 * page number at the bottom. */
static void
draw_header_and_footer (OpsPlanDocument *self,
                        cairo_t         *cr,
                        guint            page)
{
  g_autofree char *number = ops_export_format_page_number (page + 1, self->pages->len);
  g_autofree char *footer = ops_export_format_footer (self->snapshot->export_date);
  double rule = OPS_EXPORT_MARGIN - 12.5;
  double footer_y = self->page_height - OPS_EXPORT_HEADER_INSET;

  draw_running_text (self, cr, self->title, OPS_EXPORT_HEADER_INSET, FALSE, PANGO_ALIGN_LEFT);
  ops_export_set_ink (cr, OPS_INK_RULE);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, OPS_EXPORT_MARGIN, rule);
  cairo_line_to (cr, self->page_width - OPS_EXPORT_MARGIN, rule);
  cairo_stroke (cr);

  draw_running_text (self, cr, footer, footer_y, TRUE, PANGO_ALIGN_LEFT);
  draw_running_text (self, cr, number, footer_y, TRUE, PANGO_ALIGN_RIGHT);
}

static void
draw_fragment (OpsPlanDocument *self,
               cairo_t         *cr,
               Fragment        *fragment)
{
  cairo_save (cr);
  if (fragment->continued)
    {
      double marker = ops_export_layout_height (self->continued) + 4;

      ops_export_set_ink (cr, OPS_INK_MUTED);
      cairo_move_to (cr, OPS_EXPORT_MARGIN + fragment->block->continuation_x, fragment->y - marker);
      pango_cairo_show_layout (cr, self->continued);
    }

  cairo_translate (cr, OPS_EXPORT_MARGIN, fragment->y - fragment->from);
  ops_export_block_draw (fragment->block, cr, fragment->from, fragment->to);
  cairo_restore (cr);
}

/**
 * ops_plan_document_draw_page:
 * @cr: a context whose origin is the paper's top left corner, user space
 *   in points
 * @page: 0-based, below ops_plan_document_get_n_pages()
 *
 * Draws one page; the caller starts and ends the page on its surface.
 */
void
ops_plan_document_draw_page (OpsPlanDocument *self,
                             cairo_t         *cr,
                             guint            page)
{
  GArray *fragments;

  g_return_if_fail (OPS_IS_PLAN_DOCUMENT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (self->pages != NULL);
  g_return_if_fail (page < self->pages->len);

  fragments = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  draw_header_and_footer (self, cr, page);
  for (guint i = 0; i < fragments->len; i++)
    draw_fragment (self, cr, &g_array_index (fragments, Fragment, i));
  cairo_restore (cr);
}

/* The entries of the PDF's outline; 0 until the document is paginated. */
guint
ops_plan_document_get_n_sections (OpsPlanDocument *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_DOCUMENT (self), 0);

  return self->builder.sections != NULL ? self->builder.sections->len : 0;
}

/**
 * ops_plan_document_get_section:
 * @index: below ops_plan_document_get_n_sections()
 * @level: (out) (optional): 0 for a section, 1 for a part of one
 * @page: (out) (optional): the 0-based page it starts on
 * @y: (out) (optional): where on that page, in points from the top
 *
 * Returns: the section's title
 */
const char *
ops_plan_document_get_section (OpsPlanDocument *self,
                               guint            index,
                               guint           *level,
                               guint           *page,
                               double          *y)
{
  OpsExportSection *section;

  g_return_val_if_fail (OPS_IS_PLAN_DOCUMENT (self), NULL);
  g_return_val_if_fail (index < ops_plan_document_get_n_sections (self), NULL);

  section = &g_array_index (self->builder.sections, OpsExportSection, index);
  if (level != NULL)
    *level = section->level;
  if (page != NULL)
    *page = section->page;
  if (y != NULL)
    *y = section->y;

  return section->title;
}
