/* ops-export-style.h: the look of an exported plan, in one place
 *
 * Private to src/export/. Every length is in points (1/72 inch): the
 * document's cairo user space is always points, on paper and in print.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* 18 mm: room for a binder's holes and a mentor's pencil */
#define OPS_EXPORT_MARGIN        (18.0 * 72.0 / 25.4)
/* The running header and footer sit in the margin band, this far in from
 * the paper's edge. */
#define OPS_EXPORT_HEADER_INSET  (9.0 * 72.0 / 25.4)

#define OPS_EXPORT_SECTION_GAP   22.0
#define OPS_EXPORT_ITEM_GAP      10.0

/* The GNOME palette (https://developer.gnome.org/hig/reference/palette.html) */
typedef enum
{
  OPS_INK_TEXT,         /* Dark 4 */
  OPS_INK_SECONDARY,    /* Dark 1 */
  OPS_INK_MUTED,        /* Light 5 */
  OPS_INK_RULE,         /* Light 3 */
  OPS_INK_TRACK,        /* Light 2 */
  OPS_INK_ACCENT,       /* Blue 3 */
  OPS_INK_ACCENT_DARK,  /* Blue 5 */
  OPS_INK_ACCENT_LIGHT, /* Blue 1 */
  OPS_INK_DONE,         /* Green 4 */
  OPS_INK_DONE_DARK,    /* Green 5 */
  OPS_INK_SKIPPED,      /* Light 4 */
  OPS_INK_TODAY,        /* Orange 4 */
  OPS_INK_PAPER,        /* white */
  OPS_N_INKS,
} OpsInk;

typedef enum
{
  OPS_FONT_OVERLINE,
  OPS_FONT_TITLE,
  OPS_FONT_SUBTITLE,
  OPS_FONT_LABEL,
  OPS_FONT_VALUE,
  OPS_FONT_HEADING,
  OPS_FONT_GROUP,
  OPS_FONT_ITEM_TITLE,
  OPS_FONT_META,
  OPS_FONT_BODY,
  OPS_FONT_QUOTE,
  OPS_FONT_LINK,
  OPS_FONT_CAPTION,
  OPS_FONT_CHART,
  OPS_FONT_BADGE,
  OPS_FONT_PAGE,
  OPS_N_FONTS,
} OpsFont;

void                        ops_export_set_ink  (cairo_t *cr,
                                                 OpsInk   ink);
const PangoFontDescription *ops_export_get_font (OpsFont  font);
OpsInk                      ops_export_font_ink (OpsFont  font);
double                      ops_export_font_line_spacing (OpsFont font);

G_END_DECLS
