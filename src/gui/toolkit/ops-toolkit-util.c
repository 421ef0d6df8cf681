/* ops-toolkit-util.c: what the career toolkit's panes share
 *
 * Record fields are bound to widgets rather than copied, so that undo,
 * which changes a record under the widget, shows at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-editor-close.h"
#include "ops-text-limit.h"
#include "ops-toolkit-util.h"

/* Records keep an empty optional string as NULL; an entry needs "". */
static gboolean
string_to_text (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  const char *string = g_value_get_string (from);

  g_value_set_string (to, string ? string : "");
  return TRUE;
}

/**
 * ops_toolkit_bind_string:
 * @record: a plan record
 * @property: one of its string properties
 * @row: an entry row
 *
 * Binds @row's text both ways to @record's @property; the record's setter
 * records each change for undo. @row stops at the length the plan file
 * takes.
 *
 * Returns: (transfer none): the binding
 */
GBinding *
ops_toolkit_bind_string (gpointer     record,
                         const char  *property,
                         AdwEntryRow *row)
{
  g_return_val_if_fail (G_IS_OBJECT (record), NULL);
  g_return_val_if_fail (ADW_IS_ENTRY_ROW (row), NULL);

  ops_text_limit_entry_row (row, property);

  return g_object_bind_property_full (record, property, row, "text",
                                      G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                                      string_to_text, NULL, NULL, NULL);
}

/* A toast with no button, through the window's action: the toolkit does
 * not know the window's type. */
void
ops_toolkit_show_toast (GtkWidget  *widget,
                        const char *message)
{
  gtk_widget_activate_action (widget, "win.show-toast", "s", message);
}

/* Opens @page over the pane @from is in. */
void
ops_toolkit_push (GtkWidget *from,
                  GtkWidget *page)
{
  GtkWidget *view = gtk_widget_get_ancestor (from, ADW_TYPE_NAVIGATION_VIEW);

  g_object_ref_sink (page);
  if (view != NULL)
    adw_navigation_view_push (ADW_NAVIGATION_VIEW (view), ADW_NAVIGATION_PAGE (page));
  g_object_unref (page);
}

static OpsPlan *
record_plan (gpointer record)
{
  return ops_plan_record_get_plan (record);
}

/* Closes the editor @page when @record leaves its plan, as on undo of its
 * creation, or when the window's store replaces that plan. */
void
ops_toolkit_pop_when_removed (GtkWidget     *page,
                              OpsPlanRecord *record)
{
  g_return_if_fail (OPS_IS_PLAN_RECORD (record));

  ops_editor_close_when_gone (page, record, record_plan);
}

/* Makes @content insensitive while edits to the plan could not be kept
 * (ops_plan_store_get_editable ()), as on the plan page. */
void
ops_toolkit_follow_editable (GtkWidget    *content,
                             OpsPlanStore *store)
{
  g_object_bind_property (store, "editable", content, "sensitive", G_BINDING_SYNC_CREATE);
}

/* Removes @record from its plan with an Undo toast; an editor of it that
 * called ops_toolkit_pop_when_removed() closes. */
void
ops_toolkit_remove_record (GtkWidget     *page,
                           OpsPlanRecord *record,
                           const char    *title)
{
  OpsPlan *plan = ops_plan_record_get_plan (record);
  /* The editor closes as the record goes; the window stays. */
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (page));
  g_autofree char *message = NULL;

  g_return_if_fail (plan != NULL);

  /* Translators: shown in a toast with an Undo button; %s is a title */
  message = g_strdup_printf (_("Removed “%s”"), title ? title : "");
  ops_plan_remove_record (plan, record);
  if (window != NULL)
    gtk_widget_activate_action (window, "win.undo-toast", "s", message);
}
