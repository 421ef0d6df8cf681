/* test-ics.c: the iCalendar export, read back with libical
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <libical/ical.h>

#include "ops-error.h"
#include "ops-ics-writer.h"
#include "ops-plan-serializer.h"

static OpsCatalog *catalog;

static OpsPlan *
load_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *contents = NULL;
  gsize len = 0;
  OpsPlan *plan;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (contents, len);
  plan = ops_plan_load_from_bytes (bytes, catalog, &error);
  g_assert_no_error (error);

  return plan;
}

static char *
render (OpsPlan *plan)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 22, 8, 30, 5);
  g_autoptr(GBytes) bytes = ops_ics_writer_render (plan, catalog, now);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* RFC 5545 3.1: CRLF only, at most 75 octets a line, a fold never inside
 * a UTF-8 character. */
static void
assert_lines_valid (const char *text)
{
  g_auto(GStrv) lines = NULL;
  guint n;

  g_assert_true (g_str_has_suffix (text, "END:VCALENDAR\r\n"));
  lines = g_strsplit (text, "\r\n", -1);
  n = g_strv_length (lines);
  g_assert_cmpstr (lines[n - 1], ==, "");
  for (guint i = 0; i + 1 < n; i++)
    {
      g_assert_null (strchr (lines[i], '\n'));
      g_assert_null (strchr (lines[i], '\r'));
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
    }
}

/* Every event as "YYYYMMDD summary", in file order; checks that each is
 * an all-day event of one day with a unique UID. */
static char *
events_of (const char *text)
{
  icalcomponent *calendar = icalparser_parse_string (text);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GHashTable) uids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);

  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      struct icaltimetype start = icalcomponent_get_dtstart (event);
      struct icaltimetype end = icalcomponent_get_dtend (event);
      struct icaltimetype stamp = icalcomponent_get_dtstamp (event);
      const char *uid = icalcomponent_get_uid (event);

      g_assert_cmpint (icalcomponent_count_errors (event), ==, 0);
      g_assert_true (icaltime_is_date (start));
      g_assert_true (icaltime_is_date (end));
      icaltime_adjust (&start, 1, 0, 0, 0);
      g_assert_cmpint (icaltime_compare_date_only (start, end), ==, 0);
      icaltime_adjust (&start, -1, 0, 0, 0);
      g_assert_true (icaltime_is_utc (stamp));
      g_assert_cmpint (stamp.year, ==, 2026);
      g_assert_true (g_str_has_suffix (uid, "@opsladder"));
      g_assert_true (g_hash_table_add (uids, g_strdup (uid)));

      g_string_append_printf (out, "%04d%02d%02d %s\n", start.year, start.month, start.day,
                              icalcomponent_get_summary (event));
    }

  icalcomponent_free (calendar);

  return g_strdup (out->str);
}

static void
test_sample_plan (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("OPS_SOURCE_ROOT"), "build-aux", "screenshot-plan.json", NULL);
  g_autoptr(OpsPlan) plan = load_file (path);
  g_autofree char *text = render (plan);
  g_autofree char *events = events_of (text);

  g_test_message ("%s", events);
  assert_lines_valid (text);
  /* Sorted by day: item targets (certifications as exams), networking
   * events and follow-ups, application follow-ups, the plan's target, and
   * the reminders before CLTD (earned 18 April 2024, five years) lapses. */
  g_assert_cmpstr (events, ==,
                   "20260312 ASCM: Chapter meeting: S&OP in practice\n"
                   "20260319 Follow up with Dana Kim, plant manager at Northwind\n"
                   "20260416 Follow up on Operations Manager at Acme Logistics\n"
                   "20260501 POMS: Annual conference\n"
                   "20261031 Due: Lead the 5S rollout in the packing area\n"
                   "20261215 Due: Value Stream Mapping\n"
                   "20270331 Exam: CPIM\n"
                   "20270630 Due: Budgeting\n"
                   "20270930 Exam: Green Belt\n"
                   "20280531 Due: MBA with an operations concentration\n"
                   "20280630 Target date: Operations Manager\n"
                   "20281018 Renew CLTD: valid until 17 Apr 2029\n"
                   "20290318 Renew CLTD: valid until 17 Apr 2029\n");
  g_assert_nonnull (strstr (text, "\r\nUID:ascm-chapter-march-follow-up@opsladder\r\n"));
  g_assert_nonnull (strstr (text, "\r\nUID:item-cpim-target@opsladder\r\n"));
  /* A custom item's UID comes from its title. */
  {
    g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA1, "Lead the 5S rollout in the packing area", -1);
    g_autofree char *uid = g_strdup_printf ("\r\nUID:item-%.12s-target@opsladder\r\n", sum);

    g_assert_nonnull (strstr (text, uid));
  }
  g_assert_nonnull (strstr (text, "\r\nDTSTART;VALUE=DATE:20270331\r\nDTEND;VALUE=DATE:20270401\r\n"));
  g_assert_nonnull (strstr (text, "\r\nDTSTAMP:20261122T083005Z\r\n"));
}

