/* test-toolkit.c: the career toolkit's model: achievements and their
 * resume lines, STAR stories, networking, applications, the resume
 * keyword check, and how they are saved, migrated and undone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <locale.h>

#include "ops-catalog.h"
#include "ops-error.h"
#include "ops-plan.h"
#include "ops-plan-serializer.h"
#include "ops-resume-check.h"
#include "ops-test-util.h"

static OpsCatalog *catalog;

static OpsPlan *
load_string (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  OpsPlan *plan = ops_plan_load_from_bytes (bytes, catalog, &error);

  g_assert_no_error (error);

  return plan;
}

static JsonNode *
parse_json (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);

  return json_node_ref (json_parser_get_root (parser));
}

/* Resume lines */

typedef struct
{
  const char           *name;
  OpsAchievementMetric  metric;
  const char           *metric_name;
  double                baseline;
  double                result;
  const char           *unit;
  const char           *period;
  OpsAchievementMethod  method;
  const char           *savings;
  const char           *expected;
} LineCase;

static const LineCase line_cases[] = {
  { "issue-example", OPS_ACHIEVEMENT_METRIC_LEAD_TIME, "order lead time", 9.5, 6.5, "days", NULL,
    OPS_ACHIEVEMENT_METHOD_VALUE_STREAM_MAPPING, NULL,
    "Cut order lead time 32% (9.5 → 6.5 days) by applying Value Stream Mapping" },
  { "throughput-up", OPS_ACHIEVEMENT_METRIC_THROUGHPUT, "packing throughput", 120, 150, "orders", "per shift",
    OPS_ACHIEVEMENT_METHOD_FIVE_S, NULL,
    "Raised packing throughput 25% (120 → 150 orders per shift) by applying 5S" },
  { "default-metric-name", OPS_ACHIEVEMENT_METRIC_COST, NULL, 200000, 170000, "USD", "a year",
    OPS_ACHIEVEMENT_METHOD_NONE, NULL, "Cut costs 15% (200000 → 170000 USD a year)" },
  { "savings", OPS_ACHIEVEMENT_METRIC_INVENTORY, NULL, 1000, 750, "pallets", NULL,
    OPS_ACHIEVEMENT_METHOD_KAIZEN, "$40,000 a year",
    "Cut inventory 25% (1000 → 750 pallets) by applying Kaizen, saving $40,000 a year" },
  /* Below 10% a decimal is kept; above, whole percents. */
  { "small-percent", OPS_ACHIEVEMENT_METRIC_DEFECTS, NULL, 200, 191, NULL, NULL,
    OPS_ACHIEVEMENT_METHOD_NONE, NULL, "Cut defects 4.5% (200 → 191)" },
  { "round-half", OPS_ACHIEVEMENT_METRIC_DEFECTS, NULL, 8, 7.97, NULL, NULL,
    OPS_ACHIEVEMENT_METHOD_NONE, NULL, "Cut defects 0.4% (8 → 7.97)" },
  { "rounds-to-nothing", OPS_ACHIEVEMENT_METRIC_LEAD_TIME, NULL, 100000, 99999, "s", NULL,
    OPS_ACHIEVEMENT_METHOD_NONE, NULL, "Cut lead time (100000 → 99999 s)" },
  { "numbers-rounded", OPS_ACHIEVEMENT_METRIC_LEAD_TIME, NULL, 3.14159, 2.005, "h", NULL,
    OPS_ACHIEVEMENT_METHOD_NONE, NULL, "Cut lead time 36% (3.14 → 2 h)" },
  /* A baseline of 0 gives no percentage, and no division by zero. */
  { "zero-baseline", OPS_ACHIEVEMENT_METRIC_THROUGHPUT, NULL, 0, 40, "units", "a day",
    OPS_ACHIEVEMENT_METHOD_LEAN, NULL, "Raised throughput (0 → 40 units a day) by applying Lean" },
  { "to-zero", OPS_ACHIEVEMENT_METRIC_DEFECTS, "customer complaints", 12, 0, NULL, "a month",
    OPS_ACHIEVEMENT_METHOD_NONE, NULL, "Cut customer complaints 100% (12 → 0 a month)" },
  /* The wrong way is stated as it is. */
  { "wrong-way-up", OPS_ACHIEVEMENT_METRIC_LEAD_TIME, NULL, 5, 5.6, "days", NULL,
    OPS_ACHIEVEMENT_METHOD_KAIZEN, NULL, "Lead time rose 12% (5 → 5.6 days) while applying Kaizen" },
  { "wrong-way-down", OPS_ACHIEVEMENT_METRIC_THROUGHPUT, NULL, 150, 138, "units", NULL,
    OPS_ACHIEVEMENT_METHOD_NONE, NULL, "Throughput fell 8% (150 → 138 units)" },
  { "wrong-way-from-zero", OPS_ACHIEVEMENT_METRIC_DEFECTS, NULL, 0, 3, NULL, NULL,
    OPS_ACHIEVEMENT_METHOD_NONE, NULL, "Defects rose (0 → 3)" },
  { "unchanged", OPS_ACHIEVEMENT_METRIC_CUSTOM, "on-time delivery", 98, 98, "%", NULL,
    OPS_ACHIEVEMENT_METHOD_NONE, NULL, "Held on-time delivery at 98 %" },
  /* A custom metric has no better direction: the verb only says which way. */
  { "custom-up", OPS_ACHIEVEMENT_METRIC_CUSTOM, "first-pass yield", 90, 94.5, "%", NULL,
    OPS_ACHIEVEMENT_METHOD_DMAIC, NULL, "Increased first-pass yield 5% (90 → 94.5 %) by applying DMAIC" },
  { "custom-down", OPS_ACHIEVEMENT_METRIC_CUSTOM, "changeover time", 50, 40, "minutes", NULL,
    OPS_ACHIEVEMENT_METHOD_OTHER, NULL, "Reduced changeover time 20% (50 → 40 minutes)" },
  /* Negative numbers: a loss cut to a smaller loss; never "-0". */
  { "negative", OPS_ACHIEVEMENT_METRIC_CUSTOM, "monthly margin", -2000, -500, "EUR", NULL,
    OPS_ACHIEVEMENT_METHOD_NONE, NULL, "Increased monthly margin 75% (-2000 → -500 EUR)" },
  { "negative-zero", OPS_ACHIEVEMENT_METRIC_CUSTOM, "variance", -0.001, 2, NULL, NULL,
    OPS_ACHIEVEMENT_METHOD_NONE, NULL, "Increased variance (0 → 2)" },
};

