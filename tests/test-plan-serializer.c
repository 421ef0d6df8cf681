/* test-plan-serializer.c: plan files, as written by us, by a newer
 * OpsLadder, by hand, and by accident: the tests of ops-plan-serializer.h,
 * that is of ops-plan-reader.c and ops-plan-writer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "ops-catalog.h"
#include "ops-error.h"
#include "ops-plan.h"
#include "ops-plan-private.h"
#include "ops-plan-serializer.h"
#include "ops-plan-store.h"
#include "ops-test-util.h"

static OpsCatalog *catalog;

static GBytes *
read_fixture (const char *name)
{
  return ops_test_read_fixture ("plans", name);
}

static OpsPlan *
load_bytes (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  OpsPlan *plan = ops_plan_load_from_bytes (bytes, catalog, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);

  return plan;
}

static OpsPlan *
load_string (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return load_bytes (bytes);
}

static void
assert_bytes_equal (GBytes *actual,
                    GBytes *expected)
{
  g_autofree char *a = g_strndup (g_bytes_get_data (actual, NULL), g_bytes_get_size (actual));
  g_autofree char *e = g_strndup (g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));

  /* As strings first, so a failure shows the difference. */
  g_assert_cmpstr (a, ==, e);
  g_assert_true (g_bytes_equal (actual, expected));
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

static JsonNode *
member (JsonNode   *object,
        const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);
  JsonNode *node = object;

  for (guint i = 0; parts[i] != NULL && node != NULL; i++)
    {
      if (JSON_NODE_HOLDS_ARRAY (node))
        node = json_array_get_element (json_node_get_array (node), atoi (parts[i]));
      else
        node = json_object_get_member (json_node_get_object (node), parts[i]);
    }
  g_assert_nonnull (node);

  return node;
}

/* Round trips */

static void
test_round_trip_ours (void)
{
  g_autoptr(GBytes) original = read_fixture ("full.json");
  g_autoptr(OpsPlan) plan = load_bytes (original);
  g_autoptr(GBytes) saved = ops_plan_to_bytes (plan);
  OpsPlanItem *cpim = ops_test_plan_item_at (plan, 0), *custom = ops_test_plan_item_at (plan, 1);

  /* A file we wrote comes back byte for byte, unknown members and all. */
  assert_bytes_equal (saved, original);

  g_assert_cmpstr (ops_plan_get_owner_name (plan), ==, "Ada Lovelace");
  g_assert_cmpstr (ops_plan_get_target_role_id (plan), ==, "operations-manager");
  g_assert_cmpint (g_date_time_get_year (ops_plan_get_target_date (plan)), ==, 2028);
  g_assert_cmpstr (ops_plan_get_why (plan), ==, "Run a plant <b>my</b> way &amp; learn why.\nSecond line\tindented.");
  g_assert_cmpuint (g_list_model_get_n_items (ops_plan_get_items (plan)), ==, 3);
  g_assert_cmpint (ops_plan_item_get_kind (cpim), ==, OPS_PLAN_ITEM_KIND_CERTIFICATION);
  g_assert_cmpint (ops_plan_item_get_status (cpim), ==, OPS_PLAN_ITEM_STATUS_DONE);
  g_assert_cmpint (g_date_time_get_day_of_month (ops_plan_item_get_completion_date (cpim)), ==, 20);
  g_assert_cmpfloat (ops_plan_item_get_effort_hours (cpim), ==, 120);
  g_assert_cmpstr (ops_plan_item_get_links (cpim)[1], ==, "https://example.com/?a=1&b=<2>");
  /* The maintenance log: a renewal and two activities, the note as typed. */
  g_assert_cmpuint (ops_credential_log_get_n_renewals (ops_plan_item_get_credential_log (cpim)), ==, 1);
  g_assert_cmpuint (ops_credential_log_get_n_activities (ops_plan_item_get_credential_log (cpim)), ==, 2);
  g_assert_cmpfloat (ops_credential_log_get_activity (ops_plan_item_get_credential_log (cpim), 0)->points, ==, 7.5);
  g_assert_cmpstr (ops_credential_log_get_activity (ops_plan_item_get_credential_log (cpim), 0)->note, ==,
                   "APICS webinar <b>not markup</b>");
  g_assert_cmpstr (ops_credential_log_get_activity (ops_plan_item_get_credential_log (cpim), 1)->note, ==, "");
  g_assert_null (ops_plan_item_get_credential_log (custom));
  g_assert_cmpstr (ops_plan_item_get_title (custom), ==, "שלום עולם — RTL ✓ 🚀");
  g_assert_cmpfloat (ops_plan_item_get_effort_hours (custom), ==, 2.5);
  g_assert_cmpstr (ops_plan_item_get_title (ops_test_plan_item_at (plan, 2)), ==, "Join the \"ASCM\" chapter \\ local");
  g_assert_false (ops_plan_get_modified (plan));
  g_assert_false (ops_plan_get_read_only (plan));
}

