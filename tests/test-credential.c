/* test-credential.c: when does my credential lapse, and how far is its renewal?
 *
 * Every case is worked by hand from the model in src/core/ops-credential.c:
 * a cycle of Y years starting on day S lapses on S + Y years (29 February
 * becomes 28 February in a common year), warns from six months before,
 * and counts the activities dated from S up to the day before it lapses.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "ops-catalog.h"
#include "ops-credential.h"
#include "ops-date.h"
#include "ops-pace.h"
#include "ops-plan.h"

static guint32
day (int year,
     int month,
     int mday)
{
  g_autoptr(GDate) date = g_date_new_dmy (mday, month, year);

  return g_date_get_julian (date);
}

static void
assert_day (guint32 julian,
            int     year,
            int     month,
            int     mday)
{
  g_assert_cmpuint (julian, ==, day (year, month, mday));
}

static void
assert_words (const OpsCredentialStatus *status,
              const char                *state,
              const char                *progress)
{
  g_autofree char *state_text = ops_credential_describe_state (status);
  g_autofree char *progress_text = ops_credential_describe_progress (status);

  g_assert_cmpstr (state_text, ==, state);
  g_assert_cmpstr (progress_text, ==, progress);

  /* The state and the progress are read together: the day is said once. */
  if (status->lapse != 0 && progress_text != NULL)
    {
      g_autofree char *last = ops_credential_format_day (ops_credential_last_valid_day (status));

      g_assert_false (strstr (state_text, last) != NULL && strstr (progress_text, last) != NULL);
    }
}

/* CPIM as the catalog has it: five years, 75 points. Earned 14 May 2026;
 * 20 points in January 2027 and 21 in June 2028. */
static OpsCredentialLog *
cpim_log (void)
{
  g_autoptr(OpsCredentialLog) one = ops_credential_log_add_activity (NULL, day (2027, 1, 10), 20, "APICS course");

  return ops_credential_log_add_activity (one, day (2028, 6, 1), 21, "Conference");
}

/* Lapses 14 May 2031, so it is valid through 13 May: the state names
 * that day, not the month, or someone renewing at the end of May would be
 * two weeks late. */
static void
test_valid (void)
{
  g_autoptr(OpsCredentialLog) log = cpim_log ();
  OpsCredentialStatus status;

  ops_credential_compute (day (2026, 5, 14), 5, 75, OPS_RENEWAL_UNIT_POINTS, log, day (2026, 12, 2), &status);

  g_assert_cmpint (status.state, ==, OPS_CREDENTIAL_STATE_VALID);
  assert_day (status.cycle_start, 2026, 5, 14);
  assert_day (status.lapse, 2031, 5, 14);
  assert_day (ops_credential_last_valid_day (&status), 2031, 5, 13);
  assert_day (status.warn_from, 2030, 11, 14);
  g_assert_cmpuint (status.cycle, ==, 1);
  g_assert_cmpfloat (status.points, ==, 41);
  g_assert_cmpuint (status.n_counted, ==, 2);
  assert_words (&status, "Valid until May\u00a013,\u00a02031", "41 of 75 points");
}

/* Six months before 14 May 2031 is 14 November 2030: the warning starts
 * that day, and the day before the credential is simply valid. */
static void
test_due (void)
{
  g_autoptr(OpsCredentialLog) log = cpim_log ();
  OpsCredentialStatus status;

  ops_credential_compute (day (2026, 5, 14), 5, 75, OPS_RENEWAL_UNIT_POINTS, log, day (2030, 11, 13), &status);
  g_assert_cmpint (status.state, ==, OPS_CREDENTIAL_STATE_VALID);

  ops_credential_compute (day (2026, 5, 14), 5, 75, OPS_RENEWAL_UNIT_POINTS, log, day (2030, 11, 14), &status);
  g_assert_cmpint (status.state, ==, OPS_CREDENTIAL_STATE_DUE);
  assert_words (&status, "Renew by May\u00a013,\u00a02031", "41 of 75 points");
}

