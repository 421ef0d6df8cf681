/* test-json-resume.c: the JSON Resume export, read back and validated
 * against the official schema (tests/data/jsonresume/schema.json)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "ops-error.h"
#include "ops-json-resume-writer.h"
#include "ops-plan-serializer.h"

static OpsCatalog *catalog;

static GDateTime *
day (int year,
     int month,
     int dom)
{
  return g_date_time_new_utc (year, month, dom, 0, 0, 0);
}

static OpsPlanItem *
add_item (OpsPlan           *plan,
          OpsPlanItemKind    kind,
          const char        *catalog_id,
          const char        *title,
          OpsPlanItemStatus  status,
          GDateTime         *completed)
{
  g_autoptr(OpsPlanItem) item = ops_plan_item_new (kind, title);
  g_autoptr(GDateTime) owned = completed;

  ops_plan_item_set_catalog_id (item, catalog_id);
  ops_plan_item_set_status (item, status);
  ops_plan_item_set_completion_date (item, completed);
  ops_plan_add_item (plan, item);

  return item;
}

static OpsAchievement *
add_achievement (OpsPlan            *plan,
                 const char         *title,
                 const char         *role,
                 const char * const *skill_ids)
{
  g_autoptr(OpsAchievement) achievement = ops_achievement_new (title);

  ops_achievement_set_role (achievement, role);
  ops_achievement_set_skill_ids (achievement, skill_ids);
  ops_plan_add_record (plan, OPS_PLAN_RECORD (achievement));

  return achievement;
}

/* The day the tests export on, 2 December 2026: the plans' credentials
 * are judged lapsed or held as of then, whatever the clock says. */
static guint32
export_day (void)
{
  g_autoptr(GDate) date = g_date_new_dmy (2, G_DATE_DECEMBER, 2026);

  return g_date_get_julian (date);
}

/* The rendered text, checked for what every export must be: UTF-8 JSON
 * with one object at the top, ending in a newline. */
static JsonNode *
render (OpsPlan  *plan,
        GBytes  **bytes_out)
{
  g_autoptr(GBytes) bytes = ops_json_resume_writer_render_on (plan, catalog, export_day ());
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) error = NULL;
  gsize len;
  const char *text = g_bytes_get_data (bytes, &len);

  g_assert_true (g_utf8_validate_len (text, len, NULL));
  g_assert_cmpuint (len, >, 0);
  g_assert_cmpint (text[len - 1], ==, '\n');
  json_parser_load_from_data (parser, text, len, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  if (bytes_out != NULL)
    *bytes_out = g_bytes_ref (bytes);

  return json_node_ref (json_parser_get_root (parser));
}

static void
assert_json_equal (JsonNode   *node,
                   const char *expected)
{
  g_autoptr(JsonNode) want = json_from_string (expected, NULL);
  g_autofree char *got = json_to_string (node, TRUE);

  g_assert_nonnull (want);
  if (!json_node_equal (node, want))
    {
      g_autofree char *wanted = json_to_string (want, TRUE);

      g_test_message ("got:\n%s\nwanted:\n%s", got, wanted);
      g_test_fail ();
    }
}

/* tests/validate/check-json-resume.py: valid against the official schema
 * and a strict copy of it, and holding each of @texts as a string. */
