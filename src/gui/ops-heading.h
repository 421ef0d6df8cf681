/* ops-heading.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *ops_heading_new (const char *extra_class);

G_END_DECLS
