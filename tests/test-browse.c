/* test-browse.c: exploring the ladder the way a person does
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "ops-catalog-source.h"
#include "ops-certification-page.h"
#include "ops-link-section.h"
#include "ops-result-slot.h"
#include "ops-result-slots.h"
#include "ops-sidebar.h"
#include "ops-test-util.h"
#include "ops-text-line.h"
#include "ops-text-section.h"

typedef struct
{
  OpsApplication    *app;
  OpsWindow         *window;
  OpsSidebar        *sidebar;
  AdwNavigationView *content;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *content_page;

  ops_test_reset_settings ();
  f->app = ops_test_application_new ();
  f->window = ops_test_window_new (f->app);
  f->sidebar = OPS_SIDEBAR (ops_test_find_widget (GTK_WIDGET (f->window), OPS_TYPE_SIDEBAR, NULL, NULL));
  content_page = ops_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_NAVIGATION_PAGE, "tag", "content");
  f->content = ADW_NAVIGATION_VIEW (adw_navigation_page_get_child (ADW_NAVIGATION_PAGE (content_page)));
  g_assert_nonnull (f->sidebar);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    ops_test_close_window (f->window);
  g_clear_object (&f->app);
}

static AdwNavigationPage *
visible_page (Fixture *f)
{
  return adw_navigation_view_get_visible_page (f->content);
}

static const char *
visible_tag (Fixture *f)
{
  return adw_navigation_page_get_tag (visible_page (f));
}

static OpsLinkSection *
find_section (Fixture    *f,
              const char *title)
{
  GtkWidget *section = ops_test_find_widget (GTK_WIDGET (visible_page (f)), OPS_TYPE_LINK_SECTION, "title", title);

  g_assert_nonnull (section);
  g_assert_true (gtk_widget_get_visible (section));

  return OPS_LINK_SECTION (section);
}

/* The career map is the home view; the overview is a pane it opens. */
static void
test_start_page_is_map (Fixture       *f,
                        gconstpointer  data)
{
  g_assert_cmpstr (ops_sidebar_get_selected_target (f->sidebar), ==, "map");
  g_assert_cmpstr (visible_tag (f), ==, "map");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-item", "s", "overview"));
  g_assert_cmpstr (visible_tag (f), ==, "overview");
}

static gboolean
list_laid_out (gpointer data)
{
  GtkAdjustment *adjustment = data;

  return gtk_adjustment_get_page_size (adjustment) > 0;
}

/* The sidebar opens at its top, not counted as scrolled past the untitled
 * first section's header: that drew the scrolled-away shade under the
 * header bar and let the list move by the header's height when scrolled
 * up from there. */
static void
test_sidebar_opens_at_top (Fixture       *f,
                           gconstpointer  data)
{
  GtkStack *stack = GTK_STACK (ops_test_find_widget (GTK_WIDGET (f->sidebar), GTK_TYPE_STACK, NULL, NULL));
  GtkWidget *scrolled = gtk_stack_get_child_by_name (stack, "browse");
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

  ops_test_wait_for (list_laid_out, adjustment);
  ops_test_wait_for_layout (GTK_WIDGET (f->window));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, gtk_adjustment_get_lower (adjustment));
}

static void
test_each_stage_lists_its_roles (Fixture       *f,
                                 gconstpointer  data)
{
  GListModel *stages = ops_catalog_get_stages (ops_window_get_catalog (f->window));

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(OpsStage) stage = g_list_model_get_item (stages, i);
      const char *id = ops_catalog_item_get_id (OPS_CATALOG_ITEM (stage));
      g_autofree char *target = g_strconcat ("stage:", id, NULL);
      GListModel *roles = ops_stage_get_roles (stage);
      OpsLinkSection *section;

      g_assert_true (ops_sidebar_select_target (f->sidebar, target));
      ops_test_iterate ();
      g_assert_cmpstr (visible_tag (f), ==, id);

      section = find_section (f, "Roles at This Stage");
      g_assert_cmpuint (g_list_model_get_n_items (ops_link_section_get_model (section)), ==,
                        g_list_model_get_n_items (roles));
      for (guint r = 0; r < g_list_model_get_n_items (roles); r++)
        {
          g_autoptr(OpsCatalogItem) role = g_list_model_get_item (roles, r);

          /* The row shows the role's own name, bound from the model. */
          g_assert_nonnull (ops_test_find_widget (GTK_WIDGET (section), ADW_TYPE_ACTION_ROW, "title",
                                                  ops_catalog_item_get_name (role)));
        }
    }
}