static void
test_round_trip_after_edit (void)
{
  g_autoptr(GBytes) original = read_fixture ("full.json");
  g_autoptr(OpsPlan) plan = load_bytes (original);
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(OpsPlan) reloaded = NULL;
  g_autoptr(JsonNode) before = parse_json (original);
  g_autoptr(JsonNode) after = NULL;

  /* An edit and a move must not shake loose what this version does not
   * understand: it travels with its item. */
  ops_plan_item_set_title (ops_test_plan_item_at (plan, 0), "CPIM (both parts)");
  ops_plan_move_item (plan, 0, 2);
  saved = ops_plan_to_bytes (plan);
  after = parse_json (saved);

  g_assert_true (json_node_equal (member (before, "items/0/x-reminder"), member (after, "items/2/x-reminder")));
  g_assert_true (json_node_equal (member (before, "items/2/x-added-by"), member (after, "items/1/x-added-by")));
  g_assert_true (json_node_equal (member (before, "x-weights"), member (after, "x-weights")));
  g_assert_true (json_node_equal (member (before, "x-future-setting"), member (after, "x-future-setting")));
  g_assert_true (json_node_equal (member (before, "x-empty"), member (after, "x-empty")));
  g_assert_cmpstr (json_node_get_string (member (after, "items/2/title")), ==, "CPIM (both parts)");

  reloaded = load_bytes (saved);
  g_assert_cmpstr (ops_plan_item_get_title (ops_test_plan_item_at (reloaded, 2)), ==, "CPIM (both parts)");
}

/* The duplicate check counts members in the text; colons, quotes and
 * escapes inside strings are not members. */
static void
test_colons_in_strings (void)
{
  static const char text[] = "{\"format\": 2, \"why\": \"Lead: \\\"ops\\\": 5S, \\\\\", "
                             "\"owner-name\": \"Ana: 'x:y'\", \"items\": [{\"kind\": \"custom\", "
                             "\"title\": \"Step: one\", \"notes\": \"a:b\\nc:d\"}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(OpsPlan) plan = load_bytes (bytes);

  g_assert_cmpstr (ops_plan_get_why (plan), ==, "Lead: \"ops\": 5S, \\");
  g_assert_cmpstr (ops_plan_get_owner_name (plan), ==, "Ana: 'x:y'");
  g_assert_cmpuint (g_list_model_get_n_items (ops_plan_get_items (plan)), ==, 1);
}

/* Each readable property of @object holds what the model's setters would
 * store (_ops_plan_normalize_value ()), which the reader does not call. */
static void
assert_normalized (GObject *object)
{
  guint n;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n);

  for (guint i = 0; i < n; i++)
    {
      GType type = G_PARAM_SPEC_VALUE_TYPE (pspecs[i]);
      g_auto(GValue) value = G_VALUE_INIT;
      g_auto(GValue) normalized = G_VALUE_INIT;

      if (!(pspecs[i]->flags & G_PARAM_READABLE))
        continue;
      g_value_init (&value, type);
      g_object_get_property (object, pspecs[i]->name, &value);
      g_value_init (&normalized, type);
      g_value_copy (&value, &normalized);
      g_assert_true (_ops_plan_normalize_value (pspecs[i], &normalized));

      if (type == G_TYPE_STRING)
        g_assert_cmpstr (g_value_get_string (&value), ==, g_value_get_string (&normalized));
      else if (type == G_TYPE_STRV)
        g_assert_true (g_value_get_boxed (&value) == g_value_get_boxed (&normalized) ||
                       g_strv_equal (g_value_get_boxed (&value), g_value_get_boxed (&normalized)));
      else if (type == G_TYPE_DATE_TIME)
        g_assert_true (g_value_get_boxed (&value) == g_value_get_boxed (&normalized) ||
                       g_date_time_equal (g_value_get_boxed (&value), g_value_get_boxed (&normalized)));
      else if (G_TYPE_IS_BOXED (type))
        g_assert_true (g_value_get_boxed (&value) == g_value_get_boxed (&normalized));
      else if (G_TYPE_IS_ENUM (type) || type == G_TYPE_DOUBLE)
        g_assert_cmpint (g_param_values_cmp (pspecs[i], &value, &normalized), ==, 0);
    }
}

/* Empty texts, lists and logs are read as none, as the setters store
 * them, and escaped characters outside the BMP read as themselves. */
static void
test_read_as_stored (void)
{
  static const char text[] =
    "{\"format\": 2, \"owner-name\": \"Ana \\ud83d\\ude00\", \"why\": \"\", \"current-role-title\": \"\",\n"
    " \"items\": [{\"kind\": \"custom\", \"title\": \"\\uD83D\\uDE80 \\u00e9\", \"catalog-id\": \"\", \"notes\": \"\",\n"
    "   \"links\": [], \"credential-log\": {\"renewals\": [], \"activities\": []}, \"target-date\": \"2027-01-31\"},\n"
    "  {\"kind\": \"skill\", \"title\": \"x\", \"links\": [\"a\"], \"notes\": \"n\",\n"
    "   \"credential-log\": {\"renewals\": [\"2031-01-01\"]}}],\n"
    " \"achievements\": [{\"id\": \"a\", \"title\": \"\", \"skill-ids\": [], \"unit\": \"h\"}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(OpsPlan) plan = load_bytes (bytes);
  OpsPlanItem *first = ops_test_plan_item_at (plan, 0);
  g_autoptr(GObject) achievement = g_list_model_get_item (ops_plan_get_achievements (plan), 0);

  g_assert_cmpstr (ops_plan_get_owner_name (plan), ==, "Ana \xf0\x9f\x98\x80");
  g_assert_cmpstr (ops_plan_item_get_title (first), ==, "\xf0\x9f\x9a\x80 \xc3\xa9");
  g_assert_null (ops_plan_item_get_catalog_id (first));
  g_assert_null (ops_plan_item_get_links (first));
  g_assert_null (ops_plan_item_get_credential_log (first));
  assert_normalized (G_OBJECT (plan));
  assert_normalized (G_OBJECT (first));
  assert_normalized (G_OBJECT (ops_test_plan_item_at (plan, 1)));
  assert_normalized (achievement);
}

/* The loader works out the progress from the items it read, not from
 * the list (_ops_plan_append_loaded_items ()): the same figures as after
 * an edit, which walks the list. */