/* On 13 May 2031 it is still due; on the 14th it has lapsed. */
static void
test_lapsed (void)
{
  g_autoptr(OpsCredentialLog) log = cpim_log ();
  OpsCredentialStatus status;

  ops_credential_compute (day (2026, 5, 14), 5, 75, OPS_RENEWAL_UNIT_POINTS, log, day (2031, 5, 13), &status);
  g_assert_cmpint (status.state, ==, OPS_CREDENTIAL_STATE_DUE);

  ops_credential_compute (day (2026, 5, 14), 5, 75, OPS_RENEWAL_UNIT_POINTS, log, day (2031, 5, 14), &status);
  g_assert_cmpint (status.state, ==, OPS_CREDENTIAL_STATE_LAPSED);
  g_assert_cmpfloat (status.points, ==, 41);
  assert_words (&status, "Lapsed", "41 of 75 points, lapsed after May\u00a013,\u00a02031");
}

/* 29 February 2024 + 5 years is 28 February 2029 (2029 is a common year),
 * valid through the 27th; the warning starts 28 August 2028. Four years
 * on is a leap year again: 29 February 2028. */
static void
test_leap_day (void)
{
  OpsCredentialStatus status;

  ops_credential_compute (day (2024, 2, 29), 5, 75, OPS_RENEWAL_UNIT_POINTS, NULL, day (2029, 2, 27), &status);
  assert_day (status.lapse, 2029, 2, 28);
  assert_day (status.warn_from, 2028, 8, 28);
  g_assert_cmpint (status.state, ==, OPS_CREDENTIAL_STATE_DUE);
  assert_words (&status, "Renew by Feb\u00a027,\u00a02029", "0 of 75 points");

  ops_credential_compute (day (2024, 2, 29), 5, 75, OPS_RENEWAL_UNIT_POINTS, NULL, day (2029, 2, 28), &status);
  g_assert_cmpint (status.state, ==, OPS_CREDENTIAL_STATE_LAPSED);

  ops_credential_compute (day (2024, 2, 29), 4, 75, OPS_RENEWAL_UNIT_POINTS, NULL, day (2026, 1, 1), &status);
  assert_day (status.lapse, 2028, 2, 29);
  assert_day (status.warn_from, 2027, 8, 29);
  g_assert_cmpint (status.state, ==, OPS_CREDENTIAL_STATE_VALID);
}

/* Three years from 14 May 2026 lapse on 14 May 2029. Only what falls on
 * 14 May 2026 … 13 May 2029 counts: 5 + 7 = 12 of the 31 logged. */
static void
test_outside_cycle (void)
{
  g_autoptr(OpsCredentialLog) a = ops_credential_log_add_activity (NULL, day (2026, 5, 13), 10, "Before");
  g_autoptr(OpsCredentialLog) b = ops_credential_log_add_activity (a, day (2026, 5, 14), 5, "First day");
  g_autoptr(OpsCredentialLog) c = ops_credential_log_add_activity (b, day (2029, 5, 13), 7, "Last day");
  g_autoptr(OpsCredentialLog) log = ops_credential_log_add_activity (c, day (2029, 5, 14), 9, "Too late");
  OpsCredentialStatus status;

  ops_credential_compute (day (2026, 5, 14), 3, 60, OPS_RENEWAL_UNIT_HOURS, log, day (2027, 1, 1), &status);

  g_assert_cmpfloat (status.points, ==, 12);
  g_assert_cmpuint (status.n_counted, ==, 2);
  g_assert_false (ops_credential_counts (&status, day (2026, 5, 13)));
  g_assert_true (ops_credential_counts (&status, day (2026, 5, 14)));
  g_assert_true (ops_credential_counts (&status, day (2029, 5, 13)));
  g_assert_false (ops_credential_counts (&status, day (2029, 5, 14)));
  assert_words (&status, "Valid until May\u00a013,\u00a02029", "12 of 60 hours");
}

/* PMP's cycle as the catalog has it: three years and no number. */
static void
test_no_points_rule (void)
{
  g_autoptr(OpsCredentialLog) one = ops_credential_log_add_activity (NULL, day (2026, 6, 1), 5, "Webinar");
  g_autoptr(OpsCredentialLog) log = ops_credential_log_add_activity (one, day (2026, 7, 1), 2.5, "Reading");
  OpsCredentialStatus status;

  ops_credential_compute (day (2026, 5, 14), 3, 0, OPS_RENEWAL_UNIT_UNNAMED, log, day (2026, 12, 2), &status);

  g_assert_cmpint (status.state, ==, OPS_CREDENTIAL_STATE_VALID);
  g_assert_cmpuint (status.points_needed, ==, 0);
  assert_words (&status, "Valid until May\u00a013,\u00a02029", "7.5 points or hours logged");
}

