/* test-toolkit-ui.c: the career toolkit's panes, used the way a person does
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "ops-achievement-page.h"
#include "ops-achievement-row.h"
#include "ops-checklist-row.h"
#include "ops-date-row.h"
#include "ops-job-application-page.h"
#include "ops-networking-entry-page.h"
#include "ops-plan.h"
#include "ops-plan-serializer.h"
#include "ops-question-page.h"
#include "ops-resume-check.h"
#include "ops-story-page.h"
#include "ops-test-util.h"

/* The application with one window, on no plan at all (ops-test-util.c). */
typedef OpsTestApp Fixture;

static GtkWidget *
visible (Fixture *f)
{
  return GTK_WIDGET (ops_test_visible_page (f->window));
}

static void
assert_visible_tag (Fixture    *f,
                    const char *tag)
{
  ops_test_iterate ();
  g_assert_cmpstr (adw_navigation_page_get_tag (ops_test_visible_page (f->window)), ==, tag);
}

/* Editors have no tag: one may still be leaving as the next arrives. */
static void
assert_visible_type (Fixture *f,
                     GType    type)
{
  ops_test_iterate ();
  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (ops_test_visible_page (f->window), type));
}

static void
open_pane (Fixture    *f,
           const char *target)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-item", "s", target));
  ops_test_iterate ();
}

static void
type_into (GtkWidget  *root,
           const char *row_title,
           const char *text)
{
  GtkWidget *row = ops_test_find_widget (root, ADW_TYPE_ENTRY_ROW, "title", row_title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  ops_test_iterate ();
}

static gboolean
is_achievement_row_titled (GtkWidget     *widget,
                           gconstpointer  title)
{
  OpsAchievement *a = OPS_IS_ACHIEVEMENT_ROW (widget) ? ops_achievement_row_get_achievement (OPS_ACHIEVEMENT_ROW (widget))
                                                      : NULL;

  return a != NULL && g_strcmp0 (ops_achievement_get_title (a), title) == 0;
}

static OpsAchievementRow *
achievement_row (GtkWidget  *root,
                 const char *title)
{
  return (OpsAchievementRow *) ops_test_find_widget_matching (root, is_achievement_row_titled, title);
}

static gboolean
label_shows (GtkWidget  *root,
             const char *text)
{
  return ops_test_find_widget (root, GTK_TYPE_LABEL, "label", text) != NULL;
}

/* Adds "Packing lead time" through the pane and its editor, as a person
 * would: the Add button, then the fields. */
static OpsAchievement *
add_achievement (Fixture *f)
{
  GtkWidget *editor;
  OpsAchievement *achievement;

  open_pane (f, "toolkit:achievements");
  assert_visible_tag (f, "toolkit-achievements");
  g_assert_true (gtk_widget_activate_action (visible (f), "achievements.add", NULL));
  assert_visible_type (f, OPS_TYPE_ACHIEVEMENT_PAGE);
  editor = visible (f);

  type_into (editor, "Title", "Packing lead time");
  adw_combo_row_set_selected (ADW_COMBO_ROW (ops_test_find_widget (editor, ADW_TYPE_COMBO_ROW, "title", "Measure")), 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (ops_test_find_widget (editor, ADW_TYPE_COMBO_ROW, "title", "Method")),
                              OPS_ACHIEVEMENT_METHOD_VALUE_STREAM_MAPPING);
  adw_spin_row_set_value (ADW_SPIN_ROW (ops_test_find_widget (editor, ADW_TYPE_SPIN_ROW, "title", "Before")), 9.5);
  adw_spin_row_set_value (ADW_SPIN_ROW (ops_test_find_widget (editor, ADW_TYPE_SPIN_ROW, "title", "After")), 6.5);
  type_into (editor, "Unit, e.g. days", "days");
  ops_test_iterate ();

  g_assert_cmpuint (g_list_model_get_n_items (ops_plan_get_achievements (ops_test_app_get_plan (f))), ==, 1);
  achievement = g_list_model_get_item (ops_plan_get_achievements (ops_test_app_get_plan (f)), 0);
  g_object_unref (achievement);
  g_assert_cmpint (ops_achievement_get_metric (achievement), ==, OPS_ACHIEVEMENT_METRIC_LEAD_TIME);

  return achievement;
}

/* Before and After are what a resume line is built from: a screen reader
 * must reach them as spin buttons (named, as the AT-SPI probe showed). */
static void
test_achievement_numbers_named (Fixture       *f,
                                gconstpointer  data)
{
  add_achievement (f);
  ops_test_assert_spin_row_named (visible (f), "Before");
  ops_test_assert_spin_row_named (visible (f), "After");
}

#define LINE "Cut lead time 32% (9.5 → 6.5 days) by applying Value Stream Mapping"

static void
test_add_achievement_shows_line (Fixture       *f,
                                 gconstpointer  data)
{
  OpsAchievement *achievement;
  OpsAchievementRow *row;
  g_autofree char *line = NULL;

  /* The empty pane says what achievements are for. */
  open_pane (f, "toolkit:achievements");
  g_assert_true (label_shows (visible (f), "Log Your Results"));

  achievement = add_achievement (f);
  line = ops_achievement_dup_resume_line (achievement);
  g_assert_cmpstr (line, ==, LINE);

  /* The editor previews the line while the numbers are typed. */
  g_assert_true (label_shows (visible (f), LINE));

  /* Back in the list, the row shows the title and the line. */
  g_assert_true (gtk_widget_activate_action (visible (f), "navigation.pop", NULL));
  assert_visible_tag (f, "toolkit-achievements");
  row = achievement_row (visible (f), "Packing lead time");
  g_assert_nonnull (row);
  g_assert_cmpstr (ops_achievement_row_get_resume_line (row), ==, LINE);
  g_assert_true (label_shows (GTK_WIDGET (row), LINE));

  /* A correction in the editor is a new line, and undo takes it back. */
  ops_achievement_set_result (achievement, 5);
  ops_test_iterate ();
  g_assert_nonnull (strstr (ops_achievement_row_get_resume_line (row), "9.5 → 5 days"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  ops_test_iterate ();
  g_assert_cmpstr (ops_achievement_row_get_resume_line (row), ==, LINE);
}

static void
text_read_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, NULL);
}

static gboolean
is_set (gpointer data)
{
  return *(char **) data != NULL;
}

static void
test_copy_puts_line_on_clipboard (Fixture       *f,
                                  gconstpointer  data)
{
  OpsAchievementRow *row;
  GtkWidget *button;
  g_autofree char *text = NULL;

  add_achievement (f);
  g_assert_true (gtk_widget_activate_action (visible (f), "navigation.pop", NULL));
  assert_visible_tag (f, "toolkit-achievements");
  row = achievement_row (visible (f), "Packing lead time");
  g_assert_nonnull (row);

  /* The copy button of the row. */
  button = ops_test_find_widget (GTK_WIDGET (row), GTK_TYPE_BUTTON, "action-name", "achievement.copy");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  ops_test_iterate ();

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (row)), NULL, text_read_cb, &text);
  ops_test_wait_for (is_set, &text);
  g_assert_cmpstr (text, ==, LINE);

  /* And says so: a copy shows nothing else. */
  g_assert_nonnull (ops_test_find_widget (GTK_WIDGET (f->window), GTK_TYPE_LABEL, "label", "Copied"));
}

static void
test_editor_copy_needs_a_line (Fixture       *f,
                               gconstpointer  data)
{
  GtkWidget *editor, *button;
  GdkClipboard *clipboard;
  g_autofree char *text = NULL;
  g_autofree char *after = NULL;

  open_pane (f, "toolkit:achievements");
  assert_visible_tag (f, "toolkit-achievements");
  g_assert_true (gtk_widget_activate_action (visible (f), "achievements.add", NULL));
  assert_visible_type (f, OPS_TYPE_ACHIEVEMENT_PAGE);
  editor = visible (f);
  clipboard = gtk_widget_get_clipboard (editor);
  button = ops_test_find_widget (editor, GTK_TYPE_BUTTON, "tooltip-text", "Copy Resume Line");
  g_assert_nonnull (button);

  /* A new achievement's title is its line; without one there is no line
   * and nothing to copy. The placeholder says so; no greyed-out copy
   * button stands beside it (issue 19). */
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_true (gtk_widget_get_visible (button));
  type_into (editor, "Title", "");
  g_assert_true (label_shows (editor, "Give the achievement a title or numbers to see its line."));
  g_assert_false (gtk_widget_is_sensitive (button));
  g_assert_false (gtk_widget_get_visible (button));

  /* A title alone is a line, and the button copies it. */
  type_into (editor, "Title", "Packing lead time");
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_true (gtk_widget_get_visible (button));
  g_signal_emit_by_name (button, "clicked");
  ops_test_iterate ();
  gdk_clipboard_read_text_async (clipboard, NULL, text_read_cb, &text);
  ops_test_wait_for (is_set, &text);
  g_assert_cmpstr (text, ==, "Packing lead time");

  /* Without the title there is no line again, and a click copies no
   * empty string over what the person had copied. */
  type_into (editor, "Title", "");
  g_assert_false (gtk_widget_is_sensitive (button));
  gdk_clipboard_set_text (clipboard, "kept");
  g_signal_emit_by_name (button, "clicked");
  gtk_widget_activate_action (editor, "achievement.copy", NULL);
  ops_test_iterate ();
  gdk_clipboard_read_text_async (clipboard, NULL, text_read_cb, &after);
  ops_test_wait_for (is_set, &after);
  g_assert_cmpstr (after, ==, "kept");
}

