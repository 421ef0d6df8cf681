/* ops-role-label.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

PangoAttrList *ops_role_label_attributes (const char *text);
void           ops_role_label_set        (GtkLabel   *label,
                                          const char *text);
void           ops_role_label_keep_row   (AdwActionRow *row);

G_END_DECLS