static void
test_progress_after_load (void)
{
  static const char text[] =
    "{\"format\": 2, \"items\": ["
    "{\"kind\": \"skill\", \"title\": \"A\", \"status\": \"done\", \"effort-hours\": 10},"
    "{\"kind\": \"skill\", \"title\": \"B\", \"effort-hours\": 30},"
    "{\"kind\": \"skill\", \"title\": \"C\", \"status\": \"skipped\"},"
    "{\"kind\": \"skill\", \"title\": \"D\", \"status\": \"in-progress\"}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(OpsPlan) plan = load_bytes (bytes);

  /* Two of four finished; C and D weigh the mean estimate, 20 hours. */
  g_assert_cmpfloat_with_epsilon (ops_plan_get_progress (plan), 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (ops_plan_get_weighted_progress (plan), 30.0 / 80, 1e-9);

  ops_plan_remove_item (plan, ops_test_plan_item_at (plan, 3));
  g_assert_cmpfloat_with_epsilon (ops_plan_get_progress (plan), 2.0 / 3, 1e-9);
  ops_plan_undo (plan);
  g_assert_cmpfloat_with_epsilon (ops_plan_get_progress (plan), 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (ops_plan_get_weighted_progress (plan), 30.0 / 80, 1e-9);
}

static void
test_round_trip_foreign (void)
{
  g_autoptr(GBytes) original = read_fixture ("foreign.json");
  g_autoptr(OpsPlan) plan = load_bytes (original);
  g_autoptr(GBytes) saved = ops_plan_to_bytes (plan);
  g_autoptr(OpsPlan) again = load_bytes (saved);
  g_autoptr(GBytes) saved_again = ops_plan_to_bytes (again);
  g_autoptr(JsonNode) before = NULL, after = NULL;
  g_autoptr(GBytes) without_bom = NULL;
  OpsPlanItem *future = ops_test_plan_item_at (plan, 0);

  /* Hand-written, with a byte order mark, CRLF and keys in any order:
   * read the same, written our way, and stable from then on. */
  g_assert_cmpstr (ops_plan_get_owner_name (plan), ==, "Grace");
  g_assert_cmpstr (ops_plan_get_why (plan), ==, "");
  assert_bytes_equal (saved_again, saved);

  /* A catalog entry this catalog lacks: shown as custom, with its title. */
  g_assert_cmpint (ops_plan_item_get_kind (future), ==, OPS_PLAN_ITEM_KIND_CUSTOM);
  g_assert_cmpstr (ops_plan_item_get_title (future), ==, "Future cert");
  g_assert_cmpstr (ops_plan_item_get_catalog_id (future), ==, "cpim-2030");
  g_assert_cmpfloat (ops_plan_item_get_effort_hours (future), ==, 40);
  g_assert_cmpint (ops_plan_item_get_kind (ops_test_plan_item_at (plan, 1)), ==, OPS_PLAN_ITEM_KIND_SKILL);

  without_bom = g_bytes_new_from_bytes (original, 3, g_bytes_get_size (original) - 3);
  before = parse_json (without_bom);
  after = parse_json (saved);
  /* ...but written back as what it was, with nothing lost. */
  g_assert_cmpstr (json_node_get_string (member (after, "items/0/kind")), ==, "certification");
  g_assert_cmpstr (json_node_get_string (member (after, "items/0/catalog-id")), ==, "cpim-2030");
  g_assert_true (json_node_equal (member (before, "items/0/x-first"), member (after, "items/0/x-first")));
  g_assert_true (json_node_equal (member (before, "x-middle"), member (after, "x-middle")));
  g_assert_true (json_node_equal (member (before, "items/0/effort-hours"), member (after, "items/0/effort-hours")));
}

static void
test_round_trip_without_catalog (void)
{
  g_autoptr(GBytes) original = read_fixture ("foreign.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsPlan) plan = ops_plan_load_from_bytes (original, NULL, &error);

  /* Without a catalog nothing can be unknown: kinds stay as written. */
  g_assert_no_error (error);
  g_assert_cmpint (ops_plan_item_get_kind (ops_test_plan_item_at (plan, 0)), ==, OPS_PLAN_ITEM_KIND_CERTIFICATION);
}

static void
test_newer_format (void)
{
  g_autoptr(GBytes) original = read_fixture ("future.json");
  g_autoptr(OpsPlan) plan = load_bytes (original);
  g_autoptr(GBytes) saved = ops_plan_to_bytes (plan);
  g_autoptr(JsonNode) after = parse_json (saved);

  /* Shown as far as it can be, and read-only; never an error. */
  g_assert_true (ops_plan_get_read_only (plan));
  g_assert_cmpstr (ops_plan_get_owner_name (plan), ==, "Linus");
  g_assert_cmpstr (ops_plan_get_why (plan), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (ops_plan_get_items (plan)), ==, 2);
  g_assert_cmpstr (ops_plan_item_get_title (ops_test_plan_item_at (plan, 0)), ==, "Meet a mentor monthly");
  g_assert_cmpint (ops_plan_item_get_kind (ops_test_plan_item_at (plan, 0)), ==, OPS_PLAN_ITEM_KIND_CUSTOM);
  g_assert_cmpint (ops_plan_item_get_status (ops_test_plan_item_at (plan, 0)), ==, OPS_PLAN_ITEM_STATUS_PLANNED);
  g_assert_cmpstr (ops_plan_item_get_catalog_id (ops_test_plan_item_at (plan, 1)), ==, "lean");

  /* What it could not read is kept, and the format is not downgraded. */
  g_assert_cmpint (json_node_get_int (member (after, "format")), ==, 3);
  g_assert_cmpstr (json_node_get_string (member (after, "why/text")), ==, "A newer version made this an object");
  g_assert_cmpstr (json_node_get_string (member (after, "items/0/kind")), ==, "mentoring");
  g_assert_cmpstr (json_node_get_string (member (after, "items/0/x-cadence")), ==, "P1M");
}

static void
test_stable_output (void)
{
  g_autoptr(OpsPlan) empty = ops_plan_new ();
  g_autoptr(OpsPlan) plan = ops_plan_new ();
  g_autoptr(OpsPlanItem) item = ops_plan_item_new (OPS_PLAN_ITEM_KIND_SKILL, "Lean");
  g_autoptr(GBytes) empty_bytes = ops_plan_to_bytes (empty);
  g_autoptr(GBytes) bytes = NULL;
  const char *expected_empty = "{\n  \"format\": 2,\n  \"items\": []\n}\n";
  const char *expected =
    "{\n"
    "  \"format\": 2,\n"
    "  \"owner-name\": \"Ada\",\n"
    "  \"items\": [\n"
    "    {\n"
    "      \"kind\": \"skill\",\n"
    "      \"title\": \"Lean\",\n"
    "      \"status\": \"planned\",\n"
    "      \"effort-hours\": 0.25\n"
    "    }\n"
    "  ]\n"
    "}\n";
  g_autoptr(GBytes) expected_bytes = g_bytes_new_static (expected, strlen (expected));
  g_autoptr(GBytes) expected_empty_bytes = g_bytes_new_static (expected_empty, strlen (expected_empty));

  assert_bytes_equal (empty_bytes, expected_empty_bytes);

  /* Unset fields are left out; known keys come in a fixed order whatever
   * order they were set in. */
  ops_plan_item_set_effort_hours (item, 0.25);
  ops_plan_add_item (plan, item);
  ops_plan_set_owner_name (plan, "Ada");
  bytes = ops_plan_to_bytes (plan);
  assert_bytes_equal (bytes, expected_bytes);
}

static void
test_literal_text (void)
{
  g_autoptr(OpsPlan) plan = ops_plan_new ();
  g_autoptr(GString) long_word = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(OpsPlan) loaded = NULL;
  const char *texts[] = {
    "<b>bold?</b> <span foreground=\"red\">no</span>",
    "Fish &amp; Chips & more; &#x41; &lt;",
    "\u202bمرحبا بالعالم\u202c — עברית (RTL) mixed with LTR",
    "Emoji 👩🏽‍🏭 🏭 ✔️ and a flag 🇩🇪",
    "Tabs\tand\nnewlines\r\nand \\ backslashes and \"quotes\" and /slashes/",
    "Control \x01\x1f characters and DEL \x7f",
    "%s %d %n printf lookalikes",
    "   leading and trailing spaces   ",
    NULL, /* the long word */
  };

  /* As long as a title may be (OPS_PLAN_MAX_LINE_CHARS), in one word. */
  for (guint i = 0; i < OPS_PLAN_MAX_LINE_CHARS / g_utf8_strlen ("Überstundenabbau", -1); i++)
    g_string_append (long_word, "Überstundenabbau");
  texts[G_N_ELEMENTS (texts) - 1] = long_word->str;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(OpsPlanItem) item = ops_plan_item_new (OPS_PLAN_ITEM_KIND_CUSTOM, texts[i]);

      ops_plan_item_set_notes (item, texts[i]);
      ops_plan_add_item (plan, item);
    }
  ops_plan_set_why (plan, texts[0]);
  ops_plan_set_owner_name (plan, texts[2]);

  bytes = ops_plan_to_bytes (plan);
  loaded = load_bytes (bytes);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_assert_cmpstr (ops_plan_item_get_title (ops_test_plan_item_at (loaded, i)), ==, texts[i]);
      g_assert_cmpstr (ops_plan_item_get_notes (ops_test_plan_item_at (loaded, i)), ==, texts[i]);
    }
  g_assert_cmpstr (ops_plan_get_why (loaded), ==, texts[0]);
  g_assert_cmpstr (ops_plan_get_owner_name (loaded), ==, texts[2]);
}

static void
test_duplicate_catalog_entries_stay (void)
{
  g_autoptr(OpsPlan) plan = load_string ("{\"format\": 1, \"items\": ["
                                         "{\"kind\": \"skill\", \"catalog-id\": \"lean\", \"title\": \"Lean\"},"
                                         "{\"kind\": \"skill\", \"catalog-id\": \"lean\", \"title\": \"Lean again\"}]}");

  /* Not what we write, but nothing to refuse a file over: both are kept. */
  g_assert_cmpuint (g_list_model_get_n_items (ops_plan_get_items (plan)), ==, 2);
}

/* Hostile files */

typedef enum
{
  AS_WRITTEN,
  DEEP_ARRAYS,
  DEEP_IN_UNKNOWN_KEY,
  HUGE,
} Generator;

typedef struct
{
  const char *name;
  const char *data;
  gssize      len;        /* -1: up to the NUL */
  Generator   generator;
  const char *message;    /* a fragment the error message must hold */
} Hostile;

#define ITEM(json) "{\"format\": 1, \"items\": [" json "]}"
#define SKILL(extra) ITEM ("{\"kind\": \"skill\", \"title\": \"Lean\"" extra "}")

static const Hostile hostile[] = {
  /* Not JSON at all */
  { "not-json", "Dear mentor, here is my plan.", -1, 0, "Line 1, column 1: not valid JSON: unexpected character `D'" },
  { "empty", "", -1, 0, "The file is empty" },
  { "only-whitespace", " \n\t\n ", -1, 0, "The file is empty" },
  { "binary", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, 0, "Line 1, column 1: the file is not valid UTF-8 text" },
  { "utf16", "\xff\xfe{\0\"\0f\0", 8, 0, "Line 1, column 1: the file is not valid UTF-8 text" },
  { "invalid-utf8", "{\n  \"format\": 1,\n  \"why\": \"caf\xe9\"\n}", -1, 0,
    "Line 3, column 14: the file is not valid UTF-8 text" },
  { "overlong-utf8", "{\"format\": 1, \"why\": \"\xc0\xaf\"}", -1, 0, "Line 1, column 23: the file is not valid UTF-8" },
  { "nul-byte", "{\"format\": 1}\n\0\n", 16, 0, "Line 2, column 1: the file contains a NUL byte" },
  { "escaped-nul", "{\"format\": 1,\n \"why\": \"cut\\u0000here\"}", -1, 0,
    "Line 2, column 13: text may not contain the character \\u0000" },
  { "lone-surrogate", "{\"format\": 1, \"why\": \"\\ud800\"}", -1, 0, "Line 1, column 29: not valid JSON" },
  { "lone-low-surrogate", "{\"format\": 1, \"why\": \"\\udc00x\"}", -1, 0, "Line 1, column 29: not valid JSON" },
  { "nan", "{\"format\": 1, \"x\": NaN}", -1, 0, "Line 1, column 20: not valid JSON" },

  /* Broken JSON */
  { "truncated", "{\n  \"format\": 1,\n  \"items\": [\n    {\"kind\": \"skill\", \"tit", -1, 0, "Line 4, column 21: not valid JSON" },
  { "truncated-string", "{\"format\": 1, \"why\": \"I want to", -1, 0, "Line 1, column 32: not valid JSON" },
  { "trailing-comma", "{\n  \"format\": 1,\n}", -1, 0, "Line 2, column 14: not valid JSON" },
  { "missing-colon", "{\n  \"format\" 1\n}", -1, 0, "Line 2, column 10: not valid JSON" },
  { "missing-comma", "{\n  \"format\": 1\n  \"why\": \"x\"\n}", -1, 0, "Line 2, column 13: not valid JSON" },
  { "deep-nesting", NULL, 0, DEEP_ARRAYS, "nested too deeply" },
  { "deep-in-unknown-key", NULL, 0, DEEP_IN_UNKNOWN_KEY, "nested too deeply" },
  { "huge", NULL, 0, HUGE, "too large" },

  /* JSON, but not a plan */
  { "top-level-array", "[{\"format\": 1}]", -1, 0, "the file holds an array, not an object" },
  { "top-level-string", "\"plan\"", -1, 0, "the file holds a string, not an object" },
  { "no-format", "{\"items\": []}", -1, 0, "This is not an OpsLadder plan: it has no “format”" },
  { "format-string", "{\"format\": \"1\"}", -1, 0, "“format” must be a whole number of 1 or more" },
  { "format-zero", "{\"format\": 0}", -1, 0, "“format” must be a whole number" },
  { "format-fraction", "{\"format\": 1.5}", -1, 0, "“format” must be a whole number" },
  { "format-negative", "{\"format\": -2}", -1, 0, "“format” must be a whole number" },
  { "duplicate-key", "{\"format\": 1,\n \"why\": \"a\",\n \"why\": \"b\"}", -1, 0,
    "Line 3, column 11: the key “why” appears twice" },
  { "duplicate-key-in-item", ITEM ("{\"kind\": \"skill\", \"title\": \"A\", \"title\": \"B\"}"), -1, 0,
    "Line 1, column 68: the key “title” appears twice" },
  { "duplicate-format", "{\"format\": 2, \"format\": 1}", -1, 0, "the key “format” appears twice" },
  /* Colons and quotes inside strings must not hide a duplicate. */
  { "duplicate-after-colons-in-strings",
    "{\"format\": 2, \"why\": \"a: \\\": b\", \"owner-name\": \"x:y\", \"why\": \"c\"}", -1, 0,
    "the key “why” appears twice" },
  { "duplicate-in-record", "{\"format\": 2, \"achievements\": [{\"id\": \"a\", \"title\": \"T: 1\", \"title\": \"U\"}]}",
    -1, 0, "the key “title” appears twice" },
  /* The reader counts the members it reads; each place it reads, or
   * keeps unread, must count what it holds. */
  { "duplicate-record-id", "{\"format\": 2, \"achievements\": [{\"id\": \"a\", \"id\": \"b\"}]}", -1, 0,
    "the key “id” appears twice" },
  { "duplicate-in-unknown-member", "{\"format\": 2, \"x-a\": [{\"b\": 1}, {\"c\": {\"d\": 1, \"d\": 2}}]}", -1, 0,
    "the key “d” appears twice" },
  { "duplicate-in-credential-log", SKILL (", \"credential-log\": {\"renewals\": [], \"renewals\": [\"2031-01-01\"]}"),
    -1, 0, "the key “renewals” appears twice" },
  { "duplicate-in-activity", SKILL (", \"credential-log\": {\"activities\": [{\"date\": \"2027-01-01\", "
                                    "\"date\": \"2027-01-02\"}]}"), -1, 0, "the key “date” appears twice" },
  { "duplicate-where-the-read-fails", ITEM ("{\"kind\": \"skill\", \"title\": \"A\", \"title\": 4}"), -1, 0,
    "the key “title” appears twice" },
  /* The items read before it are freed from the tree as they are read. */
  { "duplicate-where-a-later-read-fails",
    ITEM ("{\"kind\": \"skill\", \"title\": \"A\"}, {\"kind\": \"skill\", \"title\": \"B\", \"title\": 4}"), -1, 0,
    "the key “title” appears twice" },
  { "title-number-after-items-read",
    ITEM ("{\"kind\": \"skill\", \"title\": \"A\"}, {\"kind\": \"skill\", \"title\": 4}"), -1, 0,
    "“title” of item 2 must be a string, not a number" },
  { "duplicate-in-a-list-that-fails", SKILL (", \"links\": [{\"a\": 1, \"a\": 2}]"), -1, 0,
    "the key “a” appears twice" },
  { "duplicate-in-future-items", "{\"format\": 99, \"items\": {\"a\": 1, \"a\": 2}}", -1, 0,
    "the key “a” appears twice" },
  { "duplicate-in-future-item", "{\"format\": 99, \"items\": [[{\"a\": 1, \"a\": 2}]]}", -1, 0,
    "the key “a” appears twice" },
  { "duplicate-in-future-record", "{\"format\": 99, \"stories\": [{\"x-id\": 1, \"x-id\": 2}]}", -1, 0,
    "the key “x-id” appears twice" },
  { "duplicate-in-future-value", "{\"format\": 99, \"items\": [{\"kind\": \"skill\", \"title\": \"A\", "
                                 "\"status\": {\"b\": 1, \"b\": 2}}]}", -1, 0, "the key “b” appears twice" },

  /* Wrong types and values */
  { "owner-name-array", "{\"format\": 1, \"owner-name\": [\"Ada\"]}", -1, 0, "“owner-name” must be a string, not an array" },
  { "items-object", "{\"format\": 1, \"items\": {\"0\": {}}}", -1, 0, "“items” must be an array, not an object" },
  { "item-number", ITEM ("{\"kind\": \"skill\", \"title\": \"A\"}, 42"), -1, 0, "Item 2 must be an object, not a number" },
  { "title-number", ITEM ("{\"kind\": \"skill\", \"title\": 42}"), -1, 0, "“title” of item 1 must be a string, not a number" },
  { "title-null", ITEM ("{\"kind\": \"skill\", \"title\": null}"), -1, 0, "“title” of item 1 must be a string, not null" },
  { "title-missing", ITEM ("{\"kind\": \"skill\"}"), -1, 0, "Item 1 has no “title”" },
  { "kind-missing", ITEM ("{\"title\": \"Lean\"}"), -1, 0, "Item 1 has no “kind”" },
  { "kind-unknown", ITEM ("{\"kind\": \"hobby\", \"title\": \"Chess\"}"), -1, 0,
    "“kind” of item 1: “hobby” is not one of certification, education, skill, experience, networking, custom" },
  { "status-unknown", SKILL (", \"status\": \"finished\""), -1, 0,
    "“status” of item 1: “finished” is not one of planned, in-progress, done, skipped" },
  { "status-wrong-case", SKILL (", \"status\": \"Done\""), -1, 0, "“Done” is not one of" },
  { "status-boolean", SKILL (", \"status\": true"), -1, 0, "“status” of item 1 must be a string, not a boolean" },
  { "date-slashes", SKILL (", \"target-date\": \"31/12/2026\""), -1, 0,
    "“target-date” of item 1: “31/12/2026” is not a date written as YYYY-MM-DD" },
  { "date-february-30", SKILL (", \"completion-date\": \"2026-02-30\""), -1, 0, "“2026-02-30” is not a date" },
  { "date-month-13", "{\"format\": 1, \"target-date\": \"2026-13-01\"}", -1, 0, "“target-date”: “2026-13-01” is not a date" },
  { "date-year-zero", "{\"format\": 1, \"target-date\": \"0000-01-01\"}", -1, 0, "is not a date" },
  { "date-with-time", SKILL (", \"target-date\": \"2026-01-01T09:00:00Z\""), -1, 0, "is not a date" },
  { "date-number", SKILL (", \"target-date\": 20260101"), -1, 0, "“target-date” of item 1 must be a string, not a number" },
  { "effort-infinite", SKILL (", \"effort-hours\": 1e999"), -1, 0, "“effort-hours” of item 1 must be between 0 and 100000 hours" },
  { "effort-negative", SKILL (", \"effort-hours\": -5"), -1, 0, "must be between 0 and 100000 hours" },
  { "effort-huge-integer", SKILL (", \"effort-hours\": 99999999999999999999999"), -1, 0, "must be between 0 and 100000" },
  { "effort-string", SKILL (", \"effort-hours\": \"10\""), -1, 0, "“effort-hours” of item 1 must be a number, not a string" },
  { "links-string", SKILL (", \"links\": \"https://ascm.org\""), -1, 0, "“links” of item 1 must be an array of strings, not a string" },
  { "links-number-element", SKILL (", \"links\": [\"https://ascm.org\", 3]"), -1, 0,
    "“links” of item 1 (element 2) must be a string, not a number" },
  { "unknown-key-infinite", "{\"format\": 1, \"x-score\": [1, -1e999]}", -1, 0, "“x-score” holds a number too large" },
  { "log-array", SKILL (", \"credential-log\": []"), -1, 0, "“credential-log” of item 1 must be an object, not an array" },
  { "log-unknown-member", SKILL (", \"credential-log\": {\"cycles\": []}"), -1, 0,
    "“credential-log” of item 1 has a member “cycles” OpsLadder does not know" },
  { "log-renewals-string", SKILL (", \"credential-log\": {\"renewals\": \"2031-01-01\"}"), -1, 0,
    "“credential-log” of item 1, “renewals” must be an array, not a string" },
  { "log-renewal-not-a-date", SKILL (", \"credential-log\": {\"renewals\": [\"2031-02-30\"]}"), -1, 0,
    "“credential-log” of item 1, “renewals” (element 1): “2031-02-30” is not a date written as YYYY-MM-DD" },
  { "log-activity-no-date", SKILL (", \"credential-log\": {\"activities\": [{\"points\": 5}]}"), -1, 0,
    "“credential-log” of item 1, “activities” (element 1) has no “date”" },
  { "log-activity-negative", SKILL (", \"credential-log\": {\"activities\": [{\"date\": \"2027-01-01\", "
                                    "\"points\": -1}]}"), -1, 0, "(element 1) must be between 0 and 10000" },
  { "log-activity-note-number", SKILL (", \"credential-log\": {\"activities\": [{\"date\": \"2027-01-01\", "
                                       "\"note\": 3}]}"), -1, 0, "(element 1) must be a string, not a number" },
};

static GBytes *
hostile_bytes (const Hostile *entry)
{
  GString *data;

  switch (entry->generator)
    {
    case AS_WRITTEN:
      return g_bytes_new_static (entry->data, entry->len < 0 ? strlen (entry->data) : (gsize) entry->len);

    case DEEP_ARRAYS:
      data = g_string_new ("{\"format\": 1, \"items\": ");
      for (guint i = 0; i < 100000; i++)
        g_string_append_c (data, '[');
      return g_string_free_to_bytes (data);

    case DEEP_IN_UNKNOWN_KEY:
      data = g_string_new ("{\"format\": 1, \"x\": ");
      for (guint i = 0; i < 5000; i++)
        g_string_append (data, "{\"a\": ");
      g_string_append (data, "1");
      for (guint i = 0; i < 5000; i++)
        g_string_append_c (data, '}');
      g_string_append_c (data, '}');
      return g_string_free_to_bytes (data);

    case HUGE:
      data = g_string_new ("{\"format\": 1, \"why\": \"");
      while (data->len <= OPS_PLAN_MAX_FILE_SIZE)
        g_string_append (data, "I want to run operations. ");
      g_string_append (data, "\"}");
      return g_string_free_to_bytes (data);

    default:
      g_assert_not_reached ();
    }
}

static void
assert_hostile_error (const Hostile *entry,
                      const GError  *error)
{
  g_assert_nonnull (error);
  g_test_message ("%s: %s", entry->name, error->message);
  g_assert_error ((GError *) error, OPS_ERROR, OPS_ERROR_PLAN_INVALID);
  if (strstr (error->message, entry->message) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, entry->message);
}

static void
test_hostile (gconstpointer data)
{
  const Hostile *entry = data;
  g_autoptr(GBytes) bytes = hostile_bytes (entry);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsPlan) plan = ops_plan_load_from_bytes (bytes, catalog, &error);

  g_assert_null (plan);
  assert_hostile_error (entry, error);
}