/* Without years it never lapses and asks nothing; nothing can be renewed. */
/* Each issuer's word for what it counts, with the plural a fraction takes. */
static void
test_units (void)
{
  const struct { double points; OpsRenewalUnit unit; const char *text; } cases[] = {
    { 1, OPS_RENEWAL_UNIT_POINTS, "1 point" },
    { 20, OPS_RENEWAL_UNIT_POINTS, "20 points" },
    { 0.5, OPS_RENEWAL_UNIT_HOURS, "0.5 hours" },
    { 1, OPS_RENEWAL_UNIT_HOURS, "1 hour" },
    { 7.5, OPS_RENEWAL_UNIT_UNITS, "7.5 units" },
    { 1, OPS_RENEWAL_UNIT_UNITS, "1 unit" },
    { 3, OPS_RENEWAL_UNIT_UNNAMED, "3 points or hours" },
  };
  OpsCredentialStatus status;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = ops_credential_format_amount (cases[i].points, cases[i].unit);

      g_assert_cmpstr (text, ==, cases[i].text);
    }

  /* ASQ's CQE as the catalog has it: three years, 18 units. */
  ops_credential_compute (day (2026, 5, 14), 3, 18, OPS_RENEWAL_UNIT_UNITS, NULL, day (2026, 12, 2), &status);
  assert_words (&status, "Valid until May\u00a013,\u00a02029", "0 of 18 units");
}

/* PMP: three years, PDUs, no number named in the catalog: the PDUs
 * logged are added up without a goal, one PDU and more in their forms. */
static void
test_pdus (void)
{
  g_autoptr(OpsCredentialLog) one = ops_credential_log_add_activity (NULL, day (2026, 6, 1), 1, "Webinar");
  g_autoptr(OpsCredentialLog) log = ops_credential_log_add_activity (one, day (2026, 7, 1), 19, "Course");
  g_autofree char *single = ops_credential_format_amount (1, OPS_RENEWAL_UNIT_PDUS);
  OpsCredentialStatus status;

  ops_credential_compute (day (2026, 5, 14), 3, 0, OPS_RENEWAL_UNIT_PDUS, log, day (2026, 12, 2), &status);
  assert_words (&status, "Valid until May\u00a013,\u00a02029", "20 PDUs logged");
  g_assert_cmpstr (single, ==, "1 PDU");
  ops_credential_compute (day (2026, 5, 14), 3, 60, OPS_RENEWAL_UNIT_PDUS, log, day (2026, 12, 2), &status);
  assert_words (&status, "Valid until May\u00a013,\u00a02029", "20 of 60 PDUs");
}

static void
test_permanent (void)
{
  OpsCredentialStatus status;

  ops_credential_compute (day (2020, 1, 1), 0, 0, OPS_RENEWAL_UNIT_UNNAMED, NULL, day (2099, 1, 1), &status);

  g_assert_cmpint (status.state, ==, OPS_CREDENTIAL_STATE_PERMANENT);
  g_assert_cmpuint (status.lapse, ==, 0);
  g_assert_cmpuint (ops_credential_next_cycle_start (&status, day (2099, 1, 1)), ==, 0);
  assert_words (&status, "No lapse date to track", NULL);
}

static void
test_not_earned (void)
{
  g_autoptr(OpsCredentialLog) log = cpim_log ();
  OpsCredentialStatus status;

  ops_credential_compute (0, 5, 75, OPS_RENEWAL_UNIT_POINTS, log, day (2026, 12, 2), &status);

  g_assert_cmpint (status.state, ==, OPS_CREDENTIAL_STATE_NOT_EARNED);
  g_assert_cmpfloat (status.points, ==, 0);
  g_assert_false (ops_credential_counts (&status, day (2027, 1, 10)));
  g_assert_cmpuint (ops_credential_next_cycle_start (&status, day (2026, 12, 2)), ==, 0);
  assert_words (&status, "Not earned yet", NULL);
}

/* Renewed while due (10 January 2031): the second cycle starts when the
 * first ends, 14 May 2031, and lapses 14 May 2036. The January 2027
 * points stay in the log but count no longer; June 2031's count. A
 * renewal dated before the day earned starts nothing. */
