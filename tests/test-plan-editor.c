/* test-plan-editor.c: keeping a plan the way a person does
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ops-credential-log.h"
#include "ops-date.h"
#include "ops-date-row.h"
#include "ops-plan-groups.h"
#include "ops-plan-item-row.h"
#include "ops-plan.h"
#include "ops-plan-serializer.h"
#include "ops-test-util.h"

/* The application with one window, on no plan at all (ops-test-util.c). */
typedef OpsTestApp Fixture;

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  OpsPlanItem *item = OPS_IS_PLAN_ITEM_ROW (widget) ? ops_plan_item_row_get_item (OPS_PLAN_ITEM_ROW (widget)) : NULL;

  return item != NULL && g_strcmp0 (ops_plan_item_get_title (item), title) == 0;
}

static OpsPlanItemRow *
row_for (Fixture    *f,
         const char *title)
{
  return OPS_PLAN_ITEM_ROW (ops_test_find_widget_matching (GTK_WIDGET (ops_test_visible_page (f->window)),
                                                          is_row_titled, title));
}

static guint
count_missing (Fixture *f)
{
  g_autoptr(GListModel) gap = ops_plan_compute_gap (ops_test_app_get_plan (f), ops_window_get_catalog (f->window));
  guint missing = 0;

  for (guint i = 0; i < g_list_model_get_n_items (gap); i++)
    {
      g_autoptr(OpsPlanGapEntry) entry = g_list_model_get_item (gap, i);

      missing += !ops_plan_gap_entry_get_covered (entry);
    }

  return missing;
}

static void
test_add_certification_mark_done_undo (Fixture       *f,
                                       gconstpointer  data)
{
  OpsPlanItem *cpim;
  OpsPlanItemRow *row;
  GtkWidget *check, *progress_label;

  /* Open CPIM and press "Add to My Plan". */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-item", "s", "cpim"));
  ops_test_press_button (GTK_WIDGET (ops_test_visible_page (f->window)), "_Add to My Plan");
  cpim = ops_plan_find_item (ops_test_app_get_plan (f), "cpim");
  g_assert_nonnull (cpim);
  g_assert_cmpint (ops_plan_item_get_kind (cpim), ==, OPS_PLAN_ITEM_KIND_CERTIFICATION);

  /* Open the plan and tick the item done. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-plan", NULL));
  g_assert_cmpstr (adw_navigation_page_get_tag (ops_test_visible_page (f->window)), ==, "plan");
  row = row_for (f, ops_plan_item_get_title (cpim));
  g_assert_nonnull (row);
  check = ops_test_find_widget (GTK_WIDGET (row), GTK_TYPE_CHECK_BUTTON, NULL, NULL);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  ops_test_iterate ();
  g_assert_cmpint (ops_plan_item_get_status (cpim), ==, OPS_PLAN_ITEM_STATUS_DONE);
  g_assert_cmpfloat (ops_plan_get_progress (ops_test_app_get_plan (f)), ==, 1.0);
  progress_label = ops_test_find_widget (GTK_WIDGET (ops_test_visible_page (f->window)), GTK_TYPE_LABEL, "label", "100% done");
  g_assert_nonnull (progress_label);

  /* Ctrl+Z takes it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  ops_test_iterate ();
  g_assert_cmpint (ops_plan_item_get_status (cpim), ==, OPS_PLAN_ITEM_STATUS_PLANNED);
  g_assert_cmpfloat (ops_plan_get_progress (ops_test_app_get_plan (f)), ==, 0.0);
  g_assert_nonnull (ops_test_find_widget (GTK_WIDGET (ops_test_visible_page (f->window)), GTK_TYPE_LABEL, "label", "0% done"));
}

static void
test_plan_survives_restart (Fixture       *f,
                            gconstpointer  data)
{
  OpsPlanItem *item;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-to-plan", "s", "lss-green-belt"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-to-plan", "s", "operations-manager"));
  ops_plan_item_set_status (ops_plan_find_item (ops_test_app_get_plan (f), "lss-green-belt"), OPS_PLAN_ITEM_STATUS_DONE);

  /* Closing the window is quitting; nothing may wait for autosave. */
  ops_test_app_close (f);
  ops_test_app_open (f);

  item = ops_plan_find_item (ops_test_app_get_plan (f), "lss-green-belt");
  g_assert_nonnull (item);
  g_assert_cmpint (ops_plan_item_get_status (item), ==, OPS_PLAN_ITEM_STATUS_DONE);
  g_assert_cmpstr (ops_plan_get_target_role_id (ops_test_app_get_plan (f)), ==, "operations-manager");
}

static void
test_target_role_shows_gap (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *label = NULL;
  guint missing, items_before;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-item", "s", "operations-manager"));
  ops_test_press_button (GTK_WIDGET (ops_test_visible_page (f->window)), "Set as _Target Role");
  g_assert_cmpstr (ops_plan_get_target_role_id (ops_test_app_get_plan (f)), ==, "operations-manager");

  /* The plan page counts what the role asks for that the plan lacks. */
  missing = count_missing (f);
  g_assert_cmpuint (missing, >, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-plan", NULL));
  label = g_strdup_printf ("%u Gaps", missing);
  ops_test_press_button (GTK_WIDGET (ops_test_visible_page (f->window)), label);
  g_assert_cmpstr (adw_navigation_page_get_tag (ops_test_visible_page (f->window)), ==, "plan-gap");

  /* One click adds a missing piece, and the list follows. */
  items_before = g_list_model_get_n_items (ops_plan_get_items (ops_test_app_get_plan (f)));
  ops_test_press_button (GTK_WIDGET (ops_test_visible_page (f->window)), "Add");
  g_assert_cmpuint (g_list_model_get_n_items (ops_plan_get_items (ops_test_app_get_plan (f))), ==, items_before + 1);
  g_assert_cmpuint (count_missing (f), ==, missing - 1);
}

static gboolean
is_label_text (GtkWidget     *widget,
               gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

/* The boxed list that the heading @heading names on @page. */
static GtkWidget *
list_under (GtkWidget  *page,
            const char *heading)
{
  GtkWidget *label = ops_test_find_widget_matching (page, is_label_text, heading);
  GtkWidget *list;

  g_assert_nonnull (label);
  list = gtk_widget_get_next_sibling (label);
  g_assert_true (GTK_IS_LIST_BOX (list));

  return list;
}

static gboolean
is_titled (GtkWidget     *widget,
           gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* A CPIM earned in 2015 lapsed in 2020. It is in the plan, so it is not
 * "Not in Your Plan Yet": the gap page lists it To Renew, still a gap,
 * and its row opens the plan's item, where the renewal is recorded. */
static void
test_lapsed_credential_to_renew (Fixture       *f,
                                 gconstpointer  data)
{
  OpsPlan *plan = ops_test_app_get_plan (f);
  g_autoptr(GDateTime) long_ago = g_date_time_new_local (2015, 1, 1, 0, 0, 0);
  g_autofree char *label = NULL;
  OpsPlanItem *cpim;
  GtkWidget *gap, *renew, *row;
  guint missing;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-item", "s", "production-scheduler"));
  ops_test_press_button (GTK_WIDGET (ops_test_visible_page (f->window)), "Set as _Target Role");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-to-plan", "s", "cpim"));
  cpim = ops_plan_find_item (plan, "cpim");
  ops_plan_item_set_status (cpim, OPS_PLAN_ITEM_STATUS_DONE);
  ops_plan_item_set_completion_date (cpim, long_ago);

  missing = count_missing (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-plan", NULL));
  ops_test_iterate ();
  label = g_strdup_printf ("%u Gaps", missing);
  ops_test_press_button (GTK_WIDGET (ops_test_visible_page (f->window)), label);
  gap = GTK_WIDGET (ops_test_visible_page (f->window));
  g_assert_cmpstr (adw_navigation_page_get_tag (ADW_NAVIGATION_PAGE (gap)), ==, "plan-gap");

  renew = list_under (gap, "To Renew");
  g_assert_true (gtk_widget_is_visible (renew));
  row = ops_test_find_widget_matching (renew, is_titled, "CPIM");
  g_assert_nonnull (row);
  g_assert_null (ops_test_find_widget_matching (list_under (gap, "Not in Your Plan Yet"), is_titled, "CPIM"));
  /* It is renewed, not added again. */
  g_assert_null (ops_test_find_widget (row, GTK_TYPE_BUTTON, "label", "Add"));

  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  gtk_widget_activate (row);
  ops_test_iterate ();
  g_assert_cmpstr (adw_navigation_page_get_tag (ops_test_visible_page (f->window)), ==, "plan-item");
  /* Lapsed is said in the error colour, icon and words (style.css). */
  row = ops_test_find_widget_matching (GTK_WIDGET (ops_test_visible_page (f->window)), is_titled, "Lapsed");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_has_css_class (row, "lapsed"));
  g_assert_false (gtk_widget_has_css_class (row, "valid"));
}

static void
test_starter_plan (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-plan", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (ops_plan_get_items (ops_test_app_get_plan (f))), ==, 0);
  ops_test_press_button (GTK_WIDGET (ops_test_visible_page (f->window)), "_Trainee to Operations Manager");

  g_assert_cmpuint (g_list_model_get_n_items (ops_plan_get_items (ops_test_app_get_plan (f))), >, 0);
  g_assert_cmpstr (ops_plan_get_target_role_id (ops_test_app_get_plan (f)), ==, "operations-manager");
  g_assert_cmpstr (ops_plan_get_current_role_id (ops_test_app_get_plan (f)), ==, "operations-trainee");
}

static void
test_corrupt_file_is_reported_and_kept (Fixture       *f,
                                        gconstpointer  data)
{
  static const char corrupt[] = "{\n  \"format\": 1,\n  \"items\": [ {\"title\": \"CPIM\" ,, ]\n}\n";
  g_autoptr(GFile) file = ops_plan_store_get_default_file ();
  g_autoptr(GFile) dir = g_file_get_parent (file);
  g_autofree char *after = NULL;
  AdwBanner *banner;
  gsize length;

  ops_test_app_close (f);
  g_file_make_directory_with_parents (dir, NULL, NULL);
  g_assert_true (g_file_replace_contents (file, corrupt, strlen (corrupt), NULL, FALSE, 0, NULL, NULL, NULL));
  ops_test_app_open (f);

  /* The plan page says what is wrong and exactly where: line 3, at the
   * comma (column 31) after which json-glib expected a key and found
   * another comma. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-plan", NULL));
  banner = ADW_BANNER (ops_test_find_widget (GTK_WIDGET (ops_test_visible_page (f->window)), ADW_TYPE_BANNER, NULL, NULL));
  g_assert_true (adw_banner_get_revealed (banner));
  g_assert_nonnull (strstr (adw_banner_get_title (banner), "has not been changed"));
  g_assert_cmpstr (adw_banner_get_title (banner), ==,
                   "Your plan could not be opened, and it has not been changed: Line 3, column 31: "
                   "not valid JSON: unexpected character `,', expected string constant");

  /* No edit is offered that could not be kept, and a quit later the file
   * is still exactly what it was. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-to-plan", "s", "cpim") &&
                  ops_plan_find_item (ops_test_app_get_plan (f), "cpim") != NULL);
  ops_test_app_close (f);
  g_assert_true (g_file_load_contents (file, NULL, &after, &length, NULL, NULL));
  g_assert_cmpstr (after, ==, corrupt);
}

static void
test_reorder_from_item_pane (Fixture       *f,
                             gconstpointer  data)
{
  OpsPlanItem *first, *second;
  OpsPlanItemRow *row;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-to-plan", "s", "cpim"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-to-plan", "s", "budgeting"));
  first = ops_test_plan_item_at (ops_test_app_get_plan (f), 0);
  second = ops_test_plan_item_at (ops_test_app_get_plan (f), 1);
  g_assert_cmpstr (ops_plan_item_get_catalog_id (second), ==, "budgeting");

  /* Open Budgeting from the list and move it up. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-plan", NULL));
  row = row_for (f, ops_plan_item_get_title (second));
  g_assert_nonnull (row);
  g_signal_emit_by_name (gtk_widget_get_ancestor (GTK_WIDGET (row), GTK_TYPE_LIST_VIEW), "activate",
                         1 /* Budgeting is second among the planned items */);
  ops_test_iterate ();
  g_assert_cmpstr (adw_navigation_page_get_tag (ops_test_visible_page (f->window)), ==, "plan-item");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (ops_test_visible_page (f->window)), "item.move-up", NULL));
  g_assert_true (ops_test_plan_item_at (ops_test_app_get_plan (f), 0) == second);
  g_assert_true (ops_test_plan_item_at (ops_test_app_get_plan (f), 1) == first);

  /* Moving is undone like any edit. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_true (ops_test_plan_item_at (ops_test_app_get_plan (f), 0) == first);
}

/* A list recycles its rows: a row given another item follows that one,
 * and no longer the one it showed before. */
static void
test_recycled_row_follows_its_item (Fixture       *f,
                                    gconstpointer  data)
{
  OpsPlanItem *first, *second;
  GtkWidget *row, *check;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-to-plan", "s", "cpim"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-to-plan", "s", "budgeting"));
  first = ops_test_plan_item_at (ops_test_app_get_plan (f), 0);
  second = ops_test_plan_item_at (ops_test_app_get_plan (f), 1);
  row = g_object_ref_sink (g_object_new (OPS_TYPE_PLAN_ITEM_ROW, "item", first, NULL));
  check = ops_test_find_widget (row, GTK_TYPE_CHECK_BUTTON, NULL, NULL);
  g_assert_nonnull (check);

  ops_plan_item_row_set_item (OPS_PLAN_ITEM_ROW (row), second);
  ops_plan_item_set_status (first, OPS_PLAN_ITEM_STATUS_DONE);
  ops_plan_item_set_title (first, "Not this one");
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_null (ops_test_find_widget (row, GTK_TYPE_LABEL, "label", "Not this one"));
  g_assert_nonnull (ops_test_find_widget (row, GTK_TYPE_LABEL, "label", ops_plan_item_get_title (second)));

  ops_plan_item_set_status (second, OPS_PLAN_ITEM_STATUS_DONE);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  ops_plan_item_set_title (second, "This one");
  g_assert_nonnull (ops_test_find_widget (row, GTK_TYPE_LABEL, "label", "This one"));

  /* Emptied, it follows nothing. */
  ops_plan_item_row_set_item (OPS_PLAN_ITEM_ROW (row), NULL);
  ops_plan_item_set_status (second, OPS_PLAN_ITEM_STATUS_PLANNED);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_cmpint (ops_plan_item_get_status (second), ==, OPS_PLAN_ITEM_STATUS_PLANNED);
  g_object_unref (row);
}