static void
test_resume_line (gconstpointer data)
{
  const LineCase *c = data;
  g_autoptr(OpsAchievement) achievement = ops_achievement_new ("Title that is not used");
  g_autofree char *line = NULL;

  ops_achievement_set_metric (achievement, c->metric);
  ops_achievement_set_metric_name (achievement, c->metric_name);
  ops_achievement_set_baseline (achievement, c->baseline);
  ops_achievement_set_result (achievement, c->result);
  ops_achievement_set_unit (achievement, c->unit);
  ops_achievement_set_period (achievement, c->period);
  ops_achievement_set_method (achievement, c->method);
  ops_achievement_set_savings (achievement, c->savings);

  line = ops_achievement_dup_resume_line (achievement);
  g_assert_cmpstr (line, ==, c->expected);
  g_assert_null (strstr (line, "-0%"));
}

static void
test_resume_line_without_numbers (void)
{
  g_autoptr(OpsAchievement) achievement = ops_achievement_new ("  Led the 5S rollout in packing ");
  g_autoptr(OpsAchievement) empty = ops_achievement_new (NULL);
  g_autofree char *line = NULL;
  g_autofree char *with_method = NULL;
  g_autofree char *nothing = NULL;

  /* With no numbers yet the line is the person's own title. */
  line = ops_achievement_dup_resume_line (achievement);
  g_assert_cmpstr (line, ==, "Led the 5S rollout in packing");

  ops_achievement_set_method (achievement, OPS_ACHIEVEMENT_METHOD_FIVE_S);
  ops_achievement_set_savings (achievement, "$5,000");
  with_method = ops_achievement_dup_resume_line (achievement);
  g_assert_cmpstr (with_method, ==, "Led the 5S rollout in packing by applying 5S, saving $5,000");

  ops_achievement_set_method (empty, OPS_ACHIEVEMENT_METHOD_LEAN);
  nothing = ops_achievement_dup_resume_line (empty);
  g_assert_cmpstr (nothing, ==, "");
}

/* Numbers are shown the same way whatever the locale, apart from the
 * decimal mark, and never grouped. */
static void
test_format_number (void)
{
  static const struct { double number; const char *text; } cases[] = {
    { 0, "0" }, { -0.0, "0" }, { -0.004, "0" }, { 9.5, "9.5" }, { 6.50, "6.5" }, { 120, "120" },
    { 0.25, "0.25" }, { 0.126, "0.13" }, { 1234567.891, "1234567.89" }, { -2.5, "-2.5" }, { 1e12, "1000000000000" },
  };
  const char *locales[] = { "de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", NULL };
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));
  g_autofree char *comma = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = ops_achievement_format_number (cases[i].number);

      g_assert_cmpstr (text, ==, cases[i].text);
    }

  for (guint i = 0; locales[i] != NULL && comma == NULL; i++)
    if (setlocale (LC_NUMERIC, locales[i]) != NULL)
      comma = ops_achievement_format_number (1234.5);
  setlocale (LC_NUMERIC, saved);
  if (comma == NULL)
    {
      g_test_message ("no locale with a decimal comma is installed; that part is not checked");
      return;
    }
  g_assert_cmpstr (comma, ==, "1234,5");
}

/* The model and undo */

static void
count_cb (OpsPlan *plan,
          guint   *count)
{
  (*count)++;
}

