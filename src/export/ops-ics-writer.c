/* ops-ics-writer.c: the dated things in a career plan as an iCalendar file
 *
 * Every date in the plan becomes an all-day event (RFC 5545) that GNOME
 * Calendar and other calendars import: the plan's target date, each
 * item's target date (for a certification, the planned exam), networking
 * events and follow-ups, and application follow-ups. A credential that
 * lapses (a done certification whose catalog entry gives a renewal cycle)
 * gets two reminders before its lapse date, when the app starts warning
 * (OPS_CREDENTIAL_WARNING_MONTHS) and a month before; a reminder already
 * past on the day of the export is left out.
 *
 * UIDs are made from the plan's own ids, so exporting again and importing
 * updates the events instead of doubling them. Items have no id of their
 * own; theirs is the catalog id, or a checksum of the title for the
 * person's own items.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-credential.h"
#include "ops-export-text.h"
#include "ops-ics-writer.h"
#include "ops-pace.h"

/* The last reminder before a credential lapses: time for the paperwork. */
#define FINAL_REMINDER_MONTHS 1

/* RFC 5545 3.1: lines longer than this are folded. */
#define MAX_LINE_OCTETS 75

typedef struct
{
  GDateTime *date;
  char      *uid;
  char      *summary;
} Event;

static void
event_free (gpointer data)
{
  Event *event = data;

  g_date_time_unref (event->date);
  g_free (event->uid);
  g_free (event->summary);
  g_free (event);
}

/* Takes @summary. */
static void
add_event (GPtrArray  *events,
           GHashTable *uids,
           GDateTime  *date,
           const char *uid_base,
           char       *summary)
{
  Event *event;
  g_autofree char *uid = NULL;

  if (date == NULL)
    {
      g_free (summary);
      return;
    }

  /* Two items for the same catalog entry, or with the same title. */
  uid = g_strdup_printf ("%s@opsladder", uid_base);
  for (guint n = 2; g_hash_table_contains (uids, uid); n++)
    {
      g_free (uid);
      uid = g_strdup_printf ("%s-%u@opsladder", uid_base, n);
    }
  g_hash_table_add (uids, g_strdup (uid));

  event = g_new0 (Event, 1);
  event->date = g_date_time_ref (date);
  event->uid = g_steal_pointer (&uid);
  event->summary = summary;
  g_ptr_array_add (events, event);
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const Event *ea = *(const Event **) a, *eb = *(const Event **) b;
  int by_date = g_date_time_compare (ea->date, eb->date);

  return by_date != 0 ? by_date : g_strcmp0 (ea->summary, eb->summary);
}

static const char *
nonempty (const char *a,
          const char *b)
{
  return a != NULL && a[0] != '\0' ? a : b;
}

static void
collect_items (OpsPlan    *plan,
               GPtrArray  *events,
               GHashTable *uids)
{
  GListModel *items = ops_plan_get_items (plan);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(OpsPlanItem) item = g_list_model_get_item (items, i);
      const char *title = ops_plan_item_get_title (item);
      const char *catalog_id = ops_plan_item_get_catalog_id (item);
      g_autofree char *key = NULL;
      g_autofree char *base = NULL;
      char *summary;

      if (ops_plan_item_get_target_date (item) == NULL)
        continue;

      if (catalog_id != NULL)
        key = g_strdup (catalog_id);
      else
        {
          g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA1, title, -1);

          /* Twelve hex digits keep the UID short and are plenty within a plan. */
          key = g_strndup (sum, 12);
        }
      base = g_strdup_printf ("item-%s-target", key);
      if (ops_plan_item_get_kind (item) == OPS_PLAN_ITEM_KIND_CERTIFICATION)
        /* Translators: a calendar event on a certification's planned exam day; %s is e.g. "CPIM" */
        summary = g_strdup_printf (C_("calendar", "Exam: %s"), title);
      else
        /* Translators: a calendar event on the day a plan step should be done; %s is its title */
        summary = g_strdup_printf (C_("calendar", "Due: %s"), title);
      add_event (events, uids, ops_plan_item_get_target_date (item), base, summary);
    }
}