static void
test_follow_where_this_leads_and_back (Fixture       *f,
                                       gconstpointer  data)
{
  OpsLinkSection *leads;
  GtkWidget *row;
  g_autoptr(OpsCatalogItem) first_next = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-item", "s", "operations-manager"));
  g_assert_cmpstr (visible_tag (f), ==, "operations-manager");

  leads = find_section (f, "Where This Leads");
  first_next = g_list_model_get_item (ops_link_section_get_model (leads), 0);
  row = ops_test_find_widget (GTK_WIDGET (leads), ADW_TYPE_ACTION_ROW, "title", ops_catalog_item_get_name (first_next));
  g_assert_nonnull (row);
  gtk_widget_activate (row);
  ops_test_iterate ();
  g_assert_cmpstr (visible_tag (f), ==, ops_catalog_item_get_id (first_next));

  /* What the Back button, Alt+Left and the mouse back button do. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (visible_page (f)), "navigation.pop", NULL));
  ops_test_iterate ();
  g_assert_cmpstr (visible_tag (f), ==, "operations-manager");
}

static void
test_cpim_compares_with_cscp (Fixture       *f,
                              gconstpointer  data)
{
  GtkWidget *heading, *open;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-item", "s", "cpim"));
  g_assert_cmpstr (visible_tag (f), ==, "cpim");

  heading = ops_test_find_widget (GTK_WIDGET (visible_page (f)), GTK_TYPE_LABEL, "label", "CPIM or CSCP?");
  g_assert_nonnull (heading);
  g_assert_true (gtk_widget_is_visible (heading));

  open = ops_test_find_widget (GTK_WIDGET (visible_page (f)), GTK_TYPE_BUTTON, "label", "Open CSCP");
  g_assert_nonnull (open);
  g_signal_emit_by_name (open, "clicked");
  ops_test_iterate ();
  g_assert_cmpstr (visible_tag (f), ==, "cscp");
}

static gboolean
fail_launch_cb (GtkWindow   *parent,
                const char  *uri,
                gpointer     user_data,
                GError     **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "No web browser");

  return FALSE;
}

static gboolean
is_source_row (GtkWidget     *widget,
               gconstpointer  data)
{
  return ADW_IS_ACTION_ROW (widget) && g_str_has_prefix (gtk_widget_get_tooltip_text (widget) ?: "", "https://");
}

/* libadwaita's toast widget is private; its "toast" is the AdwToast. */
static gboolean
is_toast_widget (GtkWidget     *widget,
                 gconstpointer  data)
{
  return g_str_equal (G_OBJECT_TYPE_NAME (widget), "AdwToastWidget");
}

/* A source page that does not open is an error: its toast stays as long
 * as errors do, 5 s, not the 2 s of a "Copied". */
static void
test_source_that_fails_to_open_says_so (Fixture       *f,
                                        gconstpointer  data)
{
  g_autoptr(AdwToast) toast = NULL;
  GtkWidget *row, *toast_widget;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-item", "s", "cpim"));
  row = ops_test_find_widget_matching (GTK_WIDGET (visible_page (f)), is_source_row, NULL);
  g_assert_nonnull (row);
  _ops_link_section_set_launch_func (fail_launch_cb, NULL);
  gtk_widget_activate (row);
  _ops_link_section_set_launch_func (NULL, NULL);
  ops_test_iterate ();

  toast_widget = ops_test_find_widget_matching (GTK_WIDGET (f->window), is_toast_widget, NULL);
  g_assert_nonnull (toast_widget);
  g_object_get (toast_widget, "toast", &toast, NULL);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Could not open the page in a web browser");
  g_assert_cmpuint (adw_toast_get_timeout (toast), ==, 5);
}

/* Issue 17: Tab stayed on Back (or on the sidebar's My Plan) because a
 * selectable label that is no tab stop still swallowed the focus. Every
 * pane is walked by Tab through each of its controls, in order. */
static void
test_tab_walks_every_pane (Fixture       *f,
                           gconstpointer  data)
{
  static const char * const targets[] = {
    "stage:mid-level", "library:certifications", "library:skills", "library:education",
    "library:job-search", "toolkit:achievements", "toolkit:interview", "toolkit:networking",
    "toolkit:resume", "plan",
  };
  static const char * const items[] = {
    "cpim", "operations-manager", "five-s", "bachelor-industrial-engineering",
  };

  /* The home view, whatever an earlier test left selected. */
  g_assert_true (ops_sidebar_select_target (f->sidebar, NULL));
  ops_test_iterate ();
  g_test_message ("the home view");
  ops_test_assert_tab_walks (f->window, GTK_WIDGET (visible_page (f)));

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_test_message ("pane %s", items[i]);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-item", "s", items[i]));
      ops_test_iterate ();
      g_assert_cmpstr (visible_tag (f), ==, items[i]);
      ops_test_assert_tab_walks (f->window, GTK_WIDGET (visible_page (f)));
    }

  for (guint i = 0; i < G_N_ELEMENTS (targets) && !g_test_failed (); i++)
    {
      g_test_message ("page %s", targets[i]);
      g_assert_true (ops_sidebar_select_target (f->sidebar, targets[i]));
      ops_test_iterate ();
      ops_test_assert_tab_walks (f->window, GTK_WIDGET (visible_page (f)));
    }
}

static gboolean
results_shown (gpointer data)
{
  Fixture *f = data;
  GtkStack *stack = GTK_STACK (ops_test_find_widget (GTK_WIDGET (f->sidebar), GTK_TYPE_STACK, NULL, NULL));

  return g_strcmp0 (gtk_stack_get_visible_child_name (stack), "results") == 0;
}

static void
test_search_and_open_first_result (Fixture       *f,
                                   gconstpointer  data)
{
  GtkEditable *entry = ops_sidebar_get_search_entry (f->sidebar);

  GtkSearchBar *bar = GTK_SEARCH_BAR (ops_test_find_widget (GTK_WIDGET (f->sidebar), GTK_TYPE_SEARCH_BAR, NULL, NULL));

  /* Ctrl+F */
  g_assert_false (gtk_search_bar_get_search_mode (bar));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL));
  g_assert_true (gtk_search_bar_get_search_mode (bar));
  gtk_editable_set_text (entry, "5S");
  ops_test_wait_for (results_shown, f);

  /* Enter opens the best match. */
  g_signal_emit_by_name (entry, "activate");
  ops_test_iterate ();
  g_assert_cmpstr (visible_tag (f), ==, "five-s");
}

static void
assert_sidebar_width_request (Fixture    *f,
                              const char *when,
                              const int   expected[2])
{
  int width[2];

  ops_test_wait_for_layout (GTK_WIDGET (f->window));
  gtk_widget_measure (GTK_WIDGET (f->sidebar), GTK_ORIENTATION_HORIZONTAL, -1, &width[0], &width[1], NULL, NULL);
  g_test_message ("%s: the sidebar asks %d px, %d px natural", when, width[0], width[1]);
  g_assert_cmpint (width[0], ==, expected[0]);
  g_assert_cmpint (width[1], ==, expected[1]);
}

/* The sidebar's stack is sized by the page it shows (ops-sidebar.ui), so
 * the results page may ask another width than the browse list; the
 * header bar's must stay the sidebar's. Were it not, the first letter of
 * a search would have the split view lay out the career map beside it
 * again. A window laid out anew does not say so itself: the sidebar's
 * width request does. */
static void
test_search_keeps_sidebar_width (Fixture       *f,
                                 gconstpointer  data)
{
  GtkEditable *entry = ops_sidebar_get_search_entry (f->sidebar);
  GtkStack *stack = GTK_STACK (ops_test_find_widget (GTK_WIDGET (f->sidebar), GTK_TYPE_STACK, NULL, NULL));
  int browsing[2];

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL));
  ops_test_wait_for_layout (GTK_WIDGET (f->window));
  gtk_widget_measure (GTK_WIDGET (f->sidebar), GTK_ORIENTATION_HORIZONTAL, -1, &browsing[0], &browsing[1], NULL, NULL);

  /* A first letter finds most of the catalog, long titles among them. */
  gtk_editable_set_text (entry, "s");
  g_signal_emit_by_name (entry, "search-changed");
  ops_test_wait_for (results_shown, f);
  assert_sidebar_width_request (f, "results", browsing);

  gtk_editable_set_text (entry, "zzzz");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  assert_sidebar_width_request (f, "no results", browsing);

  gtk_editable_set_text (entry, "");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "browse");
  assert_sidebar_width_request (f, "browsing again", browsing);
}

/* The row the focus is in, in the search results. */
static GtkWidget *
focused_result (Fixture *f)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));
  GtkStack *stack = GTK_STACK (ops_test_find_widget (GTK_WIDGET (f->sidebar), GTK_TYPE_STACK, NULL, NULL));
  GtkWidget *view = ops_test_find_widget (gtk_stack_get_child_by_name (stack, "results"), GTK_TYPE_LIST_VIEW, NULL, NULL);

  g_assert_nonnull (view);
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, view));
  while (gtk_widget_get_parent (focus) != view)
    focus = gtk_widget_get_parent (focus);
  return focus;
}