static gboolean
item_pane_shown (gpointer data)
{
  Fixture *f = data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (ops_test_visible_page (f->window)));
}

/* Issue 17, 5: opening an item put the focus in its title with the whole
 * title selected, so the first key a person pressed replaced it. */
static void
test_opening_item_keeps_title (Fixture       *f,
                               gconstpointer  data)
{
  OpsPlanItemRow *row;
  GtkWidget *title_row;
  GtkEditable *title;
  int start, end;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-to-plan", "s", "cpim"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-plan", NULL));
  row = row_for (f, ops_plan_item_get_title (ops_test_plan_item_at (ops_test_app_get_plan (f), 0)));
  g_assert_nonnull (row);
  /* Enter on the focused row, as a keyboard user opens it. */
  g_assert_true (gtk_widget_grab_focus (gtk_widget_get_parent (GTK_WIDGET (row))));
  g_signal_emit_by_name (gtk_widget_get_ancestor (GTK_WIDGET (row), GTK_TYPE_LIST_VIEW), "activate", 0);
  ops_test_iterate ();
  g_assert_cmpstr (adw_navigation_page_get_tag (ops_test_visible_page (f->window)), ==, "plan-item");
  ops_test_wait_for (item_pane_shown, f);

  title_row = ops_test_find_widget (GTK_WIDGET (ops_test_visible_page (f->window)), ADW_TYPE_ENTRY_ROW, "title", "Title");
  g_assert_nonnull (title_row);
  title = gtk_editable_get_delegate (GTK_EDITABLE (title_row));
  g_assert_false (gtk_editable_get_selection_bounds (title, &start, &end));
  /* Where the title has the focus, the cursor waits at its end. */
  if (gtk_widget_has_focus (GTK_WIDGET (title)))
    g_assert_cmpint (gtk_editable_get_position (title), ==, g_utf8_strlen (gtk_editable_get_text (title), -1));
}

/* Undo of the add takes the item out of the plan: its pane closes rather
 * than edit an item that is no longer kept, and offers no Remove that
 * would find no plan. */
static void
test_item_pane_closes_on_undo (Fixture       *f,
                               gconstpointer  data)
{
  GtkWidget *pane;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-custom-item", NULL));
  ops_test_iterate ();
  pane = GTK_WIDGET (ops_test_visible_page (f->window));
  g_assert_cmpstr (adw_navigation_page_get_tag (ADW_NAVIGATION_PAGE (pane)), ==, "plan-item");
  g_assert_cmpuint (g_list_model_get_n_items (ops_plan_get_items (ops_test_app_get_plan (f))), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  ops_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (ops_plan_get_items (ops_test_app_get_plan (f))), ==, 0);
  g_assert_cmpstr (adw_navigation_page_get_tag (ops_test_visible_page (f->window)), ==, "plan");
  g_assert_false (ops_test_page_in_stack (f->window, pane));

  /* Remove in the pane closes it once, back to the plan, not past it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-custom-item", NULL));
  ops_test_iterate ();
  pane = GTK_WIDGET (ops_test_visible_page (f->window));
  ops_test_press_button (pane, "_Remove From Plan");
  ops_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (ops_plan_get_items (ops_test_app_get_plan (f))), ==, 0);
  g_assert_cmpstr (adw_navigation_page_get_tag (ops_test_visible_page (f->window)), ==, "plan");
}

/* The rows of the gap pane's first list, Not in Your Plan Yet. */
static guint
count_rows (GtkWidget *pane)
{
  GtkWidget *list = ops_test_find_widget (pane, GTK_TYPE_LIST_BOX, NULL, NULL);
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    n += GTK_IS_LIST_BOX_ROW (row);

  return n;
}

/* Open Plan… replaces the plan under the panes opened from My Plan. An
 * item's pane closes, as its item is no longer shown or saved; the gap
 * pane shows the new plan's gap, and Add adds to the new plan. */
static void
test_panes_follow_new_plan (Fixture       *f,
                            gconstpointer  data)
{
  OpsPlanStore *store = ops_application_get_store (f->app);
  g_autoptr(OpsPlan) second = ops_plan_new ();
  g_autoptr(OpsPlan) third = ops_plan_new ();
  g_autoptr(OpsPlan) first = NULL;
  g_autofree char *label = NULL;
  GtkWidget *pane;
  guint missing;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-to-plan", "s", "operations-manager"));
  first = g_object_ref (ops_test_app_get_plan (f));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-plan", NULL));
  label = g_strdup_printf ("%u Gaps", count_missing (f));
  ops_test_press_button (GTK_WIDGET (ops_test_visible_page (f->window)), label);
  pane = GTK_WIDGET (ops_test_visible_page (f->window));
  g_assert_cmpstr (adw_navigation_page_get_tag (ADW_NAVIGATION_PAGE (pane)), ==, "plan-gap");

  /* The new plan already has CPIM, so it lacks one thing fewer. */
  ops_plan_set_target_role (second, "operations-manager", NULL);
  ops_plan_add_catalog_item (second, ops_catalog_lookup (ops_window_get_catalog (f->window), "cpim"));
  ops_plan_store_new_plan (store, second);
  ops_test_iterate ();
  g_assert_true (ops_test_visible_page (f->window) == ADW_NAVIGATION_PAGE (pane));
  missing = count_missing (f);
  g_assert_cmpuint (count_rows (pane), ==, missing);
  ops_test_press_button (pane, "Add");
  g_assert_cmpuint (g_list_model_get_n_items (ops_plan_get_items (second)), ==, 2);
  g_assert_cmpuint (count_missing (f), ==, missing - 1);
  g_assert_cmpuint (g_list_model_get_n_items (ops_plan_get_items (first)), ==, 0);

  /* An item's pane goes; My Plan, under it, shows the new plan. */
  gtk_widget_activate_action (pane, "navigation.pop", NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-custom-item", NULL));
  ops_test_iterate ();
  pane = GTK_WIDGET (ops_test_visible_page (f->window));
  g_assert_cmpstr (adw_navigation_page_get_tag (ADW_NAVIGATION_PAGE (pane)), ==, "plan-item");
  ops_plan_store_new_plan (store, third);
  ops_test_iterate ();
  g_assert_cmpstr (adw_navigation_page_get_tag (ops_test_visible_page (f->window)), ==, "plan");
  g_assert_false (ops_test_page_in_stack (f->window, pane));
}

static gboolean
same_day (GDateTime *a,
          GDateTime *b)
{
  return a != NULL && b != NULL && g_date_time_get_year (a) == g_date_time_get_year (b) &&
         g_date_time_get_day_of_year (a) == g_date_time_get_day_of_year (b);
}

/* An item's target date and the plan's are chosen with the same row as
 * every other date: it follows undo, clears, and sets today. */
static void
test_target_date_rows (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GDateTime) march = g_date_time_new_local (2027, 3, 12, 0, 0, 0);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) later = NULL;
  OpsPlanItem *item;
  AdwDialog *dialog;
  GtkWidget *row;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-custom-item", NULL));
  ops_test_iterate ();
  item = ops_test_plan_item_at (ops_test_app_get_plan (f), 0);
  row = ops_test_find_widget (GTK_WIDGET (ops_test_visible_page (f->window)), OPS_TYPE_DATE_ROW, "title", "Target Date");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "No date");

  ops_date_row_set_date (OPS_DATE_ROW (row), march);
  g_assert_true (same_day (ops_plan_item_get_target_date (item), march));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Mar\u00a012,\u00a02027");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_null (ops_plan_item_get_target_date (item));
  g_assert_null (ops_date_row_get_date (OPS_DATE_ROW (row)));

  /* The plan's own target date, in Plan Details, can be cleared too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.edit-plan-details", NULL));
  ops_test_iterate ();
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
  g_assert_nonnull (dialog);
  row = ops_test_find_widget (GTK_WIDGET (dialog), OPS_TYPE_DATE_ROW, "title", "Target Date");
  g_assert_nonnull (row);
  ops_test_press_button (row, "_Today");
  later = g_date_time_new_now_local ();
  g_assert_true (same_day (ops_plan_get_target_date (ops_test_app_get_plan (f)), now) ||
                 same_day (ops_plan_get_target_date (ops_test_app_get_plan (f)), later));
  g_signal_emit_by_name (ops_test_find_widget (row, GTK_TYPE_BUTTON, "tooltip-text", "Clear Date"), "clicked");
  g_assert_null (ops_plan_get_target_date (ops_test_app_get_plan (f)));
  adw_dialog_force_close (dialog);
  ops_test_iterate ();
}

/* A title or note longer than the plan file takes made every later save
 * fail until it was shortened: the plan editor's rows and text views stop
 * at that length, however much is pasted, and keep what fits. */