static void
add_reminder (GPtrArray  *events,
              GHashTable *uids,
              guint32     day,
              guint32     today,
              const char *uid_base,
              const char *summary)
{
  g_autoptr(GDateTime) date = NULL;

  if (day < today)
    return;
  date = ops_pace_day_to_date (day);
  add_event (events, uids, date, uid_base, g_strdup (summary));
}

/* The UIDs hold no cycle: after a renewal, exporting again moves the
 * reminders a calendar already has to the new lapse date. */
static void
collect_credentials (OpsPlan    *plan,
                     OpsCatalog *catalog,
                     guint32     today,
                     GPtrArray  *events,
                     GHashTable *uids)
{
  GListModel *items = ops_plan_get_items (plan);

  for (guint i = 0; catalog != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(OpsPlanItem) item = g_list_model_get_item (items, i);
      const char *id = ops_plan_item_get_catalog_id (item);
      OpsCredentialStatus status;
      g_autoptr(GDateTime) last = NULL;
      g_autofree char *until = NULL;
      g_autofree char *summary = NULL;
      g_autofree char *early = NULL;
      g_autofree char *late = NULL;

      if (!ops_credential_status_for_item (item, catalog, today, &status) ||
          (status.state != OPS_CREDENTIAL_STATE_VALID && status.state != OPS_CREDENTIAL_STATE_DUE))
        continue;

      last = ops_pace_day_to_date (ops_credential_last_valid_day (&status));
      until = ops_export_format_date (last);
      /* Translators: a calendar reminder before a credential lapses; %1$s is e.g. "CPIM", %2$s a day */
      summary = g_strdup_printf (C_("calendar", "Renew %1$s: valid until %2$s"), ops_plan_item_get_title (item), until);
      early = g_strdup_printf ("item-%s-renew-early", id);
      late = g_strdup_printf ("item-%s-renew-late", id);
      add_reminder (events, uids, status.warn_from, today, early, summary);
      add_reminder (events, uids, ops_credential_months_before (status.lapse, FINAL_REMINDER_MONTHS), today, late, summary);
    }
}

static void
collect_networking (OpsPlan    *plan,
                    GPtrArray  *events,
                    GHashTable *uids)
{
  GListModel *entries = ops_plan_get_networking (plan);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(OpsNetworkingEntry) entry = g_list_model_get_item (entries, i);
      const char *id = ops_plan_record_get_id (OPS_PLAN_RECORD (entry));
      const char *organization = ops_networking_entry_get_organization (entry);
      const char *event = ops_networking_entry_get_event (entry);
      const char *who = nonempty (ops_networking_entry_get_contact (entry), organization);
      g_autofree char *date_base = g_strdup_printf ("%s-date", id);
      g_autofree char *follow_base = g_strdup_printf ("%s-follow-up", id);

      add_event (events, uids, ops_networking_entry_get_date (entry), date_base,
                 ops_export_format_networking_title (organization, event));
      add_event (events, uids, ops_networking_entry_get_follow_up_date (entry), follow_base,
                 /* Translators: a calendar event; %s is a person or an organization */
                 g_strdup_printf (C_("calendar", "Follow up with %s"), who));
    }
}

static void
collect_applications (OpsPlan    *plan,
                      GPtrArray  *events,
                      GHashTable *uids)
{
  GListModel *applications = ops_plan_get_applications (plan);

  for (guint i = 0; i < g_list_model_get_n_items (applications); i++)
    {
      g_autoptr(OpsJobApplication) application = g_list_model_get_item (applications, i);
      const char *id = ops_plan_record_get_id (OPS_PLAN_RECORD (application));
      const char *organization = ops_job_application_get_organization (application);
      const char *title = ops_job_application_get_title (application);
      g_autofree char *base = g_strdup_printf ("%s-follow-up", id);

      add_event (events, uids, ops_job_application_get_follow_up_date (application), base,
                 title != NULL && organization[0] != '\0'
                 /* Translators: a calendar event; %1$s is a job title, %2$s the employer */
                 ? g_strdup_printf (C_("calendar", "Follow up on %1$s at %2$s"), title, organization)
                 /* Translators: a calendar event; %s is a job title or an employer */
                 : g_strdup_printf (C_("calendar", "Follow up on %s"), nonempty (title, organization)));
    }
}

