/* ops-screen-reader.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void ops_screen_reader_follow_window  (AdwApplicationWindow *window,
                                       AdwNavigationView    *view);
void ops_screen_reader_menu_active_cb (GtkMenuButton        *button,
                                       GParamSpec           *pspec);
void ops_screen_reader_name_lists     (GtkWidget            *root,
                                       const char           *name);
void ops_screen_reader_name_group     (GtkWidget            *row,
                                       const char           *name);

G_END_DECLS