/* Whether @row is the first result row (after its section header). */
static gboolean
is_first_result (GtkWidget *row)
{
  for (GtkWidget *before = gtk_widget_get_prev_sibling (row); before; before = gtk_widget_get_prev_sibling (before))
    if (g_strcmp0 (G_OBJECT_TYPE_NAME (before), "GtkListHeaderWidget") != 0)
      return FALSE;
  return TRUE;
}

/* Issue 17, 2: after a few searches, Down from the search entry focused
 * the second result: the results list kept the row focused earlier,
 * which the next search had moved to another place. */
static void
test_down_from_search_focuses_first_result (Fixture       *f,
                                            gconstpointer  data)
{
  static const char * const searches[] = {
    "black belt", "kaizen", "scheduler", "5s", "Lieferkette", "cpim cscp", "scheduler",
  };
  GtkEditable *entry = ops_sidebar_get_search_entry (f->sidebar);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL));
  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      GtkWidget *row;

      g_test_message ("searching “%s”", searches[i]);
      gtk_widget_grab_focus (GTK_WIDGET (entry));
      gtk_editable_set_text (entry, searches[i]);
      g_signal_emit_by_name (entry, "search-changed");
      /* Down picks the row below the entry by where the rows are laid
       * out: the new results' rows have no place before the next layout,
       * which a busy machine makes late. */
      ops_test_wait_for_layout (GTK_WIDGET (f->window));
      /* A German word finds nothing with the English catalog. */
      if (!results_shown (f))
        continue;

      /* Down, as the window's key binding moves the focus. */
      g_signal_emit_by_name (f->window, "move-focus", GTK_DIR_DOWN);
      row = focused_result (f);
      g_assert_true (is_first_result (row));
      /* A person reads on down the list before the next search. */
      g_signal_emit_by_name (f->window, "move-focus", GTK_DIR_DOWN);
    }
}

static gboolean
split_collapsed (gpointer data)
{
  return adw_navigation_split_view_get_collapsed (data);
}

/* Issue 17, 3: at 360 px a search result opened over the pane shown
 * before (Achievements), so Back from the result went to that pane, not
 * to the search results the person came from. */
static void
test_narrow_back_from_result_returns_to_results (Fixture       *f,
                                                 gconstpointer  data)
{
  AdwNavigationSplitView *split;
  GtkEditable *entry;
  GtkListView *results;
  GtkStack *stack;

  ops_test_close_window (f->window);
  f->window = ops_window_new (f->app);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 640);
  gtk_window_present (GTK_WINDOW (f->window));
  f->sidebar = OPS_SIDEBAR (ops_test_find_widget (GTK_WIDGET (f->window), OPS_TYPE_SIDEBAR, NULL, NULL));
  f->content = ADW_NAVIGATION_VIEW (adw_navigation_page_get_child (
    ADW_NAVIGATION_PAGE (ops_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_NAVIGATION_PAGE, "tag", "content"))));
  split = ADW_NAVIGATION_SPLIT_VIEW (ops_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_NAVIGATION_SPLIT_VIEW, NULL, NULL));
  ops_test_wait_for (split_collapsed, split);

  /* Achievements, then Back to the sidebar. */
  g_assert_true (ops_sidebar_select_target (f->sidebar, "toolkit:achievements"));
  g_signal_emit_by_name (f->sidebar, "entry-activated");
  ops_test_iterate ();
  g_assert_true (adw_navigation_split_view_get_show_content (split));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (visible_page (f)), "navigation.pop", NULL));
  ops_test_iterate ();
  g_assert_false (adw_navigation_split_view_get_show_content (split));

  /* Search, open the result. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL));
  entry = ops_sidebar_get_search_entry (f->sidebar);
  gtk_editable_set_text (entry, "green belt");
  ops_test_wait_for (results_shown, f);
  stack = GTK_STACK (ops_test_find_widget (GTK_WIDGET (f->sidebar), GTK_TYPE_STACK, NULL, NULL));
  results = GTK_LIST_VIEW (ops_test_find_widget (gtk_stack_get_child_by_name (stack, "results"), GTK_TYPE_LIST_VIEW, NULL, NULL));
  g_signal_emit_by_name (results, "activate", 0);
  ops_test_iterate ();
  g_assert_true (adw_navigation_split_view_get_show_content (split));
  g_assert_cmpstr (visible_tag (f), ==, "lss-green-belt");

  /* Back: the results, as they were. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (visible_page (f)), "navigation.pop", NULL));
  ops_test_iterate ();
  g_assert_false (adw_navigation_split_view_get_show_content (split));
  g_assert_true (results_shown (f));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "green belt");
}

static void
test_selection_survives_restart (Fixture       *f,
                                 gconstpointer  data)
{
  g_assert_true (ops_sidebar_select_target (f->sidebar, "library:skills"));
  ops_test_iterate ();
  g_assert_cmpstr (visible_tag (f), ==, "library:skills");

  gtk_window_close (GTK_WINDOW (f->window));
  ops_test_iterate ();
  f->window = NULL;

  f->window = ops_test_window_new (f->app);
  f->sidebar = OPS_SIDEBAR (ops_test_find_widget (GTK_WIDGET (f->window), OPS_TYPE_SIDEBAR, NULL, NULL));
  f->content = ADW_NAVIGATION_VIEW (adw_navigation_page_get_child (
    ADW_NAVIGATION_PAGE (ops_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_NAVIGATION_PAGE, "tag", "content"))));
  g_assert_cmpstr (ops_sidebar_get_selected_target (f->sidebar), ==, "library:skills");
  g_assert_cmpstr (visible_tag (f), ==, "library:skills");
}

static void
collect_sections (GtkWidget *widget,
                  GPtrArray *sections)
{
  if (OPS_IS_LINK_SECTION (widget))
    g_ptr_array_add (sections, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_sections (child, sections);
}

static guint
lowest_rank (OpsCertification *cert)
{
  GListModel *roles = ops_certification_get_roles (cert);
  guint lowest = G_MAXUINT;

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(OpsRole) role = g_list_model_get_item (roles, i);

      lowest = MIN (lowest, ops_stage_get_rank (ops_role_get_stage (role)));
    }

  return lowest;
}

static void
test_certification_chooser (Fixture       *f,
                            gconstpointer  data)
{
  OpsCatalog *catalog = ops_window_get_catalog (f->window);
  GListModel *certs = ops_catalog_get_items (catalog, OPS_ITEM_KIND_CERTIFICATION);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) sections = g_ptr_array_new ();
  g_autoptr(OpsCatalogItem) first = NULL;
  GtkWidget *row;

  g_assert_true (ops_sidebar_select_target (f->sidebar, "library:certifications"));
  ops_test_iterate ();
  row = ops_test_find_widget (GTK_WIDGET (visible_page (f)), ADW_TYPE_ACTION_ROW, "title", "Which Certification First?");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_focusable (row));
  gtk_widget_activate (row);
  ops_test_iterate ();
  g_assert_cmpstr (visible_tag (f), ==, "library:choose-certification");

  /* Every certification once, under the first stage where it helps. */
  collect_sections (GTK_WIDGET (visible_page (f)), sections);
  g_assert_cmpuint (sections->len, >, 0);
  for (guint i = 0; i < sections->len; i++)
    {
      GListModel *model = ops_link_section_get_model (g_ptr_array_index (sections, i));
      g_autofree char *title = NULL;

      g_object_get (g_ptr_array_index (sections, i), "title", &title, NULL);
      for (guint c = 0; c < g_list_model_get_n_items (model); c++)
        {
          g_autoptr(OpsCertification) cert = g_list_model_get_item (model, c);
          const char *id = ops_catalog_item_get_id (OPS_CATALOG_ITEM (cert));
          guint rank = lowest_rank (cert);

          g_test_message ("%s under %s", id, title);
          g_assert_true (OPS_IS_CERTIFICATION (cert));
          g_assert_false (g_hash_table_contains (seen, id));
          g_hash_table_add (seen, (gpointer) id);
          if (rank == G_MAXUINT)
            g_assert_cmpstr (title, ==, "Not Yet Linked to a Role");
          else
            {
              g_autoptr(OpsCatalogItem) stage = g_list_model_get_item (ops_catalog_get_stages (catalog), rank - 1);

              g_assert_cmpstr (title, ==, ops_catalog_item_get_name (stage));
            }
        }
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, g_list_model_get_n_items (certs));

  /* Each row says what the certification is about and names the one it
   * is weighed against, and opens its pane. */
  row = ops_test_find_widget (GTK_WIDGET (visible_page (f)), ADW_TYPE_ACTION_ROW, "title", "CPIM");
  g_assert_nonnull (row);
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Focus: "));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Often weighed against CSCP"));
  gtk_widget_activate (row);
  ops_test_iterate ();
  g_assert_cmpstr (visible_tag (f), ==, "cpim");
}

