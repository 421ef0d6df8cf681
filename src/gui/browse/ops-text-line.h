/* ops-text-line.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OPS_TYPE_TEXT_LINE (ops_text_line_get_type ())

G_DECLARE_FINAL_TYPE (OpsTextLine, ops_text_line, OPS, TEXT_LINE, GtkWidget)

GtkWidget  *ops_text_line_new      (void);
const char *ops_text_line_get_text (OpsTextLine *self);
void        ops_text_line_set_text (OpsTextLine *self,
                                    const char  *text);

G_END_DECLS