static void
assert_valid (const char         *name,
              GBytes             *bytes,
              const char * const *texts)
{
  g_autofree char *python = g_find_program_in_path ("python3");
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "validate", "check-json-resume.py", NULL);
  g_autofree char *schema = g_test_build_filename (G_TEST_DIST, "data", "jsonresume", "schema.json", NULL);
  g_autofree char *dir = g_dir_make_tmp ("ops-json-resume-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL, *err = NULL;
  int status = 0;

  if (python == NULL)
    {
      g_test_skip ("python3 is not installed");
      return;
    }

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  g_ptr_array_add (argv, python);
  g_ptr_array_add (argv, script);
  g_ptr_array_add (argv, schema);
  g_ptr_array_add (argv, path);
  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) texts[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_unlink (path);
  g_rmdir (dir);
  if (strstr (err, "No module named 'jsonschema'") != NULL)
    {
      g_test_skip ("python3-jsonschema is not installed");
      return;
    }
  g_test_message ("%s%s", out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

static void
test_empty_plan (void)
{
  g_autoptr(OpsPlan) plan = ops_plan_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) root = render (plan, &bytes);

  /* Nothing is made up: not even an empty section. */
  assert_json_equal (root, "{\"basics\": {}}");
  assert_valid ("empty.json", bytes, NULL);
}

/* A plan with something of every kind, done and not: each finished thing
 * lands in its section, nothing unfinished does, and the career toolkit's
 * stories, networking and applications stay out. */
static OpsPlan *
every_kind_plan (void)
{
  OpsPlan *plan = ops_plan_new ();
  g_autoptr(OpsStarStory) story = ops_star_story_new ("The packing bottleneck");
  g_autoptr(OpsNetworkingEntry) entry = ops_networking_entry_new ("Northwind Plant Tour");
  g_autoptr(OpsJobApplication) application = ops_job_application_new ("Acme Logistics", "Operations Manager");
  const char *shown_a[] = { "five-s", NULL };
  const char *shown_d[] = { "value-stream-mapping", "no-such-skill", "budgeting", NULL };

  ops_plan_set_owner_name (plan, "Alex Rivera");
  ops_plan_set_current_role (plan, "operations-analyst", "Operations Analyst");
  ops_plan_set_target_role (plan, "operations-manager", "Operations Manager");
  ops_plan_set_why (plan, "Run a plant my way.");

  add_item (plan, OPS_PLAN_ITEM_KIND_CERTIFICATION, "cpim", "CPIM", OPS_PLAN_ITEM_STATUS_DONE, day (2026, 2, 20));
  add_item (plan, OPS_PLAN_ITEM_KIND_CERTIFICATION, "lss-green-belt", "Green Belt", OPS_PLAN_ITEM_STATUS_DONE,
            day (2025, 11, 3));
  add_item (plan, OPS_PLAN_ITEM_KIND_CERTIFICATION, "cscp", "CSCP", OPS_PLAN_ITEM_STATUS_IN_PROGRESS, NULL);
  add_item (plan, OPS_PLAN_ITEM_KIND_CERTIFICATION, "cltd", "CLTD", OPS_PLAN_ITEM_STATUS_SKIPPED, NULL);
  add_item (plan, OPS_PLAN_ITEM_KIND_CERTIFICATION, NULL, "Forklift Operator Certificate",
            OPS_PLAN_ITEM_STATUS_DONE, NULL);
  add_item (plan, OPS_PLAN_ITEM_KIND_EDUCATION, "bachelor-supply-chain", "Bachelor’s in Supply Chain Management",
            OPS_PLAN_ITEM_STATUS_DONE, day (2019, 6, 30));
  add_item (plan, OPS_PLAN_ITEM_KIND_EDUCATION, "mba-operations", "MBA", OPS_PLAN_ITEM_STATUS_PLANNED, NULL);
  add_item (plan, OPS_PLAN_ITEM_KIND_SKILL, "value-stream-mapping", "Value Stream Mapping",
            OPS_PLAN_ITEM_STATUS_DONE, day (2026, 1, 15));
  add_item (plan, OPS_PLAN_ITEM_KIND_SKILL, "dmaic", "DMAIC", OPS_PLAN_ITEM_STATUS_PLANNED, NULL);
  add_item (plan, OPS_PLAN_ITEM_KIND_SKILL, NULL, "Spanish for the shop floor", OPS_PLAN_ITEM_STATUS_DONE, NULL);
  add_item (plan, OPS_PLAN_ITEM_KIND_EXPERIENCE, NULL, "Lead the 5S rollout in the packing area",
            OPS_PLAN_ITEM_STATUS_DONE, day (2026, 10, 24));
  add_item (plan, OPS_PLAN_ITEM_KIND_EXPERIENCE, NULL, "Run a kaizen week", OPS_PLAN_ITEM_STATUS_PLANNED, NULL);
  add_item (plan, OPS_PLAN_ITEM_KIND_NETWORKING, NULL, "Join the local ASCM chapter", OPS_PLAN_ITEM_STATUS_DONE,
            day (2026, 9, 12));
  add_item (plan, OPS_PLAN_ITEM_KIND_CUSTOM, NULL, "Shadow the night shift lead", OPS_PLAN_ITEM_STATUS_DONE,
            day (2026, 8, 1));

  add_achievement (plan, "Cut changeover time on line 3", "Operations Analyst", shown_a);
  add_achievement (plan, "Set up the daily tier meeting", "  operations analyst ", NULL);
  add_achievement (plan, "Trained four new schedulers", "Shift Lead", NULL);
  add_achievement (plan, "Wrote the packing standard work", NULL, shown_d);
  add_achievement (plan, "", "Shift Lead", NULL);
  add_achievement (plan, "", NULL, NULL);

  ops_star_story_set_situation (story, "Orders waited ten days.");
  ops_plan_add_record (plan, OPS_PLAN_RECORD (story));
  ops_plan_add_record (plan, OPS_PLAN_RECORD (entry));
  ops_plan_add_record (plan, OPS_PLAN_RECORD (application));

  return plan;
}

static void
assert_skill (JsonArray  *skills,
              guint       index,
              const char *catalog_id,
              const char *name)
{
  JsonObject *skill = json_array_get_object_element (skills, index);
  OpsCatalogItem *entry = catalog_id != NULL ? ops_catalog_lookup (catalog, catalog_id) : NULL;
  const char * const *synonyms = entry != NULL ? ops_catalog_item_get_texts (entry, "synonym") : NULL;

  g_assert_cmpstr (json_object_get_string_member (skill, "name"), ==,
                   entry != NULL ? ops_catalog_item_get_name (entry) : name);
  g_assert_cmpuint (json_object_get_size (skill), ==, synonyms != NULL && synonyms[0] != NULL ? 2 : 1);
  if (synonyms != NULL && synonyms[0] != NULL)
    {
      JsonArray *keywords = json_object_get_array_member (skill, "keywords");

      g_assert_cmpuint (json_array_get_length (keywords), ==, g_strv_length ((char **) synonyms));
      for (guint i = 0; synonyms[i] != NULL; i++)
        g_assert_cmpstr (json_array_get_string_element (keywords, i), ==, synonyms[i]);
    }
}

static void
test_every_kind (void)
{
  g_autoptr(OpsPlan) plan = every_kind_plan ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) root = render (plan, &bytes);
  JsonObject *object = json_node_get_object (root);
  g_autoptr(JsonNode) skills = json_node_copy (json_object_get_member (object, "skills"));
  const char *texts[] = {
    "Alex Rivera", "Operations Analyst", "Cut changeover time on line 3",
    "Certified in Planning and Inventory Management (CPIM)", "Association for Supply Chain Management",
    NULL
  };

  /* Skills are checked below against the catalog's own keywords. */
  json_object_remove_member (object, "skills");
  assert_json_equal (root,
                     "{"
                     "  \"basics\": {\"name\": \"Alex Rivera\", \"label\": \"Operations Analyst\"},"
                     "  \"work\": ["
                     "    {\"position\": \"Operations Analyst\","
                     "     \"highlights\": [\"Cut changeover time on line 3\", \"Set up the daily tier meeting\"]},"
                     "    {\"position\": \"Shift Lead\", \"highlights\": [\"Trained four new schedulers\"]}"
                     "  ],"
                     "  \"education\": ["
                     "    {\"area\": \"Bachelor’s in Supply Chain Management\", \"endDate\": \"2019-06-30\"}"
                     "  ],"
                     "  \"certificates\": ["
                     "    {\"name\": \"Certified in Planning and Inventory Management (CPIM)\","
                     "     \"issuer\": \"Association for Supply Chain Management\", \"date\": \"2026-02-20\"},"
                     "    {\"name\": \"Lean Six Sigma Green Belt\", \"date\": \"2025-11-03\"},"
                     "    {\"name\": \"Forklift Operator Certificate\"}"
                     "  ],"
                     "  \"projects\": ["
                     "    {\"name\": \"Wrote the packing standard work\"},"
                     "    {\"name\": \"Lead the 5S rollout in the packing area\", \"endDate\": \"2026-10-24\"}"
                     "  ]"
                     "}");

  /* Finished skill steps, then those achievements show, each once; an id
   * the catalog lacks names nothing. */
  g_assert_cmpuint (json_array_get_length (json_node_get_array (skills)), ==, 4);
  assert_skill (json_node_get_array (skills), 0, "value-stream-mapping", NULL);
  assert_skill (json_node_get_array (skills), 1, NULL, "Spanish for the shop floor");
  assert_skill (json_node_get_array (skills), 2, "five-s", NULL);
  assert_skill (json_node_get_array (skills), 3, "budgeting", NULL);
  g_assert_nonnull (json_object_get_array_member (json_node_get_object (json_array_get_element (json_node_get_array (skills), 0)), "keywords"));

  assert_valid ("every-kind.json", bytes, texts);
}