static void
test_remove_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  OpsAchievement *achievement = add_achievement (f);
  GtkWidget *editor = visible (f);

  /* Remove from the editor: it closes, the list is empty, and the toast's
   * Undo (win.undo) brings back the same achievement. */
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  g_object_ref (achievement);
  ops_test_press_button (editor, "_Remove Achievement");
  g_assert_cmpuint (g_list_model_get_n_items (ops_plan_get_achievements (ops_test_app_get_plan (f))), ==, 0);
  assert_visible_tag (f, "toolkit-achievements");
  g_assert_true (label_shows (visible (f), "Log Your Results"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  ops_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (ops_plan_get_achievements (ops_test_app_get_plan (f))), ==, 1);
  g_assert_true (ops_plan_find_record (ops_test_app_get_plan (f), ops_plan_record_get_id (OPS_PLAN_RECORD (achievement))) ==
                 OPS_PLAN_RECORD (achievement));
  g_assert_nonnull (achievement_row (visible (f), "Packing lead time"));
  g_object_unref (achievement);

  /* The closed editor let go of everything. */
  ops_test_wait_for (ops_test_is_cleared, &editor);
}

static void
test_undo_edit_from_editor (Fixture       *f,
                            gconstpointer  data)
{
  OpsAchievement *achievement = add_achievement (f);
  GtkWidget *editor = visible (f);
  GtkWidget *title = ops_test_find_widget (editor, ADW_TYPE_ENTRY_ROW, "title", "Title");

  type_into (editor, "Role Held at the Time", "Shift Supervisor");
  g_assert_cmpstr (ops_achievement_get_role (achievement), ==, "Shift Supervisor");

  /* Ctrl+Z in the editor undoes the last field and shows it. */
  g_assert_true (gtk_widget_activate_action (editor, "win.undo", NULL));
  ops_test_iterate ();
  g_assert_null (ops_achievement_get_role (achievement));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ops_test_find_widget (editor, ADW_TYPE_ENTRY_ROW, "title", "Role Held at the Time"))), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Packing lead time");
}

static GtkWidget *
question_row (GtkWidget  *root,
              const char *question)
{
  return ops_test_find_widget (root, ADW_TYPE_ACTION_ROW, "title", question);
}

static gboolean
is_gap (Fixture    *f,
        const char *id)
{
  g_autoptr(GListModel) gaps = ops_plan_compute_story_gaps (ops_test_app_get_plan (f), ops_window_get_catalog (f->window));

  for (guint i = 0; i < g_list_model_get_n_items (gaps); i++)
    {
      g_autoptr(OpsCatalogItem) q = g_list_model_get_item (gaps, i);

      if (g_str_equal (ops_catalog_item_get_id (q), id))
        return TRUE;
    }

  return FALSE;
}

static void
test_story_closes_gap (Fixture       *f,
                       gconstpointer  data)
{
  OpsCatalogItem *bottleneck = ops_catalog_lookup (ops_window_get_catalog (f->window), "bottleneck");
  const char *question = ops_catalog_item_get_name (bottleneck);
  GtkWidget *row, *write, *editor, *situation;
  OpsStarStory *story;

  open_pane (f, "toolkit:interview");
  assert_visible_tag (f, "toolkit-interview");

  /* With no stories, every question is a gap. */
  row = question_row (visible (f), question);
  g_assert_nonnull (row);
  g_assert_true (is_gap (f, "bottleneck"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Gap: no story answers it yet");
  write = ops_test_find_widget (row, GTK_TYPE_BUTTON, "label", "_Write Story");
  g_assert_nonnull (write);
  g_assert_true (gtk_widget_get_visible (write));

  /* Writing a story for it opens the story, tagged with the question. */
  g_signal_emit_by_name (write, "clicked");
  assert_visible_type (f, OPS_TYPE_STORY_PAGE);
  editor = visible (f);
  g_assert_cmpuint (g_list_model_get_n_items (ops_plan_get_stories (ops_test_app_get_plan (f))), ==, 1);
  story = g_list_model_get_item (ops_plan_get_stories (ops_test_app_get_plan (f)), 0);
  g_object_unref (story);
  g_assert_true (ops_star_story_answers (story, "bottleneck"));
  type_into (editor, "Title", "Packing bottleneck");
  /* Situation is the first of the four parts. */
  situation = ops_test_find_widget (editor, GTK_TYPE_TEXT_VIEW, NULL, NULL);
  g_assert_nonnull (situation);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (situation)), "Orders waited two days at packing.", -1);
  ops_test_iterate ();
  g_assert_cmpstr (ops_star_story_get_situation (story), ==, "Orders waited two days at packing.");

  /* Back in the list the question is answered, and no longer a gap. */
  g_assert_true (gtk_widget_activate_action (editor, "navigation.pop", NULL));
  assert_visible_tag (f, "toolkit-interview");
  g_assert_false (is_gap (f, "bottleneck"));
  row = question_row (visible (f), question);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Answered by 1 story");
  g_assert_false (gtk_widget_get_visible (ops_test_find_widget (row, GTK_TYPE_BUTTON, "label", "_Write Story")));

  /* The practice screen shows the question and the story's parts. */
  g_signal_emit_by_name (gtk_widget_get_ancestor (row, GTK_TYPE_LIST_BOX), "row-activated", row);
  assert_visible_type (f, OPS_TYPE_QUESTION_PAGE);
  g_assert_true (label_shows (visible (f), question));
  g_assert_true (label_shows (visible (f), "Packing bottleneck"));
  g_assert_true (label_shows (visible (f), "Orders waited two days at packing."));
  g_assert_true (label_shows (visible (f), "Situation"));

  /* Undo, twice, takes the story away again: the question is a gap. */
  while (g_list_model_get_n_items (ops_plan_get_stories (ops_test_app_get_plan (f))) > 0)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  ops_test_iterate ();
  g_assert_true (is_gap (f, "bottleneck"));
}

/* Opening another plan under the practice screen: it shows and writes
 * the stories of the plan that is open now. */
