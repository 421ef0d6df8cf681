/* ops-text-limit.c: a plan's texts held to what its file takes
 *
 * The plan file's reader refuses a text longer than ops_plan_max_chars ()
 * allows, and the store reads every save back before it keeps it, so one
 * over-long title or note would make each later save fail until it was
 * shortened. The rows and text views that edit a plan's texts stop at
 * that length instead, whether the text is typed or pasted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-plan-serializer.h"
#include "ops-text-limit.h"

/**
 * ops_text_limit_entry_row:
 * @row: an entry row that edits one of a plan's texts
 * @key: that text's key, its property name ("title", "links", …)
 *
 * Stops @row at the length the plan file takes under @key.
 */
void
ops_text_limit_entry_row (AdwEntryRow *row,
                          const char  *key)
{
  g_return_if_fail (ADW_IS_ENTRY_ROW (row));
  g_return_if_fail (key != NULL);

  /* An entry's limit can be no larger; the reader takes more. */
  adw_entry_row_set_max_length (row, (int) MIN (ops_plan_max_chars (key), GTK_ENTRY_BUFFER_MAX_SIZE));
}

/* Runs before the buffer inserts: what would not fit is left out, as an
 * entry with a maximum length leaves it out. */
static void
insert_text_cb (GtkTextBuffer *buffer,
                GtkTextIter   *location,
                const char    *text,
                int            len,
                gpointer       max_chars)
{
  gsize max = GPOINTER_TO_SIZE (max_chars);
  gsize have = (gsize) gtk_text_buffer_get_char_count (buffer);
  gsize room = have < max ? max - have : 0;
  const char *end;

  if ((gsize) g_utf8_strlen (text, len) <= room)
    return;

  /* Inserting the part that fits runs this again, and then it fits; the
   * buffer moves @location past it, as the caller expects. */
  g_signal_stop_emission_by_name (buffer, "insert-text");
  end = g_utf8_offset_to_pointer (text, (glong) room);
  if (end > text)
    gtk_text_buffer_insert (buffer, location, text, (int) (end - text));
}

/**
 * ops_text_limit_text_view:
 * @view: a text view that edits one of a plan's texts
 * @key: that text's key, its property name ("notes", "situation", …)
 *
 * Stops @view at the length the plan file takes under @key.
 */
void
ops_text_limit_text_view (GtkTextView *view,
                          const char  *key)
{
  g_return_if_fail (GTK_IS_TEXT_VIEW (view));
  g_return_if_fail (key != NULL);

  g_signal_connect (gtk_text_view_get_buffer (view), "insert-text", G_CALLBACK (insert_text_cb),
                    GSIZE_TO_POINTER (ops_plan_max_chars (key)));
}