static void
test_long_paste_still_saves (Fixture       *f,
                             gconstpointer  data)
{
  OpsPlanItem *item;
  GtkWidget *page, *links;
  AdwDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-custom-item", NULL));
  ops_test_iterate ();
  item = ops_test_plan_item_at (ops_test_app_get_plan (f), 0);
  page = GTK_WIDGET (ops_test_visible_page (f->window));
  g_assert_cmpstr (adw_navigation_page_get_tag (ADW_NAVIGATION_PAGE (page)), ==, "plan-item");
  ops_test_paste_too_much (page);
  /* The links row's Apply button takes them. */
  links = ops_test_find_widget (page, ADW_TYPE_ENTRY_ROW, "title", "Links, separated by spaces");
  g_assert_nonnull (links);
  g_signal_emit_by_name (links, "apply");
  g_assert_cmpint (g_utf8_strlen (ops_plan_item_get_title (item), -1), ==, OPS_PLAN_MAX_LINE_CHARS);
  g_assert_cmpint (g_utf8_strlen (ops_plan_item_get_notes (item), -1), ==, OPS_PLAN_MAX_TEXT_CHARS);
  g_assert_nonnull (ops_plan_item_get_links (item));
  g_assert_cmpint (g_utf8_strlen (ops_plan_item_get_links (item)[0], -1), ==, OPS_PLAN_MAX_LINE_CHARS);
  ops_test_app_assert_saves (f);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.edit-plan-details", NULL));
  ops_test_iterate ();
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
  g_assert_nonnull (dialog);
  ops_test_paste_too_much (GTK_WIDGET (dialog));
  g_assert_cmpint (g_utf8_strlen (ops_plan_get_owner_name (ops_test_app_get_plan (f)), -1), ==,
                   OPS_PLAN_MAX_LINE_CHARS);
  g_assert_cmpint (g_utf8_strlen (ops_plan_get_current_role_title (ops_test_app_get_plan (f)), -1), ==,
                   OPS_PLAN_MAX_LINE_CHARS);
  ops_test_app_assert_saves (f);
  adw_dialog_force_close (dialog);
  ops_test_iterate ();
}

static char *
run_tool (const char *command,
          const char *path)
{
  g_autofree char *line = g_strdup_printf ("%s '%s' %s", command, path,
                                           g_str_equal (command, "pdftotext") ? "-" : "");
  g_autofree char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_command_line_sync (line, &out, NULL, &status, NULL));
  g_assert_cmpint (status, ==, 0);

  return g_steal_pointer (&out);
}

static void
test_print_operation_exports (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("opsladder-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *info = NULL, *text = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-to-plan", "s", "operations-manager"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-to-plan", "s", "cpim"));

  /* The operation Print… runs, sent to a file instead of a printer. */
  operation = ops_window_create_print_operation (f->window);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (f->window), &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  info = run_tool ("pdfinfo", path);
  g_assert_nonnull (strstr (info, "Pages:"));
  text = run_tool ("pdftotext", path);
  g_assert_nonnull (strstr (text, "CPIM"));
  g_assert_nonnull (strstr (text, "Operations Manager"));
  g_assert_nonnull (strstr (text, "Page 1 of"));
}

/* A plan of CPIM and Budgeting, both planned, on its page. */
static GtkWidget *
show_cpim_and_budgeting (Fixture *f)
{
  GtkWidget *page;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-to-plan", "s", "cpim"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-to-plan", "s", "budgeting"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-plan", NULL));
  page = GTK_WIDGET (ops_test_visible_page (f->window));
  ops_test_iterate ();

  return page;
}

static void
test_group_by_kind (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *page;

  page = show_cpim_and_budgeting (f);
  g_assert_nonnull (ops_test_find_widget (page, GTK_TYPE_LABEL, "label", "Planned"));

  /* The menu's "Group by Kind" is a property action on the page. */
  g_assert_true (gtk_widget_activate_action (page, "plan.group-by-kind", NULL));
  ops_test_iterate ();
  g_assert_nonnull (ops_test_find_widget (page, GTK_TYPE_LABEL, "label", "Certifications"));
  g_assert_nonnull (ops_test_find_widget (page, GTK_TYPE_LABEL, "label", "Skills"));
  g_assert_null (ops_test_find_widget (page, GTK_TYPE_LABEL, "label", "Planned"));
}

static void
test_lone_item_heading_follows_status (Fixture       *f,
                                       gconstpointer  data)
{
  GtkWidget *page;
  OpsPlanItem *cpim;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-to-plan", "s", "cpim"));
  cpim = ops_plan_find_item (ops_test_app_get_plan (f), "cpim");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-plan", NULL));
  page = GTK_WIDGET (ops_test_visible_page (f->window));
  ops_test_iterate ();
  g_assert_nonnull (ops_test_find_widget (page, GTK_TYPE_LABEL, "label", "Planned"));

  /* Alone in its group, the item keeps its place in the list when its
   * status changes; its heading must still say where it now stands. */
  ops_plan_item_set_status (cpim, OPS_PLAN_ITEM_STATUS_IN_PROGRESS);
  ops_test_iterate ();
  g_assert_nonnull (ops_test_find_widget (page, GTK_TYPE_LABEL, "label", "In Progress"));
  g_assert_null (ops_test_find_widget (page, GTK_TYPE_LABEL, "label", "Planned"));

  ops_plan_item_set_status (cpim, OPS_PLAN_ITEM_STATUS_DONE);
  ops_test_iterate ();
  g_assert_nonnull (ops_test_find_widget (page, GTK_TYPE_LABEL, "label", "Done"));
  g_assert_null (ops_test_find_widget (page, GTK_TYPE_LABEL, "label", "In Progress"));
}

static void
test_pane_button_says_in_plan (Fixture       *f,
                               gconstpointer  data)
{
  GtkWidget *page, *button;
  AdwDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-item", "s", "cpim"));
  page = GTK_WIDGET (ops_test_visible_page (f->window));
  ops_test_press_button (page, "_Add to My Plan");

  /* The pane itself says CPIM is in the plan now, not only a toast: as a
   * state with a label, and the action that changes it. */
  g_assert_null (ops_test_find_widget (page, GTK_TYPE_BUTTON, "label", "_Add to My Plan"));
  g_assert_nonnull (ops_test_find_widget (page, GTK_TYPE_LABEL, "label", "In your plan"));
  g_assert_true (gtk_widget_is_visible (ops_test_find_widget (page, GTK_TYPE_LABEL, "label", "In your plan")));
  button = ops_test_find_widget (page, GTK_TYPE_BUTTON, "label", "_Remove from Plan");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));

  /* Remove takes it out again, and Undo in the toast puts it back. */
  ops_test_press_button (page, "_Remove from Plan");
  g_assert_null (ops_plan_find_item (ops_test_app_get_plan (f), "cpim"));
  g_assert_false (gtk_widget_is_visible (ops_test_find_widget (page, GTK_TYPE_LABEL, "label", "In your plan")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_nonnull (ops_plan_find_item (ops_test_app_get_plan (f), "cpim"));
  g_assert_nonnull (ops_test_find_widget (page, GTK_TYPE_BUTTON, "label", "_Remove from Plan"));

  /* Undo of the add offers the button again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_null (ops_plan_find_item (ops_test_app_get_plan (f), "cpim"));
  button = ops_test_find_widget (page, GTK_TYPE_BUTTON, "label", "_Add to My Plan");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));

  /* A pane further down the stack catches up when it shows again. */
  ops_test_press_button (page, "_Add to My Plan");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-item", "s", "budgeting"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_null (ops_plan_find_item (ops_test_app_get_plan (f), "cpim"));
  adw_navigation_view_pop (ADW_NAVIGATION_VIEW (gtk_widget_get_ancestor (page, ADW_TYPE_NAVIGATION_VIEW)));
  ops_test_iterate ();
  g_assert_true (GTK_WIDGET (ops_test_visible_page (f->window)) == page);
  button = ops_test_find_widget (page, GTK_TYPE_BUTTON, "label", "_Add to My Plan");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));

  /* A role pane says when the role is the plan's target. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-item", "s", "operations-manager"));
  page = GTK_WIDGET (ops_test_visible_page (f->window));
  ops_test_press_button (page, "Set as _Target Role");
  g_assert_cmpstr (ops_plan_get_target_role_id (ops_test_app_get_plan (f)), ==, "operations-manager");
  g_assert_true (gtk_widget_is_visible (ops_test_find_widget (page, GTK_TYPE_LABEL, "label", "Your target role")));
  /* No button that cannot be pressed: the state comes with the action
   * that changes it, Change Target… in Roles and Goal. */
  g_assert_null (ops_test_find_widget (page, GTK_TYPE_BUTTON, "label", "Set as _Target Role"));
  button = ops_test_find_widget (page, GTK_TYPE_BUTTON, "label", "_Change Target…");
  g_assert_true (gtk_widget_is_visible (button));
  ops_test_press_button (page, "_Change Target…");
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_dialog_get_title (dialog), ==, "Roles and Goal");
  adw_dialog_force_close (dialog);
}

