/* ops-role-label.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

PangoAttrList *ops_role_label_attributes (const char *text);
void           ops_role_label_set        (GtkLabel   *label,
                                          const char *text);

G_END_DECLS