static void
test_records_undo (void)
{
  g_autoptr(OpsPlan) plan = ops_plan_new ();
  g_autoptr(OpsAchievement) achievement = ops_achievement_new ("Lead time");
  g_autoptr(OpsStarStory) story = ops_star_story_new ("Bottleneck");
  g_autoptr(OpsNetworkingEntry) entry = ops_networking_entry_new ("ASCM");
  g_autoptr(OpsJobApplication) application = ops_job_application_new ("Acme", "Operations Manager");
  g_autoptr(GDateTime) day = g_date_time_new_local (2026, 4, 16, 23, 30, 0);
  GListModel *achievements = ops_plan_get_achievements (plan);
  guint changed = 0;

  g_signal_connect (plan, "changed", G_CALLBACK (count_cb), &changed);

  /* Each list takes its own type; each change is a step and a "changed". */
  ops_plan_add_record (plan, OPS_PLAN_RECORD (achievement));
  ops_plan_add_record (plan, OPS_PLAN_RECORD (story));
  ops_plan_add_record (plan, OPS_PLAN_RECORD (entry));
  ops_plan_add_record (plan, OPS_PLAN_RECORD (application));
  g_assert_cmpuint (changed, ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (achievements), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (ops_plan_get_stories (plan)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (ops_plan_get_networking (plan)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (ops_plan_get_applications (plan)), ==, 1);
  g_assert_true (ops_plan_record_get_plan (OPS_PLAN_RECORD (story)) == plan);
  g_assert_true (ops_plan_find_record (plan, ops_plan_record_get_id (OPS_PLAN_RECORD (achievement))) ==
                 OPS_PLAN_RECORD (achievement));
  g_assert_true (ops_plan_get_modified (plan));

  /* Setters and g_object_set() go through the history. */
  ops_achievement_set_baseline (achievement, 9.5);
  g_object_set (achievement, "result", 6.5, NULL);
  ops_job_application_set_stage (application, OPS_APPLICATION_STAGE_INTERVIEW);
  ops_networking_entry_set_follow_up_date (entry, day);
  g_assert_cmpuint (changed, ==, 8);
  /* Dates are days at midnight UTC. */
  g_assert_cmpint (g_date_time_get_day_of_month (ops_networking_entry_get_follow_up_date (entry)), ==, 16);
  g_assert_cmpint (g_date_time_get_hour (ops_networking_entry_get_follow_up_date (entry)), ==, 0);

  ops_plan_undo (plan);
  g_assert_null (ops_networking_entry_get_follow_up_date (entry));
  ops_plan_undo (plan);
  g_assert_cmpint (ops_job_application_get_stage (application), ==, OPS_APPLICATION_STAGE_WISHLIST);
  ops_plan_undo (plan);
  g_assert_cmpfloat (ops_achievement_get_result (achievement), ==, 0);
  ops_plan_redo (plan);
  g_assert_cmpfloat (ops_achievement_get_result (achievement), ==, 6.5);
  g_assert_cmpuint (changed, ==, 12);

  /* Typing a story is one step, as for item notes. */
  ops_star_story_set_action (story, "M");
  ops_star_story_set_action (story, "Ma");
  ops_star_story_set_action (story, "Map");
  ops_plan_undo (plan);
  g_assert_cmpstr (ops_star_story_get_action (story), ==, "");

  /* Setting the same value again is no edit. */
  changed = 0;
  ops_achievement_set_baseline (achievement, 9.5);
  ops_star_story_set_task (story, NULL);
  g_assert_cmpuint (changed, ==, 0);

  /* Remove and undo bring back the same record, with its id and fields. */
  ops_plan_remove_record (plan, OPS_PLAN_RECORD (achievement));
  g_assert_cmpuint (g_list_model_get_n_items (achievements), ==, 0);
  g_assert_null (ops_plan_record_get_plan (OPS_PLAN_RECORD (achievement)));
  ops_plan_undo (plan);
  g_assert_cmpuint (g_list_model_get_n_items (achievements), ==, 1);
  g_assert_true (ops_plan_record_get_plan (OPS_PLAN_RECORD (achievement)) == plan);
  g_assert_cmpfloat (ops_achievement_get_baseline (achievement), ==, 9.5);

  while (ops_plan_get_can_undo (plan))
    ops_plan_undo (plan);
  g_assert_cmpuint (g_list_model_get_n_items (achievements), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ops_plan_get_applications (plan)), ==, 0);
  g_assert_false (ops_plan_get_modified (plan));
}

static void
test_records_move (void)
{
  g_autoptr(OpsPlan) plan = ops_plan_new ();
  GListModel *list = ops_plan_get_achievements (plan);
  g_autoptr(OpsAchievement) a = ops_achievement_new ("A");
  g_autoptr(OpsAchievement) b = ops_achievement_new ("B");
  g_autoptr(OpsAchievement) c = ops_achievement_new ("C");
  g_autoptr(OpsAchievement) first = NULL;

  ops_plan_add_record (plan, OPS_PLAN_RECORD (a));
  ops_plan_add_record (plan, OPS_PLAN_RECORD (b));
  ops_plan_insert_record (plan, 0, OPS_PLAN_RECORD (c));
  g_assert_cmpuint (ops_plan_get_record_position (plan, OPS_PLAN_RECORD (c)), ==, 0);

  ops_plan_move_record (plan, OPS_PLAN_RECORD (c), 2);
  first = g_list_model_get_item (list, 0);
  g_assert_true (first == a);
  g_assert_cmpuint (ops_plan_get_record_position (plan, OPS_PLAN_RECORD (c)), ==, 2);
  ops_plan_undo (plan);
  g_assert_cmpuint (ops_plan_get_record_position (plan, OPS_PLAN_RECORD (c)), ==, 0);

  /* Ids are unique, so links by id stay unambiguous. */
  g_assert_cmpstr (ops_plan_record_get_id (OPS_PLAN_RECORD (a)), !=, ops_plan_record_get_id (OPS_PLAN_RECORD (b)));
}

static void
test_records_read_only (void)
{
  g_autoptr(OpsPlan) plan = load_string ("{\"format\": 3, \"achievements\": [{\"id\": \"a\", \"title\": \"A\"}]}");
  g_autoptr(OpsAchievement) achievement = g_list_model_get_item (ops_plan_get_achievements (plan), 0);
  g_autoptr(OpsStarStory) story = ops_star_story_new ("S");

  g_assert_true (ops_plan_get_read_only (plan));
  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*read_only*");
  ops_achievement_set_title (achievement, "Changed");
  g_test_assert_expected_messages ();
  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*read_only*");
  ops_plan_add_record (plan, OPS_PLAN_RECORD (story));
  g_test_assert_expected_messages ();
  g_assert_cmpstr (ops_achievement_get_title (achievement), ==, "A");
}

static void
test_networking_from_catalog (void)
{
  g_autoptr(OpsNetworkingEntry) ascm = ops_networking_entry_new_for_organization (ops_catalog_lookup (catalog, "ascm"));
  g_autoptr(OpsNetworkingEntry) poms = ops_networking_entry_new_for_organization (ops_catalog_lookup (catalog, "poms"));

  g_assert_cmpstr (ops_networking_entry_get_organization (ascm), ==, "ASCM");
  g_assert_cmpstr (ops_networking_entry_get_organization_id (ascm), ==, "ascm");
  g_assert_cmpstr (ops_networking_entry_get_organization (poms), ==, "POMS");
  g_assert_cmpstr (ops_networking_entry_get_notes (poms), ==, "");
  g_assert_null (ops_networking_entry_get_event (poms));
}

/* Gap and STAR gaps */

static void
test_gap_evidence (void)
{
  g_autoptr(OpsPlan) plan = ops_plan_new_starter (catalog, NULL, "operations-manager");
  g_autoptr(OpsAchievement) achievement = ops_achievement_new ("Kaizen week");
  const char *skills[] = { "lean", "not-in-the-catalog", NULL };
  g_autoptr(GListModel) before = ops_plan_compute_gap (plan, catalog);
  g_autoptr(GListModel) after = NULL;
  gboolean seen = FALSE;

  ops_achievement_set_skill_ids (achievement, skills);
  ops_plan_add_record (plan, OPS_PLAN_RECORD (achievement));
  after = ops_plan_compute_gap (plan, catalog);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, g_list_model_get_n_items (before));

  /* An achievement that shows a skill makes it covered and finished. */
  for (guint i = 0; i < g_list_model_get_n_items (after); i++)
    {
      g_autoptr(OpsPlanGapEntry) entry = g_list_model_get_item (after, i);
      const char *id = ops_catalog_item_get_id (ops_plan_gap_entry_get_catalog_item (entry));

      if (g_str_equal (id, "lean"))
        {
          seen = TRUE;
          g_assert_true (ops_plan_gap_entry_get_covered (entry));
          g_assert_true (ops_plan_gap_entry_get_finished (entry));
          g_assert_true (ops_plan_gap_entry_get_evidence (entry) == achievement);
        }
      else
        g_assert_null (ops_plan_gap_entry_get_evidence (entry));
    }
  g_assert_true (seen);
  g_assert_true (ops_plan_find_evidence (plan, "lean") == achievement);
  g_assert_null (ops_plan_find_evidence (plan, "budgeting"));
}