static void
test_undo_button_only_when_undoable (Fixture       *f,
                                     gconstpointer  data)
{
  GtkWidget *page, *undo;

  /* A greyed Undo icon read as a disabled Back button and squeezed the
   * title: it shows only when there is something to undo. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-plan", NULL));
  page = GTK_WIDGET (ops_test_visible_page (f->window));
  undo = ops_test_find_widget (page, GTK_TYPE_BUTTON, "icon-name", "edit-undo-symbolic");
  g_assert_nonnull (undo);
  g_assert_false (gtk_widget_get_visible (undo));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-to-plan", "s", "cpim"));
  ops_test_iterate ();
  g_assert_true (gtk_widget_get_visible (undo));

  g_signal_emit_by_name (undo, "clicked");
  ops_test_iterate ();
  g_assert_null (ops_plan_find_item (ops_test_app_get_plan (f), "cpim"));
  g_assert_false (gtk_widget_get_visible (undo));
}

static void
test_no_edit_while_loading (Fixture       *f,
                            gconstpointer  data)
{
  OpsPlanStore *store = ops_application_get_store (f->app);
  g_autoptr(GFile) file = ops_plan_store_get_default_file ();
  g_autoptr(GError) error = NULL;
  static const char disk[] = "{\"format\": 2, \"owner-name\": \"Disk\", \"items\": []}";

  g_assert_true (g_file_replace_contents (file, disk, strlen (disk), NULL, FALSE, G_FILE_CREATE_NONE,
                                          NULL, NULL, &error));
  g_assert_no_error (error);

  /* Reading the plan again, as Reload or Open Plan does: until it is read,
   * an edit would go to the plan about to be replaced, and be lost. */
  ops_plan_store_load_async (store, NULL, NULL, NULL);
  g_assert_true (ops_plan_store_get_loading (store));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-to-plan", "s", "cpim");
  g_assert_null (ops_plan_find_item (ops_test_app_get_plan (f), "cpim"));

  ops_test_wait_for (ops_test_store_ready, store);
  g_assert_cmpstr (ops_plan_get_owner_name (ops_test_app_get_plan (f)), ==, "Disk");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-to-plan", "s", "cpim"));
  g_assert_nonnull (ops_plan_find_item (ops_test_app_get_plan (f), "cpim"));
}

static gboolean
toast_gone (gpointer data)
{
  GtkWidget *label = ops_test_find_widget (data, GTK_TYPE_LABEL, "label", "Added CPIM to your plan");

  return label == NULL || !gtk_widget_get_mapped (label);
}

static void
test_new_toast_replaces_old (Fixture       *f,
                             gconstpointer  data)
{
  GtkWidget *label;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-to-plan", "s", "cpim"));
  ops_test_iterate ();
  label = ops_test_find_widget (GTK_WIDGET (f->window), GTK_TYPE_LABEL, "label", "Added CPIM to your plan");
  g_assert_nonnull (label);

  /* The first toast's Undo would now undo the second change, so it must
   * go, and the second must show at once rather than wait its turn. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-to-plan", "s", "budgeting"));
  ops_test_wait_for (toast_gone, f->window);
  label = ops_test_find_widget (GTK_WIDGET (f->window), GTK_TYPE_LABEL, "label", "Added Budgeting to your plan");
  g_assert_nonnull (label);
  ops_test_wait_for ((gboolean (*) (gpointer)) gtk_widget_get_mapped, label);

  /* Undo from the toast on screen undoes the change it names. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_null (ops_plan_find_item (ops_test_app_get_plan (f), "budgeting"));
  g_assert_nonnull (ops_plan_find_item (ops_test_app_get_plan (f), "cpim"));
}

static gboolean
label_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static void
test_toast_undo_says_what_it_undid (Fixture       *f,
                                    gconstpointer  data)
{
  GtkWidget *page, *label;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-item", "s", "cpim"));
  page = GTK_WIDGET (ops_test_visible_page (f->window));
  ops_test_press_button (page, "_Add to My Plan");
  g_assert_nonnull (ops_plan_find_item (ops_test_app_get_plan (f), "cpim"));

  /* The toast outlives the pane that made it: on the next pane, a click
   * meant for a row can land on its Undo. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-item", "s", "budgeting"));
  ops_test_iterate ();
  g_assert_true (GTK_WIDGET (ops_test_visible_page (f->window)) != page);
  ops_test_press_button (GTK_WIDGET (f->window), "_Undo");
  g_assert_null (ops_plan_find_item (ops_test_app_get_plan (f), "cpim"));

  /* Nothing on this pane shows the change, so a toast must say it. */
  label = ops_test_find_widget (GTK_WIDGET (f->window), GTK_TYPE_LABEL, "label", "Removed “CPIM” from your plan");
  g_assert_nonnull (label);
  ops_test_wait_for (label_mapped, label);

  /* And it can be taken back. */
  ops_test_press_button (GTK_WIDGET (f->window), "_Redo");
  g_assert_nonnull (ops_plan_find_item (ops_test_app_get_plan (f), "cpim"));
}

static gboolean
undo_toast_gone (gpointer data)
{
  GtkWidget *undo = ops_test_find_widget (data, GTK_TYPE_BUTTON, "label", "_Undo");

  return undo == NULL || !gtk_widget_get_mapped (undo);
}

/* A toast's Undo undoes the latest change; once another change follows,
 * it would undo that one under the toast's name, so the toast goes. */
static void
test_toast_goes_after_another_change (Fixture       *f,
                                      gconstpointer  data)
{
  OpsPlanItem *item;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-item", "s", "cpim"));
  ops_test_press_button (GTK_WIDGET (ops_test_visible_page (f->window)), "_Add to My Plan");
  item = ops_plan_find_item (ops_test_app_get_plan (f), "cpim");
  g_assert_nonnull (item);
  ops_test_iterate ();
  g_assert_false (undo_toast_gone (f->window));

  ops_plan_item_set_notes (item, "Book the exam in spring");
  ops_test_wait_for (undo_toast_gone, f->window);
  g_assert_nonnull (ops_plan_find_item (ops_test_app_get_plan (f), "cpim"));
}

/* The hours an item takes reach a screen reader as a spin button. */
static void
test_effort_named (Fixture       *f,
                   gconstpointer  data)
{
  OpsPlanItemRow *row;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-to-plan", "s", "cpim"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-plan", NULL));
  row = row_for (f, ops_plan_item_get_title (ops_test_plan_item_at (ops_test_app_get_plan (f), 0)));
  g_assert_nonnull (row);
  g_signal_emit_by_name (gtk_widget_get_ancestor (GTK_WIDGET (row), GTK_TYPE_LIST_VIEW), "activate", 0);
  ops_test_iterate ();
  g_assert_cmpstr (adw_navigation_page_get_tag (ops_test_visible_page (f->window)), ==, "plan-item");
  ops_test_assert_spin_row_named (GTK_WIDGET (ops_test_visible_page (f->window)), "Effort");
}

static gboolean
is_pace_label (GtkWidget     *widget,
               gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_widget_get_name (widget), "pace-label") == 0;
}

static const char *
pace_said (Fixture *f)
{
  GtkWidget *label = ops_test_find_widget_matching (GTK_WIDGET (ops_test_visible_page (f->window)), is_pace_label, NULL);

  g_assert_nonnull (label);
  g_assert_true (gtk_widget_is_visible (label));

  return gtk_label_get_text (GTK_LABEL (label));
}

/* The person sets the hours a week they have in Roles and Goal, as they
 * would, and the header answers at once; undo takes the answer back. A
 * 60-hour item due in twelve weeks: at 6 hours a week it is done two
 * weeks early; at 4 it needs 5. */
static void
test_pace_follows_hours (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(GDateTime) target = g_date_time_add_days (today, 84);
  g_autofree char *month = g_date_time_format (target, "%OB %Y");
  g_autofree char *behind = g_strdup_printf ("Behind: making %s takes 5 hours a week, more than the 4 you have", month);
  g_autoptr(GDateTime) finish = g_date_time_add_days (today, 70);
  g_autofree char *finish_month = g_date_time_format (finish, "%OB %Y");
  g_autofree char *on_track = g_strdup_printf ("On track: done by %s, 2 weeks before your target", finish_month);
  OpsPlanItem *item;
  AdwDialog *dialog;
  GtkWidget *hours;
  OpsPlanItemRow *row;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-custom-item", NULL));
  ops_test_iterate ();
  item = ops_test_plan_item_at (ops_test_app_get_plan (f), 0);
  ops_plan_item_set_title (item, "Night shift rotation");
  ops_plan_item_set_effort_hours (item, 60);
  ops_plan_item_set_target_date (item, target);
  ops_plan_set_target_date (ops_test_app_get_plan (f), target);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-plan", NULL));
  ops_test_iterate ();
  g_assert_cmpstr (pace_said (f), ==, "Set the hours a week you can give to see when you will be done");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.edit-plan-details", NULL));
  ops_test_iterate ();
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
  g_assert_nonnull (dialog);
  hours = ops_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_SPIN_ROW, "title", "Hours per Week");
  g_assert_nonnull (hours);
  ops_test_assert_spin_row_named (GTK_WIDGET (dialog), "Hours per Week");
  adw_spin_row_set_value (ADW_SPIN_ROW (hours), 6);
  g_assert_cmpfloat (ops_plan_get_hours_per_week (ops_test_app_get_plan (f)), ==, 6);
  adw_spin_row_set_value (ADW_SPIN_ROW (hours), 4);
  adw_dialog_force_close (dialog);
  ops_test_iterate ();

  g_assert_cmpstr (pace_said (f), ==, behind);
  row = row_for (f, "Night shift rotation");
  g_assert_nonnull (row);
  g_assert_nonnull (ops_test_find_widget (GTK_WIDGET (row), GTK_TYPE_LABEL, "label", "Late"));
  g_assert_true (gtk_widget_is_visible (ops_test_find_widget (GTK_WIDGET (row), GTK_TYPE_LABEL, "label", "Late")));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  ops_test_iterate ();
  g_assert_cmpfloat (ops_plan_get_hours_per_week (ops_test_app_get_plan (f)), ==, 6);
  g_assert_cmpstr (pace_said (f), ==, on_track);
  g_assert_false (gtk_widget_is_visible (ops_test_find_widget (GTK_WIDGET (row), GTK_TYPE_LABEL, "label", "Late")));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  ops_test_iterate ();
  g_assert_cmpfloat (ops_plan_get_hours_per_week (ops_test_app_get_plan (f)), ==, 0);
  g_assert_cmpstr (pace_said (f), ==, "Set the hours a week you can give to see when you will be done");
}

typedef struct
{
  GtkWidget *label, *button, *page;
} PaceLine;

/* Hours a Week… below the sentence, whole inside the page. */
static gboolean
pace_button_below (gpointer data)
{
  PaceLine *pace = data;
  graphene_rect_t label, button;

  return gtk_widget_get_mapped (pace->button) &&
         gtk_widget_compute_bounds (pace->label, pace->page, &label) &&
         gtk_widget_compute_bounds (pace->button, pace->page, &button) &&
         button.origin.y >= label.origin.y + label.size.height &&
         button.origin.x >= 0 && button.origin.x + button.size.width <= gtk_widget_get_width (pace->page);
}

/* Issue 20: at 360 px the Hours a Week… button beside the pace sentence
 * squeezed it into four or five lines; narrow, the button goes below. */