static void
assert_guide_section (Fixture    *f,
                      const char *library,
                      const char *title,
                      const char *section_value)
{
  GListModel *guides = ops_catalog_get_items (ops_window_get_catalog (f->window), OPS_ITEM_KIND_GUIDE);
  GtkWidget *section;
  GListModel *model;
  guint expected = 0;

  g_assert_true (ops_sidebar_select_target (f->sidebar, library));
  ops_test_iterate ();
  section = ops_test_find_widget (GTK_WIDGET (visible_page (f)), OPS_TYPE_LINK_SECTION, "title", title);
  g_assert_nonnull (section);
  model = ops_link_section_get_model (OPS_LINK_SECTION (section));
  for (guint i = 0; i < g_list_model_get_n_items (guides); i++)
    {
      g_autoptr(OpsCatalogItem) guide = g_list_model_get_item (guides, i);

      expected += g_strcmp0 (ops_catalog_item_get_text (guide, "section"), section_value) == 0;
    }
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, expected);
  g_assert_true (gtk_widget_get_visible (section) == (expected > 0));
}

static void
test_library_guide_sections (Fixture       *f,
                             gconstpointer  data)
{
  assert_guide_section (f, "library:job-search", "Industries", "industries");
  assert_guide_section (f, "library:certifications", "Choosing a Certification", "choosing");
}

/* The heading a result belongs under, worked out here from what the
 * catalog says the item is, as the library page files it. */
static const char *
expected_heading (OpsCatalogItem *item)
{
  const char *section = ops_catalog_item_get_text (item, "section");

  if (ops_catalog_item_get_kind (item) != OPS_ITEM_KIND_GUIDE)
    return ops_item_kind_get_title (ops_catalog_item_get_kind (item));
  if (g_strcmp0 (section, "industries") == 0)
    return "Industries";
  if (g_strcmp0 (section, "choosing") == 0)
    return "Choosing a Certification";
  return "Ways In and Job Search";
}

/* The result the results view shows at @position: its items are the
 * places results are shown in (ops-result-slots.c). */
static OpsCatalogItem *
result_at (GListModel *model,
           guint       position)
{
  g_autoptr(OpsResultSlot) slot = g_list_model_get_item (model, position);

  g_assert_nonnull (slot);
  return ops_result_slot_get_item (slot);
}

/* The headings of the search results view, top to bottom; each must
 * appear once, and hold only the results that belong under it. */
static GPtrArray *
result_headings (Fixture *f)
{
  GtkStack *stack = GTK_STACK (ops_test_find_widget (GTK_WIDGET (f->sidebar), GTK_TYPE_STACK, NULL, NULL));
  GtkWidget *view = ops_test_find_widget (gtk_stack_get_child_by_name (stack, "results"), GTK_TYPE_LIST_VIEW, NULL, NULL);
  GtkSelectionModel *model = gtk_list_view_get_model (GTK_LIST_VIEW (view));
  GPtrArray *headings = g_ptr_array_new_with_free_func (g_free);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (model));

  for (guint i = 0; i < n;)
    {
      OpsCatalogItem *item = result_at (G_LIST_MODEL (model), i);
      guint start, end;

      gtk_section_model_get_section (GTK_SECTION_MODEL (model), i, &start, &end);
      g_assert_cmpuint (start, ==, i);
      /* The header shows the group title of the section's first item. */
      g_assert_false (g_ptr_array_find_with_equal_func (headings, ops_catalog_item_get_group_title (item),
                                                        g_str_equal, NULL));
      g_ptr_array_add (headings, g_strdup (ops_catalog_item_get_group_title (item)));
      for (guint j = start; j < end; j++)
        {
          OpsCatalogItem *other = result_at (G_LIST_MODEL (model), j);

          g_test_message ("%s under %s", ops_catalog_item_get_id (other), (char *) g_ptr_array_index (headings, headings->len - 1));
          g_assert_cmpstr (expected_heading (other), ==, g_ptr_array_index (headings, headings->len - 1));
        }
      i = end;
    }

  return headings;
}

static gboolean
has_heading (GPtrArray  *headings,
             const char *title)
{
  return g_ptr_array_find_with_equal_func (headings, title, g_str_equal, NULL);
}

/* What the results view should hold for @found: the search's results in
 * their order, each heading's gathered under the first of them. */
static GPtrArray *
grouped_results (GListModel *found)
{
  GPtrArray *grouped = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(OpsCatalogItem) item = g_list_model_get_item (found, i);
      const char *title = ops_catalog_item_get_group_title (item);

      if (g_ptr_array_find_with_equal_func (titles, title, g_str_equal, NULL))
        continue;
      g_ptr_array_add (titles, (gpointer) title);
      for (guint j = i; j < g_list_model_get_n_items (found); j++)
        {
          OpsCatalogItem *other = g_list_model_get_item (found, j);

          if (g_str_equal (ops_catalog_item_get_group_title (other), title))
            g_ptr_array_add (grouped, other);
          else
            g_object_unref (other);
        }
    }

  return grouped;
}

