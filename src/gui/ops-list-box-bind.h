/* ops-list-box-bind.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void ops_list_box_bind_model (GtkListBox                 *box,
                              GListModel                 *model,
                              GtkListBoxCreateWidgetFunc  create_widget_func,
                              gpointer                    user_data);

G_END_DECLS
