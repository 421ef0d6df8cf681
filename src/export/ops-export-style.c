/* ops-export-style.c: the look of an exported plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-export-style.h"

/* Cantarell is GNOME's UI face and ships in the GNOME runtime; Noto Sans
 * and fontconfig's fallback cover the scripts Cantarell lacks. */
#define FAMILY "Cantarell, Noto Sans, Sans"

static const guint32 ink_rgb[OPS_N_INKS] = {
  [OPS_INK_TEXT] = 0x241f31,
  [OPS_INK_SECONDARY] = 0x5e5c64,
  [OPS_INK_MUTED] = 0x77767b,
  [OPS_INK_RULE] = 0xdeddda,
  [OPS_INK_TRACK] = 0xf0efed,
  [OPS_INK_ACCENT] = 0x3584e4,
  [OPS_INK_ACCENT_DARK] = 0x1a5fb4,
  [OPS_INK_ACCENT_LIGHT] = 0xc5dcf7,
  [OPS_INK_DONE] = 0x2ec27e,
  [OPS_INK_DONE_DARK] = 0x26a269,
  [OPS_INK_SKIPPED] = 0xc0bfbc,
  [OPS_INK_TODAY] = 0xe66100,
  [OPS_INK_PAPER] = 0xffffff,
};

typedef struct
{
  const char *description;
  OpsInk      ink;
  double      line_spacing;
} FontStyle;

static const FontStyle font_styles[OPS_N_FONTS] = {
  [OPS_FONT_OVERLINE] = { FAMILY " Bold 8", OPS_INK_ACCENT_DARK, 0 },
  [OPS_FONT_TITLE] = { FAMILY " Bold 24", OPS_INK_TEXT, 0 },
  [OPS_FONT_SUBTITLE] = { FAMILY " 13", OPS_INK_SECONDARY, 0 },
  [OPS_FONT_LABEL] = { FAMILY " Bold 7.5", OPS_INK_MUTED, 0 },
  [OPS_FONT_VALUE] = { FAMILY " 10.5", OPS_INK_TEXT, 0 },
  [OPS_FONT_HEADING] = { FAMILY " Bold 14", OPS_INK_TEXT, 0 },
  [OPS_FONT_GROUP] = { FAMILY " Bold 11", OPS_INK_TEXT, 0 },
  [OPS_FONT_ITEM_TITLE] = { FAMILY " Bold 10.5", OPS_INK_TEXT, 1.1 },
  [OPS_FONT_META] = { FAMILY " 8.5", OPS_INK_MUTED, 0 },
  [OPS_FONT_BODY] = { FAMILY " 9.5", OPS_INK_TEXT, 1.25 },
  [OPS_FONT_QUOTE] = { FAMILY " Italic 10", OPS_INK_SECONDARY, 1.25 },
  [OPS_FONT_LINK] = { FAMILY " 8.5", OPS_INK_ACCENT_DARK, 1.15 },
  [OPS_FONT_CAPTION] = { FAMILY " 8", OPS_INK_MUTED, 1.2 },
  [OPS_FONT_CHART] = { FAMILY " 7.5", OPS_INK_SECONDARY, 0 },
  [OPS_FONT_BADGE] = { FAMILY " Bold 6.5", OPS_INK_PAPER, 0 },
  [OPS_FONT_PAGE] = { FAMILY " 7.5", OPS_INK_MUTED, 0 },
};

void
ops_export_set_ink (cairo_t *cr,
                    OpsInk   ink)
{
  guint32 rgb;

  g_return_if_fail (ink < OPS_N_INKS);

  rgb = ink_rgb[ink];
  cairo_set_source_rgb (cr,
                        ((rgb >> 16) & 0xff) / 255.0,
                        ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

/* The descriptions are made once and never change, so every export
 * thread can share them. (transfer none) */
const PangoFontDescription *
ops_export_get_font (OpsFont font)
{
  static PangoFontDescription **fonts = NULL;

  g_return_val_if_fail (font < OPS_N_FONTS, NULL);

  if (g_once_init_enter_pointer (&fonts))
    {
      PangoFontDescription **made = g_new0 (PangoFontDescription *, OPS_N_FONTS);

      for (guint i = 0; i < OPS_N_FONTS; i++)
        made[i] = pango_font_description_from_string (font_styles[i].description);
      g_once_init_leave_pointer (&fonts, made);
    }

  return fonts[font];
}

OpsInk
ops_export_font_ink (OpsFont font)
{
  g_return_val_if_fail (font < OPS_N_FONTS, OPS_INK_TEXT);

  return font_styles[font].ink;
}

/* A factor of the font's height, or 0 for the font's own spacing. */
double
ops_export_font_line_spacing (OpsFont font)
{
  g_return_val_if_fail (font < OPS_N_FONTS, 0);

  return font_styles[font].line_spacing;
}
