/* ops-text-view-bind.c: a text view bound to a string property
 *
 * GtkTextView has no text property to bind with GBinding, so this keeps
 * a view and an item's or record's free text in step, for the plan item
 * pane's notes and the toolkit editors' longer fields alike.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-text-limit.h"
#include "ops-text-view-bind.h"

/* What typing in a view's buffer sets. */
typedef struct
{
  GObject *record;
  char    *property;
} TextViewBinding;

static void
text_view_binding_free (gpointer  data,
                        GClosure *closure)
{
  TextViewBinding *binding = data;

  g_object_unref (binding->record);
  g_free (binding->property);
  g_free (binding);
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static char *
dup_record_text (GObject    *record,
                 const char *property)
{
  char *text = NULL;

  g_object_get (record, property, &text, NULL);

  return text ? text : g_strdup ("");
}

static void
buffer_changed_cb (GtkTextBuffer   *buffer,
                   TextViewBinding *binding)
{
  g_autofree char *text = buffer_text (buffer);
  g_autofree char *now = dup_record_text (binding->record, binding->property);

  if (g_strcmp0 (text, now) != 0)
    g_object_set (binding->record, binding->property, text, NULL);
}

/* Undo changes the text under the view; show what the record holds. */
static void
record_changed_cb (GObject       *record,
                   GParamSpec    *pspec,
                   GtkTextBuffer *buffer)
{
  g_autofree char *text = buffer_text (buffer);
  g_autofree char *now = dup_record_text (record, pspec->name);

  if (g_strcmp0 (text, now) != 0)
    gtk_text_buffer_set_text (buffer, now, -1);
}

/**
 * ops_text_view_bind:
 * @view: a text view
 * @record: a plan item or record
 * @property: one of its string properties
 *
 * Keeps @view and @record's @property in step both ways: typing sets the
 * property, whose setter records it for undo, and undo shows in @view.
 * @view stops at the length the plan file takes.
 */
void
ops_text_view_bind (GtkTextView *view,
                    gpointer     record,
                    const char  *property)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);
  g_autofree char *text = dup_record_text (record, property);
  TextViewBinding *binding;

  g_return_if_fail (GTK_IS_TEXT_VIEW (view));
  g_return_if_fail (G_IS_OBJECT (record));

  /* The plan keeps the undo history; the buffer's own would swallow
   * Ctrl+Z and leave the plan's out of step. */
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  ops_text_limit_text_view (view, property);
  gtk_text_buffer_set_text (buffer, text, -1);
  binding = g_new0 (TextViewBinding, 1);
  binding->record = g_object_ref (record);
  binding->property = g_strdup (property);
  g_signal_connect_data (buffer, "changed", G_CALLBACK (buffer_changed_cb), binding, text_view_binding_free, 0);
  g_signal_connect_object (record, signal, G_CALLBACK (record_changed_cb), buffer, 0);
}
