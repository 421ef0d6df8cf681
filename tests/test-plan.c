/* test-plan.c: the plan a person edits, undoes and measures against a role
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <math.h>

#include "ops-catalog.h"
#include "ops-error.h"
#include "ops-plan.h"
#include "ops-plan-serializer.h"
#include "ops-test-util.h"

static OpsCatalog *
load_catalog (void)
{
  g_autoptr(GError) error = NULL;
  OpsCatalog *catalog = ops_catalog_new_default (&error);

  g_assert_no_error (error);

  return catalog;
}

static OpsPlan *
load_plan (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  OpsPlan *plan = ops_plan_load_from_bytes (bytes, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);

  return plan;
}

static guint
n_items (OpsPlan *plan)
{
  return g_list_model_get_n_items (ops_plan_get_items (plan));
}

/* "A,B,C" by title, to compare orders at a glance. */
static char *
titles (OpsPlan *plan)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  for (guint i = 0; i < n_items (plan); i++)
    g_strv_builder_add (builder, ops_plan_item_get_title (ops_test_plan_item_at (plan, i)));
  strv = g_strv_builder_end (builder);

  return g_strjoinv (",", strv);
}

static OpsPlan *
plan_with (const char *first,
           ...)
{
  OpsPlan *plan = ops_plan_new ();
  va_list args;

  va_start (args, first);
  for (const char *title = first; title != NULL; title = va_arg (args, const char *))
    {
      g_autoptr(OpsPlanItem) item = ops_plan_item_new (OPS_PLAN_ITEM_KIND_CUSTOM, title);

      ops_plan_add_item (plan, item);
    }
  va_end (args);

  return plan;
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
count_signal_cb (gpointer  object,
                 guint    *count)
{
  (*count)++;
}

static GDateTime *
day (int year,
     int month,
     int d)
{
  return g_date_time_new_utc (year, month, d, 0, 0, 0);
}

static void
assert_day (GDateTime *date,
            int        year,
            int        month,
            int        d)
{
  g_assert_nonnull (date);
  g_assert_cmpint (g_date_time_get_year (date), ==, year);
  g_assert_cmpint (g_date_time_get_month (date), ==, month);
  g_assert_cmpint (g_date_time_get_day_of_month (date), ==, d);
}

static void
assert_today (GDateTime *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  assert_day (date, g_date_time_get_year (now), g_date_time_get_month (now), g_date_time_get_day_of_month (now));
}

/* Items */

static void
test_enums (void)
{
  OpsPlanItemStatus status;
  OpsPlanItemKind kind;

  g_assert_cmpstr (ops_plan_item_status_to_string (OPS_PLAN_ITEM_STATUS_IN_PROGRESS), ==, "in-progress");
  g_assert_cmpstr (ops_plan_item_kind_to_string (OPS_PLAN_ITEM_KIND_NETWORKING), ==, "networking");
  g_assert_true (ops_plan_item_status_from_string ("skipped", &status));
  g_assert_cmpint (status, ==, OPS_PLAN_ITEM_STATUS_SKIPPED);
  g_assert_true (ops_plan_item_kind_from_string ("education", &kind));
  g_assert_cmpint (kind, ==, OPS_PLAN_ITEM_KIND_EDUCATION);
  g_assert_false (ops_plan_item_status_from_string ("finished", &status));
  g_assert_false (ops_plan_item_status_from_string ("IN_PROGRESS", &status));
  g_assert_false (ops_plan_item_kind_from_string ("Skill", &kind));
}

static void
test_item_standalone (void)
{
  g_autoptr(OpsPlanItem) item = ops_plan_item_new (OPS_PLAN_ITEM_KIND_SKILL, NULL);
  g_autoptr(GDateTime) local = g_date_time_new_local (2027, 3, 14, 23, 30, 0);
  const char *links[] = { NULL };
  guint notified = 0;

  /* "Not set" has one spelling, so setting it again is not an edit. */
  g_assert_cmpstr (ops_plan_item_get_title (item), ==, "");
  g_assert_cmpstr (ops_plan_item_get_notes (item), ==, "");
  g_signal_connect (item, "notify::catalog-id", G_CALLBACK (count_cb), &notified);
  ops_plan_item_set_catalog_id (item, "");
  g_assert_null (ops_plan_item_get_catalog_id (item));
  g_assert_cmpuint (notified, ==, 0);
  ops_plan_item_set_catalog_id (item, "lean");
  ops_plan_item_set_catalog_id (item, "lean");
  g_assert_cmpuint (notified, ==, 1);
  ops_plan_item_set_links (item, links);
  g_assert_null (ops_plan_item_get_links (item));

  /* A date is a day: late evening in any zone stays that day. */
  ops_plan_item_set_target_date (item, local);
  assert_day (ops_plan_item_get_target_date (item), 2027, 3, 14);
  g_assert_cmpint (g_date_time_get_hour (ops_plan_item_get_target_date (item)), ==, 0);

  ops_plan_item_set_status (item, OPS_PLAN_ITEM_STATUS_DONE);
  assert_today (ops_plan_item_get_completion_date (item));
  g_assert_true (ops_plan_item_is_finished (item));
  ops_plan_item_set_status (item, OPS_PLAN_ITEM_STATUS_IN_PROGRESS);
  g_assert_null (ops_plan_item_get_completion_date (item));
  g_assert_false (ops_plan_item_is_finished (item));
  ops_plan_item_set_status (item, OPS_PLAN_ITEM_STATUS_SKIPPED);
  g_assert_true (ops_plan_item_is_finished (item));
  g_assert_null (ops_plan_item_get_completion_date (item));
}

static void
test_item_rejects_bad_values (void)
{
  g_autoptr(OpsPlanItem) item = ops_plan_item_new (OPS_PLAN_ITEM_KIND_SKILL, "Lean");

  ops_plan_item_set_effort_hours (item, 12.5);

  g_test_expect_message ("GLib-GObject", G_LOG_LEVEL_CRITICAL, "*nan*effort-hours*");
  g_object_set (item, "effort-hours", NAN, NULL);
  g_test_assert_expected_messages ();
  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*hours*");
  ops_plan_item_set_effort_hours (item, -1);
  g_test_assert_expected_messages ();
  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*UTF-8*");
  ops_plan_item_set_title (item, "bad \xff byte");
  g_test_assert_expected_messages ();

  g_assert_cmpfloat (ops_plan_item_get_effort_hours (item), ==, 12.5);
  g_assert_cmpstr (ops_plan_item_get_title (item), ==, "Lean");
}

/* The plan as a model */

static void
test_plan_properties_notify (void)
{
  g_autoptr(OpsPlan) plan = ops_plan_new ();
  g_autoptr(GDateTime) date = day (2028, 1, 31);
  g_autoptr(GDateTime) same_day = g_date_time_new_utc (2028, 1, 31, 15, 0, 0);
  guint owner = 0, target = 0, target_date = 0, changed = 0;

  g_signal_connect (plan, "notify::owner-name", G_CALLBACK (count_cb), &owner);
  g_signal_connect (plan, "notify::target-role-id", G_CALLBACK (count_cb), &target);
  g_signal_connect (plan, "notify::target-date", G_CALLBACK (count_cb), &target_date);
  g_signal_connect (plan, "changed", G_CALLBACK (count_signal_cb), &changed);

  ops_plan_set_owner_name (plan, "Ada");
  ops_plan_set_owner_name (plan, "Ada");
  g_object_set (plan, "owner-name", "Ada", NULL);
  g_assert_cmpuint (owner, ==, 1);
  g_assert_cmpuint (changed, ==, 1);

  ops_plan_set_target_role (plan, "coo", "Chief Operating Officer");
  g_assert_cmpuint (target, ==, 1);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpstr (ops_plan_get_target_role_id (plan), ==, "coo");
  g_assert_cmpstr (ops_plan_get_target_role_title (plan), ==, "Chief Operating Officer");

  /* A role the catalog lacks is free text. */
  ops_plan_set_current_role (plan, NULL, "Night Shift Lead");
  g_assert_null (ops_plan_get_current_role_id (plan));
  g_assert_cmpstr (ops_plan_get_current_role_title (plan), ==, "Night Shift Lead");

  ops_plan_set_target_date (plan, date);
  ops_plan_set_target_date (plan, same_day);
  g_assert_cmpuint (target_date, ==, 1);
  assert_day (ops_plan_get_target_date (plan), 2028, 1, 31);
}

typedef struct
{
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GArray     *log)
{
  ItemsChanged change = { position, removed, added };

  g_array_append_val (log, change);
}

static void
assert_change (GArray *log,
               guint   position,
               guint   removed,
               guint   added)
{
  ItemsChanged *change;

  g_assert_cmpuint (log->len, ==, 1);
  change = &g_array_index (log, ItemsChanged, 0);
  g_assert_cmpuint (change->position, ==, position);
  g_assert_cmpuint (change->removed, ==, removed);
  g_assert_cmpuint (change->added, ==, added);
  g_array_set_size (log, 0);
}

static void
test_items_changed (void)
{
  g_autoptr(OpsPlan) plan = plan_with ("A", "B", "C", "D", NULL);
  g_autoptr(GArray) log = g_array_new (FALSE, FALSE, sizeof (ItemsChanged));
  g_autoptr(OpsPlanItem) e = ops_plan_item_new (OPS_PLAN_ITEM_KIND_CUSTOM, "E");
  g_autofree char *order = NULL;

  g_assert_true (g_list_model_get_item_type (ops_plan_get_items (plan)) == OPS_TYPE_PLAN_ITEM);
  g_signal_connect (ops_plan_get_items (plan), "items-changed", G_CALLBACK (items_changed_cb), log);

  ops_plan_insert_item (plan, 1, e);
  assert_change (log, 1, 0, 1);
  g_assert_true (ops_plan_item_get_plan (e) == plan);

  ops_plan_remove_item (plan, ops_test_plan_item_at (plan, 3));
  assert_change (log, 3, 1, 0);

  /* A move is one change spanning from where it left to where it landed. */
  ops_plan_move_item (plan, 0, 3);
  assert_change (log, 0, 4, 4);
  order = titles (plan);
  g_assert_cmpstr (order, ==, "E,B,D,A");

  ops_plan_undo (plan);
  assert_change (log, 0, 4, 4);
  ops_plan_undo (plan);
  assert_change (log, 3, 0, 1);
  ops_plan_undo (plan);
  assert_change (log, 1, 1, 0);
  g_assert_null (ops_plan_item_get_plan (e));
}

/* Undo */

static void
test_undo_property_edits (void)
{
  g_autoptr(OpsPlan) plan = plan_with ("CPIM", NULL);
  OpsPlanItem *item = ops_test_plan_item_at (plan, 0);
  guint can_undo = 0, can_redo = 0;

  g_assert_true (ops_plan_get_can_undo (plan));
  g_assert_false (ops_plan_get_can_redo (plan));
  g_signal_connect (plan, "notify::can-undo", G_CALLBACK (count_cb), &can_undo);
  g_signal_connect (plan, "notify::can-redo", G_CALLBACK (count_cb), &can_redo);

  /* Edits through the item, as a bound widget makes them, are recorded. */
  g_object_set (item, "status", OPS_PLAN_ITEM_STATUS_IN_PROGRESS, NULL);
  ops_plan_item_set_effort_hours (item, 80);
  ops_plan_set_why (plan, "Run a plant");

  ops_plan_undo (plan);
  g_assert_cmpstr (ops_plan_get_why (plan), ==, "");
  g_assert_true (ops_plan_get_can_redo (plan));
  g_assert_cmpuint (can_redo, ==, 1);
  ops_plan_undo (plan);
  g_assert_cmpfloat (ops_plan_item_get_effort_hours (item), ==, 0);
  ops_plan_undo (plan);
  g_assert_cmpint (ops_plan_item_get_status (item), ==, OPS_PLAN_ITEM_STATUS_PLANNED);

  /* The add of the item itself is the first step. */
  g_assert_true (ops_plan_get_can_undo (plan));
  ops_plan_undo (plan);
  g_assert_false (ops_plan_get_can_undo (plan));
  g_assert_cmpuint (n_items (plan), ==, 0);
  g_assert_cmpuint (can_undo, ==, 1);

  ops_plan_redo (plan);
  ops_plan_redo (plan);
  ops_plan_redo (plan);
  ops_plan_redo (plan);
  g_assert_false (ops_plan_get_can_redo (plan));
  g_assert_cmpuint (can_redo, ==, 2);
  g_assert_true (ops_test_plan_item_at (plan, 0) == item);
  g_assert_cmpint (ops_plan_item_get_status (item), ==, OPS_PLAN_ITEM_STATUS_IN_PROGRESS);
  g_assert_cmpfloat (ops_plan_item_get_effort_hours (item), ==, 80);
  g_assert_cmpstr (ops_plan_get_why (plan), ==, "Run a plant");

  /* Nothing left: these do nothing and say nothing. */
  ops_plan_redo (plan);
  g_assert_cmpuint (can_redo, ==, 2);
}

static void
fill_item (OpsPlanItem *item)
{
  const char *links[] = { "https://www.ascm.org/", "https://example.com/a?b=c&d", NULL };
  g_autoptr(GDateTime) target = day (2026, 9, 1);

  ops_plan_item_set_kind (item, OPS_PLAN_ITEM_KIND_CERTIFICATION);
  ops_plan_item_set_catalog_id (item, "cpim");
  ops_plan_item_set_notes (item, "Part 1 in spring\nPart 2 in autumn");
  ops_plan_item_set_links (item, links);
  ops_plan_item_set_target_date (item, target);
  ops_plan_item_set_effort_hours (item, 120.5);
  ops_plan_item_set_status (item, OPS_PLAN_ITEM_STATUS_DONE);
}

static void
assert_filled (OpsPlanItem *item)
{
  const char * const *links = ops_plan_item_get_links (item);

  g_assert_cmpint (ops_plan_item_get_kind (item), ==, OPS_PLAN_ITEM_KIND_CERTIFICATION);
  g_assert_cmpstr (ops_plan_item_get_catalog_id (item), ==, "cpim");
  g_assert_cmpstr (ops_plan_item_get_title (item), ==, "B");
  g_assert_cmpstr (ops_plan_item_get_notes (item), ==, "Part 1 in spring\nPart 2 in autumn");
  g_assert_cmpuint (g_strv_length ((char **) links), ==, 2);
  g_assert_cmpstr (links[1], ==, "https://example.com/a?b=c&d");
  assert_day (ops_plan_item_get_target_date (item), 2026, 9, 1);
  assert_today (ops_plan_item_get_completion_date (item));
  g_assert_cmpfloat (ops_plan_item_get_effort_hours (item), ==, 120.5);
  g_assert_cmpint (ops_plan_item_get_status (item), ==, OPS_PLAN_ITEM_STATUS_DONE);
}

static void
test_undo_delete (void)
{
  g_autoptr(OpsPlan) plan = plan_with ("A", "B", "C", NULL);
  g_autoptr(OpsPlanItem) b = g_object_ref (ops_test_plan_item_at (plan, 1));
  g_autofree char *before = NULL, *after = NULL, *restored = NULL;

  fill_item (b);
  ops_plan_remove_item (plan, b);
  after = titles (plan);
  g_assert_cmpstr (after, ==, "A,C");
  g_assert_null (ops_plan_item_get_plan (b));

  /* Undone, the same item is back where it was with everything it had. */
  ops_plan_undo (plan);
  restored = titles (plan);
  g_assert_cmpstr (restored, ==, "A,B,C");
  g_assert_true (ops_test_plan_item_at (plan, 1) == b);
  g_assert_true (ops_plan_item_get_plan (b) == plan);
  assert_filled (b);

  ops_plan_redo (plan);
  before = titles (plan);
  g_assert_cmpstr (before, ==, "A,C");
  g_assert_null (ops_plan_item_get_plan (b));
  ops_plan_undo (plan);
  g_assert_true (ops_test_plan_item_at (plan, 1) == b);
  assert_filled (b);

  /* Back in the plan, its edits are recorded again. */
  ops_plan_item_set_title (b, "Renamed");
  ops_plan_undo (plan);
  g_assert_cmpstr (ops_plan_item_get_title (b), ==, "B");
}

static void
test_undo_delete_first_and_last (void)
{
  g_autoptr(OpsPlan) plan = plan_with ("A", "B", "C", NULL);
  g_autofree char *order = NULL;

  ops_plan_remove_item (plan, ops_test_plan_item_at (plan, 2));
  ops_plan_remove_item (plan, ops_test_plan_item_at (plan, 0));
  g_assert_cmpuint (n_items (plan), ==, 1);
  ops_plan_undo (plan);
  ops_plan_undo (plan);
  order = titles (plan);
  g_assert_cmpstr (order, ==, "A,B,C");
}

static void
test_undo_reorder (void)
{
  g_autoptr(OpsPlan) plan = plan_with ("A", "B", "C", "D", NULL);
  const struct { guint from, to; const char *expected; } moves[] = {
    { 0, 3, "B,C,D,A" },
    { 3, 1, "B,A,C,D" },
    { 2, 0, "C,B,A,D" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    {
      g_autofree char *order = NULL;

      ops_plan_move_item (plan, moves[i].from, moves[i].to);
      order = titles (plan);
      g_assert_cmpstr (order, ==, moves[i].expected);
    }

  for (guint i = G_N_ELEMENTS (moves); i > 0; i--)
    {
      g_autofree char *order = NULL;

      ops_plan_undo (plan);
      order = titles (plan);
      g_assert_cmpstr (order, ==, i > 1 ? moves[i - 2].expected : "A,B,C,D");
    }

  ops_plan_redo (plan);
  {
    g_autofree char *order = titles (plan);

    g_assert_cmpstr (order, ==, "B,C,D,A");
  }
}

static void
test_undo_group (void)
{
  g_autoptr(OpsPlan) plan = plan_with ("A", "B", NULL);
  g_autoptr(OpsPlanItem) c = ops_plan_item_new (OPS_PLAN_ITEM_KIND_SKILL, "C");
  g_autofree char *grouped = NULL, *undone = NULL;
  guint changed = 0;

  g_signal_connect (plan, "changed", G_CALLBACK (count_signal_cb), &changed);

  ops_plan_begin_group (plan);
  ops_plan_set_owner_name (plan, "Ada");
  ops_plan_begin_group (plan);
  ops_plan_add_item (plan, c);
  ops_plan_move_item (plan, 2, 0);
  ops_plan_end_group (plan);
  ops_plan_item_set_status (ops_test_plan_item_at (plan, 1), OPS_PLAN_ITEM_STATUS_DONE);
  g_assert_cmpuint (changed, ==, 0);
  ops_plan_end_group (plan);
  g_assert_cmpuint (changed, ==, 1);

  grouped = titles (plan);
  g_assert_cmpstr (grouped, ==, "C,A,B");

  ops_plan_undo (plan);
  undone = titles (plan);
  g_assert_cmpstr (undone, ==, "A,B");
  g_assert_cmpstr (ops_plan_get_owner_name (plan), ==, "");
  g_assert_cmpint (ops_plan_item_get_status (ops_test_plan_item_at (plan, 0)), ==, OPS_PLAN_ITEM_STATUS_PLANNED);
  g_assert_null (ops_plan_item_get_completion_date (ops_test_plan_item_at (plan, 0)));
  g_assert_cmpuint (changed, ==, 2);

  /* The step before the group is the plan_with() additions. */
  ops_plan_redo (plan);
  g_assert_cmpstr (ops_plan_get_owner_name (plan), ==, "Ada");
  g_assert_cmpuint (n_items (plan), ==, 3);

  /* An empty group is no step at all. */
  ops_plan_begin_group (plan);
  ops_plan_end_group (plan);
  g_assert_false (ops_plan_get_can_redo (plan));
  ops_plan_undo (plan);
  g_assert_cmpuint (n_items (plan), ==, 2);
}

static void
type_into (GObject    *object,
           const char *property,
           const char *text)
{
  /* As a text widget bound to the property does it: one character at a
   * time. */
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      g_autofree char *prefix = g_strndup (text, g_utf8_next_char (p) - text);

      g_object_set (object, property, prefix, NULL);
    }
}

static void
test_undo_coalesces_typing (void)
{
  g_autoptr(OpsPlan) plan = plan_with ("A", "B", NULL);
  OpsPlanItem *a = ops_test_plan_item_at (plan, 0), *b = ops_test_plan_item_at (plan, 1);

  type_into (G_OBJECT (a), "notes", "Study group on Tuesdays ✓");
  ops_plan_undo (plan);
  g_assert_cmpstr (ops_plan_item_get_notes (a), ==, "");
  ops_plan_redo (plan);
  g_assert_cmpstr (ops_plan_item_get_notes (a), ==, "Study group on Tuesdays ✓");

  /* Another field, another item, or leaving the field ends the step. */
  type_into (G_OBJECT (a), "title", "Alpha");
  type_into (G_OBJECT (b), "title", "Beta");
  type_into (G_OBJECT (b), "notes", "one");
  ops_plan_break_coalescing (plan);
  type_into (G_OBJECT (b), "notes", "one two");

  ops_plan_undo (plan);
  g_assert_cmpstr (ops_plan_item_get_notes (b), ==, "one");
  ops_plan_undo (plan);
  g_assert_cmpstr (ops_plan_item_get_notes (b), ==, "");
  ops_plan_undo (plan);
  g_assert_cmpstr (ops_plan_item_get_title (b), ==, "B");
  ops_plan_undo (plan);
  g_assert_cmpstr (ops_plan_item_get_title (a), ==, "A");
  ops_plan_undo (plan);
  g_assert_cmpstr (ops_plan_item_get_notes (a), ==, "");

  /* The plan's own text fields coalesce too. */
  while (ops_plan_get_can_redo (plan))
    ops_plan_redo (plan);
  type_into (G_OBJECT (plan), "why", "Lead a site");
  ops_plan_undo (plan);
  g_assert_cmpstr (ops_plan_get_why (plan), ==, "");
}

static void
test_undo_typing_then_erasing (void)
{
  g_autoptr(OpsPlan) plan = plan_with ("A", NULL);
  OpsPlanItem *a = ops_test_plan_item_at (plan, 0);

  ops_plan_break_coalescing (plan);
  ops_plan_item_set_notes (a, "x");
  ops_plan_item_set_notes (a, "");

  /* Nothing changed, so Undo takes back the step before: the add. */
  ops_plan_undo (plan);
  g_assert_cmpuint (n_items (plan), ==, 0);
}

static void
test_undo_redo_invalidated (void)
{
  g_autoptr(OpsPlan) plan = plan_with ("A", NULL);
  guint can_redo = 0;

  g_signal_connect (plan, "notify::can-redo", G_CALLBACK (count_cb), &can_redo);
  ops_plan_set_owner_name (plan, "Ada");
  ops_plan_undo (plan);
  g_assert_true (ops_plan_get_can_redo (plan));

  ops_plan_set_why (plan, "Because");
  g_assert_false (ops_plan_get_can_redo (plan));
  g_assert_cmpuint (can_redo, ==, 2);
  ops_plan_redo (plan);
  g_assert_cmpstr (ops_plan_get_owner_name (plan), ==, "");

  /* Typing after an undo starts a new step rather than extending the one
   * before it. */
  ops_plan_undo (plan);
  ops_plan_item_set_title (ops_test_plan_item_at (plan, 0), "AB");
  ops_plan_undo (plan);
  g_assert_cmpstr (ops_plan_item_get_title (ops_test_plan_item_at (plan, 0)), ==, "A");
  g_assert_cmpuint (n_items (plan), ==, 1);
}

static void
test_undo_completion_date (void)
{
  g_autoptr(OpsPlan) plan = plan_with ("Green Belt", NULL);
  OpsPlanItem *item = ops_test_plan_item_at (plan, 0);
  g_autoptr(GDateTime) earlier = day (2025, 5, 2);

  ops_plan_item_set_status (item, OPS_PLAN_ITEM_STATUS_DONE);
  assert_today (ops_plan_item_get_completion_date (item));
  ops_plan_undo (plan);
  g_assert_cmpint (ops_plan_item_get_status (item), ==, OPS_PLAN_ITEM_STATUS_PLANNED);
  g_assert_null (ops_plan_item_get_completion_date (item));
  ops_plan_redo (plan);
  assert_today (ops_plan_item_get_completion_date (item));

  /* A date the person corrected survives leaving and undoing. */
  ops_plan_item_set_completion_date (item, earlier);
  ops_plan_item_set_status (item, OPS_PLAN_ITEM_STATUS_IN_PROGRESS);
  g_assert_null (ops_plan_item_get_completion_date (item));
  ops_plan_undo (plan);
  g_assert_cmpint (ops_plan_item_get_status (item), ==, OPS_PLAN_ITEM_STATUS_DONE);
  assert_day (ops_plan_item_get_completion_date (item), 2025, 5, 2);

  /* Left and done again, the corrected day comes back ... */
  ops_plan_item_set_status (item, OPS_PLAN_ITEM_STATUS_PLANNED);
  ops_plan_item_set_status (item, OPS_PLAN_ITEM_STATUS_DONE);
  assert_day (ops_plan_item_get_completion_date (item), 2025, 5, 2);
  /* ... but not once the person has cleared it: done again is today. */
  ops_plan_item_set_completion_date (item, NULL);
  ops_plan_item_set_status (item, OPS_PLAN_ITEM_STATUS_PLANNED);
  ops_plan_item_set_status (item, OPS_PLAN_ITEM_STATUS_DONE);
  assert_today (ops_plan_item_get_completion_date (item));
}

static void
test_undo_with_binding (void)
{
  g_autoptr(OpsPlan) plan = plan_with ("Lean", NULL);
  OpsPlanItem *item = ops_test_plan_item_at (plan, 0);
  /* Stands in for a widget: any object with a string property will do. */
  g_autoptr(OpsPlanItem) entry = ops_plan_item_new (OPS_PLAN_ITEM_KIND_CUSTOM, NULL);

  g_object_bind_property (item, "title", entry, "title", G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_assert_cmpstr (ops_plan_item_get_title (entry), ==, "Lean");

  type_into (G_OBJECT (entry), "title", "Lean basics");
  g_assert_cmpstr (ops_plan_item_get_title (item), ==, "Lean basics");
  ops_plan_undo (plan);
  g_assert_cmpstr (ops_plan_item_get_title (item), ==, "Lean");
  g_assert_cmpstr (ops_plan_item_get_title (entry), ==, "Lean");
  g_assert_true (ops_plan_get_can_redo (plan));
}

static void
test_modified (void)
{
  g_autoptr(OpsPlan) plan = load_plan ("{\"format\": 1, \"items\": [{\"kind\": \"skill\", \"title\": \"Lean\"}]}");
  g_autoptr(OpsPlan) fresh = ops_plan_new ();
  guint notified = 0;

  /* An empty new plan has nothing worth writing. */
  g_assert_false (ops_plan_get_modified (fresh));
  g_assert_false (ops_plan_get_modified (plan));
  g_assert_false (ops_plan_get_can_undo (plan));
  g_signal_connect (plan, "notify::modified", G_CALLBACK (count_cb), &notified);

  type_into (G_OBJECT (ops_test_plan_item_at (plan, 0)), "notes", "abc");
  g_assert_true (ops_plan_get_modified (plan));
  ops_plan_undo (plan);
  g_assert_false (ops_plan_get_modified (plan));
  ops_plan_redo (plan);
  g_assert_true (ops_plan_get_modified (plan));
  g_assert_cmpuint (notified, ==, 3);
}

static void
test_progress (void)
{
  g_autoptr(OpsPlan) plan = plan_with ("A", "B", "C", "D", NULL);
  guint progress = 0, weighted = 0;

  g_assert_cmpfloat (ops_plan_get_progress (plan), ==, 0);
  g_signal_connect (plan, "notify::progress", G_CALLBACK (count_cb), &progress);
  g_signal_connect (plan, "notify::weighted-progress", G_CALLBACK (count_cb), &weighted);

  ops_plan_item_set_status (ops_test_plan_item_at (plan, 0), OPS_PLAN_ITEM_STATUS_DONE);
  ops_plan_item_set_status (ops_test_plan_item_at (plan, 1), OPS_PLAN_ITEM_STATUS_SKIPPED);
  ops_plan_item_set_status (ops_test_plan_item_at (plan, 2), OPS_PLAN_ITEM_STATUS_IN_PROGRESS);
  g_assert_cmpfloat_with_epsilon (ops_plan_get_progress (plan), 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (ops_plan_get_weighted_progress (plan), 0.5, 1e-9);
  g_assert_cmpuint (progress, ==, 2);

  /* With one estimate every item still weighs the same: no notification. */
  weighted = 0;
  ops_plan_item_set_effort_hours (ops_test_plan_item_at (plan, 0), 10);
  g_assert_cmpfloat_with_epsilon (ops_plan_get_weighted_progress (plan), 0.5, 1e-9);
  g_assert_cmpuint (weighted, ==, 0);

  /* A: 10 h done, B: skipped, no estimate (weighs the mean, 25 h),
   * C: 40 h, D: no estimate. (10 + 25) / (10 + 25 + 40 + 25) */
  ops_plan_item_set_effort_hours (ops_test_plan_item_at (plan, 2), 40);
  g_assert_cmpfloat_with_epsilon (ops_plan_get_progress (plan), 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (ops_plan_get_weighted_progress (plan), 0.35, 1e-9);
  g_assert_cmpuint (weighted, ==, 1);
  g_assert_cmpuint (progress, ==, 2);

  ops_plan_remove_item (plan, ops_test_plan_item_at (plan, 3));
  g_assert_cmpfloat_with_epsilon (ops_plan_get_progress (plan), 2.0 / 3, 1e-9);
  ops_plan_undo (plan);
  g_assert_cmpfloat_with_epsilon (ops_plan_get_progress (plan), 0.5, 1e-9);

  while (ops_plan_get_can_undo (plan))
    ops_plan_undo (plan);
  g_assert_cmpfloat (ops_plan_get_progress (plan), ==, 0);
  g_assert_cmpfloat (ops_plan_get_weighted_progress (plan), ==, 0);
}

/* Free text leaves the structure revision alone, so the plan page need
 * not regroup or count the gap while someone types; everything a count,
 * group or gap reads moves it, made or undone. */
static void
test_structure_revision (void)
{
  g_autoptr(OpsPlan) plan = plan_with ("A", "B", NULL);
  OpsPlanItem *a = ops_test_plan_item_at (plan, 0);
  guint64 revision = ops_plan_get_structure_revision (plan);

#define ASSERT_MOVED(moved)                                                    \
  G_STMT_START {                                                               \
    guint64 now = ops_plan_get_structure_revision (plan);                      \
    if (moved)                                                                 \
      g_assert_cmpuint (now, !=, revision);                                    \
    else                                                                       \
      g_assert_cmpuint (now, ==, revision);                                    \
    revision = now;                                                            \
  } G_STMT_END

  ops_plan_item_set_notes (a, "Ask about the night shift.");
  ops_plan_item_set_title (a, "A, renamed");
  ops_plan_set_current_role (plan, NULL, "Shift lead");
  ops_plan_set_why (plan, "Run a plant");
  ops_plan_undo (plan);
  ASSERT_MOVED (FALSE);

  ops_plan_item_set_status (a, OPS_PLAN_ITEM_STATUS_DONE);
  ASSERT_MOVED (TRUE);
  g_assert_cmpfloat_with_epsilon (ops_plan_get_progress (plan), 0.5, 1e-9);
  ops_plan_undo (plan);
  ASSERT_MOVED (TRUE);
  g_assert_cmpfloat (ops_plan_get_progress (plan), ==, 0);
  ops_plan_item_set_effort_hours (a, 10);
  ASSERT_MOVED (TRUE);
  ops_plan_set_target_role (plan, "operations-manager", NULL);
  ASSERT_MOVED (TRUE);
  ops_plan_move_item (plan, 0, 1);
  ASSERT_MOVED (TRUE);
  ops_plan_remove_item (plan, a);
  ASSERT_MOVED (TRUE);
  ops_plan_undo (plan);
  ASSERT_MOVED (TRUE);

#undef ASSERT_MOVED
}

static void
test_read_only (void)
{
  g_autoptr(OpsPlan) plan = load_plan ("{\"format\": 3, \"owner-name\": \"Ada\", "
                                       "\"items\": [{\"kind\": \"skill\", \"title\": \"Lean\"}]}");
  OpsPlanItem *item = ops_test_plan_item_at (plan, 0);
  g_autoptr(OpsPlanItem) other = ops_plan_item_new (OPS_PLAN_ITEM_KIND_CUSTOM, "X");

  g_assert_true (ops_plan_get_read_only (plan));

  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*read_only*");
  ops_plan_set_owner_name (plan, "Eve");
  g_test_assert_expected_messages ();
  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*read_only*");
  ops_plan_item_set_title (item, "Changed");
  g_test_assert_expected_messages ();
  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*read_only*");
  ops_plan_add_item (plan, other);
  g_test_assert_expected_messages ();

  /* Setting what is already there is no edit, so a bound widget showing a
   * read-only plan raises nothing. */
  ops_plan_item_set_title (item, "Lean");

  g_assert_cmpstr (ops_plan_get_owner_name (plan), ==, "Ada");
  g_assert_cmpstr (ops_plan_item_get_title (item), ==, "Lean");
  g_assert_cmpuint (n_items (plan), ==, 1);
  g_assert_false (ops_plan_get_modified (plan));
}

/* The catalog */

static void
assert_item (OpsPlan         *plan,
             guint            position,
             OpsPlanItemKind  kind,
             const char      *catalog_id,
             OpsCatalog      *catalog)
{
  OpsPlanItem *item = ops_test_plan_item_at (plan, position);

  g_assert_cmpint (ops_plan_item_get_kind (item), ==, kind);
  g_assert_cmpstr (ops_plan_item_get_catalog_id (item), ==, catalog_id);
  g_assert_cmpstr (ops_plan_item_get_title (item), ==,
                   ops_catalog_item_get_name (ops_catalog_lookup (catalog, catalog_id)));
  g_assert_cmpint (ops_plan_item_get_status (item), ==, OPS_PLAN_ITEM_STATUS_PLANNED);
}

static void
test_starter (void)
{
  g_autoptr(OpsCatalog) catalog = load_catalog ();
  g_autoptr(OpsPlan) plan = ops_plan_new_starter (catalog, "operations-trainee", "operations-manager");
  const char *certs[] = { "cpim", "lss-green-belt", "lss-black-belt" };
  const char *skills[] = { "budgeting", "resource-planning", "lean", "dmaic", "leadership",
                           "change-management", "communication", "quality-control" };
  const char *education[] = { "bachelor-business-administration", "bachelor-industrial-engineering", "mba-operations" };
  guint i = 0;

  g_assert_cmpstr (ops_plan_get_current_role_id (plan), ==, "operations-trainee");
  g_assert_cmpstr (ops_plan_get_current_role_title (plan), ==, "Operations Trainee");
  g_assert_cmpstr (ops_plan_get_target_role_id (plan), ==, "operations-manager");
  g_assert_cmpstr (ops_plan_get_target_role_title (plan), ==, "Operations Manager");

  g_assert_cmpuint (n_items (plan), ==, G_N_ELEMENTS (certs) + G_N_ELEMENTS (skills) + G_N_ELEMENTS (education));
  for (guint j = 0; j < G_N_ELEMENTS (certs); j++)
    assert_item (plan, i++, OPS_PLAN_ITEM_KIND_CERTIFICATION, certs[j], catalog);
  for (guint j = 0; j < G_N_ELEMENTS (skills); j++)
    assert_item (plan, i++, OPS_PLAN_ITEM_KIND_SKILL, skills[j], catalog);
  for (guint j = 0; j < G_N_ELEMENTS (education); j++)
    assert_item (plan, i++, OPS_PLAN_ITEM_KIND_EDUCATION, education[j], catalog);

  /* A fresh start: nothing to undo into an empty plan, but unsaved. */
  g_assert_false (ops_plan_get_can_undo (plan));
  g_assert_true (ops_plan_get_modified (plan));
  g_assert_cmpfloat (ops_plan_get_progress (plan), ==, 0);
}

static void
test_add_catalog_item (void)
{
  g_autoptr(OpsCatalog) catalog = load_catalog ();
  g_autoptr(OpsPlan) plan = ops_plan_new ();
  OpsPlanItem *cscp, *again;
  guint changed = 0;

  cscp = ops_plan_add_catalog_item (plan, ops_catalog_lookup (catalog, "cscp"));
  g_assert_nonnull (cscp);
  g_assert_true (ops_test_plan_item_at (plan, 0) == cscp);
  assert_item (plan, 0, OPS_PLAN_ITEM_KIND_CERTIFICATION, "cscp", catalog);
  ops_plan_add_catalog_item (plan, ops_catalog_lookup (catalog, "mrp"));
  assert_item (plan, 1, OPS_PLAN_ITEM_KIND_SKILL, "mrp", catalog);
  ops_plan_add_catalog_item (plan, ops_catalog_lookup (catalog, "mba-operations"));
  assert_item (plan, 2, OPS_PLAN_ITEM_KIND_EDUCATION, "mba-operations", catalog);
  ops_plan_add_catalog_item (plan, ops_catalog_lookup (catalog, "ascm"));
  assert_item (plan, 3, OPS_PLAN_ITEM_KIND_NETWORKING, "ascm", catalog);
  ops_plan_add_catalog_item (plan, ops_catalog_lookup (catalog, "internships"));
  assert_item (plan, 4, OPS_PLAN_ITEM_KIND_EXPERIENCE, "internships", catalog);

  /* Adding it again gives the one the plan has, and is no edit. */
  g_signal_connect (plan, "changed", G_CALLBACK (count_signal_cb), &changed);
  again = ops_plan_add_catalog_item (plan, ops_catalog_lookup (catalog, "cscp"));
  g_assert_true (again == cscp);
  g_assert_cmpuint (n_items (plan), ==, 5);
  g_assert_cmpuint (changed, ==, 0);

  /* A role is where the plan leads, not a step in it. */
  g_assert_null (ops_plan_add_catalog_item (plan, ops_catalog_lookup (catalog, "supply-chain-manager")));
  g_assert_cmpstr (ops_plan_get_target_role_id (plan), ==, "supply-chain-manager");
  g_assert_cmpstr (ops_plan_get_target_role_title (plan), ==, "Supply Chain Manager");
  g_assert_cmpuint (changed, ==, 1);
  ops_plan_undo (plan);
  g_assert_null (ops_plan_get_target_role_id (plan));
  g_assert_null (ops_plan_get_target_role_title (plan));

  g_assert_false (ops_plan_can_add_catalog_item (ops_catalog_lookup (catalog, "trainee")));
  g_assert_null (ops_plan_add_catalog_item (plan, ops_catalog_lookup (catalog, "trainee")));
  g_assert_true (ops_plan_can_add_catalog_item (ops_catalog_lookup (catalog, "coo")));
  g_assert_cmpuint (n_items (plan), ==, 5);

  ops_plan_undo (plan);
  g_assert_cmpuint (n_items (plan), ==, 4);
}

static void
assert_gap_matches_role (GListModel  *gap,
                         OpsRole     *role)
{
  guint n_role = g_list_model_get_n_items (ops_role_get_certifications (role)) +
                 g_list_model_get_n_items (ops_role_get_skills (role)) +
                 g_list_model_get_n_items (ops_role_get_education (role));

  g_assert_true (g_list_model_get_item_type (gap) == OPS_TYPE_PLAN_GAP_ENTRY);
  g_assert_cmpuint (g_list_model_get_n_items (gap), ==, n_role);
}

/* 0 missing, 1 covered but open, 2 done: never decreasing down the list. */
static guint
assert_gap_order (GListModel *gap,
                  guint      *n_missing)
{
  guint last = 0, n_finished = 0;

  *n_missing = 0;
  for (guint i = 0; i < g_list_model_get_n_items (gap); i++)
    {
      g_autoptr(OpsPlanGapEntry) entry = g_list_model_get_item (gap, i);
      guint rank = !ops_plan_gap_entry_get_covered (entry) ? 0 : ops_plan_gap_entry_get_finished (entry) ? 2 : 1;

      g_assert_cmpuint (rank, >=, last);
      last = rank;
      if (rank == 0)
        (*n_missing)++;
      if (rank == 2)
        n_finished++;
      g_assert_true (ops_plan_gap_entry_get_covered (entry) == (ops_plan_gap_entry_get_plan_item (entry) != NULL));
    }

  return n_finished;
}

static void
test_gap (gconstpointer data)
{
  const char *role_id = data;
  g_autoptr(OpsCatalog) catalog = load_catalog ();
  OpsRole *role = OPS_ROLE (ops_catalog_lookup (catalog, role_id));
  g_autoptr(OpsPlan) plan = ops_plan_new ();
  g_autoptr(GListModel) empty = NULL;
  g_autoptr(GListModel) gap = NULL;
  g_autoptr(GListModel) after = NULL;
  g_autoptr(OpsCatalogItem) first_skill = g_list_model_get_item (ops_role_get_skills (role), 0);
  g_autoptr(OpsCatalogItem) last_skill = NULL;
  g_autoptr(OpsPlanGapEntry) head = NULL, tail = NULL;
  guint n_skills = g_list_model_get_n_items (ops_role_get_skills (role));
  guint n_missing, n_finished;
  OpsPlanItem *done;

  /* No target role: no gap. */
  empty = ops_plan_compute_gap (plan, catalog);
  g_assert_cmpuint (g_list_model_get_n_items (empty), ==, 0);

  ops_plan_add_catalog_item (plan, OPS_CATALOG_ITEM (role));
  gap = ops_plan_compute_gap (plan, catalog);
  assert_gap_matches_role (gap, role);
  n_finished = assert_gap_order (gap, &n_missing);
  g_assert_cmpuint (n_missing, ==, g_list_model_get_n_items (gap));
  g_assert_cmpuint (n_finished, ==, 0);

  /* Cover the first skill and finish the last one: they move to the end,
   * the finished one last. */
  last_skill = g_list_model_get_item (ops_role_get_skills (role), n_skills - 1);
  ops_plan_add_catalog_item (plan, first_skill);
  done = ops_plan_add_catalog_item (plan, last_skill);
  ops_plan_item_set_status (done, OPS_PLAN_ITEM_STATUS_DONE);
  ops_plan_add_catalog_item (plan, ops_catalog_lookup (catalog, "five-s"));

  after = ops_plan_compute_gap (plan, catalog);
  assert_gap_matches_role (after, role);
  n_finished = assert_gap_order (after, &n_missing);
  g_assert_cmpuint (n_missing, ==, g_list_model_get_n_items (after) - 2);
  g_assert_cmpuint (n_finished, ==, 1);
  head = g_list_model_get_item (after, g_list_model_get_n_items (after) - 2);
  tail = g_list_model_get_item (after, g_list_model_get_n_items (after) - 1);
  g_assert_true (ops_plan_gap_entry_get_catalog_item (head) == first_skill);
  g_assert_true (ops_plan_gap_entry_get_catalog_item (tail) == last_skill);
  g_assert_true (ops_plan_gap_entry_get_plan_item (tail) == done);
}

static void
test_gap_skipped_is_open (void)
{
  g_autoptr(OpsCatalog) catalog = load_catalog ();
  g_autoptr(OpsPlan) plan = ops_plan_new_starter (catalog, NULL, "supply-chain-manager");
  g_autoptr(GListModel) gap = NULL;
  g_autoptr(OpsPlanGapEntry) first = NULL;
  OpsPlanItem *cscp = ops_plan_find_item (plan, "cscp");

  /* Skipping is a decision, not a qualification: the role still asks. */
  ops_plan_item_set_status (cscp, OPS_PLAN_ITEM_STATUS_SKIPPED);
  gap = ops_plan_compute_gap (plan, catalog);
  first = g_list_model_get_item (gap, 0);
  g_assert_cmpstr (ops_catalog_item_get_id (ops_plan_gap_entry_get_catalog_item (first)), ==, "cscp");
  g_assert_true (ops_plan_gap_entry_get_covered (first));
  g_assert_false (ops_plan_gap_entry_get_finished (first));
}

static void
test_freed (void)
{
  OpsPlan *plan = plan_with ("A", "B", "C", NULL);
  g_autoptr(OpsPlanItem) kept = g_object_ref (ops_test_plan_item_at (plan, 0));
  OpsPlanItem *deleted = ops_test_plan_item_at (plan, 2);

  g_object_add_weak_pointer (G_OBJECT (deleted), (gpointer *) &deleted);
  ops_plan_remove_item (plan, deleted);
  ops_plan_move_item (plan, 0, 1);
  ops_plan_item_set_notes (kept, "x");

  /* The undo history holds the deleted item; freeing the plan frees it, and
   * an item a widget still holds no longer points at the plan. */
  g_assert_nonnull (deleted);
  g_assert_finalize_object (plan);
  g_assert_null (deleted);
  g_assert_null (ops_plan_item_get_plan (kept));
  ops_plan_item_set_title (kept, "Still editable");
  g_assert_finalize_object (g_steal_pointer (&kept));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/plan/item/enums", test_enums);
  g_test_add_func ("/plan/item/standalone", test_item_standalone);
  g_test_add_func ("/plan/item/rejects-bad-values", test_item_rejects_bad_values);
  g_test_add_func ("/plan/properties-notify", test_plan_properties_notify);
  g_test_add_func ("/plan/items-changed", test_items_changed);
  g_test_add_func ("/plan/undo/property-edits", test_undo_property_edits);
  g_test_add_func ("/plan/undo/delete", test_undo_delete);
  g_test_add_func ("/plan/undo/delete-first-and-last", test_undo_delete_first_and_last);
  g_test_add_func ("/plan/undo/reorder", test_undo_reorder);
  g_test_add_func ("/plan/undo/group", test_undo_group);
  g_test_add_func ("/plan/undo/coalesces-typing", test_undo_coalesces_typing);
  g_test_add_func ("/plan/undo/typing-then-erasing", test_undo_typing_then_erasing);
  g_test_add_func ("/plan/undo/redo-invalidated", test_undo_redo_invalidated);
  g_test_add_func ("/plan/undo/completion-date", test_undo_completion_date);
  g_test_add_func ("/plan/undo/with-binding", test_undo_with_binding);
  g_test_add_func ("/plan/modified", test_modified);
  g_test_add_func ("/plan/progress", test_progress);
  g_test_add_func ("/plan/structure-revision", test_structure_revision);
  g_test_add_func ("/plan/read-only", test_read_only);
  g_test_add_func ("/plan/starter", test_starter);
  g_test_add_func ("/plan/add-catalog-item", test_add_catalog_item);
  g_test_add_data_func ("/plan/gap/operations-manager", "operations-manager", test_gap);
  g_test_add_data_func ("/plan/gap/coo", "coo", test_gap);
  g_test_add_data_func ("/plan/gap/supply-chain-manager", "supply-chain-manager", test_gap);
  g_test_add_func ("/plan/gap/skipped-is-open", test_gap_skipped_is_open);
  g_test_add_func ("/plan/freed", test_freed);

  return g_test_run ();
}