static void
test_pace_narrow (Fixture       *f,
                  gconstpointer  data)
{
  PaceLine pace;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-custom-item", NULL));
  ops_test_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-plan", NULL));
  ops_test_iterate ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 720);
  pace.page = GTK_WIDGET (ops_test_visible_page (f->window));
  pace.label = ops_test_find_widget_matching (pace.page, is_pace_label, NULL);
  pace.button = ops_test_find_widget (pace.page, GTK_TYPE_BUTTON, "label", "_Hours a Week…");
  g_assert_nonnull (pace.label);
  g_assert_nonnull (pace.button);
  ops_test_wait_for (pace_button_below, &pace);

  /* Beside the title, the gaps and the edit button left a German title
   * three lines of a word or two; narrow, they go below it. */
  pace.label = ops_test_find_widget (pace.page, GTK_TYPE_LABEL, "label", "No Roles Chosen Yet");
  pace.button = ops_test_find_widget (pace.page, GTK_TYPE_BUTTON, "icon-name", "document-edit-symbolic");
  g_assert_nonnull (pace.label);
  g_assert_nonnull (pace.button);
  ops_test_wait_for (pace_button_below, &pace);
}

typedef struct
{
  GtkWidget *page, *text, *button;
  gboolean   at_end;
} EdgeLine;

/* Whether the label of a flat button at the column's edge starts (or
 * ends) where the text above it does; of an icon's button, the icon as
 * drawn: libadwaita makes an .image-button's image 24 px wide, and the
 * 16 px icon sits centred in it, 4 px in from either side (the pencil
 * ended at x=897 in plan.png, "44% done" at 901). */
static gboolean
button_label_lines_up (gpointer data)
{
  EdgeLine *line = data;
  GtkWidget *label = gtk_button_get_child (GTK_BUTTON (line->button));
  graphene_rect_t text, button_label;

  if (!gtk_widget_get_mapped (line->button) ||
      !gtk_widget_compute_bounds (line->text, line->page, &text) ||
      !gtk_widget_compute_bounds (label, line->page, &button_label))
    return FALSE;

  if (GTK_IS_IMAGE (label))
    {
      int pixel_size = gtk_image_get_pixel_size (GTK_IMAGE (label));
      /* GTK_ICON_SIZE_NORMAL, the size a button's icon-name gets. */
      float inset = (button_label.size.width - (pixel_size > 0 ? pixel_size : 16)) / 2;

      button_label.origin.x += inset;
      button_label.size.width -= 2 * inset;
    }

  if (line->at_end)
    return G_APPROX_VALUE (text.origin.x + text.size.width, button_label.origin.x + button_label.size.width, 0.5);

  return G_APPROX_VALUE (text.origin.x, button_label.origin.x, 0.5);
}

static gboolean
is_plan_title (GtkWidget     *widget,
               gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "title-4");
}

/* Issue 19: the flat buttons of the plan's header were indented by their
 * padding, so at 360 px "8 Gaps" and "Hours a Week…" did not line up with
 * the title above them. They line up with the column's edge at every
 * width: wide, Hours a Week… with the end of "0% done" above it, and so
 * does the pencil (Edit Roles and Goal) at the end of the title's line,
 * which ended 10 px short of them (plan-light); narrow, it follows the
 * gaps, or without a target starts the line under the title. */
static void
test_header_buttons_line_up (Fixture       *f,
                             gconstpointer  data)
{
  EdgeLine line = { NULL, };
  GtkWidget *hours, *gaps, *edit;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-custom-item", NULL));
  ops_plan_set_target_role (ops_test_app_get_plan (f), "operations-manager", NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-plan", NULL));
  ops_test_iterate ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1000, 700);
  line.page = GTK_WIDGET (ops_test_visible_page (f->window));
  hours = ops_test_find_widget (line.page, GTK_TYPE_BUTTON, "label", "_Hours a Week…");
  gaps = ops_test_find_widget (line.page, GTK_TYPE_BUTTON, "tooltip-text",
                               "What the target role asks for that the plan lacks");
  edit = ops_test_find_widget (line.page, GTK_TYPE_BUTTON, "tooltip-text", "Edit Roles and Goal");
  g_assert_nonnull (hours);
  g_assert_nonnull (gaps);
  g_assert_nonnull (edit);

  line.text = ops_test_find_widget (line.page, GTK_TYPE_LABEL, "label", "0% done");
  line.button = hours;
  line.at_end = TRUE;
  g_assert_nonnull (line.text);
  ops_test_wait_for (button_label_lines_up, &line);
  line.button = edit;
  ops_test_wait_for (button_label_lines_up, &line);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  ops_test_wait_for (button_label_lines_up, &line);

  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 720);
  line.text = ops_test_find_widget (line.page, GTK_TYPE_LABEL, "label", "Operations Manager");
  line.button = hours;
  line.at_end = FALSE;
  g_assert_nonnull (line.text);
  ops_test_wait_for (button_label_lines_up, &line);
  line.button = gaps;
  ops_test_wait_for (button_label_lines_up, &line);

  /* Without a target there are no gaps: the pencil starts the line. */
  ops_plan_set_current_role (ops_test_app_get_plan (f), "operations-analyst", NULL);
  ops_plan_set_target_role (ops_test_app_get_plan (f), NULL, NULL);
  ops_test_iterate ();
  g_assert_false (gtk_widget_get_visible (gaps));
  line.text = ops_test_find_widget_matching (line.page, is_plan_title, NULL);
  line.button = edit;
  g_assert_nonnull (line.text);
  ops_test_wait_for (button_label_lines_up, &line);
  /* Given a target again, the gaps start it, and the pencil follows. */
  ops_plan_set_target_role (ops_test_app_get_plan (f), "operations-manager", NULL);
  ops_test_wait_for_layout (GTK_WIDGET (f->window));
  line.button = gaps;
  g_assert_true (button_label_lines_up (&line));
  {
    graphene_rect_t gaps_bounds, edit_bounds;

    g_assert_true (gtk_widget_compute_bounds (gaps, line.page, &gaps_bounds));
    g_assert_true (gtk_widget_compute_bounds (edit, line.page, &edit_bounds));
    g_assert_cmpfloat (edit_bounds.origin.x, >=, gaps_bounds.origin.x + gaps_bounds.size.width);
  }
  line.button = edit;

  gtk_window_set_default_size (GTK_WINDOW (f->window), 1000, 700);
  line.text = ops_test_find_widget (line.page, GTK_TYPE_LABEL, "label", "0% done");
  line.at_end = TRUE;
  ops_test_wait_for (button_label_lines_up, &line);
}

static gboolean
is_row_of (GtkWidget     *widget,
           gconstpointer  item)
{
  return OPS_IS_PLAN_ITEM_ROW (widget) && ops_plan_item_row_get_item (OPS_PLAN_ITEM_ROW (widget)) == item;
}

static OpsPlanItemRow *
row_of (GtkWidget   *page,
        OpsPlanItem *item)
{
  return (OpsPlanItemRow *) ops_test_find_widget_matching (page, is_row_of, item);
}

/* Whether @item's list row is drawn as the top and the bottom of its
 * section's card. */
static void
assert_card_ends (GtkWidget   *page,
                  OpsPlanItem *item,
                  gboolean     start,
                  gboolean     end)
{
  OpsPlanItemRow *row = row_of (page, item);
  GtkWidget *list_row;

  g_assert_nonnull (row);
  g_test_message ("%s: start %d, end %d", ops_plan_item_get_title (item), start, end);
  list_row = gtk_widget_get_parent (GTK_WIDGET (row));
  g_assert_cmpint (gtk_widget_has_css_class (list_row, "section-start"), ==, start);
  g_assert_cmpint (gtk_widget_has_css_class (list_row, "section-end"), ==, end);
}

/* Each section of the plan is drawn as one boxed list (style.css): its
 * first row rounds the card's top, its last the bottom. They follow
 * the items: moved to another section, or with an item added after. */
static void
test_sections_are_cards (Fixture       *f,
                         gconstpointer  data)
{
  OpsPlan *plan = ops_test_app_get_plan (f);
  OpsPlanItem *cpim, *budgeting;
  g_autoptr(OpsPlanItem) custom = NULL;
  GListModel *items;
  GtkWidget *page;

  page = show_cpim_and_budgeting (f);
  cpim = ops_plan_find_item (plan, "cpim");
  budgeting = ops_plan_find_item (plan, "budgeting");
  assert_card_ends (page, cpim, TRUE, FALSE);
  assert_card_ends (page, budgeting, FALSE, TRUE);

  /* Done, CPIM is a card of its own, and so is Budgeting. */
  ops_plan_item_set_status (cpim, OPS_PLAN_ITEM_STATUS_DONE);
  ops_test_iterate ();
  assert_card_ends (page, cpim, TRUE, TRUE);
  assert_card_ends (page, budgeting, TRUE, TRUE);

  /* An item added after Budgeting ends the card; Budgeting's row keeps
   * its position and must hear of it all the same. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-custom-item", NULL));
  ops_test_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-plan", NULL));
  ops_test_iterate ();
  items = ops_plan_get_items (plan);
  custom = g_list_model_get_item (items, g_list_model_get_n_items (items) - 1);
  g_assert_true (custom != cpim && custom != budgeting);
  g_assert_cmpint (ops_plan_item_get_status (custom), ==, OPS_PLAN_ITEM_STATUS_PLANNED);
  assert_card_ends (page, budgeting, TRUE, FALSE);
  assert_card_ends (page, custom, FALSE, TRUE);
}

/* has_item () is critical on an empty list; lookup says "not found". */
static gboolean
is_recent (const char *uri)
{
  g_autoptr(GtkRecentInfo) info = gtk_recent_manager_lookup_item (gtk_recent_manager_get_default (), uri, NULL);

  return info != NULL;
}

static gboolean
is_recent_cb (gpointer uri)
{
  return is_recent (uri);
}

static void
test_recent_files (Fixture       *f,
                   gconstpointer  data)
{
  OpsPlanStore *store = ops_application_get_store (f->app);
  g_autofree char *dir = g_dir_make_tmp ("opsladder-recent-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "mentor-copy.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-to-plan", "s", "cpim"));
  g_assert_false (is_recent (uri));

  /* What the Save As dialog's answer does. */
  ops_plan_store_save_as_async (store, file, NULL, NULL, NULL);
  ops_test_wait_for (is_recent_cb, uri);
  g_assert_true (g_file_equal (ops_plan_store_get_file (store), file));
}

/* The last day a credential earned today and valid for @years is valid:
 * the day before the same date @years on, in full ("May 13, 2031"). */
static char *
valid_through_day (guint years)
{
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(GDateTime) lapse = g_date_time_add_years (today, years);
  g_autoptr(GDateTime) last = g_date_time_add_days (lapse, -1);

  return ops_date_format (last);
}

/* Whether two labels shown at once answer the same Alt key: pressing it
 * would then only move the focus between them instead of pressing one. */
static gboolean
clashes_with_seen (GtkWidget     *widget,
                   gconstpointer  data)
{
  GHashTable *seen = (GHashTable *) data;
  guint key;

  if (!GTK_IS_LABEL (widget) || !gtk_widget_is_drawable (widget))
    return FALSE;
  key = gdk_keyval_to_lower (gtk_label_get_mnemonic_keyval (GTK_LABEL (widget)));
  if (key == GDK_KEY_VoidSymbol)
    return FALSE;
  if (g_hash_table_contains (seen, GUINT_TO_POINTER (key)))
    {
      g_test_message ("“%s” repeats an access key", gtk_label_get_label (GTK_LABEL (widget)));
      return TRUE;
    }
  g_hash_table_add (seen, GUINT_TO_POINTER (key));

  return FALSE;
}

/* Adds CPIM to the plan, ticks it done in the plan's list and opens its
 * pane from there, as a person does; returns the pane. */
static GtkWidget *
open_done_cpim (Fixture *f)
{
  OpsPlanItem *cpim;
  OpsPlanItemRow *row;
  GtkWidget *pane;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-to-plan", "s", "cpim"));
  cpim = ops_plan_find_item (ops_test_app_get_plan (f), "cpim");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-plan", NULL));
  ops_test_iterate ();
  row = row_for (f, ops_plan_item_get_title (cpim));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (ops_test_find_widget (GTK_WIDGET (row), GTK_TYPE_CHECK_BUTTON,
                                                                       NULL, NULL)), TRUE);
  ops_test_iterate ();
  g_signal_emit_by_name (gtk_widget_get_ancestor (GTK_WIDGET (row), GTK_TYPE_LIST_VIEW), "activate", 0);
  ops_test_iterate ();
  pane = GTK_WIDGET (ops_test_visible_page (f->window));
  g_assert_cmpstr (adw_navigation_page_get_tag (ADW_NAVIGATION_PAGE (pane)), ==, "plan-item");

  return pane;
}

/* The title of the row that has the keyboard focus, or of the row the
 * focused widget is in; %NULL when the focus is on no row. */
static const char *
focused_row_title (Fixture *f)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, ADW_TYPE_PREFERENCES_ROW) : NULL;

  return row != NULL ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)) : NULL;
}