typedef struct
{
  GListModel *model;
  guint       n_items;
} Holding;

static gboolean
holds_n_items (gpointer data)
{
  Holding *holding = data;

  return g_list_model_get_n_items (holding->model) == holding->n_items;
}

/* The view's section around result @j (one heading over it) spans exactly
 * the results under the same heading: a heading shown once, over all of
 * its results and no other's. */
static void
assert_section_is_heading (GListModel *model,
                           GPtrArray  *expected,
                           guint       j)
{
  const char *title = ops_catalog_item_get_group_title (g_ptr_array_index (expected, j));
  guint first = j;
  guint last = j + 1;
  guint start;
  guint end;

  while (first > 0 && g_str_equal (ops_catalog_item_get_group_title (g_ptr_array_index (expected, first - 1)), title))
    first--;
  while (last < expected->len &&
         g_str_equal (ops_catalog_item_get_group_title (g_ptr_array_index (expected, last)), title))
    last++;
  gtk_section_model_get_section (GTK_SECTION_MODEL (model), j, &start, &end);
  g_assert_cmpuint (start, ==, first);
  g_assert_cmpuint (end, ==, last);
}

/* Issue 22: however the results view takes a keystroke's new results
 * (whole, or as a splice of what changed), after every keystroke, typing
 * on, deleting and typing again, it holds what the search finds, in its
 * order under its headings. */
static void
test_results_follow_each_keystroke (Fixture       *f,
                                    gconstpointer  data)
{
  static const char * const typed[] = {
    "s", "sc", "sch", "sche", "sched", "schedu", "sched", "sch", "sc", "s", "su", "sup", "supp", "suppl",
    "supplie", "supplier", "suppl", "sup", "su", "s", "sh", "shi", "ship", "sh", "s", "k", "ka", "kai",
    "kaiz", "kaizen", "kai", "ka", "k", "l", "li", "lie", "lief", "liefe", "liefer", "lieferk", "lieferkette",
    "lief", "lie", "le", "lea", "lean", "q", "qu", "qua", "qual", "quali", "qualit", "qualitä", "qualität",
    "qualitä", "qualit", "p", "pr", "prü", "prüf", "prüfu", "prüfung", "pr", "c", "cp", "cpi", "cpim",
    "cpim ", "cpim c", "cpim cs", "cpim csc", "cpim cscp", "cpim", "cp", "c",
  };
  GtkEditable *entry = ops_sidebar_get_search_entry (f->sidebar);
  OpsCatalog *catalog = ops_application_get_catalog (f->app);
  GtkStack *stack = GTK_STACK (ops_test_find_widget (GTK_WIDGET (f->sidebar), GTK_TYPE_STACK, NULL, NULL));
  GtkWidget *view = ops_test_find_widget (gtk_stack_get_child_by_name (stack, "results"), GTK_TYPE_LIST_VIEW, NULL, NULL);
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (view)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL));
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      g_autoptr(GListModel) found = ops_catalog_search (catalog, typed[i]);
      g_autoptr(GPtrArray) expected = grouped_results (found);
      Holding holding = { model, expected->len };

      g_test_message ("typed “%s”: %u results", typed[i], expected->len);
      gtk_editable_set_text (entry, typed[i]);
      g_signal_emit_by_name (entry, "search-changed");
      g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, expected->len ? "results" : "empty");
      /* A screenful of new rows comes a frame. */
      ops_test_wait_for (holds_n_items, &holding);
      for (guint j = 0; j < expected->len; j++)
        {
          g_assert_true (result_at (model, j) == g_ptr_array_index (expected, j));
          assert_section_is_heading (model, expected, j);
        }
    }
}

/* The result rows of the results view, top to bottom, and the text of
 * the headings between them. */
static GPtrArray *
result_rows (Fixture *f)
{
  GtkStack *stack = GTK_STACK (ops_test_find_widget (GTK_WIDGET (f->sidebar), GTK_TYPE_STACK, NULL, NULL));
  GtkWidget *view = ops_test_find_widget (gtk_stack_get_child_by_name (stack, "results"), GTK_TYPE_LIST_VIEW, NULL, NULL);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (GtkWidget *child = gtk_widget_get_first_child (view); child; child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (G_OBJECT_TYPE_NAME (child), "GtkListItemWidget") == 0)
      g_ptr_array_add (rows, g_object_ref (child));

  return rows;
}

/* The heading shown right above @row, if one is. */
static const char *
heading_above (GtkWidget *row)
{
  GtkWidget *before = gtk_widget_get_prev_sibling (row);

  if (before == NULL || g_strcmp0 (G_OBJECT_TYPE_NAME (before), "GtkListHeaderWidget") != 0)
    return NULL;
  return gtk_label_get_text (GTK_LABEL (ops_test_find_widget (before, GTK_TYPE_LABEL, NULL, NULL)));
}

/* Issue 22: a keystroke that changes the results shows the new results
 * in the rows that are there, rather than making a row for each, and
 * every row, heading and accessible name follows: each row shows the
 * result at its place, by name, summary and accessible label, under its
 * group's heading. */