/* A skill the plan has no item for but an achievement shows is covered:
 * it is filed with what is done, not among what the plan lacks, so the
 * three parts of the gap stay in order. */
static void
test_gap_evidence_without_item (void)
{
  g_autoptr(OpsPlan) plan = ops_plan_new ();
  g_autoptr(OpsAchievement) achievement = ops_achievement_new ("Kaizen week");
  const char *skills[] = { "lean", NULL };
  g_autoptr(GListModel) gap = NULL;
  g_autoptr(OpsPlanGapEntry) last_entry = NULL;
  guint last = 0, n_missing = 0, n;

  ops_plan_set_target_role (plan, "operations-manager", "Operations Manager");
  /* One open item, so that the gap has all three parts. */
  ops_plan_add_catalog_item (plan, ops_catalog_lookup (catalog, "cpim"));
  ops_achievement_set_skill_ids (achievement, skills);
  ops_plan_add_record (plan, OPS_PLAN_RECORD (achievement));
  g_assert_null (ops_plan_find_item (plan, "lean"));

  gap = ops_plan_compute_gap (plan, catalog);
  n = g_list_model_get_n_items (gap);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsPlanGapEntry) entry = g_list_model_get_item (gap, i);
      const char *id = ops_catalog_item_get_id (ops_plan_gap_entry_get_catalog_item (entry));
      /* 0 missing, 1 covered but open, 2 done: never decreasing. */
      guint rank = !ops_plan_gap_entry_get_covered (entry) ? 0 : ops_plan_gap_entry_get_finished (entry) ? 2 : 1;

      g_test_message ("%u: %s, rank %u", i, id, rank);
      g_assert_cmpuint (rank, >=, last);
      last = rank;
      n_missing += rank == 0;
    }
  g_assert_cmpuint (n_missing, ==, n - 2);

  /* The one done entry is Lean, last, with its achievement and no item. */
  last_entry = g_list_model_get_item (gap, n - 1);
  g_assert_cmpstr (ops_catalog_item_get_id (ops_plan_gap_entry_get_catalog_item (last_entry)), ==, "lean");
  g_assert_null (ops_plan_gap_entry_get_plan_item (last_entry));
  g_assert_true (ops_plan_gap_entry_get_covered (last_entry));
  g_assert_true (ops_plan_gap_entry_get_finished (last_entry));
  g_assert_true (ops_plan_gap_entry_get_evidence (last_entry) == achievement);
}

