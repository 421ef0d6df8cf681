/* ops-text-view-bind.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void ops_text_view_bind (GtkTextView *view,
                         gpointer     record,
                         const char  *property);

G_END_DECLS