static void
test_result_rows_follow_their_places (Fixture       *f,
                                      gconstpointer  data)
{
  static const char * const typed[] = { "s", "sh", "shi", "s", "su", "c", "cp", "l", "le", "lieferkette", "k" };
  GtkEditable *entry = ops_sidebar_get_search_entry (f->sidebar);
  OpsCatalog *catalog = ops_application_get_catalog (f->app);
  g_autoptr(GPtrArray) before = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL));
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      g_autoptr(GListModel) found = ops_catalog_search (catalog, typed[i]);
      g_autoptr(GPtrArray) expected = grouped_results (found);
      g_autoptr(GPtrArray) rows = NULL;

      g_test_message ("typed “%s”: %u results", typed[i], expected->len);
      gtk_editable_set_text (entry, typed[i]);
      g_signal_emit_by_name (entry, "search-changed");
      ops_test_wait_for_layout (GTK_WIDGET (f->window));
      /* No results have no places, and so no rows to keep. */
      if (expected->len == 0)
        {
          g_clear_pointer (&before, g_ptr_array_unref);
          continue;
        }
      rows = result_rows (f);
      g_assert_cmpuint (rows->len, >, 0);
      for (guint j = 0; j < MIN (rows->len, expected->len); j++)
        {
          GtkWidget *row = g_ptr_array_index (rows, j);
          GtkWidget *box = gtk_widget_get_first_child (row);
          OpsCatalogItem *item = g_ptr_array_index (expected, j);
          const char *heading = heading_above (row);
          const char *summary = ops_catalog_item_get_summary (item);
          g_autofree char *error = NULL;

          g_assert_cmpstr (ops_text_line_get_text (OPS_TEXT_LINE (gtk_widget_get_first_child (box))), ==,
                           ops_catalog_item_get_name (item));
          g_assert_cmpstr (ops_text_line_get_text (OPS_TEXT_LINE (gtk_widget_get_last_child (box))), ==, summary);
          /* A result without a summary is a line of its own. */
          g_assert_true (gtk_widget_get_visible (gtk_widget_get_last_child (box)) == (summary && summary[0]));
          error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                      ops_catalog_item_get_name (item));
          g_assert_null (error);
          /* A heading opens each group, and only a group. */
          if (j == 0 || !g_str_equal (ops_catalog_item_get_group_title (g_ptr_array_index (expected, j - 1)),
                                      ops_catalog_item_get_group_title (item)))
            g_assert_cmpstr (heading, ==, ops_catalog_item_get_group_title (item));
          else
            g_assert_null (heading);
        }
      /* The rows there before still show results, in the same places. */
      if (before != NULL)
        for (guint j = 0; j < MIN (before->len, MIN (rows->len, expected->len)); j++)
          g_assert_true (g_ptr_array_index (rows, j) == g_ptr_array_index (before, j));
      g_clear_pointer (&before, g_ptr_array_unref);
      before = g_steal_pointer (&rows);
    }
}

/* An industry guide or a certification chooser found by search sits under
 * its own heading, as on the library page, not under "Ways In and Job
 * Search"; each heading appears once even when the ranking mixes them. */
static void
test_search_groups_guides_by_section (Fixture       *f,
                                      gconstpointer  data)
{
  GtkEditable *entry = ops_sidebar_get_search_entry (f->sidebar);
  g_autoptr(GPtrArray) headings = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL));
  /* "certification" finds the chooser guides and the certifications. */
  gtk_editable_set_text (entry, "certification");
  g_signal_emit_by_name (entry, "search-changed");
  ops_test_wait_for (results_shown, f);
  headings = result_headings (f);
  g_assert_true (has_heading (headings, "Choosing a Certification"));
  g_assert_true (has_heading (headings, "Certifications"));
  g_clear_pointer (&headings, g_ptr_array_unref);

  /* "manufacturing" finds the industry guide and ways-in guides alike. */
  gtk_editable_set_text (entry, "manufacturing");
  g_signal_emit_by_name (entry, "search-changed");
  ops_test_wait_for (results_shown, f);
  headings = result_headings (f);
  g_assert_true (has_heading (headings, "Industries"));
}

/* A certification whose facts the shipped catalog may not hold yet, so the
 * pane is tested on what it is given, not on what the content says. */
static const char sourced_catalog[] =
  "<catalog format=\"1\"><overview id=\"overview\"><name>O</name><summary>S</summary><para>P</para></overview>"
  "<stage id=\"s1\" rank=\"1\"><name>S</name><summary>S</summary><work>W</work></stage>"
  "<role id=\"r\" stage=\"s1\"><name>R</name><summary>S</summary><responsibility>R</responsibility>"
  "<skill ref=\"k\"/><certification ref=\"c\"/>"
  "<source url=\"https://www.example.org/r\" checked=\"2024-05\">R page</source></role>"
  "<certification id=\"c\"><name>CX</name><full-name>Certified X</full-name><issuer ref=\"o\"/>"
  "<summary>S</summary><focus>F</focus><suits>S</suits><prepares>P</prepares>"
  "<eligibility>Anyone may sit it.</eligibility><exam>150 questions.</exam><exam>At a test centre.</exam>"
  "<renewal years=\"5\" points=\"75\">Five years, 75 points.</renewal>"
  "<source url=\"https://www.example.org/cx?a=1\" checked=\"2024-05\">Example body: CX</source>"
  "<source url=\"https://other.example.net/\" checked=\"2023-11\">Other page</source></certification>"
  "<skill id=\"k\" kind=\"hard\"><name>K</name><summary>S</summary></skill>"
  "<organization id=\"o\"><name>Org</name><summary>S</summary>"
  "<source url=\"https://www.example.org/o\" checked=\"2024-05\">Org page</source></organization></catalog>";

typedef struct
{
  GtkWindow *parent;
  char      *uri;
  guint      calls;
} Launched;

static gboolean
record_launch_cb (GtkWindow   *parent,
                  const char  *uri,
                  gpointer     user_data,
                  GError     **error)
{
  Launched *launched = user_data;

  launched->parent = parent;
  g_free (launched->uri);
  launched->uri = g_strdup (uri);
  launched->calls++;

  return TRUE;
}

static GtkWidget *
show_pane (OpsCatalog *catalog,
           const char *id)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = adw_navigation_view_new ();

  adw_navigation_view_push (ADW_NAVIGATION_VIEW (view),
                            ADW_NAVIGATION_PAGE (ops_certification_page_new (ops_catalog_lookup (catalog, id))));
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  ops_test_iterate ();

  return window;
}

static void
assert_text_section (GtkWidget  *pane,
                     const char *title,
                     const char *text)
{
  GtkWidget *section = ops_test_find_widget (pane, OPS_TYPE_TEXT_SECTION, "title", title);

  g_test_message ("section %s", title);
  g_assert_nonnull (section);
  g_assert_true (gtk_widget_get_visible (section));
  g_assert_nonnull (ops_test_find_widget (section, GTK_TYPE_LABEL, "label", text));
}

/* A section given another entry's list shows and hides with that list,
 * not with the first one's. */
static void
test_link_section_follows_its_list (void)
{
  g_autoptr(GListStore) first = g_list_store_new (OPS_TYPE_CATALOG_SOURCE);
  g_autoptr(GListStore) second = g_list_store_new (OPS_TYPE_CATALOG_SOURCE);
  g_autoptr(OpsCatalogSource) source = ops_catalog_source_new ("https://www.ascm.org/", "ASCM", 2026, 11);
  GtkWidget *section = g_object_ref_sink (g_object_new (OPS_TYPE_LINK_SECTION, NULL));

  ops_link_section_set_model (OPS_LINK_SECTION (section), G_LIST_MODEL (first));
  ops_link_section_set_model (OPS_LINK_SECTION (section), G_LIST_MODEL (second));
  g_list_store_append (first, source);
  g_assert_false (gtk_widget_get_visible (section));

  g_list_store_append (second, source);
  g_assert_true (gtk_widget_get_visible (section));
  g_assert_nonnull (ops_test_find_widget (section, ADW_TYPE_ACTION_ROW, "title", "ASCM"));
  g_list_store_remove (second, 0);
  g_assert_false (gtk_widget_get_visible (section));
  g_object_unref (section);
}