/* A résumé lists what the person holds: exported on 2 December 2026,
 * CPIM earned in 2015 lapsed in 2020 with no renewal recorded, so it is
 * left out (the schema has no field to mark a certificate lapsed); CLTD
 * earned the day before is held. */
static void
test_lapsed_certificate (void)
{
  g_autoptr(OpsPlan) plan = ops_plan_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *certificates;
  const char *texts[] = { "Certified in Logistics, Transportation and Distribution (CLTD)", NULL };

  add_item (plan, OPS_PLAN_ITEM_KIND_CERTIFICATION, "cpim", "CPIM", OPS_PLAN_ITEM_STATUS_DONE, day (2015, 1, 1));
  add_item (plan, OPS_PLAN_ITEM_KIND_CERTIFICATION, "cltd", "CLTD", OPS_PLAN_ITEM_STATUS_DONE, day (2026, 12, 1));
  root = render (plan, &bytes);
  certificates = json_object_get_array_member (json_node_get_object (root), "certificates");
  g_assert_cmpuint (json_array_get_length (certificates), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (certificates, 0), "name"), ==,
                   texts[0]);

  assert_valid ("lapsed.json", bytes, texts);
}

/* The sample plan the screenshots use: its achievements' computed resume
 * lines, numbers and all, under the role they were made in. */