/* Logs one activity through Add Activity… and its dialog, as typed. */
static void
log_activity (Fixture    *f,
              GtkWidget  *pane,
              const char *what,
              double      amount)
{
  GtkWidget *add = ops_test_find_widget_matching (pane, is_titled, "_Add Activity…");
  AdwDialog *dialog;

  g_assert_nonnull (add);
  gtk_widget_grab_focus (add);
  gtk_widget_activate (add);
  ops_test_iterate ();
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (ops_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW,
                                                             "title", "What You Did")), what);
  adw_spin_row_set_value (ADW_SPIN_ROW (ops_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_SPIN_ROW,
                                                              "title", "Points")), amount);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "activity.add", NULL));
  ops_test_iterate ();
}

/* Presses the bin of the activity @title from the keyboard: its button
 * has the focus when it is pressed. */
static void
remove_activity (GtkWidget  *pane,
                 const char *title)
{
  g_autofree char *name = g_strdup_printf ("Remove “%s”", title);
  GtkWidget *row = ops_test_find_widget_matching (pane, is_titled, title);
  GtkWidget *bin = row != NULL ? ops_test_find_widget (row, GTK_TYPE_BUTTON, "icon-name", "user-trash-symbolic")
                                : NULL;

  g_assert_nonnull (bin);
  g_test_message ("pressing %s", name);
  g_assert_true (gtk_widget_grab_focus (bin));
  g_signal_emit_by_name (bin, "clicked");
  ops_test_iterate ();
}

/* Someone working the log from the keyboard keeps their place: after Add
 * the focus is on the activity just logged, after removing one it is on
 * the row that took its place (the next, or Add at the end), and the
 * Add row is the same row throughout. */
static void
test_credential_log_focus (Fixture       *f,
                           gconstpointer  data)
{
  GtkWidget *pane = open_done_cpim (f);
  GtkWidget *add = ops_test_find_widget_matching (pane, is_titled, "_Add Activity…");
  AdwDialog *dialog;

  g_assert_nonnull (add);
  log_activity (f, pane, "Webinar", 1);
  g_assert_cmpstr (focused_row_title (f), ==, "Webinar");
  log_activity (f, pane, "Conference", 8);
  g_assert_cmpstr (focused_row_title (f), ==, "Conference");
  g_assert_true (ops_test_find_widget_matching (pane, is_titled, "_Add Activity…") == add);

  /* Cancel gives the focus back to Add. */
  gtk_widget_grab_focus (add);
  gtk_widget_activate (add);
  ops_test_iterate ();
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "activity.cancel", NULL));
  ops_test_iterate ();
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) == add);

  /* Both dated today: the later one is listed first, the Webinar below. */
  remove_activity (pane, "Conference");
  g_assert_null (ops_test_find_widget_matching (pane, is_titled, "Conference"));
  g_assert_cmpstr (focused_row_title (f), ==, "Webinar");
  remove_activity (pane, "Webinar");
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) == add);
}

/* Ticks the plan list's Done box of CPIM on or off, as a person does. */
static void
tick_cpim (Fixture  *f,
           gboolean  done)
{
  OpsPlanItemRow *row;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-plan", NULL));
  ops_test_iterate ();
  row = row_for (f, "CPIM");
  g_assert_nonnull (row);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (ops_test_find_widget (GTK_WIDGET (row), GTK_TYPE_CHECK_BUTTON,
                                                                       NULL, NULL)), done);
  ops_test_iterate ();
}

static void
assert_completed_on (OpsPlanItem *item,
                     const char  *day)
{
  GDateTime *date = ops_plan_item_get_completion_date (item);
  g_autofree char *text = NULL;

  g_assert_nonnull (date);
  text = g_date_time_format (date, "%Y-%m-%d");
  g_assert_cmpstr (text, ==, day);
}

/* On CPIM's pane (@pane), sets Earned to 14 March 2025 as a person does;
 * returns the Earned row. */
static GtkWidget *
set_cpim_earned (GtkWidget *pane)
{
  GtkWidget *earned = ops_test_find_widget_matching (pane, is_titled, "Earned");
  g_autoptr(GDateTime) day = g_date_time_new_local (2025, 3, 14, 0, 0, 0);

  g_assert_nonnull (earned);
  ops_date_row_set_date (OPS_DATE_ROW (earned), day);
  ops_test_iterate ();
  g_assert_nonnull (ops_test_find_widget_matching (pane, is_titled, "Valid until Mar\u00a013,\u00a02030"));

  return earned;
}

/* Done ticked off by mistake and ticked again: the credential was still
 * earned on the day the person gave, not today; from that day it lapses. */
static void
test_credential_earned_kept (Fixture       *f,
                             gconstpointer  data)
{
  OpsPlanItem *cpim;

  set_cpim_earned (open_done_cpim (f));
  cpim = ops_plan_find_item (ops_test_app_get_plan (f), "cpim");

  tick_cpim (f, FALSE);
  g_assert_null (ops_plan_item_get_completion_date (cpim));
  tick_cpim (f, TRUE);
  assert_completed_on (cpim, "2025-03-14");

  /* Undo of the second tick takes it back to not done, and redo to the
   * same day again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_null (ops_plan_item_get_completion_date (cpim));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL));
  assert_completed_on (cpim, "2025-03-14");
}

/* A date the person clears on purpose stays cleared: Done ticked off and
 * on again makes it done today, as any new Done, and does not bring back
 * the day they took away. */
static void
test_credential_earned_cleared (Fixture       *f,
                                gconstpointer  data)
{
  GtkWidget *pane = open_done_cpim (f);
  GtkWidget *earned = set_cpim_earned (pane);
  OpsPlanItem *cpim = ops_plan_find_item (ops_test_app_get_plan (f), "cpim");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  GtkWidget *clear;

  assert_completed_on (cpim, "2025-03-14");
  clear = ops_test_find_widget (earned, GTK_TYPE_BUTTON, "icon-name", "edit-clear-symbolic");
  g_assert_nonnull (clear);
  g_signal_emit_by_name (clear, "clicked");
  ops_test_iterate ();
  g_assert_null (ops_plan_item_get_completion_date (cpim));
  g_assert_nonnull (ops_test_find_widget_matching (pane, is_titled, "No date earned"));

  tick_cpim (f, FALSE);
  tick_cpim (f, TRUE);
  assert_completed_on (cpim, today);
}

static guint
n_activities (OpsPlanItem *item)
{
  return ops_credential_log_get_n_activities (ops_plan_item_get_credential_log (item));
}

static gboolean
page_size_known (gpointer data)
{
  return gtk_adjustment_get_page_size (data) > 0;
}

/* Issue 19: at 360 px the dialog is a bottom sheet as tall as its content
 * measured at the dialog's width of a wide window, where fewer lines wrap:
 * the hint at the bottom stood on the sheet's edge, its margin and part
 * of its last line cut off. Nothing of the content may lie below the
 * sheet's edge as it opens. */
static void
test_activity_dialog_narrow (Fixture       *f,
                             gconstpointer  data)
{
  GtkWidget *pane = open_done_cpim (f);
  GtkWidget *scrolled;
  GtkAdjustment *adjustment;
  AdwDialog *dialog;

  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 720);
  ops_test_wait_for_layout (GTK_WIDGET (f->window));
  g_assert_true (gtk_widget_activate_action (ops_test_find_widget_matching (pane, is_titled, "_Add Activity…"),
                                             "credential.add-activity", NULL));
  ops_test_iterate ();
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
  g_assert_nonnull (dialog);
  scrolled = ops_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_SCROLLED_WINDOW, NULL, NULL);
  g_assert_nonnull (scrolled);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  ops_test_wait_for (page_size_known, adjustment);
  ops_test_wait_for_layout (GTK_WIDGET (f->window));

  g_test_message ("content %g px, sheet shows %g px", gtk_adjustment_get_upper (adjustment),
                  gtk_adjustment_get_page_size (adjustment));
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), <=, gtk_adjustment_get_page_size (adjustment));
  adw_dialog_force_close (dialog);
}

/* Add in the Add Activity dialog waits for an activity: a date, and what
 * the person did or an amount above zero. Until then the button is not
 * there to press, a hint below the fields says what it waits for, and
 * neither the button's action nor Enter logs anything. */