static void
test_renewed_early (void)
{
  g_autoptr(OpsCredentialLog) first = cpim_log ();
  g_autoptr(OpsCredentialLog) later = ops_credential_log_add_activity (first, day (2031, 6, 1), 10, "Next cycle");
  g_autoptr(OpsCredentialLog) renewed = NULL;
  g_autoptr(OpsCredentialLog) stray = NULL;
  OpsCredentialStatus status;
  guint32 start;

  ops_credential_compute (day (2026, 5, 14), 5, 75, OPS_RENEWAL_UNIT_POINTS, later, day (2031, 1, 10), &status);
  g_assert_cmpint (status.state, ==, OPS_CREDENTIAL_STATE_DUE);
  start = ops_credential_next_cycle_start (&status, day (2031, 1, 10));
  assert_day (start, 2031, 5, 14);

  renewed = ops_credential_log_add_renewal (later, start);
  ops_credential_compute (day (2026, 5, 14), 5, 75, OPS_RENEWAL_UNIT_POINTS, renewed, day (2031, 1, 10), &status);
  g_assert_cmpint (status.state, ==, OPS_CREDENTIAL_STATE_VALID);
  g_assert_cmpuint (status.cycle, ==, 2);
  assert_day (status.cycle_start, 2031, 5, 14);
  assert_day (status.lapse, 2036, 5, 14);
  g_assert_cmpfloat (status.points, ==, 10);
  g_assert_cmpuint (ops_credential_log_get_n_activities (renewed), ==, 3);
  assert_words (&status, "Valid until May\u00a013,\u00a02036", "10 of 75 points");

  stray = ops_credential_log_add_renewal (renewed, day (2025, 1, 1));
  ops_credential_compute (day (2026, 5, 14), 5, 75, OPS_RENEWAL_UNIT_POINTS, stray, day (2031, 1, 10), &status);
  g_assert_cmpuint (status.cycle, ==, 2);
  assert_day (status.cycle_start, 2031, 5, 14);
}

/* Lapsed on 1 January 2023 and renewed on 2 December 2026: the new cycle
 * starts that day and lapses on 2 December 2029. */
static void
test_renewed_after_lapse (void)
{
  g_autoptr(OpsCredentialLog) renewed = NULL;
  OpsCredentialStatus status;
  guint32 start;

  ops_credential_compute (day (2020, 1, 1), 3, 60, OPS_RENEWAL_UNIT_HOURS, NULL, day (2026, 12, 2), &status);
  g_assert_cmpint (status.state, ==, OPS_CREDENTIAL_STATE_LAPSED);
  start = ops_credential_next_cycle_start (&status, day (2026, 12, 2));
  assert_day (start, 2026, 12, 2);

  renewed = ops_credential_log_add_renewal (NULL, start);
  ops_credential_compute (day (2020, 1, 1), 3, 60, OPS_RENEWAL_UNIT_HOURS, renewed, day (2026, 12, 2), &status);
  g_assert_cmpint (status.state, ==, OPS_CREDENTIAL_STATE_VALID);
  assert_day (status.lapse, 2029, 12, 2);
  assert_words (&status, "Valid until Dec\u00a01,\u00a02029", "0 of 60 hours");
}

/* The log keeps date order, equal days in the order added, and is a
 * value: changing it makes a new one and leaves the old alone. */
static void
test_log_order (void)
{
  g_autoptr(OpsCredentialLog) a = ops_credential_log_add_activity (NULL, day (2027, 3, 10), 1, "A");
  g_autoptr(OpsCredentialLog) b = ops_credential_log_add_activity (a, day (2027, 3, 5), 2, "B");
  g_autoptr(OpsCredentialLog) c = ops_credential_log_add_activity (b, day (2027, 3, 10), 3, NULL);
  g_autoptr(OpsCredentialLog) d = ops_credential_log_remove_activity (c, 1);
  g_autoptr(OpsCredentialLog) same = ops_credential_log_add_activity (b, day (2027, 3, 10), 3, "");
  g_autoptr(OpsCredentialLog) empty = ops_credential_log_new ();

  g_assert_cmpuint (ops_credential_log_get_n_activities (a), ==, 1);
  g_assert_cmpuint (ops_credential_log_get_n_activities (c), ==, 3);
  g_assert_cmpstr (ops_credential_log_get_activity (c, 0)->note, ==, "B");
  g_assert_cmpstr (ops_credential_log_get_activity (c, 1)->note, ==, "A");
  g_assert_cmpstr (ops_credential_log_get_activity (c, 2)->note, ==, "");
  g_assert_cmpstr (ops_credential_log_get_activity (d, 1)->note, ==, "");
  g_assert_cmpfloat (ops_credential_log_get_activity (d, 1)->points, ==, 3);

  g_assert_true (ops_credential_log_equal (c, same));
  g_assert_false (ops_credential_log_equal (c, d));
  g_assert_true (ops_credential_log_equal (NULL, empty));
  g_assert_true (ops_credential_log_is_empty (empty));
}