static void
test_story_gaps (void)
{
  g_autoptr(OpsPlan) plan = ops_plan_new ();
  g_autoptr(OpsStarStory) bottleneck = ops_star_story_new ("Packing");
  g_autoptr(OpsStarStory) both = ops_star_story_new ("5S");
  const char *q1[] = { "bottleneck", NULL };
  const char *q2[] = { "change-resistance", "bottleneck", NULL };
  GListModel *questions = ops_catalog_get_items (catalog, OPS_ITEM_KIND_QUESTION);
  const char *required[] = { "bottleneck", "change-resistance", "data-driven-decision", "department-conflict", "failure" };
  g_autoptr(GListModel) all = ops_plan_compute_story_gaps (plan, catalog);
  g_autoptr(GListModel) gaps = NULL;
  g_autoptr(GListModel) answers = NULL;

  /* The catalog asks the behavioural questions the issue promises. */
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    g_assert_true (OPS_IS_CATALOG_ITEM (ops_catalog_lookup (catalog, required[i])));
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, g_list_model_get_n_items (questions));

  ops_star_story_set_question_ids (bottleneck, q1);
  ops_star_story_set_question_ids (both, q2);
  ops_plan_add_record (plan, OPS_PLAN_RECORD (bottleneck));
  ops_plan_add_record (plan, OPS_PLAN_RECORD (both));

  gaps = ops_plan_compute_story_gaps (plan, catalog);
  g_assert_cmpuint (g_list_model_get_n_items (gaps), ==, g_list_model_get_n_items (questions) - 2);
  for (guint i = 0; i < g_list_model_get_n_items (gaps); i++)
    {
      g_autoptr(OpsCatalogItem) question = g_list_model_get_item (gaps, i);

      g_assert_cmpint (ops_catalog_item_get_kind (question), ==, OPS_ITEM_KIND_QUESTION);
      g_assert_cmpstr (ops_catalog_item_get_id (question), !=, "bottleneck");
      g_assert_cmpstr (ops_catalog_item_get_id (question), !=, "change-resistance");
    }

  /* The practice view: a question and the stories that answer it. */
  answers = ops_plan_dup_stories_for_question (plan, "bottleneck");
  g_assert_cmpuint (g_list_model_get_n_items (answers), ==, 2);

  /* Untagging a story opens the gap again. */
  ops_star_story_set_question_ids (both, NULL);
  g_clear_object (&gaps);
  gaps = ops_plan_compute_story_gaps (plan, catalog);
  g_assert_cmpuint (g_list_model_get_n_items (gaps), ==, g_list_model_get_n_items (questions) - 1);
}

/* Resume keyword check */

static char *
ids_of (GListModel *findings)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(OpsResumeFinding) finding = g_list_model_get_item (findings, i);
      OpsCatalogItem *item = ops_resume_finding_get_catalog_item (finding);

      g_string_append_printf (ids, "%s%s:%u", i > 0 ? " " : "",
                              item ? ops_catalog_item_get_id (item) : "-", ops_resume_finding_get_line (finding));
    }

  return g_string_free (ids, FALSE);
}

static void
test_resume_check_analyst (void)
{
  g_autoptr(GBytes) bytes = ops_test_read_fixture ("resumes", "analyst.md");
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autoptr(OpsResumeCheck) check = ops_resume_check_new (catalog, "operations-manager", text);
  g_autofree char *found = ids_of (ops_resume_check_get_found (check));
  g_autofree char *expected = ids_of (ops_resume_check_get_expected_found (check));
  g_autofree char *missing = ids_of (ops_resume_check_get_missing (check));
  g_autofree char *bare = ids_of (ops_resume_check_get_bare_bullets (check));
  g_autoptr(OpsResumeFinding) first_bare = g_list_model_get_item (ops_resume_check_get_bare_bullets (check), 0);
  g_autoptr(OpsResumeFinding) kpi = g_list_model_get_item (ops_resume_check_get_found (check), 2);

  /* Whole words, any case, spaces collapsed ("lead  time"); "leaning" is
   * not "Lean", "CIO's" is not "CI", and procurement is not vendor
   * management. */
  g_assert_cmpstr (found, ==, "process-improvement:9 lean-six-sigma:5 kpi:5 root-cause-analysis:11 "
                              "erp-keyword:12 lead-time:8");
  g_assert_cmpstr (ops_resume_finding_get_text (kpi), ==,
                   "Operations analyst with a Lean Six Sigma Green Belt, leaning towards plant leadership. "
                   "Reports to the CIO's office on KPIs.");
  g_assert_cmpstr (expected, ==, "lean:5 dmaic:5 leadership:5 cpim:16 lss-green-belt:5");
  g_assert_cmpstr (missing, ==, "budgeting:0 resource-planning:0 change-management:0 communication:0 "
                                "quality-control:0 lss-black-belt:0");
  g_assert_cmpstr (bare, ==, "-:9 -:10 -:12 -:13");
  g_assert_cmpstr (ops_resume_finding_get_text (first_bare), ==, "- Led process improvement workshops with the shift leads");
}