/* Text that needs escaping and folding reads back exactly. */
static void
test_escaping_and_folding (void)
{
  g_autoptr(OpsPlan) plan = ops_plan_new ();
  g_autoptr(OpsPlanItem) item = ops_plan_item_new (OPS_PLAN_ITEM_KIND_CUSTOM,
                                                   "Plan, review; then \\ ship\nsecond line");
  g_autoptr(OpsPlanItem) same = ops_plan_item_new (OPS_PLAN_ITEM_KIND_CUSTOM,
                                                   "Plan, review; then \\ ship\nsecond line");
  g_autoptr(OpsPlanItem) wide = ops_plan_item_new (OPS_PLAN_ITEM_KIND_CUSTOM,
                                                   "日本語のタイトルはとても長いのでこの行は七十五オクテットを超えて折り返されます — ✓ 🚀 "
                                                   "שלום עולם and some more text to fold it twice over");
  g_autoptr(GDateTime) day = g_date_time_new_utc (2026, 12, 31, 0, 0, 0);
  g_autofree char *text = NULL;
  g_autofree char *events = NULL;

  ops_plan_item_set_target_date (item, day);
  ops_plan_item_set_target_date (same, day);
  ops_plan_item_set_target_date (wide, day);
  ops_plan_add_item (plan, item);
  ops_plan_add_item (plan, same);
  ops_plan_add_item (plan, wide);

  text = render (plan);
  assert_lines_valid (text);
  g_assert_nonnull (strstr (text, "SUMMARY:Due: Plan\\, review\\; then \\\\ ship\\nsecond line\r\n"));
  /* The year ends on the 31st; the event ends on the 1st. */
  g_assert_nonnull (strstr (text, "DTEND;VALUE=DATE:20270101\r\n"));

  events = events_of (text);
  g_assert_cmpstr (events, ==,
                   "20261231 Due: Plan, review; then \\ ship\nsecond line\n"
                   "20261231 Due: Plan, review; then \\ ship\nsecond line\n"
                   "20261231 Due: 日本語のタイトルはとても長いのでこの行は七十五オクテットを超えて折り返されます — ✓ 🚀 "
                   "שלום עולם and some more text to fold it twice over\n");
}

static void
test_empty_plan (void)
{
  g_autoptr(OpsPlan) plan = ops_plan_new ();
  g_autofree char *text = render (plan);
  g_autofree char *events = events_of (text);

  assert_lines_valid (text);
  g_assert_cmpstr (events, ==, "");
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
}

static void
add_earned (OpsPlan    *plan,
            const char *catalog_id,
            const char *title,
            GDateTime  *earned)
{
  g_autoptr(OpsPlanItem) item = ops_plan_item_new (OPS_PLAN_ITEM_KIND_CERTIFICATION, title);

  ops_plan_item_set_catalog_id (item, catalog_id);
  ops_plan_item_set_status (item, OPS_PLAN_ITEM_STATUS_DONE);
  ops_plan_item_set_completion_date (item, earned);
  ops_plan_add_item (plan, item);
}

/* Exported on 22 November 2026. CPIM (five years) earned 14 May 2026
 * lapses 14 May 2031: reminders six months before (14 November 2030) and
 * one month before (14 April 2031). PMP (three years) earned 10 January
 * 2024 lapses 10 January 2027: its six-month reminder (10 July 2026) is
 * past and left out, the one-month one is 10 December 2026. CSCP earned
 * in 2015 has lapsed, and CAPM does not lapse: no reminders. */
static void
test_credential_reminders (void)
{
  g_autoptr(OpsPlan) plan = ops_plan_new ();
  g_autoptr(GDateTime) cpim = g_date_time_new_utc (2026, 5, 14, 0, 0, 0);
  g_autoptr(GDateTime) pmp = g_date_time_new_utc (2024, 1, 10, 0, 0, 0);
  g_autoptr(GDateTime) long_ago = g_date_time_new_utc (2015, 3, 1, 0, 0, 0);
  g_autofree char *text = NULL;
  g_autofree char *events = NULL;

  add_earned (plan, "cpim", "CPIM", cpim);
  add_earned (plan, "pmp", "PMP", pmp);
  add_earned (plan, "cscp", "CSCP", long_ago);
  add_earned (plan, "capm", "CAPM", long_ago);

  text = render (plan);
  assert_lines_valid (text);
  events = events_of (text);
  g_assert_cmpstr (events, ==,
                   "20261210 Renew PMP: valid until 9 Jan 2027\n"
                   "20301114 Renew CPIM: valid until 13 May 2031\n"
                   "20310414 Renew CPIM: valid until 13 May 2031\n");
  g_assert_nonnull (strstr (text, "\r\nUID:item-cpim-renew-early@opsladder\r\n"));
  g_assert_nonnull (strstr (text, "\r\nUID:item-cpim-renew-late@opsladder\r\n"));
}