static OpsCatalog *
load_catalog (void)
{
  g_autoptr(GError) error = NULL;
  OpsCatalog *catalog = ops_catalog_new_default (&error);

  g_assert_no_error (error);

  return catalog;
}

/* A done CPIM item in a plan: logging points is one undo step, undo
 * brings the old progress back, and an empty log is no log. */
static void
test_plan_item (void)
{
  g_autoptr(OpsCatalog) catalog = load_catalog ();
  g_autoptr(OpsPlan) plan = ops_plan_new ();
  g_autoptr(OpsPlanItem) item = ops_plan_item_new (OPS_PLAN_ITEM_KIND_CERTIFICATION, "CPIM");
  g_autoptr(GDateTime) earned = g_date_time_new_utc (2026, 5, 14, 0, 0, 0);
  g_autoptr(OpsCredentialLog) log = NULL;
  g_autoptr(OpsCredentialLog) empty = ops_credential_log_new ();
  OpsCredentialStatus status;

  ops_plan_item_set_catalog_id (item, "cpim");
  ops_plan_add_item (plan, item);
  g_assert_true (ops_credential_status_for_item (item, catalog, day (2026, 12, 2), &status));
  g_assert_cmpint (status.state, ==, OPS_CREDENTIAL_STATE_NOT_EARNED);

  ops_plan_item_set_status (item, OPS_PLAN_ITEM_STATUS_DONE);
  ops_plan_item_set_completion_date (item, earned);
  log = ops_credential_log_add_activity (ops_plan_item_get_credential_log (item), day (2027, 1, 10), 20, "Course");
  ops_plan_item_set_credential_log (item, log);

  g_assert_true (ops_credential_status_for_item (item, catalog, day (2026, 12, 2), &status));
  g_assert_cmpint (status.state, ==, OPS_CREDENTIAL_STATE_VALID);
  assert_day (status.lapse, 2031, 5, 14);
  g_assert_cmpfloat (status.points, ==, 20);
  g_assert_cmpuint (status.points_needed, ==, 75);

  ops_plan_undo (plan);
  g_assert_null (ops_plan_item_get_credential_log (item));
  ops_credential_status_for_item (item, catalog, day (2026, 12, 2), &status);
  g_assert_cmpfloat (status.points, ==, 0);
  ops_plan_redo (plan);
  g_assert_true (ops_credential_log_equal (ops_plan_item_get_credential_log (item), log));

  ops_plan_item_set_credential_log (item, empty);
  g_assert_null (ops_plan_item_get_credential_log (item));
}

/* The IIA renews the CIA each year by a fixed deadline (1 October to 31
 * December), not a year from the day it was earned; counting from that day
 * would call a CIA earned in April lapsed the next April. Until the model
 * knows fixed deadlines, the CIA has no lapse date to track: never Lapsed,
 * never a gap, and what the catalog says about renewal is shown beside it. */
static void
test_fixed_deadline_not_counted (void)
{
  g_autoptr(OpsCatalog) catalog = load_catalog ();
  g_autoptr(OpsPlanItem) item = ops_plan_item_new (OPS_PLAN_ITEM_KIND_CERTIFICATION, "CIA");
  g_autoptr(GDateTime) earned = g_date_time_new_utc (2026, 4, 15, 0, 0, 0);
  OpsCredentialStatus status;

  ops_plan_item_set_catalog_id (item, "cia");
  ops_plan_item_set_status (item, OPS_PLAN_ITEM_STATUS_DONE);
  ops_plan_item_set_completion_date (item, earned);

  g_assert_true (ops_credential_status_for_item (item, catalog, day (2027, 6, 1), &status));
  g_assert_cmpint (status.state, ==, OPS_CREDENTIAL_STATE_PERMANENT);
  g_assert_cmpuint (status.lapse, ==, 0);
  assert_words (&status, "No lapse date to track", NULL);
}