/* The same files opened by the store: the error is the same, and the file
 * stays exactly as it was, whatever happens afterwards. */

static void
result_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_for_result (GAsyncResult **result)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (30, ops_test_set_flag_cb, &timed_out);

  while (*result == NULL && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);

  return *result;
}

static void
assert_file_holds (GFile  *file,
                   GBytes *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) actual = g_file_load_bytes (file, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (actual, expected));
}

static void
test_hostile_in_store (gconstpointer data)
{
  const Hostile *entry = data;
  g_autoptr(GBytes) bytes = hostile_bytes (entry);
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), entry->name, NULL);
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(OpsPlanStore) store = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) flushed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) flush_error = NULL;

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);

  store = ops_plan_store_new (file, catalog);
  ops_plan_store_set_autosave_delay (store, 10);
  ops_plan_store_load_async (store, NULL, result_cb, &result);
  g_assert_false (ops_plan_store_load_finish (store, wait_for_result (&result), &error));
  assert_hostile_error (entry, error);
  assert_hostile_error (entry, ops_plan_store_get_load_error (store));
  g_assert_false (ops_plan_store_get_can_autosave (store));

  /* The person carries on with the plan in memory; nothing is written over
   * the file they may want to repair, not after the autosave delay, not
   * when quitting. */
  ops_plan_set_owner_name (ops_plan_store_get_plan (store), "Someone");
  g_assert_true (ops_plan_get_modified (ops_plan_store_get_plan (store)));
  ops_test_spin (100);
  ops_plan_store_flush_async (store, NULL, result_cb, &flushed);
  g_assert_true (ops_plan_store_flush_finish (store, wait_for_result (&flushed), &flush_error));
  g_assert_no_error (flush_error);

  assert_file_holds (file, bytes);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_true (ops_plan_get_modified (ops_plan_store_get_plan (store)));
}