/* RFC 5545 3.3.11: TEXT escapes backslash, semicolon, comma and newline. */
static char *
escape_text (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\': g_string_append (out, "\\\\"); break;
        case ';': g_string_append (out, "\\;"); break;
        case ',': g_string_append (out, "\\,"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': break;
        default:
          /* Other control characters are not allowed in a content line. */
          if ((guchar) *p < 0x20 && *p != '\t')
            g_string_append_c (out, ' ');
          else
            g_string_append_c (out, *p);
        }
    }

  return g_string_free (out, FALSE);
}

/* RFC 5545 3.1: a content line is at most 75 octets; longer ones go on in
 * lines that start with a space. A break never splits a UTF-8 character. */
static void
append_line (GString    *out,
             const char *line)
{
  gsize len = strlen (line);
  gsize start = 0;
  gsize limit = MAX_LINE_OCTETS;

  while (len - start > limit)
    {
      gsize end = start + limit;

      while (end > start && ((guchar) line[end] & 0xc0) == 0x80)
        end--;
      g_string_append_len (out, line + start, end - start);
      g_string_append (out, "\r\n ");
      start = end;
      limit = MAX_LINE_OCTETS - 1;  /* the space counts */
    }
  g_string_append (out, line + start);
  g_string_append (out, "\r\n");
}

G_GNUC_PRINTF (2, 3)
static void
append_printf (GString    *out,
               const char *format,
               ...)
{
  va_list args;
  g_autofree char *line = NULL;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);

  append_line (out, line);
}

/**
 * ops_ics_writer_render:
 * @plan: the plan
 * @catalog: (nullable): to name a target role given only by its id
 * @now: the export time, for DTSTAMP; its own day (in its time zone) is
 *   "today" for the credential reminders, so pass local time
 *
 * The plan's dated things as an iCalendar (RFC 5545) calendar of all-day
 * events, sorted by day: CRLF line ends, lines folded at 75 octets, text
 * escaped. A plan with no dates gives a calendar with no events.
 *
 * Returns: (transfer full): UTF-8 text
 */