/* Only a catalog certification has renewal rules to follow. */
static void
test_other_items (void)
{
  g_autoptr(OpsCatalog) catalog = load_catalog ();
  g_autoptr(OpsPlanItem) skill = ops_plan_item_new (OPS_PLAN_ITEM_KIND_SKILL, "Lean");
  g_autoptr(OpsPlanItem) own = ops_plan_item_new (OPS_PLAN_ITEM_KIND_CERTIFICATION, "Forklift licence");
  OpsCredentialStatus status;

  ops_plan_item_set_catalog_id (skill, "lean");
  g_assert_false (ops_credential_status_for_item (skill, catalog, day (2026, 12, 2), &status));
  g_assert_false (ops_credential_status_for_item (own, catalog, day (2026, 12, 2), &status));
}

/* CPIM earned on 1 January 2015 lapsed on 1 January 2020, before any
 * day this test runs on: the role's gap counts it as missing again. One
 * earned yesterday is covered and done. */
static void
test_lapsed_is_a_gap (void)
{
  g_autoptr(OpsCatalog) catalog = load_catalog ();
  OpsCatalogItem *cpim = ops_catalog_lookup (catalog, "cpim");
  g_autoptr(OpsPlanItem) item = ops_plan_item_new (OPS_PLAN_ITEM_KIND_CERTIFICATION, "CPIM");
  g_autoptr(GDateTime) long_ago = g_date_time_new_utc (2015, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) yesterday = ops_pace_day_to_date (ops_credential_today () - 1);
  g_autoptr(OpsPlanGapEntry) lapsed = NULL;
  g_autoptr(OpsPlanGapEntry) valid = NULL;

  ops_plan_item_set_catalog_id (item, "cpim");
  ops_plan_item_set_status (item, OPS_PLAN_ITEM_STATUS_DONE);
  ops_plan_item_set_completion_date (item, long_ago);
  lapsed = ops_plan_gap_entry_new (cpim, item);
  g_assert_true (ops_plan_gap_entry_get_lapsed (lapsed));
  g_assert_false (ops_plan_gap_entry_get_covered (lapsed));
  g_assert_false (ops_plan_gap_entry_get_finished (lapsed));

  ops_plan_item_set_completion_date (item, yesterday);
  valid = ops_plan_gap_entry_new (cpim, item);
  g_assert_false (ops_plan_gap_entry_get_lapsed (valid));
  g_assert_true (ops_plan_gap_entry_get_covered (valid));
  g_assert_true (ops_plan_gap_entry_get_finished (valid));
}

/* Every day on screen in one format, one word to the line breaker: at
 * 360 px a wrapped row broke "due Mar\u00a031,\u00a02027" after the comma. */
static void
test_day_format (void)
{
  g_autoptr(GDateTime) date = g_date_time_new_local (2027, 3, 31, 0, 0, 0);
  g_autofree char *text = ops_date_format (date);
  g_autofree char *credential = ops_credential_format_day (day (2027, 3, 31));

  g_assert_cmpstr (text, ==, "Mar\u00a031,\u00a02027");
  g_assert_null (strchr (text, ' '));
  g_assert_cmpstr (credential, ==, text);
  g_assert_null (ops_date_format (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/credential/day-format", test_day_format);
  g_test_add_func ("/credential/valid", test_valid);
  g_test_add_func ("/credential/due", test_due);
  g_test_add_func ("/credential/lapsed", test_lapsed);
  g_test_add_func ("/credential/leap-day", test_leap_day);
  g_test_add_func ("/credential/outside-cycle", test_outside_cycle);
  g_test_add_func ("/credential/pdus", test_pdus);
  g_test_add_func ("/credential/no-points-rule", test_no_points_rule);
  g_test_add_func ("/credential/units", test_units);
  g_test_add_func ("/credential/permanent", test_permanent);
  g_test_add_func ("/credential/not-earned", test_not_earned);
  g_test_add_func ("/credential/renewed-early", test_renewed_early);
  g_test_add_func ("/credential/renewed-after-lapse", test_renewed_after_lapse);
  g_test_add_func ("/credential/log-order", test_log_order);
  g_test_add_func ("/credential/plan-item", test_plan_item);
  g_test_add_func ("/credential/other-items", test_other_items);
  g_test_add_func ("/credential/fixed-deadline-not-counted", test_fixed_deadline_not_counted);
  g_test_add_func ("/credential/lapsed-is-a-gap", test_lapsed_is_a_gap);

  return g_test_run ();
}
