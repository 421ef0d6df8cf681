/* ops-sidebar.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-catalog.h"

G_BEGIN_DECLS

#define OPS_TYPE_SIDEBAR (ops_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (OpsSidebar, ops_sidebar, OPS, SIDEBAR, AdwNavigationPage)

void        ops_sidebar_set_catalog         (OpsSidebar *self,
                                             OpsCatalog *catalog);
const char *ops_sidebar_get_selected_target (OpsSidebar *self);
gboolean    ops_sidebar_select_target       (OpsSidebar *self,
                                             const char *target);
void        ops_sidebar_start_search        (OpsSidebar *self);
GtkEditable *ops_sidebar_get_search_entry   (OpsSidebar *self);
void        ops_sidebar_set_key_capture_widget (OpsSidebar *self,
                                                GtkWidget  *widget);

G_END_DECLS
