/* ops-export-block.h: the unit the document is paginated in
 *
 * Private to src/export/. A block is a rectangle of the content column:
 * text pieces (Pango layouts at fixed offsets) plus an optional decoration
 * drawn with cairo (a checkbox, a chart). Pagination never splits a block,
 * except a splittable one taller than a page, which breaks between the
 * lines of its splittable pieces.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "ops-export-style.h"

G_BEGIN_DECLS

typedef struct _OpsExportBlock OpsExportBlock;

/* Draws what is not text, in block coordinates. @from and @to are the part
 * of the block on this page; most decorations draw only when @from is 0. */
typedef void (*OpsExportDecorateFunc) (OpsExportBlock *block,
                                       cairo_t        *cr,
                                       double          from,
                                       double          to);

typedef struct
{
  PangoLayout *layout;
  double       x;
  double       y;
  OpsInk       ink;
  gboolean     splittable;
  char        *uri;
} OpsExportPiece;

struct _OpsExportBlock
{
  double                height;
  double                space_before;
  gboolean              keep_with_next;
  gboolean              splittable;
  double                continuation_x; /* where "(continued)" goes */
  int                   section;
  GPtrArray            *pieces;
  OpsExportDecorateFunc decorate;
  gpointer              data;
  GDestroyNotify        data_free;
};

OpsExportBlock *ops_export_block_new         (double                 space_before);
void            ops_export_block_free        (OpsExportBlock        *block);
OpsExportPiece *ops_export_block_add_text    (OpsExportBlock        *block,
                                              PangoContext          *context,
                                              OpsFont                font,
                                              const char            *text,
                                              double                 x,
                                              double                 y,
                                              double                 width);
void            ops_export_block_set_data    (OpsExportBlock        *block,
                                              OpsExportDecorateFunc  decorate,
                                              gpointer               data,
                                              GDestroyNotify         data_free);
void            ops_export_block_add_breaks  (OpsExportBlock        *block,
                                              GArray                *breaks);
void            ops_export_block_draw        (OpsExportBlock        *block,
                                              cairo_t               *cr,
                                              double                 from,
                                              double                 to);

PangoLayout    *ops_export_layout_new        (PangoContext          *context,
                                              OpsFont                font,
                                              const char            *text,
                                              double                 width);
void            ops_export_layout_add_attribute (PangoLayout         *layout,
                                                 PangoAttribute      *attribute);
void            ops_export_layout_set_composed (PangoLayout           *layout);
void            ops_export_layout_keep_left (PangoLayout              *layout);
double          ops_export_layout_height     (PangoLayout           *layout);
double          ops_export_layout_width      (PangoLayout           *layout);
double          ops_export_layout_baseline   (PangoLayout           *layout);
double          ops_export_piece_bottom      (OpsExportPiece        *piece);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpsExportBlock, ops_export_block_free)

G_END_DECLS