GBytes *
ops_ics_writer_render (OpsPlan    *plan,
                       OpsCatalog *catalog,
                       GDateTime  *now)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (event_free);
  g_autoptr(GHashTable) uids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GDateTime) now_utc = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *name = NULL;
  g_autofree char *escaped_name = NULL;
  const char *target = NULL;
  GString *out;

  g_return_val_if_fail (OPS_IS_PLAN (plan), NULL);
  g_return_val_if_fail (catalog == NULL || OPS_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  target = ops_plan_get_target_role_title (plan);
  if (target == NULL && catalog != NULL && ops_plan_get_target_role_id (plan) != NULL)
    {
      OpsCatalogItem *role = ops_catalog_lookup (catalog, ops_plan_get_target_role_id (plan));

      target = role != NULL ? ops_catalog_item_get_name (role) : NULL;
    }
  if (ops_plan_get_target_date (plan) != NULL)
    add_event (events, uids, ops_plan_get_target_date (plan), "plan-target",
               target != NULL
               /* Translators: a calendar event on the plan's target date; %s is the target role */
               ? g_strdup_printf (C_("calendar", "Target date: %s"), target)
               : g_strdup (C_("calendar", "Career plan target date")));
  collect_items (plan, events, uids);
  collect_credentials (plan, catalog, ops_pace_day_from_date (now), events, uids);
  collect_networking (plan, events, uids);
  collect_applications (plan, events, uids);
  g_ptr_array_sort (events, compare_events);

  now_utc = g_date_time_to_utc (now);
  stamp = g_date_time_format (now_utc, "%Y%m%dT%H%M%SZ");
  name = ops_export_format_plan_title (ops_plan_get_owner_name (plan));
  escaped_name = escape_text (name);

  out = g_string_new (NULL);
  append_line (out, "BEGIN:VCALENDAR");
  append_line (out, "VERSION:2.0");
  append_line (out, "PRODID:-//OpsLadder//OpsLadder " PACKAGE_VERSION "//EN");
  append_line (out, "CALSCALE:GREGORIAN");
  append_line (out, "METHOD:PUBLISH");
  append_printf (out, "X-WR-CALNAME:%s", escaped_name);

  for (guint i = 0; i < events->len; i++)
    {
      Event *event = g_ptr_array_index (events, i);
      g_autoptr(GDateTime) next = g_date_time_add_days (event->date, 1);
      g_autofree char *start = g_date_time_format (event->date, "%Y%m%d");
      g_autofree char *end = g_date_time_format (next, "%Y%m%d");
      g_autofree char *summary = escape_text (event->summary);

      append_line (out, "BEGIN:VEVENT");
      append_printf (out, "UID:%s", event->uid);
      append_printf (out, "DTSTAMP:%s", stamp);
      append_printf (out, "DTSTART;VALUE=DATE:%s", start);
      append_printf (out, "DTEND;VALUE=DATE:%s", end);
      append_printf (out, "SUMMARY:%s", summary);
      /* A reminder, not an appointment: the day stays free. */
      append_line (out, "TRANSP:TRANSPARENT");
      append_line (out, "END:VEVENT");
    }
  append_line (out, "END:VCALENDAR");

  return g_string_free_to_bytes (out);
}

/**
 * ops_ics_writer_write:
 * @plan: the plan
 * @catalog: (nullable): the catalog
 * @file: where to write; an existing file is replaced atomically
 * @cancellable: (nullable): a #GCancellable
 * @error: %OPS_ERROR_EXPORT_FAILED with a one-line message, or
 *   %G_IO_ERROR_CANCELLED
 *
 * The synchronous form, for the thread that owns the plan (the command
 * line, tests). The GUI uses ops_ics_writer_write_async().
 *
 * Returns: %TRUE on success
 */
gboolean
ops_ics_writer_write (OpsPlan       *plan,
                      OpsCatalog    *catalog,
                      GFile         *file,
                      GCancellable  *cancellable,
                      GError       **error)
{
  /* Local: the person's today decides which reminders are still ahead. */
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (OPS_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = ops_ics_writer_render (plan, catalog, now);

  return ops_export_save_bytes (file, bytes, ops_export_set_calendar_write_error, cancellable, error);
}

/**
 * ops_ics_writer_write_async:
 * @plan: the plan
 * @catalog: (nullable): the catalog
 * @file: where to write
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the calling thread's main context when done
 * @user_data: for @callback
 *
 * Renders the calendar at once, from the plan as it is now, and writes it
 * on a worker thread, so the person can keep editing.
 */
void
ops_ics_writer_write_async (OpsPlan             *plan,
                            OpsCatalog          *catalog,
                            GFile               *file,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  /* Local: the person's today decides which reminders are still ahead. */
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GBytes) bytes = NULL;

  g_return_if_fail (OPS_IS_PLAN (plan));
  g_return_if_fail (G_IS_FILE (file));

  bytes = ops_ics_writer_render (plan, catalog, now);
  ops_export_save_bytes_async (file, bytes, ops_export_set_calendar_write_error, ops_ics_writer_write_async,
                               cancellable, callback, user_data);
}

gboolean
ops_ics_writer_write_finish (GAsyncResult  *result,
                             GError       **error)
{
  return ops_export_save_bytes_finish (result, ops_ics_writer_write_async, error);
}