static void
test_question_follows_plan (Fixture       *f,
                            gconstpointer  data)
{
  OpsPlanStore *store = ops_application_get_store (f->app);
  OpsCatalogItem *bottleneck = ops_catalog_lookup (ops_window_get_catalog (f->window), "bottleneck");
  g_autoptr(OpsPlan) old_plan = NULL;
  g_autoptr(OpsPlan) new_plan = ops_plan_new ();
  GtkWidget *row, *page, *gap;

  open_pane (f, "toolkit:interview");
  g_assert_true (gtk_widget_activate_action (visible (f), "interview.write-story", "s", "bottleneck"));
  assert_visible_type (f, OPS_TYPE_STORY_PAGE);
  type_into (visible (f), "Title", "Packing bottleneck");
  g_assert_true (gtk_widget_activate_action (visible (f), "navigation.pop", NULL));
  assert_visible_tag (f, "toolkit-interview");

  row = question_row (visible (f), ops_catalog_item_get_name (bottleneck));
  g_signal_emit_by_name (gtk_widget_get_ancestor (row, GTK_TYPE_LIST_BOX), "row-activated", row);
  assert_visible_type (f, OPS_TYPE_QUESTION_PAGE);
  page = visible (f);
  gap = ops_test_find_widget (page, GTK_TYPE_LABEL, "label",
                              "A gap: none of your stories answers this question yet. Think of a time it happened "
                              "to you, and write it down as Situation, Task, Action and Result.");
  g_assert_nonnull (gap);
  g_assert_true (label_shows (page, "Packing bottleneck"));
  g_assert_false (gtk_widget_get_visible (gap));

  old_plan = g_object_ref (ops_test_app_get_plan (f));
  ops_plan_store_new_plan (store, new_plan);
  ops_test_iterate ();
  g_assert_true (ops_test_app_get_plan (f) == new_plan);
  g_assert_true (visible (f) == page);

  /* The new plan has no story for the question. */
  g_assert_false (label_shows (page, "Packing bottleneck"));
  g_assert_true (gtk_widget_get_visible (gap));

  /* And a story written from here goes into it, not the old plan. */
  g_assert_true (gtk_widget_activate_action (page, "interview.write-story", NULL));
  assert_visible_type (f, OPS_TYPE_STORY_PAGE);
  g_assert_cmpuint (g_list_model_get_n_items (ops_plan_get_stories (new_plan)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (ops_plan_get_stories (old_plan)), ==, 1);
  g_assert_true (gtk_widget_activate_action (visible (f), "navigation.pop", NULL));
  ops_test_iterate ();
  g_assert_true (visible (f) == page);
  g_assert_false (gtk_widget_get_visible (gap));
}

#define RESUME "Operations Analyst\n" \
               "- Led Lean projects on the packing line\n" \
               "- Cut lead time 32% in 2025\n" \
               "- Managed the warehouse team\n"

static void
test_resume_check (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(OpsResumeCheck) check = NULL;
  GtkWidget *page, *text, *missing;
  GListModel *expected;
  guint n_rows = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-to-plan", "s", "operations-manager"));
  open_pane (f, "toolkit:resume");
  assert_visible_tag (f, "toolkit-resume");
  page = visible (f);
  g_assert_true (label_shows (page, "Target role: Operations Manager"));

  text = ops_test_find_widget (page, GTK_TYPE_TEXT_VIEW, NULL, NULL);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (text)), RESUME, -1);
  g_assert_true (gtk_widget_activate_action (page, "resume.check", NULL));
  ops_test_iterate ();

  /* The two bullets without a number, by line. */
  g_assert_nonnull (ops_test_find_widget (page, ADW_TYPE_ACTION_ROW, "title", "Line 2"));
  g_assert_nonnull (ops_test_find_widget (page, ADW_TYPE_ACTION_ROW, "title", "Line 4"));
  g_assert_null (ops_test_find_widget (page, ADW_TYPE_ACTION_ROW, "title", "Line 3"));
  /* Quoted without the list marker, which read as a stray dash. */
  g_assert_nonnull (ops_test_find_widget (page, ADW_TYPE_ACTION_ROW, "subtitle", "Managed the warehouse team"));

  /* What the role expects and the text lacks: CPIM and Budgeting, not
   * Lean, which the text names. */
  missing = ops_test_find_widget (page, ADW_TYPE_PREFERENCES_GROUP, "title", "Missing for Your Target Role");
  g_assert_nonnull (missing);
  g_assert_true (gtk_widget_get_visible (missing));
  g_assert_nonnull (ops_test_find_widget (missing, ADW_TYPE_ACTION_ROW, "title", "CPIM"));
  g_assert_nonnull (ops_test_find_widget (missing, ADW_TYPE_ACTION_ROW, "title", "Budgeting"));
  g_assert_null (ops_test_find_widget (missing, ADW_TYPE_ACTION_ROW, "title", "Lean"));

  /* Exactly the check's list, one row each. */
  check = ops_resume_check_new (ops_window_get_catalog (f->window), "operations-manager", RESUME);
  expected = ops_resume_check_get_missing (check);
  for (GtkWidget *row = ops_test_find_widget (missing, ADW_TYPE_ACTION_ROW, NULL, NULL); row;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row))
      n_rows++;
  g_assert_cmpuint (n_rows, ==, g_list_model_get_n_items (expected));

  /* Found keywords: "lead time" is one, with the line it is on. */
  g_assert_nonnull (ops_test_find_widget (page, ADW_TYPE_ACTION_ROW, "subtitle", "Line 3: Cut lead time 32% in 2025"));

  /* The outcome in words under the button, where the eye is: the lists
   * start below the fold. */
  {
    guint n_found = g_list_model_get_n_items (ops_resume_check_get_found (check));
    guint n_missing = g_list_model_get_n_items (expected);
    guint n_there = g_list_model_get_n_items (ops_resume_check_get_expected_found (check));
    g_autofree char *summary = NULL;
    GtkWidget *label;

    g_assert_cmpuint (n_found, >, 0);
    g_assert_cmpuint (n_missing, >, 1);
    /* Lean, which the text names, is one the role expects. */
    g_assert_cmpuint (n_there, >, 0);
    summary = g_strdup_printf ("%u %s found. Missing for your target role: %u of %u expected. 2 bullets have no number.",
                               n_found, n_found == 1 ? "keyword" : "keywords", n_missing, n_missing + n_there);
    label = ops_test_find_widget (page, GTK_TYPE_LABEL, "label", summary);
    g_assert_nonnull (label);
    g_assert_true (gtk_widget_get_mapped (label));
  }

  /* A missing certification opens its pane, where it can be added to the
   * plan; Back returns to the same results. */
  g_signal_emit_by_name (ops_test_find_widget (missing, ADW_TYPE_ACTION_ROW, "title", "CPIM"), "activate");
  ops_test_iterate ();
  assert_visible_tag (f, "cpim");
  {
    GtkWidget *add = ops_test_find_widget (visible (f), GTK_TYPE_BUTTON, "action-name", "win.add-to-plan");

    g_assert_nonnull (add);
    g_assert_true (gtk_widget_get_mapped (add));
  }
  g_assert_true (gtk_widget_activate_action (visible (f), "navigation.pop", NULL));
  ops_test_iterate ();
  g_assert_true (visible (f) == page);
  g_assert_true (gtk_widget_get_mapped (missing));
  g_assert_nonnull (ops_test_find_widget (missing, ADW_TYPE_ACTION_ROW, "title", "CPIM"));
}

/* The label under Check Resume that sums the results up, or NULL. */
static GtkWidget *
find_summary (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && g_str_has_suffix (gtk_label_get_label (GTK_LABEL (child)), "number."))
        return child;
      if ((found = find_summary (child)) != NULL)
        return found;
    }

  return NULL;
}

static void
check_resume_text (GtkWidget  *page,
                   const char *resume)
{
  GtkWidget *text = ops_test_find_widget (page, GTK_TYPE_TEXT_VIEW, NULL, NULL);

  g_assert_nonnull (text);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (text)), resume, -1);
  g_assert_true (gtk_widget_activate_action (page, "resume.check", NULL));
  ops_test_iterate ();
}

static gboolean
group_shown (GtkWidget  *page,
             const char *title)
{
  GtkWidget *group = ops_test_find_widget (page, ADW_TYPE_PREFERENCES_GROUP, "title", title);

  g_assert_nonnull (group);
  return gtk_widget_get_visible (group);
}

static void
test_resume_edit_clears_results (Fixture       *f,
                                 gconstpointer  data)
{
  GtkWidget *page, *text, *summary;
  GtkTextBuffer *buffer;
  GtkTextIter end;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-to-plan", "s", "operations-manager"));
  open_pane (f, "toolkit:resume");
  assert_visible_tag (f, "toolkit-resume");
  page = visible (f);
  check_resume_text (page, RESUME);
  g_assert_true (group_shown (page, "Keywords Found"));
  g_assert_true (group_shown (page, "Missing for Your Target Role"));
  g_assert_true (group_shown (page, "Bullets Without a Number"));
  g_assert_nonnull (ops_test_find_widget (page, ADW_TYPE_ACTION_ROW, "title", "Line 2"));
  summary = find_summary (page);
  g_assert_nonnull (summary);
  g_assert_true (gtk_widget_get_mapped (summary));

  /* An edit: the results were of the text before it, so they go. */
  text = ops_test_find_widget (page, GTK_TYPE_TEXT_VIEW, NULL, NULL);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, "- Ran the night shift\n", -1);
  ops_test_iterate ();
  g_assert_false (group_shown (page, "Keywords Found"));
  g_assert_false (group_shown (page, "Missing for Your Target Role"));
  g_assert_false (group_shown (page, "Bullets Without a Number"));
  g_assert_null (ops_test_find_widget (page, ADW_TYPE_ACTION_ROW, "title", "Line 2"));
  g_assert_false (gtk_widget_get_mapped (summary));

  /* Check Resume again describes the text as it is now. */
  g_assert_true (gtk_widget_activate_action (page, "resume.check", NULL));
  ops_test_iterate ();
  g_assert_true (group_shown (page, "Keywords Found"));
  g_assert_true (group_shown (page, "Bullets Without a Number"));
  g_assert_nonnull (ops_test_find_widget (page, ADW_TYPE_ACTION_ROW, "subtitle", "Ran the night shift"));
  g_assert_true (gtk_widget_get_mapped (summary));
  g_assert_true (g_str_has_suffix (gtk_label_get_label (GTK_LABEL (summary)), "3 bullets have no number."));
}

/* Issue 19: with nothing to check, Check Resume is no greyed-out pill
 * that reads as broken: it can be pressed, and then says so in words
 * beside an icon and puts the cursor where the text goes. */
static void
test_resume_nothing_to_check (Fixture       *f,
                              gconstpointer  data)
{
  const char *state = "Nothing to check yet: paste your resume above or open a file.";
  GtkWidget *page, *text, *button, *label;
  GtkTextBuffer *buffer;

  open_pane (f, "toolkit:resume");
  assert_visible_tag (f, "toolkit-resume");
  page = visible (f);
  text = ops_test_find_widget (page, GTK_TYPE_TEXT_VIEW, NULL, NULL);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text));
  button = ops_test_find_widget (page, GTK_TYPE_BUTTON, "action-name", "resume.check");
  g_assert_nonnull (button);
  label = ops_test_find_widget (page, GTK_TYPE_LABEL, "label", state);
  g_assert_nonnull (label);
  g_assert_false (gtk_widget_get_mapped (label));

  /* Empty, then only spaces: the button works and says why nothing came. */
  for (guint i = 0; i < 2; i++)
    {
      gtk_text_buffer_set_text (buffer, i == 0 ? "" : "  \n\t", -1);
      ops_test_iterate ();
      g_assert_true (gtk_widget_is_sensitive (button));
      g_assert_false (gtk_widget_has_css_class (button, "disabled"));
      g_signal_emit_by_name (button, "clicked");
      ops_test_iterate ();
      g_assert_true (gtk_widget_get_mapped (label));
      g_assert_true (gtk_widget_get_mapped (gtk_widget_get_prev_sibling (label)));
      g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (gtk_widget_get_root (page)), text) ||
                     gtk_root_get_focus (gtk_widget_get_root (page)) == text);
      g_assert_false (group_shown (page, "Keywords Found"));
      g_assert_false (group_shown (page, "Bullets Without a Number"));
    }

  /* Typing ends the state; the check then shows results, not the state. */
  gtk_text_buffer_set_text (buffer, RESUME, -1);
  ops_test_iterate ();
  g_assert_false (gtk_widget_get_mapped (label));
  g_signal_emit_by_name (button, "clicked");
  ops_test_iterate ();
  g_assert_false (gtk_widget_get_mapped (label));
  g_assert_true (group_shown (page, "Keywords Found"));
}

