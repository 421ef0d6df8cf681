/* ops-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-application.h"
#include "ops-catalog.h"

G_BEGIN_DECLS

#define OPS_TYPE_WINDOW (ops_window_get_type ())

G_DECLARE_FINAL_TYPE (OpsWindow, ops_window, OPS, WINDOW, AdwApplicationWindow)

OpsWindow         *ops_window_new                    (OpsApplication *application);
OpsCatalog        *ops_window_get_catalog            (OpsWindow      *self);
GtkPrintOperation *ops_window_create_print_operation (OpsWindow      *self);
void               ops_window_open_plan_file         (OpsWindow      *self,
                                                      GFile          *file);
const char        *ops_window_get_help_page          (OpsWindow      *self);
void               ops_window_add_toast              (OpsWindow      *self,
                                                      AdwToast       *toast);
void               ops_window_request_close          (OpsWindow      *self);
void               ops_window_show_conflict_copy     (OpsWindow      *self,
                                                      GFile          *file);

G_END_DECLS