static void
test_activity_dialog_needs_activity (Fixture       *f,
                                     gconstpointer  data)
{
  GtkWidget *pane = open_done_cpim (f);
  OpsPlanItem *cpim = ops_plan_find_item (ops_test_app_get_plan (f), "cpim");
  const char *hint_text = "An activity needs its date, and what you did or an amount above zero.";
  g_autoptr(GDateTime) day = g_date_time_new_local (2026, 3, 3, 0, 0, 0);
  GtkWidget *note, *points, *date, *add, *hint;
  AdwDialog *dialog;

  g_assert_true (gtk_widget_activate_action (ops_test_find_widget_matching (pane, is_titled, "_Add Activity…"),
                                             "credential.add-activity", NULL));
  ops_test_iterate ();
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
  g_assert_nonnull (dialog);
  note = ops_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "title", "What You Did");
  points = ops_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_SPIN_ROW, "title", "Points");
  date = ops_test_find_widget (GTK_WIDGET (dialog), OPS_TYPE_DATE_ROW, "title", "Date");
  add = ops_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "label", "_Add");
  g_assert_nonnull (note);
  g_assert_nonnull (points);
  g_assert_nonnull (date);
  g_assert_nonnull (add);

  /* As it opens: today, nothing done, 0 points. */
  g_assert_nonnull (ops_date_row_get_date (OPS_DATE_ROW (date)));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "activity.add", NULL);
  ops_test_iterate ();
  g_assert_cmpuint (n_activities (cpim), ==, 0);
  g_assert_true (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window)) == dialog);
  gtk_widget_activate_default (note);
  ops_test_iterate ();
  g_assert_cmpuint (n_activities (cpim), ==, 0);
  g_assert_false (gtk_widget_is_sensitive (add));
  hint = ops_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "label", hint_text);
  g_assert_nonnull (hint);
  g_assert_true (gtk_widget_is_visible (hint));

  /* White space is not what was done; a note is. */
  gtk_editable_set_text (GTK_EDITABLE (note), "   ");
  g_assert_false (gtk_widget_is_sensitive (add));
  gtk_editable_set_text (GTK_EDITABLE (note), "Webinar");
  g_assert_true (gtk_widget_is_sensitive (add));
  g_assert_false (gtk_widget_is_visible (hint));

  /* So is an amount, even while it is still being typed. */
  gtk_editable_set_text (GTK_EDITABLE (note), "");
  g_assert_false (gtk_widget_is_sensitive (add));
  gtk_editable_set_text (GTK_EDITABLE (points), "2");
  g_assert_true (gtk_widget_is_sensitive (add));

  /* Without a date it is no activity, whatever else it has. */
  gtk_editable_set_text (GTK_EDITABLE (note), "Webinar");
  g_signal_emit_by_name (ops_test_find_widget (date, GTK_TYPE_BUTTON, "icon-name", "edit-clear-symbolic"), "clicked");
  g_assert_null (ops_date_row_get_date (OPS_DATE_ROW (date)));
  g_assert_false (gtk_widget_is_sensitive (add));
  g_assert_true (gtk_widget_is_visible (hint));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "activity.add", NULL);
  ops_test_iterate ();
  g_assert_cmpuint (n_activities (cpim), ==, 0);

  ops_date_row_set_date (OPS_DATE_ROW (date), day);
  g_assert_true (gtk_widget_is_sensitive (add));
  g_signal_emit_by_name (add, "clicked");
  ops_test_iterate ();
  g_assert_cmpuint (n_activities (cpim), ==, 1);
  g_assert_cmpstr (ops_credential_log_get_activity (ops_plan_item_get_credential_log (cpim), 0)->note, ==, "Webinar");
  g_assert_cmpfloat (ops_credential_log_get_activity (ops_plan_item_get_credential_log (cpim), 0)->points, ==, 2);
}

/* The Add Activity dialog takes no more than the plan reader takes back:
 * a pasted note of 5,000 characters is cut to 4,000, an amount past the
 * largest one is held at it, and the saved plan opens again. */
static void
test_activity_dialog_limits (Fixture       *f,
                             gconstpointer  data)
{
  GtkWidget *pane = open_done_cpim (f);
  OpsPlan *plan = ops_test_app_get_plan (f);
  OpsPlanItem *cpim = ops_plan_find_item (plan, "cpim");
  g_autofree char *pasted = g_strnfill (5000, 'x');
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(OpsPlan) reopened = NULL;
  g_autoptr(GError) error = NULL;
  const OpsCredentialActivity *activity;
  GtkWidget *note, *points;
  AdwDialog *dialog;

  g_assert_true (gtk_widget_activate_action (ops_test_find_widget_matching (pane, is_titled, "_Add Activity…"),
                                             "credential.add-activity", NULL));
  ops_test_iterate ();
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
  note = ops_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "title", "What You Did");
  points = ops_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_SPIN_ROW, "title", "Points");
  gtk_editable_set_text (GTK_EDITABLE (note), pasted);
  adw_spin_row_set_value (ADW_SPIN_ROW (points), 2 * OPS_CREDENTIAL_MAX_POINTS);
  g_assert_cmpuint (g_utf8_strlen (gtk_editable_get_text (GTK_EDITABLE (note)), -1), ==, OPS_PLAN_MAX_LINE_CHARS);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "activity.add", NULL));
  ops_test_iterate ();

  activity = ops_credential_log_get_activity (ops_plan_item_get_credential_log (cpim), 0);
  g_assert_cmpuint (strlen (activity->note), ==, OPS_PLAN_MAX_LINE_CHARS);
  g_assert_cmpfloat (activity->points, ==, OPS_CREDENTIAL_MAX_POINTS);
  saved = ops_plan_to_bytes (plan);
  reopened = ops_plan_load_from_bytes (saved, ops_window_get_catalog (f->window), &error);
  g_assert_no_error (error);
  g_assert_nonnull (reopened);
}

/* A person who holds CPIM (five years, 75 points) logs 12 points through
 * the item's pane as they would: Add Activity…, the dialog's fields, Add.
 * The progress answers at once; undo takes the activity back, and so
 * does undoing its removal. Record Renewal starts the next cycle, and
 * undo takes that back too. */
static void
test_credential_log (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *last = valid_through_day (5);
  /* The state names the day; the progress below it does not repeat it. */
  const char *before = "0 of 75 points";
  const char *after = "12 of 75 points";
  g_autofree char *valid = g_strdup_printf ("Valid until %s", last);
  g_autofree char *next_last = valid_through_day (10);
  g_autofree char *renewed_valid = g_strdup_printf ("Valid until %s", next_last);
  const char *renewed = "0 of 75 points";
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = ops_date_format (now);
  g_autofree char *earlier = g_strdup_printf ("%s · 12 points, not in this cycle", today);
  GtkWidget *pane, *earned, *note, *points, *state;
  AdwDialog *dialog;

  pane = open_done_cpim (f);

  /* Done today: the pane shows when it was earned and what it needs. */
  earned = ops_test_find_widget_matching (pane, is_titled, "Earned");
  g_assert_nonnull (earned);
  g_assert_true (gtk_widget_is_visible (earned));
  g_assert_nonnull (ops_test_find_widget (pane, ADW_TYPE_ACTION_ROW, "subtitle", before));
  g_assert_nonnull (ops_test_find_widget_matching (pane, is_titled, valid));

  g_assert_true (gtk_widget_activate_action (earned, "credential.add-activity", NULL));
  ops_test_iterate ();
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
  g_assert_nonnull (dialog);
  note = ops_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "title", "What You Did");
  /* ASCM counts professional development points: the row says so. */
  points = ops_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_SPIN_ROW, "title", "Points");
  g_assert_nonnull (note);
  g_assert_nonnull (points);
  ops_test_assert_spin_row_named (GTK_WIDGET (dialog), "Points");
  gtk_editable_set_text (GTK_EDITABLE (note), "<b>Lean</b> workshop");
  adw_spin_row_set_value (ADW_SPIN_ROW (points), 12);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "activity.add", NULL));
  ops_test_iterate ();

  /* The note is shown as typed, markup characters and all. */
  g_assert_nonnull (ops_test_find_widget (pane, ADW_TYPE_ACTION_ROW, "subtitle", after));
  g_assert_nonnull (ops_test_find_widget_matching (pane, is_titled, "<b>Lean</b> workshop"));
  /* Every control of the credential is reached by Tab. */
  ops_test_assert_tab_walks (f->window, pane);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  ops_test_iterate ();
  g_assert_nonnull (ops_test_find_widget (pane, ADW_TYPE_ACTION_ROW, "subtitle", before));
  g_assert_null (ops_test_find_widget_matching (pane, is_titled, "<b>Lean</b> workshop"));

  /* Removing it is undone the same way. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL));
  ops_test_iterate ();
  g_assert_nonnull (ops_test_find_widget (pane, ADW_TYPE_ACTION_ROW, "subtitle", after));
  g_assert_true (gtk_widget_activate_action (earned, "credential.remove-activity", "u", 0));
  ops_test_iterate ();
  g_assert_nonnull (ops_test_find_widget (pane, ADW_TYPE_ACTION_ROW, "subtitle", before));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  ops_test_iterate ();
  g_assert_nonnull (ops_test_find_widget (pane, ADW_TYPE_ACTION_ROW, "subtitle", after));

  /* Renewed while valid: the next cycle follows on from the lapse date,
   * five years on, and today's points belong to the cycle before it. */
  /* Every access key on the pane is its own. */
  {
    g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

    g_assert_null (ops_test_find_widget_matching (pane, clashes_with_seen, seen));
  }

  {
    GtkWidget *renew = ops_test_find_widget_matching (pane, is_titled, "Record Re_newal");

    g_assert_nonnull (renew);
    g_assert_true (gtk_widget_is_visible (renew));
    gtk_widget_activate (renew);
    ops_test_iterate ();
  }
  state = ops_test_find_widget_matching (pane, is_titled, renewed_valid);
  g_assert_nonnull (state);
  /* Valid is said in the success colour, icon and words (style.css). */
  g_assert_true (gtk_widget_has_css_class (state, "valid"));
  g_assert_false (gtk_widget_has_css_class (state, "lapsed"));
  g_assert_nonnull (ops_test_find_widget (pane, ADW_TYPE_ACTION_ROW, "subtitle", renewed));
  g_assert_nonnull (ops_test_find_widget (pane, ADW_TYPE_ACTION_ROW, "subtitle", earlier));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  ops_test_iterate ();
  g_assert_nonnull (ops_test_find_widget_matching (pane, is_titled, valid));
  g_assert_nonnull (ops_test_find_widget (pane, ADW_TYPE_ACTION_ROW, "subtitle", after));
}

static guint8
item_key (OpsPlanItem *item)
{
  return OPS_PLAN_ITEM_KEY (ops_plan_item_get_status (item), ops_plan_item_get_kind (item));
}

static guint
key_group_rank (guint8   key,
                gboolean by_kind)
{
  static const guint status_rank[] = {
    [OPS_PLAN_ITEM_STATUS_IN_PROGRESS] = 0,
    [OPS_PLAN_ITEM_STATUS_PLANNED] = 1,
    [OPS_PLAN_ITEM_STATUS_DONE] = 2,
    [OPS_PLAN_ITEM_STATUS_SKIPPED] = 3,
  };

  return by_kind ? OPS_PLAN_ITEM_KEY_KIND (key) : status_rank[OPS_PLAN_ITEM_KEY_STATUS (key)];
}

static guint
group_rank (OpsPlanItem *item,
            gboolean     by_kind)
{
  return key_group_rank (item_key (item), by_kind);
}

/* What a view of OpsPlanGroups holds: its items as its items-changed
 * signals left them, and the group each was in when the view was told
 * of it (a header shows its first item's group). */
typedef struct
{
  GPtrArray      *items;
  GArray         *groups;       /* guint: each item's group_rank () */
  const gboolean *by_kind;      /* the grouping as the signal arrives */
} Mirror;

