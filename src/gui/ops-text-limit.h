/* ops-text-limit.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void ops_text_limit_entry_row (AdwEntryRow *row,
                               const char  *key);
void ops_text_limit_text_view (GtkTextView *view,
                               const char  *key);

G_END_DECLS
