/* ops-shortcuts-dialog.c
 *
 * GtkShortcutsWindow is deprecated from GTK 4.18 and AdwShortcutsDialog
 * needs libadwaita 1.8, above our floor, so OpsLadder lists its shortcuts
 * in a small dialog of its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-shortcuts-dialog.h"

struct _OpsShortcutsDialog
{
  AdwDialog parent_instance;
};

G_DEFINE_FINAL_TYPE (OpsShortcutsDialog, ops_shortcuts_dialog, ADW_TYPE_DIALOG)

AdwDialog *
ops_shortcuts_dialog_new (void)
{
  return g_object_new (OPS_TYPE_SHORTCUTS_DIALOG, NULL);
}

static void
ops_shortcuts_dialog_class_init (OpsShortcutsDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/ops-shortcuts-dialog.ui");
}

static void
ops_shortcuts_dialog_init (OpsShortcutsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