/* In the TZ the subprocess was given, at @hour on 22 November 2026 (the
 * @utc_day of November in UTC), renders a plan holding CPIM earned on
 * @earned_day May 2022 and prints its events. */
static void
print_reminders_at (int earned_day,
                    int hour,
                    int utc_day)
{
  g_autoptr(OpsPlan) plan = ops_plan_new ();
  g_autoptr(GDateTime) earned = g_date_time_new_utc (2022, 5, earned_day, 0, 0, 0);
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 22, hour, 0, 0);
  g_autoptr(GDateTime) utc = g_date_time_to_utc (now);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  g_autofree char *events = NULL;

  g_assert_cmpint (g_date_time_get_day_of_month (utc), ==, utc_day);
  add_earned (plan, "cpim", "CPIM", earned);
  bytes = ops_ics_writer_render (plan, catalog, now);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  events = events_of (text);
  g_print ("%s", events);
}

/* Runs @test in a subprocess whose TZ is @tz, and returns what it printed. */
static void
run_in_zone (const char *test,
             const char *tz)
{
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "TZ", tz, TRUE);

  g_test_trap_subprocess_with_envp (test, (const char * const *) envp, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* The reminders are judged by the person's own day, in their time zone. */
static void
test_reminders_in_local_day (void)
{
  if (g_test_subprocess ())
    {
      /* West of Greenwich, late on 22 November: in UTC it is the 23rd
       * already. CPIM earned 22 May 2022 warns from 22 November 2026, today
       * where the person is: that reminder is kept, not judged past by the
       * UTC day. East of Greenwich, early on 22 November, it is still the
       * 21st in UTC. CPIM earned 21 May 2022 warned from 21 November,
       * yesterday where the person is: that reminder is past and left out. */
      if (g_str_equal (g_getenv ("TZ"), "<-12>12"))
        print_reminders_at (22, 20, 23);
      else
        print_reminders_at (21, 9, 21);
      return;
    }

  run_in_zone (NULL, "<-12>12");
  g_test_trap_assert_stdout ("20261122 Renew CPIM: valid until 21 May 2027\n"
                             "20270422 Renew CPIM: valid until 21 May 2027\n");
  run_in_zone (NULL, "<+14>-14");
  g_test_trap_assert_stdout ("20270421 Renew CPIM: valid until 20 May 2027\n");
}

static void
write_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GError **error = user_data;

  if (!ops_ics_writer_write_finish (result, error))
    g_assert_nonnull (*error);
  else
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "done");
}

static void
test_write_async (void)
{
  g_autoptr(OpsPlan) plan = ops_plan_new ();
  g_autoptr(OpsNetworkingEntry) entry = ops_networking_entry_new ("POMS");
  g_autoptr(GDateTime) day = g_date_time_new_utc (2026, 5, 1, 0, 0, 0);
  g_autofree char *dir = g_dir_make_tmp ("ops-ics-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.ics", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "no", "such", "plan.ics", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  ops_networking_entry_set_date (entry, day);
  ops_plan_add_record (plan, OPS_PLAN_RECORD (entry));

  g_file_set_contents (path, "old", -1, NULL);
  ops_ics_writer_write_async (plan, catalog, file, NULL, write_done_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  /* The marker for success, not a failure. */
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "SUMMARY:POMS\r\n"));

  ops_ics_writer_write_async (plan, catalog, bad, NULL, write_done_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, OPS_ERROR, OPS_ERROR_EXPORT_FAILED);
  g_assert_false (g_file_query_exists (bad, NULL));

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  catalog = ops_catalog_new_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/ics/sample-plan", test_sample_plan);
  g_test_add_func ("/ics/escaping-and-folding", test_escaping_and_folding);
  g_test_add_func ("/ics/empty-plan", test_empty_plan);
  g_test_add_func ("/ics/credential-reminders", test_credential_reminders);
  g_test_add_func ("/ics/reminders-in-local-day", test_reminders_in_local_day);
  g_test_add_func ("/ics/write-async", test_write_async);

  status = g_test_run ();
  g_clear_object (&catalog);

  return status;
}