static void
mirror_changed_cb (GListModel *model,
                   guint       position,
                   guint       removed,
                   guint       added,
                   Mirror     *mirror)
{
  g_ptr_array_remove_range (mirror->items, position, removed);
  g_array_remove_range (mirror->groups, position, removed);
  for (guint i = 0; i < added; i++)
    {
      OpsPlanItem *item = g_list_model_get_item (model, position + i);
      guint rank = group_rank (item, *mirror->by_kind);

      g_ptr_array_insert (mirror->items, position + i, item);
      g_array_insert_val (mirror->groups, position + i, rank);
    }
}

/* Each item of @plan with its key, to compare with after a change. */
static GHashTable *
snapshot_keys (OpsPlan *plan)
{
  GListModel *items = ops_plan_get_items (plan);
  GHashTable *keys = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      OpsPlanItem *item = g_list_model_get_item (items, i);

      g_hash_table_insert (keys, item, GUINT_TO_POINTER (item_key (item) + 1u));
    }

  return keys;
}

/* Whether an item in @plan then and now has another status or kind now,
 * and whether that put it in another group. */
static void
compare_keys (GHashTable *before,
              OpsPlan    *plan,
              gboolean    by_kind,
              gboolean   *out_changed,
              gboolean   *out_regrouped)
{
  GListModel *items = ops_plan_get_items (plan);

  *out_changed = *out_regrouped = FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(OpsPlanItem) item = g_list_model_get_item (items, i);
      guint old = GPOINTER_TO_UINT (g_hash_table_lookup (before, item));

      if (old == 0 || old - 1 == item_key (item))
        continue;
      *out_changed = TRUE;
      *out_regrouped |= key_group_rank (old - 1, by_kind) != group_rank (item, by_kind);
    }
}

/* The page's order, worked out the long way from the items themselves:
 * each group in turn, the plan's order within it. */
static void
assert_groups (OpsPlanGroups *groups,
               Mirror        *mirror,
               OpsPlan       *plan,
               gboolean       by_kind,
               gboolean       hide_finished)
{
  GListModel *items = ops_plan_get_items (plan);
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint g = 0; g < 8; g++)
    for (guint i = 0; i < g_list_model_get_n_items (items); i++)
      {
        g_autoptr(OpsPlanItem) item = g_list_model_get_item (items, i);

        if (group_rank (item, by_kind) == g && !(hide_finished && ops_plan_item_is_finished (item)))
          g_ptr_array_add (expected, g_steal_pointer (&item));
      }

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (groups)), ==, expected->len);
  g_assert_cmpuint (mirror->items->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      g_autoptr(OpsPlanItem) item = g_list_model_get_item (G_LIST_MODEL (groups), i);
      guint start, end;

      g_assert_true (item == expected->pdata[i]);
      g_assert_true (mirror->items->pdata[i] == expected->pdata[i]);
      g_assert_cmpuint (g_array_index (mirror->groups, guint, i), ==, group_rank (item, by_kind));
      /* A section is a group, whole. */
      gtk_section_model_get_section (GTK_SECTION_MODEL (groups), i, &start, &end);
      g_assert_cmpuint (start, <=, i);
      g_assert_cmpuint (end, >, i);
      g_assert_cmpuint (end, <=, expected->len);
      for (guint j = start; j < end; j++)
        g_assert_cmpuint (group_rank (expected->pdata[j], by_kind), ==, group_rank (item, by_kind));
      g_assert_true (start == 0 || group_rank (expected->pdata[start - 1], by_kind) != group_rank (item, by_kind));
      g_assert_true (end == expected->len || group_rank (expected->pdata[end], by_kind) != group_rank (item, by_kind));
    }
}

/* The plan page's groups are kept from the plan's item keys, not sorted:
 * after every kind of change, made, undone or redone, they are what
 * sorting the items by group would give, and the views heard of it, down
 * to an item that changed group in its place. */
static void
test_groups_follow_the_plan (void)
{
  g_autoptr(OpsPlan) plan = ops_plan_new ();
  g_autoptr(OpsPlanGroups) groups = ops_plan_groups_new ();
  g_autoptr(GPtrArray) mirror_items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) mirror_groups = g_array_new (FALSE, FALSE, sizeof (guint));
  GListModel *items = ops_plan_get_items (plan);
  gboolean by_kind = FALSE, hide_finished = FALSE;
  Mirror mirror = { mirror_items, mirror_groups, &by_kind };
  guint n_regrouped = 0, n_kind_kept_group = 0, n_history_followed = 0;

  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *title = g_strdup_printf ("Step %u", i);
      g_autoptr(OpsPlanItem) item = ops_plan_item_new (i % 6, title);

      ops_plan_add_item (plan, item);
      ops_plan_item_set_status (item, (i * 7) % 4);
    }
  g_signal_connect (groups, "items-changed", G_CALLBACK (mirror_changed_cb), &mirror);
  ops_plan_groups_set_plan (groups, plan);
  assert_groups (groups, &mirror, plan, by_kind, hide_finished);

  for (guint step = 0; step < 300; step++)
    {
      guint n = g_list_model_get_n_items (items);
      g_autoptr(OpsPlanItem) item = n > 0 ? g_list_model_get_item (items, g_test_rand_int_range (0, n)) : NULL;
      g_autoptr(GHashTable) before = snapshot_keys (plan);
      guint change = g_test_rand_int_range (0, 9);
      gboolean changed, regrouped;

      switch (change)
        {
        case 0:
          {
            g_autoptr(OpsPlanItem) added = ops_plan_item_new (g_test_rand_int_range (0, 6), "New");

            ops_plan_insert_item (plan, g_test_rand_int_range (0, n + 1), added);
          }
          break;
        case 1:
          if (item != NULL)
            ops_plan_remove_item (plan, item);
          break;
        case 2:
          if (n > 1)
            ops_plan_move_item (plan, g_test_rand_int_range (0, n), g_test_rand_int_range (0, n));
          break;
        case 3:
          if (item != NULL)
            ops_plan_item_set_status (item, g_test_rand_int_range (0, 4));
          break;
        case 4:
          if (item != NULL)
            ops_plan_item_set_kind (item, g_test_rand_int_range (0, 6));
          break;
        case 5:
          ops_plan_undo (plan);
          break;
        case 6:
          ops_plan_redo (plan);
          break;
        case 7:
          by_kind = !by_kind;
          ops_plan_groups_set_group_by_kind (groups, by_kind);
          break;
        default:
          hide_finished = !hide_finished;
          ops_plan_groups_set_hide_finished (groups, hide_finished);
          break;
        }
      compare_keys (before, plan, by_kind, &changed, &regrouped);
      /* A change to the plan's list, made, undone or redone, the groups
       * follow by themselves; an item's new status or kind waits for
       * ops_plan_groups_update (). */
      if (!changed)
        {
          assert_groups (groups, &mirror, plan, by_kind, hide_finished);
          n_history_followed += (change == 5 || change == 6) && g_list_model_get_n_items (items) != n;
        }
      /* What the page does when the plan says it changed: it binds the
       * headers again when, and only when, an item went to another group. */
      g_assert_cmpint (ops_plan_groups_update (groups), ==, regrouped);
      assert_groups (groups, &mirror, plan, by_kind, hide_finished);
      n_regrouped += regrouped && change == 3 && !by_kind;
      n_kind_kept_group += changed && change == 4 && !by_kind;
    }
  /* The cases that matter happened: a status change that moved an item,
   * a kind change while grouping by status, and undo or redo of a change
   * to the list. */
  g_assert_cmpuint (n_regrouped, >, 0);
  g_assert_cmpuint (n_kind_kept_group, >, 0);
  g_assert_cmpuint (n_history_followed, >, 0);

  ops_plan_groups_set_plan (groups, NULL);
  g_assert_cmpuint (mirror_items->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  ops_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, ops_test_app_set_up, func, ops_test_app_tear_down)
  ADD ("/plan-editor/add-certification-mark-done-undo", test_add_certification_mark_done_undo);
  ADD ("/plan-editor/credential-log", test_credential_log);
  ADD ("/plan-editor/credential-log-focus", test_credential_log_focus);
  ADD ("/plan-editor/credential-earned-kept", test_credential_earned_kept);
  ADD ("/plan-editor/credential-earned-cleared", test_credential_earned_cleared);
  ADD ("/plan-editor/activity-dialog-needs-activity", test_activity_dialog_needs_activity);
  ADD ("/plan-editor/activity-dialog-narrow", test_activity_dialog_narrow);
  ADD ("/plan-editor/activity-dialog-limits", test_activity_dialog_limits);
  ADD ("/plan-editor/survives-restart", test_plan_survives_restart);
  ADD ("/plan-editor/target-role-shows-gap", test_target_role_shows_gap);
  ADD ("/plan-editor/lapsed-credential-to-renew", test_lapsed_credential_to_renew);
  ADD ("/plan-editor/starter-plan", test_starter_plan);
  ADD ("/plan-editor/corrupt-file-is-reported-and-kept", test_corrupt_file_is_reported_and_kept);
  ADD ("/plan-editor/reorder-from-item-pane", test_reorder_from_item_pane);
  ADD ("/plan-editor/recycled-row-follows-its-item", test_recycled_row_follows_its_item);
  ADD ("/plan-editor/opening-item-keeps-title", test_opening_item_keeps_title);
  ADD ("/plan-editor/print-operation-exports", test_print_operation_exports);
  ADD ("/plan-editor/group-by-kind", test_group_by_kind);
  ADD ("/plan-editor/recent-files", test_recent_files);
  ADD ("/plan-editor/lone-item-heading-follows-status", test_lone_item_heading_follows_status);
  ADD ("/plan-editor/new-toast-replaces-old", test_new_toast_replaces_old);
  ADD ("/plan-editor/toast-undo-says-what-it-undid", test_toast_undo_says_what_it_undid);
  ADD ("/plan-editor/toast-goes-after-another-change", test_toast_goes_after_another_change);
  ADD ("/plan-editor/effort-named", test_effort_named);
  ADD ("/plan-editor/item-pane-closes-on-undo", test_item_pane_closes_on_undo);
  ADD ("/plan-editor/panes-follow-new-plan", test_panes_follow_new_plan);
  ADD ("/plan-editor/target-date-rows", test_target_date_rows);
  ADD ("/plan-editor/long-paste-still-saves", test_long_paste_still_saves);
  ADD ("/plan-editor/pane-button-says-in-plan", test_pane_button_says_in_plan);
  ADD ("/plan-editor/undo-button-only-when-undoable", test_undo_button_only_when_undoable);
  ADD ("/plan-editor/no-edit-while-loading", test_no_edit_while_loading);
  ADD ("/plan-editor/pace-follows-hours", test_pace_follows_hours);
  ADD ("/plan-editor/pace-narrow", test_pace_narrow);
  ADD ("/plan-editor/header-buttons-line-up", test_header_buttons_line_up);
  ADD ("/plan-editor/sections-are-cards", test_sections_are_cards);
#undef ADD
  ops_test_add_func ("/plan-editor/groups-follow-the-plan", test_groups_follow_the_plan);

  return g_test_run ();
}
