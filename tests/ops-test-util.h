/* ops-test-util.h: driving the real window in UI tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-application.h"
#include "ops-window.h"

G_BEGIN_DECLS

void            ops_test_isolate_data_dir  (void);
OpsApplication *ops_test_application_new   (void);
OpsWindow      *ops_test_window_new        (OpsApplication *app);
void            ops_test_wait_for          (gboolean      (*done) (gpointer),
                                            gpointer        data);
void            ops_test_iterate           (void);
GtkWidget      *ops_test_find_widget       (GtkWidget      *root,
                                            GType           type,
                                            const char     *property,
                                            const char     *value);
void            ops_test_close_window      (OpsWindow      *window);

G_END_DECLS
