/* ops-text-section.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OPS_TYPE_TEXT_SECTION (ops_text_section_get_type ())

G_DECLARE_FINAL_TYPE (OpsTextSection, ops_text_section, OPS, TEXT_SECTION, GtkWidget)

void ops_text_section_set_texts (OpsTextSection     *self,
                                 const char * const *texts);

G_END_DECLS
