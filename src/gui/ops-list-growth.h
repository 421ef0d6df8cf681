/* ops-list-growth.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void ops_list_growth_start (GtkListView       *view,
                            GtkSliceListModel *slice,
                            guint              size,
                            guint              step);

G_END_DECLS