static void
test_resume_check_supervisor (void)
{
  g_autoptr(GBytes) bytes = ops_test_read_fixture ("resumes", "supervisor.txt");
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autoptr(OpsResumeCheck) check = ops_resume_check_new (catalog, "operations-manager", text);
  g_autofree char *found = ids_of (ops_resume_check_get_found (check));
  g_autofree char *expected = ids_of (ops_resume_check_get_expected_found (check));
  g_autofree char *bare = ids_of (ops_resume_check_get_bare_bullets (check));
  g_autoptr(OpsResumeFinding) indented = g_list_model_get_item (ops_resume_check_get_bare_bullets (check), 1);

  /* CR LF line ends, "•" bullets, typographic quotes around a phrase;
   * "12.5%" is not a bullet and "-not" is not one either; numbers spelled
   * out do not count as numbers. Cost control (a budgeting skill) is not
   * cost reduction, and quality control is not quality management. */
  g_assert_cmpstr (found, ==, "continuous-improvement:5");
  g_assert_cmpstr (expected, ==, "budgeting:7 quality-control:6");
  g_assert_cmpstr (bare, ==, "-:5 -:6 -:7 -:10");
  g_assert_cmpstr (ops_resume_finding_get_text (indented), ==, "   •   Improved quality control checks at goods-in");
}

static void
test_resume_check_edges (void)
{
  g_autoptr(OpsResumeCheck) empty = ops_resume_check_new (catalog, NULL, "");
  g_autoptr(OpsResumeCheck) no_role = ops_resume_check_new (catalog, "no-such-role", "- Lean\n");
  const char *content = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (ops_resume_check_get_found (empty)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ops_resume_check_get_missing (empty)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ops_resume_check_get_missing (no_role)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ops_resume_check_get_bare_bullets (no_role)), ==, 1);

  g_assert_true (ops_resume_check_is_bullet ("10. Ran the audit", &content));
  g_assert_cmpstr (content, ==, " Ran the audit");
  g_assert_true (ops_resume_check_is_bullet ("-", NULL));
  g_assert_false (ops_resume_check_is_bullet ("2026 was busy", NULL));
  g_assert_false (ops_resume_check_is_bullet ("--- a rule", NULL));
  g_assert_false (ops_resume_check_is_bullet ("**bold**", NULL));
}

/* Files */