/* A target role the catalog does not know (a plan from a later catalog,
 * say) expects nothing the check can name: the summary must not say that
 * nothing is missing, and the missing list stays hidden. */
static void
test_resume_unknown_target (Fixture       *f,
                            gconstpointer  data)
{
  const char *target = data;
  GtkWidget *page, *summary;

  /* A role no catalog has, and an entry the catalog has that is no role. */
  ops_plan_set_target_role (ops_test_app_get_plan (f), target, NULL);
  open_pane (f, "toolkit:resume");
  assert_visible_tag (f, "toolkit-resume");
  page = visible (f);
  check_resume_text (page, RESUME);
  summary = find_summary (page);
  g_assert_nonnull (summary);
  g_assert_true (gtk_widget_get_mapped (summary));
  g_assert_null (strstr (gtk_label_get_label (GTK_LABEL (summary)), "target role"));
  g_assert_false (group_shown (page, "Missing for Your Target Role"));
  g_assert_true (label_shows (page, "Choose a target role in My Plan to see what it expects."));
}

static void
test_resume_target_follows_plan (Fixture       *f,
                                 gconstpointer  data)
{
  OpsCatalog *catalog = ops_window_get_catalog (f->window);
  OpsCatalogItem *supply_chain_manager = ops_catalog_lookup (catalog, "supply-chain-manager");
  g_autofree char *scm = g_strdup_printf ("Target role: %s", ops_catalog_item_get_name (supply_chain_manager));
  GtkWidget *page, *missing;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-to-plan", "s", "operations-manager"));
  open_pane (f, "toolkit:resume");
  assert_visible_tag (f, "toolkit-resume");
  page = visible (f);
  g_assert_true (label_shows (page, "Target role: Operations Manager"));
  check_resume_text (page, RESUME);
  missing = ops_test_find_widget (page, ADW_TYPE_PREFERENCES_GROUP, "title", "Missing for Your Target Role");
  g_assert_nonnull (ops_test_find_widget (missing, ADW_TYPE_ACTION_ROW, "title", "CPIM"));

  /* Set as Target Role on another role's pane, in the same plan. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-to-plan", "s", "supply-chain-manager"));
  ops_test_iterate ();
  g_assert_cmpstr (ops_plan_get_target_role_id (ops_test_app_get_plan (f)), ==, "supply-chain-manager");
  g_assert_true (label_shows (page, scm));
  g_assert_false (label_shows (page, "Target role: Operations Manager"));

  /* What is missing is what the new role expects, for the same text. */
  {
    g_autoptr(OpsResumeCheck) check = ops_resume_check_new (catalog, "supply-chain-manager", RESUME);
    g_autoptr(OpsResumeFinding) first = g_list_model_get_item (ops_resume_check_get_missing (check), 0);

    g_assert_nonnull (first);
    g_assert_true (gtk_widget_get_visible (missing));
    g_assert_nonnull (ops_test_find_widget (missing, ADW_TYPE_ACTION_ROW, "title",
                                            ops_catalog_item_get_name (ops_resume_finding_get_catalog_item (first))));
  }

  /* Undo puts the first role back, and the label with it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  ops_test_iterate ();
  g_assert_cmpstr (ops_plan_get_target_role_id (ops_test_app_get_plan (f)), ==, "operations-manager");
  g_assert_true (label_shows (page, "Target role: Operations Manager"));
  g_assert_false (label_shows (page, scm));
  g_assert_nonnull (ops_test_find_widget (missing, ADW_TYPE_ACTION_ROW, "title", "CPIM"));
}

static gboolean
window_has_dialog (gpointer data)
{
  return adw_application_window_get_visible_dialog (data) != NULL;
}

typedef struct
{
  const char *action;
  const char *group;
  const char *title;
} Listed;

/* The keys @page binds to actions under @prefix are each in the Keyboard
 * Shortcuts dialog, in the row @listed names for the action, so that a
 * key a tooltip promises can be looked up there too. */
static void
assert_shortcuts_listed (Fixture      *f,
                         GtkWidget    *page,
                         const char   *prefix,
                         const Listed *listed,
                         guint         n_listed)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (page);
  GType label_type;
  AdwDialog *dialog;
  guint n_keys = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "app.shortcuts", NULL));
  ops_test_wait_for (window_has_dialog, f->window);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
  /* GtkShortcutLabel is deprecated at our floor but the dialog is made of
   * it; by name, once the dialog has registered it, it warns of nothing. */
  label_type = g_type_from_name ("GtkShortcutLabel");
  g_assert_true (label_type != G_TYPE_INVALID);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          g_autofree char *wanted = gtk_shortcut_trigger_to_string (trigger);
          g_autofree char *accelerator = NULL;
          const Listed *expected = NULL;
          const char *name;
          GtkWidget *row, *label;
          guint key = 0;
          GdkModifierType mods = 0;

          if (!GTK_IS_NAMED_ACTION (action))
            continue;
          name = gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
          if (!g_str_has_prefix (name, prefix))
            continue;

          for (guint k = 0; k < n_listed; k++)
            if (g_str_equal (listed[k].action, name))
              expected = &listed[k];
          g_test_message ("looking for %s (%s)", wanted, name);
          g_assert_nonnull (expected);
          g_assert_true (GTK_IS_KEYVAL_TRIGGER (trigger));

          row = ops_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "title", expected->title);
          g_assert_nonnull (row);
          g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP))),
                           ==, expected->group);
          label = ops_test_find_widget (row, label_type, NULL, NULL);
          g_assert_nonnull (label);
          /* By key and modifiers: "<Alt><Shift>Up" and "<Shift><Alt>Up"
           * are the same key. */
          g_object_get (label, "accelerator", &accelerator, NULL);
          g_assert_true (gtk_accelerator_parse (accelerator, &key, &mods));
          g_assert_cmpuint (key, ==, gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)));
          g_assert_cmpuint (mods, ==, gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)));
          n_keys++;
        }
    }
  g_assert_cmpuint (n_keys, ==, n_listed);

  adw_dialog_force_close (dialog);
  ops_test_iterate ();
}

/* The keys the Resume Check pane binds are in the Keyboard Shortcuts
 * dialog, as its button's tooltip promises. */
static void
test_shortcuts_list_resume_keys (Fixture       *f,
                                 gconstpointer  data)
{
  static const Listed listed[] = {
    { "resume.check", "Career Toolkit", "Check Resume" },
  };

  open_pane (f, "toolkit:resume");
  assert_visible_tag (f, "toolkit-resume");
  assert_shortcuts_listed (f, visible (f), "resume.", listed, G_N_ELEMENTS (listed));
}

/* And so are the plan item pane's, which its Move Up and Move Down
 * tooltips promise. */
static void
test_shortcuts_list_plan_item_keys (Fixture       *f,
                                    gconstpointer  data)
{
  static const Listed listed[] = {
    { "item.move-up", "Plan", "Move Item Up" },
    { "item.move-down", "Plan", "Move Item Down" },
  };
  GtkWidget *list;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-to-plan", "s", "cpim"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-plan", NULL));
  assert_visible_tag (f, "plan");
  list = ops_test_find_widget (visible (f), GTK_TYPE_LIST_VIEW, NULL, NULL);
  g_assert_nonnull (list);
  g_signal_emit_by_name (list, "activate", 0);
  assert_visible_tag (f, "plan-item");
  assert_shortcuts_listed (f, visible (f), "item.", listed, G_N_ELEMENTS (listed));
}

static gboolean
calendar_on_day (GtkCalendar *calendar,
                 GDateTime   *day)
{
  g_autoptr(GDateTime) shown = gtk_calendar_get_date (calendar);
  int y1, m1, d1, y2, m2, d2;

  g_date_time_get_ymd (shown, &y1, &m1, &d1);
  g_date_time_get_ymd (day, &y2, &m2, &d2);

  return y1 == y2 && m1 == m2 && d1 == d2;
}

static void
open_calendar (GtkWidget *row)
{
  GtkWidget *button = ops_test_find_widget (row, GTK_TYPE_MENU_BUTTON, "tooltip-text", "Choose Date");

  g_assert_nonnull (button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  ops_test_iterate ();
}

static void
close_calendar (GtkWidget *row)
{
  GtkWidget *button = ops_test_find_widget (row, GTK_TYPE_MENU_BUTTON, "tooltip-text", "Choose Date");

  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  ops_test_iterate ();
}

static gboolean
is_selected_day (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "day-number") &&
         (gtk_widget_get_state_flags (widget) & GTK_STATE_FLAG_SELECTED);
}

/* A primary click released on the calendar's selected day, as the
 * pointer's click ends. */
static void
click_selected_day (GtkCalendar *calendar)
{
  GtkWidget *day = ops_test_find_widget_matching (GTK_WIDGET (calendar), is_selected_day, NULL);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (calendar));
  graphene_point_t at;
  guint clicks = 0;

  g_assert_nonnull (day);
  g_assert_true (gtk_widget_compute_point (day, GTK_WIDGET (calendar),
                                           &GRAPHENE_POINT_INIT (gtk_widget_get_width (day) / 2.0,
                                                                 gtk_widget_get_height (day) / 2.0),
                                           &at));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        {
          g_signal_emit_by_name (controller, "released", 1, at.x, at.y);
          clicks++;
        }
    }
  g_assert_cmpuint (clicks, >, 0);
  ops_test_iterate ();
}