static void
test_certification_sources (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (sourced_catalog, sizeof sourced_catalog - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsCatalog) catalog = ops_catalog_new_from_bytes (bytes, &error);
  Launched launched = { NULL, NULL, 0 };
  GtkWidget *window, *section, *row, *other;

  g_assert_no_error (error);
  window = show_pane (catalog, "c");

  /* What a person decides with: who may sit it, the exam, keeping it,
   * and where the price is when the catalog gives none. */
  assert_text_section (window, "Eligibility", "Anyone may sit it.");
  assert_text_section (window, "Exam", "150 questions.");
  assert_text_section (window, "Exam", "At a test centre.");
  assert_text_section (window, "Renewal", "Five years, 75 points.");
  assert_text_section (window, "Cost",
                       "Fees change and often differ for members; the pages under Sources give the current ones.");

  section = ops_test_find_widget (window, OPS_TYPE_LINK_SECTION, "title", "Sources");
  g_assert_nonnull (section);
  g_assert_true (gtk_widget_is_visible (section));
  g_assert_nonnull (ops_test_find_widget (section, GTK_TYPE_LABEL, "label", "Sources"));
  g_assert_cmpuint (g_list_model_get_n_items (ops_link_section_get_model (OPS_LINK_SECTION (section))), ==, 2);

  /* Each source is a row named by its label, with the site and the month
   * it was checked, reachable by Tab. (What a screen reader hears is
   * checked through AT-SPI in tests/e2e/.) */
  row = ops_test_find_widget (section, ADW_TYPE_ACTION_ROW, "title", "Example body: CX");
  other = ops_test_find_widget (section, ADW_TYPE_ACTION_ROW, "title", "Other page");
  g_assert_nonnull (row);
  g_assert_nonnull (other);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "www.example.org · Checked May 2024");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (other)), ==, "other.example.net · Checked Nov 2023");
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_assert_true (gtk_widget_get_focusable (row));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (row), ==, "https://www.example.org/cx?a=1");
  /* A screen reader hears the site and the month too, not only the name:
   * the row's description is what AT-SPI reports for it, and only while
   * no "described by" relation overrides it (GTK's bridge reports that
   * relation as an empty description). */
  g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "www.example.org · Checked May 2024; opens in the web browser");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (other), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "other.example.net · Checked Nov 2023; opens in the web browser");

  /* Enter or a click opens the page through the launcher, with the window
   * as the parent the portal puts its dialog over. */
  _ops_link_section_set_launch_func (record_launch_cb, &launched);
  gtk_widget_activate (row);
  ops_test_iterate ();
  g_assert_cmpuint (launched.calls, ==, 1);
  g_assert_cmpstr (launched.uri, ==, "https://www.example.org/cx?a=1");
  g_assert_true (launched.parent == GTK_WINDOW (window));
  gtk_widget_activate (other);
  g_assert_cmpuint (launched.calls, ==, 2);
  g_assert_cmpstr (launched.uri, ==, "https://other.example.net/");
  _ops_link_section_set_launch_func (NULL, NULL);

  g_free (launched.uri);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The glyphs the text nodes under @node draw, in order. */
static void
collect_glyphs (GskRenderNode *node,
                GArray        *glyphs)
{
  GskRenderNodeType type = gsk_render_node_get_node_type (node);

  if (type == GSK_CONTAINER_NODE)
    for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
      collect_glyphs (gsk_container_node_get_child (node, i), glyphs);
  else if (type == GSK_TRANSFORM_NODE)
    collect_glyphs (gsk_transform_node_get_child (node), glyphs);
  else if (type == GSK_DEBUG_NODE)
    collect_glyphs (gsk_debug_node_get_child (node), glyphs);
  else if (type == GSK_CLIP_NODE)
    collect_glyphs (gsk_clip_node_get_child (node), glyphs);
  else if (type == GSK_TEXT_NODE)
    {
      guint n;
      const PangoGlyphInfo *info = gsk_text_node_get_glyphs (node, &n);

      for (guint i = 0; i < n; i++)
        g_array_append_val (glyphs, info[i].glyph);
    }
}

/* The glyphs @line draws now. */
static GArray *
drawn_glyphs (GtkWidget *line)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (line);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GArray *glyphs = g_array_new (FALSE, FALSE, sizeof (PangoGlyph));

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (line), gtk_widget_get_height (line));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node != NULL)
    collect_glyphs (node, glyphs);

  return glyphs;
}

/* The glyphs of the whole of @text ellipsized at @line's width, as a
 * label would draw it. */
static GArray *
whole_text_glyphs (GtkWidget  *line,
                   const char *text)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (line, text);
  GArray *glyphs = g_array_new (FALSE, FALSE, sizeof (PangoGlyph));
  PangoLayoutIter *iter;

  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_width (layout, gtk_widget_get_width (line) * PANGO_SCALE);
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);

      for (int i = 0; run != NULL && i < run->glyphs->num_glyphs; i++)
        g_array_append_val (glyphs, run->glyphs->glyphs[i].glyph);
    }
  while (pango_layout_iter_next_run (iter));
  pango_layout_iter_free (iter);

  return glyphs;
}

static void
assert_draws_as_whole (GtkWidget  *line,
                       const char *text)
{
  g_autoptr(GArray) drawn = NULL;
  g_autoptr(GArray) expected = NULL;

  ops_text_line_set_text (OPS_TEXT_LINE (line), text);
  ops_test_wait_for_layout (GTK_WIDGET (gtk_widget_get_root (line)));
  drawn = drawn_glyphs (line);
  expected = whole_text_glyphs (line, text);
  g_assert_cmpuint (drawn->len, >, 0);
  g_assert_cmpmem (drawn->data, drawn->len * sizeof (PangoGlyph), expected->data, expected->len * sizeof (PangoGlyph));
}

/* A result's line lays out only the start of a long text, yet shows
 * exactly what the whole text ellipsized at its width shows: words, a
 * run of narrow letters longer than the start it first tries, text that
 * fits, and the same again when the line grows. */
static void
test_text_line_shows_what_the_whole_text_shows (void)
{
  static const char *texts[] = {
    "Leads a shift of warehouse associates: assigns work, checks safety and quality, and reports "
    "the shift's output, stock levels and incidents to the operations manager before the next shift starts.",
    "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii"
    "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii",
    "CPIM",
  };
  GtkWidget *window = gtk_window_new ();
  GtkWidget *line = ops_text_line_new ();

  gtk_widget_set_size_request (line, 200, -1);
  gtk_widget_set_halign (line, GTK_ALIGN_START);
  gtk_window_set_child (GTK_WINDOW (window), line);
  gtk_window_present (GTK_WINDOW (window));

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    assert_draws_as_whole (line, texts[i]);

  gtk_widget_set_size_request (line, 900, -1);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    assert_draws_as_whole (line, texts[i]);

  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  guint items_changed;
  guint sections_changed;
  guint first_slot_changed;
} SlotSignals;