static void
test_sample_plan (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("OPS_SOURCE_ROOT"), "build-aux", "screenshot-plan.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) file_bytes = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(OpsPlan) plan = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_null_terminated (3, g_free, TRUE);
  GListModel *achievements;
  JsonArray *work;
  JsonArray *highlights;
  gsize len;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  file_bytes = g_bytes_new_take (g_steal_pointer (&contents), len);
  plan = ops_plan_load_from_bytes (file_bytes, catalog, &error);
  g_assert_no_error (error);
  root = render (plan, &bytes);

  /* The current role is a catalog id only: the catalog names it. */
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (json_node_get_object (root), "basics"),
                                                  "label"), ==, "Operations Analyst");
  work = json_object_get_array_member (json_node_get_object (root), "work");
  g_assert_cmpuint (json_array_get_length (work), ==, 1);
  highlights = json_object_get_array_member (json_array_get_object_element (work, 0), "highlights");
  achievements = ops_plan_get_achievements (plan);
  g_assert_cmpuint (json_array_get_length (highlights), ==, g_list_model_get_n_items (achievements));
  for (guint i = 0; i < g_list_model_get_n_items (achievements); i++)
    {
      g_autoptr(OpsAchievement) achievement = g_list_model_get_item (achievements, i);
      char *line = ops_achievement_dup_resume_line (achievement);

      g_assert_cmpstr (json_array_get_string_element (highlights, i), ==, line);
      g_ptr_array_add (lines, line);
    }
  g_assert_cmpstr (lines->pdata[0], ==,
                   "Cut order lead time 32% (9.5 → 6.5 days) by applying Value Stream Mapping, "
                   "saving $48,000 a year in expediting");
  /* The one finished certification is CLTD, earned in April 2024. */
  {
    JsonArray *certificates = json_object_get_array_member (json_node_get_object (root), "certificates");

    g_assert_cmpuint (json_array_get_length (certificates), ==, 1);
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (certificates, 0), "date"), ==,
                     "2024-04-18");
  }
  g_assert_false (json_object_has_member (json_node_get_object (root), "education"));

  assert_valid ("sample.json", bytes, (const char * const *) lines->pdata);
}

/* Markup, right-to-left text, emoji, a very long word, quotes, backslashes
 * and control characters: all valid JSON and kept exactly, read back by
 * json-glib here and by Python in the validator. */