/* Space as the key controllers that watch the calendar before it acts
 * see it: pressed and released, or (@pressed FALSE) released only. */
static void
press_space (GtkCalendar *calendar,
             gboolean     pressed)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (calendar));
  guint found = 0;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      gboolean handled = FALSE;

      if (!GTK_IS_EVENT_CONTROLLER_KEY (controller) ||
          gtk_event_controller_get_propagation_phase (controller) != GTK_PHASE_CAPTURE)
        continue;
      if (pressed)
        g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_space, 65, 0, &handled);
      g_signal_emit_by_name (controller, "key-released", GDK_KEY_space, 65, 0);
      found++;
    }
  g_assert_cmpuint (found, >, 0);
  ops_test_iterate ();
}

/* With no date held, the calendar opens on today: not on a day chosen
 * before Clear Date, and opening it chooses nothing. */
static void
test_date_row_opens_on_today (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GDateTime) before = g_date_time_new_now_local ();
  g_autoptr(GDateTime) chosen = g_date_time_new_local (2027, 3, 12, 0, 0, 0);
  g_autoptr(GDateTime) april = g_date_time_new_local (2027, 4, 12, 0, 0, 0);
  g_autoptr(GDateTime) after = NULL;
  OpsJobApplication *application;
  GtkWidget *row, *clear;
  GtkCalendar *calendar;

  open_pane (f, "toolkit:networking");
  g_assert_true (gtk_widget_activate_action (visible (f), "networking.add-application", NULL));
  assert_visible_type (f, OPS_TYPE_JOB_APPLICATION_PAGE);
  application = g_list_model_get_item (ops_plan_get_applications (ops_test_app_get_plan (f)), 0);
  g_object_unref (application);
  row = ops_test_find_widget (visible (f), OPS_TYPE_DATE_ROW, "title", "Applied");
  g_assert_nonnull (row);
  calendar = GTK_CALENDAR (ops_test_find_widget (row, GTK_TYPE_CALENDAR, NULL, NULL));
  clear = ops_test_find_widget (row, GTK_TYPE_BUTTON, "tooltip-text", "Clear Date");
  g_assert_nonnull (clear);
  /* Issue 19: no date is a state the row says ("No date"), not a greyed
   * Clear button: that button is there only with a date to clear. */
  g_assert_nonnull (ops_test_find_widget (row, GTK_TYPE_LABEL, "label", "No date"));
  g_assert_false (gtk_widget_get_visible (clear));

  /* A day chosen in the calendar is the application's date. */
  open_calendar (row);
  gtk_calendar_select_day (calendar, chosen);
  ops_test_iterate ();
  close_calendar (row);
  g_assert_nonnull (ops_job_application_get_applied_date (application));
  g_assert_true (gtk_widget_get_visible (clear));
  g_assert_true (gtk_widget_is_sensitive (clear));
  g_assert_true (calendar_on_day (calendar, chosen));

  /* Opened again, the calendar shows that date. */
  open_calendar (row);
  g_assert_true (calendar_on_day (calendar, chosen));

  /* The next month keeps the day, so GtkCalendar reports no selection
   * when that day is clicked there; the click still chooses it. */
  gtk_calendar_set_month (calendar, 3);
  ops_test_iterate ();
  g_assert_true (calendar_on_day (calendar, april));
  g_assert_true (calendar_on_day (calendar, ops_job_application_get_applied_date (application)) == FALSE);
  click_selected_day (calendar);
  g_assert_true (calendar_on_day (calendar, ops_job_application_get_applied_date (application)));

  /* Space on the day does the same; a Space released whose press went
   * elsewhere (the one that opened the popover) chooses nothing. */
  gtk_calendar_set_month (calendar, 4);
  ops_test_iterate ();
  press_space (calendar, FALSE);
  g_assert_false (calendar_on_day (calendar, ops_job_application_get_applied_date (application)));
  press_space (calendar, TRUE);
  g_assert_true (calendar_on_day (calendar, ops_job_application_get_applied_date (application)));
  close_calendar (row);

  /* After Clear Date it opens on today, and still no date is held. The
   * focus was on Clear Date, which goes: it moves to Choose Date, in the
   * same row, not to the top of the window. */
  gtk_widget_grab_focus (clear);
  g_assert_true (gtk_root_get_focus (gtk_widget_get_root (row)) == clear);
  g_signal_emit_by_name (clear, "clicked");
  ops_test_iterate ();
  g_assert_null (ops_job_application_get_applied_date (application));
  g_assert_false (gtk_widget_get_visible (clear));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (gtk_widget_get_root (row)),
                                         ops_test_find_widget (row, GTK_TYPE_MENU_BUTTON, "tooltip-text",
                                                               "Choose Date")));
  open_calendar (row);
  after = g_date_time_new_now_local ();
  g_assert_true (calendar_on_day (calendar, before) || calendar_on_day (calendar, after));
  g_assert_null (ops_job_application_get_applied_date (application));
  g_assert_null (ops_date_row_get_date (OPS_DATE_ROW (row)));

  /* Clicking the day it shows chooses nothing in GtkCalendar, so Today
   * has a button: it sets today and closes the calendar. */
  ops_test_press_button (row, "_Today");
  g_assert_nonnull (ops_job_application_get_applied_date (application));
  g_assert_true (calendar_on_day (calendar, ops_job_application_get_applied_date (application)));
  g_assert_true (calendar_on_day (calendar, before) || calendar_on_day (calendar, after));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER))));
}

/* The list's rows end it for the theme: whatever follows the last row
 * (GtkListBox keeps its placeholder there) is hidden, else libadwaita's
 * boxed list draws that row's separator across its rounded bottom. With
 * no rows, the placeholder shows. */
static void
assert_rows_end_list (GtkWidget *list,
                      gboolean   has_rows)
{
  GtkWidget *last_row = NULL;
  GtkWidget *placeholder = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (list); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child))
      last_row = child;
    else
      placeholder = child;
  g_assert_nonnull (placeholder);
  g_assert_true ((last_row != NULL) == has_rows);
  g_assert_true (gtk_widget_get_visible (placeholder) == !has_rows);
  if (last_row != NULL)
    for (GtkWidget *after = gtk_widget_get_next_sibling (last_row); after; after = gtk_widget_get_next_sibling (after))
      g_assert_false (gtk_widget_get_visible (after));
}

static void
test_networking_from_catalog (Fixture       *f,
                              gconstpointer  data)
{
  OpsNetworkingEntry *entry;
  GtkWidget *editor;
  GtkWidget *list;

  open_pane (f, "toolkit:networking");
  assert_visible_tag (f, "toolkit-networking");
  list = gtk_widget_get_parent (ops_test_find_widget (visible (f), GTK_TYPE_LABEL, "label",
                                                      "Nothing logged yet. Start with a local ASCM chapter meeting."));
  g_assert_true (GTK_IS_LIST_BOX (list));
  assert_rows_end_list (list, FALSE);

  /* "Association for Supply Chain Management" in the Add menu. */
  g_assert_true (gtk_widget_activate_action (visible (f), "networking.add", "s", "ascm"));
  assert_visible_type (f, OPS_TYPE_NETWORKING_ENTRY_PAGE);
  editor = visible (f);
  entry = g_list_model_get_item (ops_plan_get_networking (ops_test_app_get_plan (f)), 0);
  g_object_unref (entry);
  g_assert_cmpstr (ops_networking_entry_get_organization_id (entry), ==, "ascm");
  type_into (editor, "Event, e.g. chapter meeting", "Spring chapter meeting");
  g_assert_cmpstr (ops_networking_entry_get_event (entry), ==, "Spring chapter meeting");

  g_assert_true (gtk_widget_activate_action (editor, "navigation.pop", NULL));
  assert_visible_tag (f, "toolkit-networking");
  g_assert_nonnull (ops_test_find_widget (visible (f), ADW_TYPE_ACTION_ROW, "title",
                                          ops_networking_entry_get_organization (entry)));

  /* "Other Organization" starts an entry with no name yet. */
  g_assert_true (gtk_widget_activate_action (visible (f), "networking.add", "s", ""));
  assert_visible_type (f, OPS_TYPE_NETWORKING_ENTRY_PAGE);
  g_assert_cmpuint (g_list_model_get_n_items (ops_plan_get_networking (ops_test_app_get_plan (f))), ==, 2);
  g_assert_true (gtk_widget_activate_action (visible (f), "navigation.pop", NULL));
  assert_visible_tag (f, "toolkit-networking");
  g_assert_nonnull (ops_test_find_widget (visible (f), ADW_TYPE_ACTION_ROW, "title", "Unnamed Organization"));
  assert_rows_end_list (list, TRUE);

  /* And an application, on the wishlist. */
  g_assert_true (gtk_widget_activate_action (visible (f), "networking.add-application", NULL));
  assert_visible_type (f, OPS_TYPE_JOB_APPLICATION_PAGE);
  g_assert_cmpuint (g_list_model_get_n_items (ops_plan_get_applications (ops_test_app_get_plan (f))), ==, 1);
}

