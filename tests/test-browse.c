/* test-browse.c: exploring the ladder the way a person does
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "ops-link-section.h"
#include "ops-sidebar.h"
#include "ops-test-util.h"

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

static void
test_start_page_is_overview (Fixture       *f,
                             gconstpointer  data)
{
  g_assert_null (ops_sidebar_get_selected_target (f->sidebar));
  g_assert_cmpstr (visible_tag (f), ==, "overview");
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

int
main (int   argc,
      char *argv[])
{
  ops_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/browse/start-page-is-overview", test_start_page_is_overview);
  ADD ("/browse/each-stage-lists-its-roles", test_each_stage_lists_its_roles);
  ADD ("/browse/follow-where-this-leads-and-back", test_follow_where_this_leads_and_back);
  ADD ("/browse/cpim-compares-with-cscp", test_cpim_compares_with_cscp);
  ADD ("/browse/search-and-open-first-result", test_search_and_open_first_result);
  ADD ("/browse/selection-survives-restart", test_selection_survives_restart);
#undef ADD

  return g_test_run ();
}