static void
test_huge_file_not_read (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "sparse.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(OpsPlanStore) store = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  goffset size = (goffset) 64 << 30;
  GStatBuf buf;
  int fd;

  /* 64 GiB that take no space: reading them would take minutes and all
   * the memory, so an answer at all shows the size was checked first. */
  g_assert_no_errno (g_mkdir_with_parents (g_get_user_data_dir (), 0700));
  fd = g_open (path, O_CREAT | O_WRONLY | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  if (ftruncate (fd, size) != 0)
    {
      g_close (fd, NULL);
      g_test_skip ("this file system cannot hold a sparse 64 GiB file");
      return;
    }
  g_close (fd, NULL);

  store = ops_plan_store_new (file, catalog);
  ops_plan_store_load_async (store, NULL, result_cb, &result);
  g_assert_false (ops_plan_store_load_finish (store, wait_for_result (&result), &error));
  g_assert_error (error, OPS_ERROR, OPS_ERROR_PLAN_INVALID);
  g_assert_nonnull (strstr (error->message, "too large"));

  g_assert_no_errno (g_stat (path, &buf));
  g_assert_cmpint (buf.st_size, ==, size);
  g_unlink (path);
}

/* The schema */

static const char schema_check[] =
  "import json, sys\n"
  "import jsonschema\n"
  "schema = json.load(open(sys.argv[1]))\n"
  "jsonschema.Draft202012Validator.check_schema(schema)\n"
  "validator = jsonschema.Draft202012Validator(schema)\n"
  "split = sys.argv.index('--')\n"
  "problems = []\n"
  "for path in sys.argv[2:split]:\n"
  "    for error in validator.iter_errors(json.load(open(path, encoding='utf-8-sig'))):\n"
  "        problems.append(f'{path} should be valid: {error.message}')\n"
  "for path in sys.argv[split + 1:]:\n"
  "    if validator.is_valid(json.load(open(path, encoding='utf-8-sig'))):\n"
  "        problems.append(f'{path} should be invalid')\n"
  "print('\\n'.join(problems))\n"
  "sys.exit(1 if problems else 0)\n";

static char *
write_temporary (const char *name,
                 GBytes     *bytes)
{
  char *path = g_build_filename (g_get_user_data_dir (), name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_no_errno (g_mkdir_with_parents (g_get_user_data_dir (), 0700));
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);

  return path;
}

static const Hostile *
find_hostile (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    if (g_str_equal (hostile[i].name, name))
      return &hostile[i];

  g_assert_not_reached ();
}

/* data/plan.schema.json must accept what OpsLadder writes and reads, and
 * reject what it refuses (where a schema can say so), or it misleads
 * whoever writes plan files by other means. */
static void
test_schema (void)
{
  const char *invalid[] = {
    "no-format", "top-level-array", "format-string", "owner-name-array", "items-object", "item-number",
    "title-number", "title-null", "title-missing", "kind-missing", "kind-unknown", "status-unknown",
    "status-wrong-case", "date-slashes", "date-month-13", "date-year-zero", "date-with-time", "date-number",
    "effort-negative", "effort-string", "links-string", "links-number-element", "log-array", "log-unknown-member",
    "log-renewals-string", "log-activity-no-date", "log-activity-negative", "log-activity-note-number",
  };
  g_autofree char *python = g_find_program_in_path ("python3");
  g_autofree char *schema = g_test_build_filename (G_TEST_DIST, "..", "data", "plan.schema.json", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(OpsPlan) starter = ops_plan_new_starter (catalog, "operations-trainee", "coo");
  g_autoptr(GBytes) starter_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL, *err = NULL;
  int status = 0;

  ops_plan_set_hours_per_week (starter, 7.5);
  starter_bytes = ops_plan_to_bytes (starter);

  if (python == NULL)
    {
      g_test_skip ("python3 is not installed");
      return;
    }

  g_ptr_array_add (argv, g_strdup (python));
  g_ptr_array_add (argv, g_strdup ("-c"));
  g_ptr_array_add (argv, g_strdup (schema_check));
  g_ptr_array_add (argv, g_strdup (schema));
  g_ptr_array_add (argv, g_test_build_filename (G_TEST_DIST, "plans", "full.json", NULL));
  g_ptr_array_add (argv, g_test_build_filename (G_TEST_DIST, "plans", "foreign.json", NULL));
  g_ptr_array_add (argv, write_temporary ("starter.json", starter_bytes));
  g_ptr_array_add (argv, g_strdup ("--"));
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GBytes) bytes = hostile_bytes (find_hostile (invalid[i]));
      g_autofree char *name = g_strconcat (invalid[i], ".json", NULL);

      g_ptr_array_add (argv, write_temporary (name, bytes));
    }
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (strstr (err, "No module named 'jsonschema'") != NULL)
    {
      g_test_skip ("python3-jsonschema is not installed");
      return;
    }
  g_test_message ("%s%s", out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  catalog = ops_catalog_new_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/plan-serializer/round-trip/ours", test_round_trip_ours);
  g_test_add_func ("/plan-serializer/round-trip/after-edit", test_round_trip_after_edit);
  g_test_add_func ("/plan-serializer/round-trip/foreign", test_round_trip_foreign);
  g_test_add_func ("/plan-serializer/round-trip/without-catalog", test_round_trip_without_catalog);
  g_test_add_func ("/plan-serializer/newer-format", test_newer_format);
  g_test_add_func ("/plan-serializer/stable-output", test_stable_output);
  g_test_add_func ("/plan-serializer/literal-text", test_literal_text);
  g_test_add_func ("/plan-serializer/duplicate-catalog-entries-stay", test_duplicate_catalog_entries_stay);
  g_test_add_func ("/plan-serializer/colons-in-strings", test_colons_in_strings);
  g_test_add_func ("/plan-serializer/read-as-stored", test_read_as_stored);
  g_test_add_func ("/plan-serializer/progress-after-load", test_progress_after_load);
  g_test_add_func ("/plan-serializer/huge-file-not-read", test_huge_file_not_read);
  g_test_add_func ("/plan-serializer/schema", test_schema);
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *path = g_strdup_printf ("/plan-serializer/hostile/%s", hostile[i].name);
      g_autofree char *store_path = g_strdup_printf ("/plan-serializer/hostile-in-store/%s", hostile[i].name);

      g_test_add_data_func (path, &hostile[i], test_hostile);
      g_test_add_data_func (store_path, &hostile[i], test_hostile_in_store);
    }

  status = g_test_run ();
  g_clear_object (&catalog);

  return status;
}