static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) && g_str_equal (name, action))
        return TRUE;
      if (section != NULL && menu_has_action (section, action))
        return TRUE;
    }

  return FALSE;
}

static void
test_export_ics_in_plan_menu (Fixture       *f,
                              gconstpointer  data)
{
  GtkWidget *button;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-plan", NULL));
  ops_test_iterate ();
  button = ops_test_find_widget (visible (f), GTK_TYPE_MENU_BUTTON, "tooltip-text", "Plan Menu");
  g_assert_nonnull (button);
  g_assert_true (menu_has_action (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)), "win.export-ics"));
  g_assert_true (menu_has_action (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)), "win.export-pdf"));
  g_assert_true (menu_has_action (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)), "win.export-json-resume"));
}

/* The calendar export is where most dates are entered, too: a labelled
 * button under the networking list (not a bare icon, nor a list of its
 * own) reaches the window's Export to Calendar. */
static void
test_export_ics_in_networking_pane (Fixture       *f,
                                    gconstpointer  data)
{
  GtkWidget *button;

  open_pane (f, "toolkit:networking");
  assert_visible_tag (f, "toolkit-networking");
  button = ops_test_find_widget (visible (f), GTK_TYPE_BUTTON, "action-name", "win.export-ics");
  g_assert_nonnull (button);
  g_assert_nonnull (ops_test_find_widget (button, ADW_TYPE_BUTTON_CONTENT, "label", "_Export Dates to Calendar…"));
  g_assert_null (gtk_widget_get_ancestor (button, GTK_TYPE_LIST_BOX));
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "win.export-ics");
  g_assert_true (gtk_widget_is_sensitive (button));
  /* Not pressed: GTK's own file chooser (there is no portal here) leaks
   * what it was listing when it is closed, which the sanitizer build
   * reports; the action behind the button is the plan menu's. */
}

/* A skill the target role asks for that an achievement shows is no gap;
 * the gap page says which achievement shows it instead of leaving it out
 * without a word. */
static void
test_gap_names_evidence (Fixture       *f,
                         gconstpointer  data)
{
  OpsAchievement *achievement;
  GtkWidget *editor, *lean, *check, *page, *heading, *row;
  g_autofree char *gaps = NULL;
  guint n_missing = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-to-plan", "s", "operations-manager"));
  g_assert_null (ops_plan_find_item (ops_test_app_get_plan (f), "lean"));

  /* An achievement, titled with characters markup would choke on, that
   * shows Lean. */
  achievement = add_achievement (f);
  editor = visible (f);
  type_into (editor, "Title", "5S & <Kaizen> week");
  lean = ops_test_find_widget (editor, ADW_TYPE_ACTION_ROW, "title", "Lean");
  g_assert_nonnull (lean);
  check = ops_test_find_widget (lean, GTK_TYPE_CHECK_BUTTON, NULL, NULL);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  ops_test_iterate ();
  g_assert_true (ops_achievement_has_skill (achievement, "lean"));

  /* My Plan's button counts the gaps without Lean and opens the page. */
  {
    g_autoptr(GListModel) gap = ops_plan_compute_gap (ops_test_app_get_plan (f), ops_window_get_catalog (f->window));

    for (guint i = 0; i < g_list_model_get_n_items (gap); i++)
      {
        g_autoptr(OpsPlanGapEntry) entry = g_list_model_get_item (gap, i);

        n_missing += !ops_plan_gap_entry_get_covered (entry);
      }
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-plan", NULL));
  assert_visible_tag (f, "plan");
  gaps = g_strdup_printf ("%u Gaps", n_missing);
  ops_test_press_button (visible (f), gaps);
  assert_visible_tag (f, "plan-gap");
  page = visible (f);

  /* Lean is not missing; it is listed as shown, by that achievement. */
  heading = ops_test_find_widget (page, GTK_TYPE_LABEL, "label", "Not in Your Plan Yet");
  g_assert_nonnull (heading);
  g_assert_null (ops_test_find_widget (gtk_widget_get_parent (heading), ADW_TYPE_ACTION_ROW, "title", "Lean"));
  heading = ops_test_find_widget (page, GTK_TYPE_LABEL, "label", "Shown by Your Achievements");
  g_assert_nonnull (heading);
  g_assert_true (gtk_widget_is_visible (heading));
  row = ops_test_find_widget (gtk_widget_get_parent (heading), ADW_TYPE_ACTION_ROW, "title", "Lean");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Skill · shown by “5S & <Kaizen> week”");
  g_assert_true (label_shows (row, "Skill · shown by “5S & <Kaizen> week”"));
  g_assert_null (ops_test_find_widget (row, GTK_TYPE_BUTTON, "label", "Add"));

  /* Untick the skill (undo does it): Lean is a gap again, with its Add
   * button, and nothing is shown by an achievement any more. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  ops_test_iterate ();
  g_assert_false (ops_achievement_has_skill (achievement, "lean"));
  g_assert_false (gtk_widget_is_visible (heading));
  heading = ops_test_find_widget (page, GTK_TYPE_LABEL, "label", "Not in Your Plan Yet");
  row = ops_test_find_widget (gtk_widget_get_parent (heading), ADW_TYPE_ACTION_ROW, "title", "Lean");
  g_assert_nonnull (row);
  g_assert_nonnull (ops_test_find_widget (row, GTK_TYPE_BUTTON, "label", "Add"));
}

/* Open Plan…, a reload or starting over replace the store's plan, and
 * the old one says nothing: an editor of one of its records closes, since
 * what it edits is no longer shown or saved. */
static void
test_editor_closes_on_new_plan (Fixture       *f,
                                gconstpointer  data)
{
  OpsPlanStore *store = ops_application_get_store (f->app);
  g_autoptr(OpsPlan) first = ops_plan_new ();
  g_autoptr(OpsPlan) second = ops_plan_new ();
  GtkWidget *editor, *about, *over;

  add_achievement (f);
  editor = visible (f);
  g_assert_true (OPS_IS_ACHIEVEMENT_PAGE (editor));

  ops_plan_store_new_plan (store, first);
  ops_test_iterate ();
  g_assert_true (ops_test_app_get_plan (f) == first);
  assert_visible_tag (f, "toolkit-achievements");
  g_assert_false (ops_test_page_in_stack (f->window, editor));
  /* The pane under it shows the new plan, which has no achievements. */
  g_assert_true (label_shows (visible (f), "Log Your Results"));

  /* An editor with a page opened from it on top goes too, so Back does
   * not bring it back. */
  open_pane (f, "toolkit:networking");
  g_assert_true (gtk_widget_activate_action (visible (f), "networking.add", "s", "ascm"));
  assert_visible_type (f, OPS_TYPE_NETWORKING_ENTRY_PAGE);
  editor = visible (f);
  about = ops_test_find_widget (editor, ADW_TYPE_ACTION_ROW, "title", "About This Organization");
  g_assert_nonnull (about);
  g_signal_emit_by_name (about, "activated");
  ops_test_iterate ();
  over = visible (f);
  g_assert_true (over != editor);
  g_assert_cmpstr (adw_navigation_page_get_tag (ADW_NAVIGATION_PAGE (over)), ==, "ascm");

  ops_plan_store_new_plan (store, second);
  ops_test_iterate ();
  g_assert_true (visible (f) == over);
  g_assert_false (ops_test_page_in_stack (f->window, editor));
  g_assert_true (gtk_widget_activate_action (over, "navigation.pop", NULL));
  assert_visible_tag (f, "toolkit-networking");
}

/* While a plan is read, an edit would go to the plan about to be
 * replaced: the panes' Add buttons are off until it is read, as the
 * window's edits are. */
static void
test_no_add_while_loading (Fixture       *f,
                           gconstpointer  data)
{
  OpsPlanStore *store = ops_application_get_store (f->app);
  const char *actions[][2] = {
    { "toolkit:achievements", "achievements.add" },
    { "toolkit:networking", "networking.add-application" },
    { "toolkit:interview", "interview.new-story" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      GtkWidget *button;

      open_pane (f, actions[i][0]);
      button = ops_test_find_widget (visible (f), GTK_TYPE_BUTTON, "action-name", actions[i][1]);
      g_assert_nonnull (button);
      g_assert_true (gtk_widget_is_sensitive (button));

      /* Checked before the main loop runs again, which could finish the
       * read before the check. */
      ops_plan_store_load_async (store, NULL, NULL, NULL);
      g_assert_true (ops_plan_store_get_loading (store));
      g_assert_false (gtk_widget_is_sensitive (button));

      ops_test_wait_for (ops_test_store_ready, store);
      ops_test_iterate ();
      button = ops_test_find_widget (visible (f), GTK_TYPE_BUTTON, "action-name", actions[i][1]);
      g_assert_true (gtk_widget_is_sensitive (button));
    }
}

static gboolean
is_narrow (gpointer window)
{
  return gtk_widget_get_mapped (window) && gtk_widget_get_width (window) > 0 && gtk_widget_get_width (window) <= 360;
}

/* The pane on screen needs no more width than the window has: a wider
 * child would be cut off at the edge. */
static void
assert_fits (Fixture *f)
{
  int window_width = gtk_widget_get_width (GTK_WIDGET (f->window));
  int minimum;

  gtk_widget_measure (visible (f), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, window_width);
  g_assert_cmpint (gtk_widget_get_width (visible (f)), <=, window_width);
}

/* On a phone a question that no story answers keeps its row's width:
 * Write Story beside it squeezed it to a few words a line (in German, one),
 * so the row leaves that to the question's page behind its chevron. */
static void
assert_questions_keep_width (Fixture *f)
{
  GListModel *questions = ops_catalog_get_items (ops_window_get_catalog (f->window), OPS_ITEM_KIND_QUESTION);

  g_assert_cmpuint (g_list_model_get_n_items (questions), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(OpsCatalogItem) question = g_list_model_get_item (questions, i);
      const char *name = ops_catalog_item_get_name (question);
      GtkWidget *row = question_row (visible (f), name);
      GtkWidget *title = row != NULL ? ops_test_find_widget (row, GTK_TYPE_LABEL, "label", name) : NULL;

      g_assert_nonnull (title);
      g_assert_true (is_gap (f, ops_catalog_item_get_id (question)));
      g_test_message ("“%s”: %d of %d px", name, gtk_widget_get_width (title), gtk_widget_get_width (row));
      g_assert_cmpint (2 * gtk_widget_get_width (title), >=, gtk_widget_get_width (row));
      g_assert_false (gtk_widget_is_visible (ops_test_find_widget (row, GTK_TYPE_BUTTON, "label", "_Write Story")));
    }
}

/* Every pane and editor fits a phone. */
static void
test_fits_360_px (Fixture       *f,
                  gconstpointer  data)
{
  static const char * const panes[] = { "toolkit:achievements", "toolkit:interview", "toolkit:networking", "toolkit:resume" };

  /* A window opened narrow, as on a phone. */
  ops_test_close_window (g_steal_pointer (&f->window));
  f->window = ops_window_new (f->app);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 720);
  gtk_window_present (GTK_WINDOW (f->window));
  ops_test_wait_for (is_narrow, f->window);

  for (guint i = 0; i < G_N_ELEMENTS (panes); i++)
    {
      open_pane (f, panes[i]);
      ops_test_spin (100);
      assert_fits (f);
      if (g_str_equal (panes[i], "toolkit:interview"))
        assert_questions_keep_width (f);
    }

  add_achievement (f);
  ops_test_spin (100);
  assert_fits (f);
  open_pane (f, "toolkit:interview");
  g_assert_true (gtk_widget_activate_action (visible (f), "interview.write-story", "s", "failure"));
  assert_visible_type (f, OPS_TYPE_STORY_PAGE);
  ops_test_spin (100);
  assert_fits (f);
  open_pane (f, "toolkit:networking");
  g_assert_true (gtk_widget_activate_action (visible (f), "networking.add", "s", "poms"));
  ops_test_spin (100);
  assert_fits (f);
  open_pane (f, "toolkit:networking");
  g_assert_true (gtk_widget_activate_action (visible (f), "networking.add-application", NULL));
  ops_test_spin (100);
  assert_fits (f);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, 360);
}

/* A test that leaves the window as a person might: narrow, maximized,
 * on another pane. Closing it saves all that to the settings, which last
 * as long as the test process; the next test checks none of it reaches
 * its window. */
static void
test_window_state_leave (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);
  g_autofree char *selection = NULL;

  /* A window opened narrow, as fits-360-px does. */
  ops_test_close_window (g_steal_pointer (&f->window));
  f->window = ops_window_new (f->app);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 720);
  gtk_window_present (GTK_WINDOW (f->window));
  ops_test_wait_for (is_narrow, f->window);
  open_pane (f, "toolkit:networking");
  ops_test_app_close (f);
  /* What a maximized window saves; nothing maximizes one on Xvfb. */
  g_settings_set_boolean (settings, "window-maximized", TRUE);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 360);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 720);
  selection = g_settings_get_string (settings, "sidebar-selection");
  g_assert_cmpstr (selection, ==, "toolkit:networking");
}