static void
test_round_trip_records (void)
{
  g_autoptr(GBytes) bytes = ops_test_read_fixture ("plans", "full.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsPlan) plan = ops_plan_load_from_bytes (bytes, catalog, &error);
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(OpsAchievement) lead = NULL;
  g_autoptr(OpsAchievement) defects = NULL;
  g_autoptr(OpsStarStory) story = NULL;
  g_autoptr(OpsNetworkingEntry) entry = NULL;
  g_autoptr(OpsJobApplication) application = NULL;
  g_autofree char *line = NULL;

  g_assert_no_error (error);
  lead = g_list_model_get_item (ops_plan_get_achievements (plan), 0);
  defects = g_list_model_get_item (ops_plan_get_achievements (plan), 1);
  story = g_list_model_get_item (ops_plan_get_stories (plan), 0);
  entry = g_list_model_get_item (ops_plan_get_networking (plan), 0);
  application = g_list_model_get_item (ops_plan_get_applications (plan), 0);

  g_assert_cmpuint (g_list_model_get_n_items (ops_plan_get_achievements (plan)), ==, 3);
  g_assert_cmpstr (ops_plan_record_get_id (OPS_PLAN_RECORD (lead)), ==, "ach-lead-time");
  g_assert_cmpint (ops_achievement_get_method (lead), ==, OPS_ACHIEVEMENT_METHOD_VALUE_STREAM_MAPPING);
  g_assert_cmpint (ops_achievement_get_dmaic_phase (defects), ==, OPS_DMAIC_PHASE_CONTROL);
  g_assert_cmpfloat (ops_achievement_get_baseline (defects), ==, 0);
  g_assert_cmpstr (ops_achievement_get_skill_ids (lead)[1], ==, "process-analysis");
  line = ops_achievement_dup_resume_line (lead);
  g_assert_cmpstr (line, ==, "Cut order lead time 32% (9.5 → 6.5 days) by applying Value Stream Mapping, saving $40,000 a year");
  g_assert_cmpstr (ops_star_story_get_situation (story), ==, "Orders waited 9 days.\nCustomers complained.");
  /* A link to an achievement that is gone is kept. */
  g_assert_cmpstr (ops_star_story_get_achievement_ids (story)[1], ==, "ach-gone");
  g_assert_true (ops_star_story_answers (story, "data-driven-decision"));
  g_assert_cmpstr (ops_networking_entry_get_organization_id (entry), ==, "ascm");
  g_assert_cmpint (g_date_time_get_day_of_month (ops_networking_entry_get_date (entry)), ==, 12);
  g_assert_cmpint (ops_job_application_get_stage (application), ==, OPS_APPLICATION_STAGE_INTERVIEW);
  g_assert_false (ops_plan_get_modified (plan));

  /* An edit that undoes itself writes the same bytes again. */
  ops_achievement_set_result (lead, 7);
  ops_plan_undo (plan);
  saved = ops_plan_to_bytes (plan);
  g_assert_true (g_bytes_equal (saved, bytes));
}

static void
test_migration (gconstpointer data)
{
  const char *name = data;
  g_autoptr(GBytes) original = ops_test_read_fixture ("plans", name);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsPlan) plan = ops_plan_load_from_bytes (original, catalog, &error);
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  g_autoptr(OpsPlan) reloaded = NULL;
  g_autoptr(JsonNode) before = parse_json (original);
  g_autoptr(JsonNode) after = NULL;
  JsonObject *before_object, *after_object;
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;

  g_assert_no_error (error);
  /* Read as is, not read-only, and not modified until the person edits. */
  g_assert_false (ops_plan_get_read_only (plan));
  g_assert_false (ops_plan_get_modified (plan));

  saved = ops_plan_to_bytes (plan);
  after = parse_json (saved);
  before_object = json_node_get_object (before);
  after_object = json_node_get_object (after);

  /* Written back as format 2 … */
  g_assert_cmpint (json_object_get_int_member (after_object, "format"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (before_object, "format"), ==, 1);

  /* … with every other member of format 1 unchanged. */
  json_object_iter_init_ordered (&iter, before_object);
  while (json_object_iter_next_ordered (&iter, &key, &value))
    {
      JsonNode *written = json_object_get_member (after_object, key);

      if (g_str_equal (key, "format"))
        continue;
      /* Unset values (null, "", []) are left out, as format 1 did too. */
      if (written == NULL)
        {
          g_assert_true (JSON_NODE_HOLDS_NULL (value) ||
                         (JSON_NODE_HOLDS_VALUE (value) && g_strcmp0 (json_node_get_string (value), "") == 0));
          continue;
        }
      if (g_str_equal (key, "items"))
        g_assert_cmpuint (json_array_get_length (json_node_get_array (written)), ==,
                          json_array_get_length (json_node_get_array (value)));
      else
        g_assert_true (json_node_equal (written, value));
    }
  g_assert_false (json_object_has_member (after_object, "achievements"));

  /* And it stays format 2. */
  reloaded = ops_plan_load_from_bytes (saved, catalog, &error);
  g_assert_no_error (error);
  saved_again = ops_plan_to_bytes (reloaded);
  g_assert_true (g_bytes_equal (saved, saved_again));
}

typedef struct
{
  const char *name;
  const char *json;
  const char *message;
} BadCase;

#define TK(member) "{\"format\": 2, " member "}"

static const BadCase bad_cases[] = {
  { "achievements-object", TK ("\"achievements\": {}"), "“achievements” must be an array, not an object" },
  { "stories-string", TK ("\"stories\": \"none\""), "“stories” must be an array, not a string" },
  { "record-not-object", TK ("\"networking\": [[]]"), "Networking entry 1 must be an object, not an array" },
  { "no-id", TK ("\"achievements\": [{\"title\": \"A\"}]"), "Achievement 1 has no “id”" },
  { "null-id", TK ("\"stories\": [{\"id\": null}]"), "Story 1 has no “id”" },
  { "empty-id", TK ("\"applications\": [{\"id\": \"\"}]"), "“id” of application 1 is empty" },
  { "number-id", TK ("\"applications\": [{\"id\": 7}]"), "“id” of application 1 must be a string, not a number" },
  { "duplicate-id", TK ("\"achievements\": [{\"id\": \"a\"}], \"stories\": [{\"id\": \"s\"}, {\"id\": \"a\"}]"),
    "“id” of story 2: “a” is the id of another entry too" },
  { "method-unknown", TK ("\"achievements\": [{\"id\": \"a\", \"method\": \"six-sigma\"}]"),
    "“method” of achievement 1: “six-sigma” is not one of none, lean, value-stream-mapping, 5s, kaizen, dmaic, other" },
  { "phase-case", TK ("\"achievements\": [{\"id\": \"a\", \"dmaic-phase\": \"Control\"}]"),
    "“dmaic-phase” of achievement 1: “Control” is not one of define" },
  { "metric-number", TK ("\"achievements\": [{\"id\": \"a\", \"metric\": 3}]"),
    "“metric” of achievement 1 must be a string, not a number" },
  { "baseline-string", TK ("\"achievements\": [{\"id\": \"a\", \"baseline\": \"9.5\"}]"),
    "“baseline” of achievement 1 must be a number, not a string" },
  { "result-huge", TK ("\"achievements\": [{\"id\": \"a\", \"result\": 1e13}]"),
    "“result” of achievement 1 must be between -1e+12 and 1e+12" },
  { "result-infinite", TK ("\"achievements\": [{\"id\": \"a\", \"result\": -1e999}]"),
    "“result” of achievement 1 must be between" },
  { "skill-ids-string", TK ("\"achievements\": [{\"id\": \"a\", \"skill-ids\": \"lean\"}]"),
    "“skill-ids” of achievement 1 must be an array of strings, not a string" },
  { "question-ids-element", TK ("\"stories\": [{\"id\": \"s\", \"question-ids\": [\"bottleneck\", 2]}]"),
    "“question-ids” of story 1 (element 2) must be a string, not a number" },
  { "date-bad", TK ("\"networking\": [{\"id\": \"n\", \"date\": \"2026-02-30\"}]"),
    "“date” of networking entry 1: “2026-02-30” is not a date written as YYYY-MM-DD" },
  { "follow-up-time", TK ("\"applications\": [{\"id\": \"x\", \"follow-up-date\": \"2026-04-16T09:00\"}]"),
    "“follow-up-date” of application 1: “2026-04-16T09:00” is not a date" },
  { "stage-unknown", TK ("\"applications\": [{\"id\": \"x\", \"stage\": \"rejected\"}]"),
    "“stage” of application 1: “rejected” is not one of wishlist, applied, interview, offer, closed" },
  { "duplicate-key", "{\"format\": 2,\n \"stories\": [{\"id\": \"s\",\n \"task\": \"a\", \"task\": \"b\"}]}",
    "Line 3, column 25: the key “task” appears twice in the same object" },
  { "unknown-infinite", TK ("\"networking\": [{\"id\": \"n\", \"x-score\": 1e999}]"),
    "“x-score” of networking entry 1 holds a number too large" },
};

static void
test_bad_toolkit (gconstpointer data)
{
  const BadCase *c = data;
  g_autoptr(GBytes) bytes = g_bytes_new_static (c->json, strlen (c->json));
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsPlan) plan = ops_plan_load_from_bytes (bytes, catalog, &error);

  g_assert_null (plan);
  g_assert_error (error, OPS_ERROR, OPS_ERROR_PLAN_INVALID);
  g_test_message ("%s: %s", c->name, error->message);
  g_assert_nonnull (strstr (error->message, c->message));
}

