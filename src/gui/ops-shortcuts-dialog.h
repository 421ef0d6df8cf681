/* ops-shortcuts-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OPS_TYPE_SHORTCUTS_DIALOG (ops_shortcuts_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OpsShortcutsDialog, ops_shortcuts_dialog, OPS, SHORTCUTS_DIALOG, AdwDialog)

AdwDialog *ops_shortcuts_dialog_new (void);

G_END_DECLS