/* Each test's window opens as on a first start: the schema's size, not
 * maximized, on the career map. The "wide" visual tests once ran at the
 * 360 px the test before them had left. */
static void
test_window_state_start (Fixture       *f,
                         gconstpointer  data)
{
  GSettings *settings = ops_application_get_settings (f->app);
  g_autoptr(GVariant) width = g_settings_get_default_value (settings, "window-width");
  g_autoptr(GVariant) height = g_settings_get_default_value (settings, "window-height");
  int window_width, window_height;
  GtkWidget *split;

  gtk_window_get_default_size (GTK_WINDOW (f->window), &window_width, &window_height);
  g_assert_cmpint (window_width, ==, g_variant_get_int32 (width));
  g_assert_cmpint (window_height, ==, g_variant_get_int32 (height));
  /* Wide enough for the sidebar beside the pane. */
  ops_test_wait_for_layout (GTK_WIDGET (f->window));
  split = ops_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_NAVIGATION_SPLIT_VIEW, NULL, NULL);
  g_assert_false (adw_navigation_split_view_get_collapsed (ADW_NAVIGATION_SPLIT_VIEW (split)));
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  g_assert_false (gtk_window_is_maximized (GTK_WINDOW (f->window)));
  assert_visible_tag (f, "map");
}

/* An editor, and how a person opens it. */
typedef struct
{
  const char *pane;
  const char *action;
  const char *target;
  GType     (*get_type) (void);
} Editor;

static const Editor achievement_editor = { "toolkit:achievements", "achievements.add", NULL, ops_achievement_page_get_type };
static const Editor story_editor = { "toolkit:interview", "interview.write-story", NULL, ops_story_page_get_type };
static const Editor networking_editor = { "toolkit:networking", "networking.add", "", ops_networking_entry_page_get_type };
static const Editor application_editor = {
  "toolkit:networking", "networking.add-application", NULL, ops_job_application_page_get_type
};

/* A title or note longer than the plan file takes made every later save
 * fail until it was shortened: each toolkit editor's rows and text views
 * stop at that length, however much is pasted. */
static void
test_long_paste_still_saves (Fixture       *f,
                             gconstpointer  data)
{
  const Editor *editor = data;

  open_pane (f, editor->pane);
  g_assert_true (gtk_widget_activate_action (visible (f), editor->action, editor->target ? "s" : NULL, editor->target));
  assert_visible_type (f, editor->get_type ());
  ops_test_paste_too_much (visible (f));
  ops_test_app_assert_saves (f);
}

/* What fits is kept, to the character. */
static void
test_long_paste_keeps_what_fits (Fixture       *f,
                                 gconstpointer  data)
{
  OpsStarStory *story;

  test_long_paste_still_saves (f, &story_editor);
  story = g_list_model_get_item (ops_plan_get_stories (ops_test_app_get_plan (f)), 0);
  g_object_unref (story);
  g_assert_cmpint (g_utf8_strlen (ops_star_story_get_title (story), -1), ==, OPS_PLAN_MAX_LINE_CHARS);
  g_assert_cmpint (g_utf8_strlen (ops_star_story_get_situation (story), -1), ==, OPS_PLAN_MAX_TEXT_CHARS);
}

/* A row given another achievement shows and copies that one's title and
 * line, and an edit of the first no longer reaches it. */
static void
test_achievement_row_follows_its_achievement (void)
{
  g_autoptr(OpsAchievement) first = ops_achievement_new ("Packing lead time");
  g_autoptr(OpsAchievement) second = ops_achievement_new ("Picking errors");
  OpsAchievementRow *row = g_object_ref_sink (g_object_new (OPS_TYPE_ACHIEVEMENT_ROW, "achievement", first, NULL));

  ops_achievement_set_metric (second, OPS_ACHIEVEMENT_METRIC_LEAD_TIME);
  ops_achievement_set_baseline (second, 9.5);
  ops_achievement_set_result (second, 6.5);
  ops_achievement_set_unit (second, "days");
  ops_achievement_row_set_achievement (row, second);
  ops_achievement_set_title (first, "Not this one");
  ops_achievement_set_baseline (first, 3);
  g_assert_false (label_shows (GTK_WIDGET (row), "Not this one"));
  g_assert_true (label_shows (GTK_WIDGET (row), "Picking errors"));
  g_assert_cmpstr (ops_achievement_row_get_resume_line (row), ==, "Cut lead time 32% (9.5 → 6.5 days)");
  g_assert_true (label_shows (GTK_WIDGET (row), "Cut lead time 32% (9.5 → 6.5 days)"));

  ops_achievement_set_title (second, "Fewer picking errors");
  g_assert_true (label_shows (GTK_WIDGET (row), "Fewer picking errors"));
  ops_achievement_set_result (second, 5);
  g_assert_nonnull (strstr (ops_achievement_row_get_resume_line (row), "9.5 → 5 days"));

  /* Emptied, it follows nothing and has nothing to copy: no copy button,
   * rather than a greyed-out one. */
  g_assert_true (gtk_widget_get_visible (ops_test_find_widget (GTK_WIDGET (row), GTK_TYPE_BUTTON, "action-name",
                                                               "achievement.copy")));
  ops_achievement_row_set_achievement (row, NULL);
  ops_achievement_set_result (second, 4);
  g_assert_null (ops_achievement_row_get_resume_line (row));
  g_assert_false (gtk_widget_get_visible (ops_test_find_widget (GTK_WIDGET (row), GTK_TYPE_BUTTON, "action-name",
                                                                "achievement.copy")));
  g_object_unref (row);
}