/* A newer format keeps what it cannot read and never fails over it. */
static void
test_newer_toolkit (void)
{
  g_autoptr(OpsPlan) plan = load_string ("{\"format\": 3, \"achievements\": [{\"id\": \"a\", \"method\": \"tpm\", "
                                         "\"title\": \"T\"}, {\"title\": \"no id\"}, 5], \"stories\": {\"new\": true}}");
  g_autoptr(GBytes) saved = ops_plan_to_bytes (plan);
  g_autoptr(JsonNode) after = parse_json (saved);
  g_autoptr(OpsAchievement) achievement = g_list_model_get_item (ops_plan_get_achievements (plan), 0);
  JsonObject *root = json_node_get_object (after);
  JsonObject *written;

  g_assert_true (ops_plan_get_read_only (plan));
  g_assert_cmpuint (g_list_model_get_n_items (ops_plan_get_achievements (plan)), ==, 1);
  g_assert_cmpstr (ops_achievement_get_title (achievement), ==, "T");
  written = json_array_get_object_element (json_object_get_array_member (root, "achievements"), 0);
  g_assert_cmpstr (json_object_get_string_member (written, "method"), ==, "tpm");
  g_assert_true (json_object_get_boolean_member (json_object_get_object_member (root, "stories"), "new"));
}

/* The summary under the Resume Check's button, in English: one thing
 * expected and missing, one of three, all three, and none. The small
 * catalog has skills but no resume keywords, so none is "found". */
static void
test_resume_check_summary (void)
{
  g_autofree char *one_of_one = ops_test_describe_resume ("one", "- Led a team\n");
  g_autofree char *one_of_three = ops_test_describe_resume ("three", "Kaizen and Lean\n");
  g_autofree char *three_of_three = ops_test_describe_resume ("three", "Led a team\n");
  g_autofree char *none_missing = ops_test_describe_resume ("three", "- Cut waste 20% with Kaizen, Lean, Six Sigma\n");

  g_assert_cmpstr (one_of_one, ==,
                   "No keywords found. Missing for your target role: 1 of 1 expected. 1 bullet has no number.");
  g_assert_cmpstr (one_of_three, ==,
                   "No keywords found. Missing for your target role: 1 of 3 expected. Every bullet holds a number.");
  g_assert_cmpstr (three_of_three, ==,
                   "No keywords found. Missing for your target role: 3 of 3 expected. Every bullet holds a number.");
  g_assert_cmpstr (none_missing, ==,
                   "No keywords found. Nothing your target role expects is missing. Every bullet holds a number.");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  catalog = ops_catalog_new_default (&error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (line_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/toolkit/resume-line/", line_cases[i].name, NULL);

      g_test_add_data_func (path, &line_cases[i], test_resume_line);
    }
  g_test_add_func ("/toolkit/resume-line/without-numbers", test_resume_line_without_numbers);
  g_test_add_func ("/toolkit/format-number", test_format_number);
  g_test_add_func ("/toolkit/records/undo", test_records_undo);
  g_test_add_func ("/toolkit/records/move", test_records_move);
  g_test_add_func ("/toolkit/records/read-only", test_records_read_only);
  g_test_add_func ("/toolkit/records/networking-from-catalog", test_networking_from_catalog);
  g_test_add_func ("/toolkit/gap-evidence", test_gap_evidence);
  g_test_add_func ("/toolkit/gap-evidence-without-item", test_gap_evidence_without_item);
  g_test_add_func ("/toolkit/story-gaps", test_story_gaps);
  g_test_add_func ("/toolkit/resume-check/analyst", test_resume_check_analyst);
  g_test_add_func ("/toolkit/resume-check/supervisor", test_resume_check_supervisor);
  g_test_add_func ("/toolkit/resume-check/edges", test_resume_check_edges);
  g_test_add_func ("/toolkit/resume-check/summary", test_resume_check_summary);
  g_test_add_func ("/toolkit/files/round-trip", test_round_trip_records);
  g_test_add_data_func ("/toolkit/files/migration/format-1", "format-1.json", test_migration);
  g_test_add_data_func ("/toolkit/files/migration/foreign", "foreign.json", test_migration);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/toolkit/files/bad/", bad_cases[i].name, NULL);

      g_test_add_data_func (path, &bad_cases[i], test_bad_toolkit);
    }
  g_test_add_func ("/toolkit/files/newer-format", test_newer_toolkit);

  status = g_test_run ();
  g_clear_object (&catalog);

  return status;
}