static void
test_hostile_text (void)
{
  g_autoptr(GString) long_word = g_string_new (NULL);
  g_autoptr(OpsPlan) plan = ops_plan_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  JsonObject *job;
  JsonObject *certificate;
  JsonObject *education;
  JsonObject *project;
  const char *markup = "<b>Bold</b> &amp; <i>“Q&A”</i> <script>alert(1)</script> &lt;";
  const char *rtl = "\u202bمدير العمليات\u202c ‏(שלום) — مرحبا";
  const char *emoji = "Kaizen 🚀📦 👩🏽‍🔧 🇩🇪";
  const char *quotes = "She said \"ship it\" \\ C:\\plans\\new \\n \\u0000 '\t' end\nsecond line";
  const char *texts[6];

  for (guint i = 0; i < 2000; i++)
    g_string_append (long_word, "Donaudampfschiff");

  ops_plan_set_owner_name (plan, markup);
  ops_plan_set_current_role (plan, NULL, rtl);
  add_item (plan, OPS_PLAN_ITEM_KIND_CERTIFICATION, NULL, emoji, OPS_PLAN_ITEM_STATUS_DONE, day (999, 12, 31));
  add_item (plan, OPS_PLAN_ITEM_KIND_EDUCATION, NULL, long_word->str, OPS_PLAN_ITEM_STATUS_DONE, day (3000, 1, 1));
  add_item (plan, OPS_PLAN_ITEM_KIND_SKILL, NULL, quotes, OPS_PLAN_ITEM_STATUS_DONE, NULL);
  add_item (plan, OPS_PLAN_ITEM_KIND_EXPERIENCE, NULL, rtl, OPS_PLAN_ITEM_STATUS_DONE, day (2999, 12, 31));
  add_achievement (plan, quotes, markup, NULL);
  add_achievement (plan, emoji, NULL, NULL);

  root = render (plan, &bytes);
  object = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object, "basics"), "name"), ==, markup);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object, "basics"), "label"), ==, rtl);
  job = json_array_get_object_element (json_object_get_array_member (object, "work"), 0);
  g_assert_cmpstr (json_object_get_string_member (job, "position"), ==, markup);
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (job, "highlights"), 0), ==, quotes);
  /* Years the schema cannot hold are left out, not the certificate. */
  certificate = json_array_get_object_element (json_object_get_array_member (object, "certificates"), 0);
  g_assert_cmpstr (json_object_get_string_member (certificate, "name"), ==, emoji);
  g_assert_false (json_object_has_member (certificate, "date"));
  education = json_array_get_object_element (json_object_get_array_member (object, "education"), 0);
  g_assert_cmpstr (json_object_get_string_member (education, "area"), ==, long_word->str);
  g_assert_false (json_object_has_member (education, "endDate"));
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_object_get_array_member (object, "skills"), 0),
                                                  "name"), ==, quotes);
  project = json_array_get_object_element (json_object_get_array_member (object, "projects"), 0);
  g_assert_cmpstr (json_object_get_string_member (project, "name"), ==, emoji);
  project = json_array_get_object_element (json_object_get_array_member (object, "projects"), 1);
  g_assert_cmpstr (json_object_get_string_member (project, "name"), ==, rtl);
  g_assert_cmpstr (json_object_get_string_member (project, "endDate"), ==, "2999-12-31");

  texts[0] = markup;
  texts[1] = rtl;
  texts[2] = emoji;
  texts[3] = quotes;
  texts[4] = long_word->str;
  texts[5] = NULL;
  assert_valid ("hostile.json", bytes, texts);
}

static void
write_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GError **error = user_data;

  if (!ops_json_resume_writer_write_finish (result, error))
    g_assert_nonnull (*error);
  else
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "done");
}

/* Written on a worker, replacing an earlier file; a destination that
 * cannot be written gives a one-line error naming it, and no file. */
static void
test_write_async (void)
{
  g_autoptr(OpsPlan) plan = every_kind_plan ();
  g_autofree char *dir = g_dir_make_tmp ("ops-json-resume-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "resume.json", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "no", "such", "resume.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GBytes) expected = ops_json_resume_writer_render (plan, catalog);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len;

  g_file_set_contents (path, "old", -1, NULL);
  ops_json_resume_writer_write_async (plan, catalog, file, NULL, write_done_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  /* The marker for success, not a failure. */
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (contents, len, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));

  ops_json_resume_writer_write_async (plan, catalog, bad, NULL, write_done_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, OPS_ERROR, OPS_ERROR_EXPORT_FAILED);
  g_assert_nonnull (strstr (error->message, "resume data"));
  g_assert_nonnull (strstr (error->message, "No such file or folder"));
  g_assert_null (strchr (error->message, '\n'));
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

  g_test_add_func ("/json-resume/empty-plan", test_empty_plan);
  g_test_add_func ("/json-resume/every-kind", test_every_kind);
  g_test_add_func ("/json-resume/sample-plan", test_sample_plan);
  g_test_add_func ("/json-resume/hostile-text", test_hostile_text);
  g_test_add_func ("/json-resume/lapsed-certificate", test_lapsed_certificate);
  g_test_add_func ("/json-resume/write-async", test_write_async);

  status = g_test_run ();
  g_clear_object (&catalog);

  return status;
}