static void
append_achievement (GListStore *store,
                    const char *title)
{
  g_autoptr(OpsAchievement) achievement = ops_achievement_new (title);

  g_list_store_append (store, achievement);
}

static gboolean
is_expander_arrow (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_IMAGE (widget) && gtk_widget_has_css_class (widget, "expander-row-arrow");
}

/* A checklist given another list (a story of another plan) offers that
 * list's entries as they come, and none the first list gains. */
static void
test_checklist_row_follows_its_list (void)
{
  g_autoptr(GListStore) first = g_list_store_new (OPS_TYPE_ACHIEVEMENT);
  g_autoptr(GListStore) second = g_list_store_new (OPS_TYPE_ACHIEVEMENT);
  GtkWidget *row = g_object_ref_sink (g_object_new (OPS_TYPE_CHECKLIST_ROW, NULL));
  GtkWidget *line;
  g_autoptr(OpsPlanRecord) picked = NULL;
  g_auto(GStrv) ids = NULL;

  append_achievement (first, "Packing lead time");
  ops_checklist_row_set_model (OPS_CHECKLIST_ROW (row), G_LIST_MODEL (first), "title");
  g_assert_nonnull (ops_test_find_widget (row, ADW_TYPE_ACTION_ROW, "title", "Packing lead time"));

  /* An empty list is a state the row says, legible, not a greyed-out
   * row (issue 19); and it has no arrow that opens onto nothing. */
  g_object_set (row, "empty-text", "No achievements yet", NULL);
  ops_checklist_row_set_model (OPS_CHECKLIST_ROW (row), G_LIST_MODEL (second), "title");
  g_assert_null (ops_test_find_widget (row, ADW_TYPE_ACTION_ROW, "title", "Packing lead time"));
  g_assert_true (gtk_widget_get_sensitive (row));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "No achievements yet");
  g_assert_false (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (row)));
  g_assert_false (gtk_widget_get_visible (ops_test_find_widget_matching (row, is_expander_arrow, NULL)));
  append_achievement (first, "Not this one");
  g_assert_null (ops_test_find_widget (row, ADW_TYPE_ACTION_ROW, "title", "Not this one"));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "No achievements yet");

  /* Something to choose: the arrow, folded, and "None" chosen yet. */
  append_achievement (second, "Picking errors");
  line = ops_test_find_widget (row, ADW_TYPE_ACTION_ROW, "title", "Picking errors");
  g_assert_nonnull (line);
  g_assert_true (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (row)));
  g_assert_false (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_assert_true (gtk_widget_get_visible (ops_test_find_widget_matching (row, is_expander_arrow, NULL)));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "None");

  /* And choosing it is choosing that achievement. */
  adw_action_row_activate (ADW_ACTION_ROW (line));
  picked = g_list_model_get_item (G_LIST_MODEL (second), 0);
  g_object_get (row, "selected-ids", &ids, NULL);
  g_assert_nonnull (ids);
  g_assert_cmpstr (ids[0], ==, ops_plan_record_get_id (picked));
  g_assert_null (ids[1]);
  g_object_unref (row);
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/* Takes a control out of its page as the focus leaves it, as a list does
 * with a row it recycles or a view with a page it pops. */
static void
remove_when_unfocused_cb (GtkWindow  *window,
                          GParamSpec *pspec,
                          gpointer    data)
{
  GtkWidget *control = *(GtkWidget **) data;

  if (control != NULL && gtk_window_get_focus (window) != control && gtk_widget_get_parent (control) != NULL)
    gtk_box_remove (GTK_BOX (gtk_widget_get_parent (control)), control);
}

/* An editor opened over a page whose focused control goes away as the
 * focus leaves it (fits-360-px met one: the title field of an editor the
 * previous pane had closed) still opens on its title, cursor at the end.
 * It once asked, after the focus had moved, where that control had been,
 * reading freed memory: a critical, or a wrong answer once reused. */
static void
test_editor_opens_when_focus_goes (void)
{
  g_autoptr(OpsAchievement) achievement = ops_achievement_new ("Packing lead time");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = adw_navigation_view_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *control = gtk_button_new_with_label ("Goes");
  GtkWidget *editor, *title;
  gpointer alive = control;

  ops_achievement_set_metric (achievement, OPS_ACHIEVEMENT_METRIC_LEAD_TIME);
  ops_achievement_set_baseline (achievement, 9.5);
  ops_achievement_set_result (achievement, 6.5);
  ops_achievement_set_unit (achievement, "days");

  gtk_box_append (GTK_BOX (box), control);
  adw_navigation_view_push (ADW_NAVIGATION_VIEW (view), adw_navigation_page_new (box, "Achievements"));
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  ops_test_wait_for (is_mapped, window);
  g_assert_true (gtk_widget_grab_focus (control));
  g_object_add_weak_pointer (G_OBJECT (control), &alive);
  g_signal_connect (window, "notify::focus-widget", G_CALLBACK (remove_when_unfocused_cb), &alive);

  /* The view moves the focus into the editor it opens. */
  editor = ops_achievement_page_new (achievement, NULL);
  adw_navigation_view_push (ADW_NAVIGATION_VIEW (view), ADW_NAVIGATION_PAGE (editor));
  ops_test_wait_for (ops_test_is_cleared, &alive);

  title = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (ops_test_find_widget (editor, ADW_TYPE_ENTRY_ROW, "title",
                                                                                    "Title"))));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) == title);
  g_assert_false (gtk_editable_get_selection_bounds (GTK_EDITABLE (title), NULL, NULL));
  g_assert_cmpint (gtk_editable_get_position (GTK_EDITABLE (title)), ==, strlen ("Packing lead time"));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  ops_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, ops_test_app_set_up, func, ops_test_app_tear_down)
  ADD ("/toolkit-ui/add-achievement-shows-line", test_add_achievement_shows_line);
  ADD ("/toolkit-ui/achievement-numbers-named", test_achievement_numbers_named);
  ADD ("/toolkit-ui/copy-puts-line-on-clipboard", test_copy_puts_line_on_clipboard);
  ADD ("/toolkit-ui/editor-copy-needs-a-line", test_editor_copy_needs_a_line);
  ADD ("/toolkit-ui/remove-and-undo", test_remove_and_undo);
  ADD ("/toolkit-ui/undo-edit-from-editor", test_undo_edit_from_editor);
  ADD ("/toolkit-ui/story-closes-gap", test_story_closes_gap);
  ADD ("/toolkit-ui/question-follows-plan", test_question_follows_plan);
  ADD ("/toolkit-ui/resume-check", test_resume_check);
  ADD ("/toolkit-ui/resume-edit-clears-results", test_resume_edit_clears_results);
  ADD ("/toolkit-ui/resume-nothing-to-check", test_resume_nothing_to_check);
  ADD ("/toolkit-ui/resume-target-follows-plan", test_resume_target_follows_plan);
  ADD ("/toolkit-ui/shortcuts-list-resume-keys", test_shortcuts_list_resume_keys);
  ADD ("/toolkit-ui/shortcuts-list-plan-item-keys", test_shortcuts_list_plan_item_keys);
  ADD ("/toolkit-ui/date-row-opens-on-today", test_date_row_opens_on_today);
  ADD ("/toolkit-ui/networking-from-catalog", test_networking_from_catalog);
  ADD ("/toolkit-ui/export-ics-in-plan-menu", test_export_ics_in_plan_menu);
  ADD ("/toolkit-ui/export-ics-in-networking-pane", test_export_ics_in_networking_pane);
  ADD ("/toolkit-ui/gap-names-evidence", test_gap_names_evidence);
  ADD ("/toolkit-ui/editor-closes-on-new-plan", test_editor_closes_on_new_plan);
  ADD ("/toolkit-ui/no-add-while-loading", test_no_add_while_loading);
  ADD ("/toolkit-ui/fits-360-px", test_fits_360_px);
  ADD ("/toolkit-ui/window-state/leave", test_window_state_leave);
  ADD ("/toolkit-ui/window-state/start", test_window_state_start);
#define ADD_DATA(path, func, data) \
  g_test_add (path, Fixture, data, ops_test_app_set_up, func, ops_test_app_tear_down)
  ADD_DATA ("/toolkit-ui/resume-unknown-target/no-such-role", test_resume_unknown_target, "no-such-role");
  ADD_DATA ("/toolkit-ui/resume-unknown-target/certification", test_resume_unknown_target, "cpim");
  ADD_DATA ("/toolkit-ui/long-paste-still-saves/achievement", test_long_paste_still_saves, &achievement_editor);
  ADD_DATA ("/toolkit-ui/long-paste-still-saves/networking", test_long_paste_still_saves, &networking_editor);
  ADD_DATA ("/toolkit-ui/long-paste-still-saves/application", test_long_paste_still_saves, &application_editor);
  ADD_DATA ("/toolkit-ui/long-paste-keeps-what-fits", test_long_paste_keeps_what_fits, NULL);
  ops_test_add_func ("/toolkit-ui/achievement-row-follows-its-achievement", test_achievement_row_follows_its_achievement);
  ops_test_add_func ("/toolkit-ui/checklist-row-follows-its-list", test_checklist_row_follows_its_list);
  ops_test_add_func ("/toolkit-ui/editor-opens-when-focus-goes", test_editor_opens_when_focus_goes);
#undef ADD_DATA
#undef ADD

  return g_test_run ();
}