static void
count_items_changed_cb (GListModel *model,
                        guint       position,
                        guint       removed,
                        guint       added,
                        gpointer    data)
{
  ((SlotSignals *) data)->items_changed++;
}

static void
count_sections_changed_cb (GtkSectionModel *model,
                           guint            position,
                           guint            n_items,
                           gpointer         data)
{
  ((SlotSignals *) data)->sections_changed++;
}

static void
count_first_slot_cb (GObject    *slot,
                     GParamSpec *pspec,
                     gpointer    data)
{
  ((SlotSignals *) data)->first_slot_changed++;
}

/* One list under one heading per kind, for ops_result_slots_set_results (). */
static GListModel *
groups_of (OpsCatalog         *catalog,
           const char * const *ids_by_group[],
           guint               n_groups)
{
  GListStore *groups = g_list_store_new (G_TYPE_LIST_MODEL);

  for (guint g = 0; g < n_groups; g++)
    {
      g_autoptr(GListStore) group = g_list_store_new (OPS_TYPE_CATALOG_ITEM);

      for (guint i = 0; ids_by_group[g][i] != NULL; i++)
        {
          OpsCatalogItem *item = ops_catalog_lookup (catalog, ids_by_group[g][i]);

          g_assert_nonnull (item);
          g_list_store_append (group, item);
        }
      g_list_store_append (groups, group);
    }

  return G_LIST_MODEL (groups);
}

/* A keystroke that turns two roles under "Roles" into two certifications
 * under "Certifications" keeps the section where it was: the view is told
 * of no new items and no new sections, so its heading, bound to the
 * section's first slot, must learn of the new title from that slot
 * (ops-sidebar.c, bind_result_header_cb ()). A slot that keeps its result
 * says nothing, and the same results again change nothing. */
static void
test_result_heading_follows_its_first_slot (void)
{
  static const char * const roles[] = { "operations-analyst", "production-scheduler", NULL };
  static const char * const certifications[] = { "cpim", "cscp", NULL };
  static const char * const other_certifications[] = { "cpim", "cltd", NULL };
  const char * const *by_roles[] = { roles };
  const char * const *by_certifications[] = { certifications };
  const char * const *by_others[] = { other_certifications };
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsCatalog) catalog = ops_catalog_new_default (&error);
  g_autoptr(OpsResultSlots) slots = ops_result_slots_new ();
  g_autoptr(GListModel) first = NULL;
  g_autoptr(GListModel) second = NULL;
  g_autoptr(GListModel) third = NULL;
  g_autoptr(OpsResultSlot) slot = NULL;
  SlotSignals signals = { 0, };
  guint start, end;

  g_assert_no_error (error);
  first = groups_of (catalog, by_roles, 1);
  second = groups_of (catalog, by_certifications, 1);
  third = groups_of (catalog, by_others, 1);
  g_assert_true (ops_result_slots_set_results (slots, first));
  g_signal_connect (slots, "items-changed", G_CALLBACK (count_items_changed_cb), &signals);
  g_signal_connect (slots, "sections-changed", G_CALLBACK (count_sections_changed_cb), &signals);
  slot = g_list_model_get_item (G_LIST_MODEL (slots), 0);
  g_signal_connect (slot, "notify::item", G_CALLBACK (count_first_slot_cb), &signals);

  /* The same results: nothing to tell, nothing to scroll. */
  g_assert_false (ops_result_slots_set_results (slots, first));
  g_assert_cmpuint (signals.first_slot_changed, ==, 0);

  g_assert_true (ops_result_slots_set_results (slots, second));
  g_assert_cmpuint (signals.items_changed, ==, 0);
  g_assert_cmpuint (signals.sections_changed, ==, 0);
  g_assert_cmpuint (signals.first_slot_changed, ==, 1);
  g_assert_cmpstr (ops_catalog_item_get_group_title (ops_result_slot_get_item (slot)), ==, "Certifications");
  gtk_section_model_get_section (GTK_SECTION_MODEL (slots), 1, &start, &end);
  g_assert_cmpuint (start, ==, 0);
  g_assert_cmpuint (end, ==, 2);

  /* Only the second place changes: the heading's slot stays quiet. */
  g_assert_true (ops_result_slots_set_results (slots, third));
  g_assert_cmpuint (signals.first_slot_changed, ==, 1);
  g_assert_cmpuint (signals.items_changed, ==, 0);
  g_assert_cmpuint (signals.sections_changed, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  /* The sources' accessible descriptions are read here; the test backend
   * keeps them without an accessibility bus, as in test-map. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  ops_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  /* First: the process's first window is the one X makes active, and
   * only an active window gives list rows the focus Tab walks. */
  ADD ("/browse/tab-walks-every-pane", test_tab_walks_every_pane);
  ADD ("/browse/start-page-is-map", test_start_page_is_map);
  ADD ("/browse/sidebar-opens-at-top", test_sidebar_opens_at_top);
  ADD ("/browse/each-stage-lists-its-roles", test_each_stage_lists_its_roles);
  ADD ("/browse/follow-where-this-leads-and-back", test_follow_where_this_leads_and_back);
  ADD ("/browse/cpim-compares-with-cscp", test_cpim_compares_with_cscp);
  ADD ("/browse/source-that-fails-to-open-says-so", test_source_that_fails_to_open_says_so);
  ADD ("/browse/search-and-open-first-result", test_search_and_open_first_result);
  ADD ("/browse/search-keeps-sidebar-width", test_search_keeps_sidebar_width);
  ADD ("/browse/selection-survives-restart", test_selection_survives_restart);
  ADD ("/browse/certification-chooser", test_certification_chooser);
  ADD ("/browse/library-guide-sections", test_library_guide_sections);
  ADD ("/browse/search-groups-guides-by-section", test_search_groups_guides_by_section);
  ADD ("/browse/results-follow-each-keystroke", test_results_follow_each_keystroke);
  ADD ("/browse/result-rows-follow-their-places", test_result_rows_follow_their_places);
  ADD ("/browse/down-from-search-focuses-first-result", test_down_from_search_focuses_first_result);
  ADD ("/browse/narrow-back-from-result-returns-to-results", test_narrow_back_from_result_returns_to_results);
#undef ADD
  ops_test_add_func ("/browse/certification-sources", test_certification_sources);
  ops_test_add_func ("/browse/result-heading-follows-its-first-slot", test_result_heading_follows_its_first_slot);
  ops_test_add_func ("/browse/link-section-follows-its-list", test_link_section_follows_its_list);
  ops_test_add_func ("/browse/text-line-shows-what-the-whole-text-shows", test_text_line_shows_what_the_whole_text_shows);

  return g_test_run ();
}
