/* ops-editor-focus.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean ops_editor_focus (GtkWidget        *page,
                           GtkDirectionType  direction,
                           GtkWidgetClass   *parent_class);

G_END_DECLS
