/* content-window.c: the floor for OpsLadder's first frame with its content
 *
 * bare-window.c is the least a libadwaita window of OpsLadder's layout
 * costs; it shows nothing. This window shows what OpsLadder's first frame
 * shows, built from stock widgets in the plainest way, so a profile can
 * tell what start-up pays for the content itself from what OpsLadder adds
 * on top of it:
 *
 *  - the sidebar: a .navigation-sidebar list of fifteen rows under three
 *    headings, ten with a symbolic icon, five the stages with their role
 *    counts;
 *  - the content: a header bar and a scrolled column of stage bands, each
 *    role of the catalog a card button with its wrapped name. It opens
 *    at the top, where it draws nineteen cards; OpsLadder's map opens
 *    lower and draws about fourteen, with their links.
 *
 * The stage and role names are read from the catalog file given in
 * OPS_CONTENT_CATALOG with GMarkup, which costs less than OpsLadder's
 * validating loader. The map's links, badges, captions and lanes are
 * left out, so the floor is, if anything, low.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>

typedef struct
{
  GPtrArray  *stage_ids;     /* rank order */
  GPtrArray  *stage_names;
  GHashTable *roles;         /* stage id → GPtrArray of role names */
  char       *stage;         /* the open <stage>'s id */
  char       *role_stage;    /* the open <role>'s stage */
  gboolean    in_name;
} Catalog;

static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  Catalog *catalog = user_data;
  const char *id = NULL, *stage = NULL;

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "id"))
        id = values[i];
      else if (g_str_equal (names[i], "stage"))
        stage = values[i];
    }
  if (g_str_equal (element, "stage") && id != NULL)
    {
      g_ptr_array_add (catalog->stage_ids, g_strdup (id));
      g_set_str (&catalog->stage, id);
    }
  else if (g_str_equal (element, "role") && stage != NULL)
    g_set_str (&catalog->role_stage, stage);
  else if (g_str_equal (element, "name"))
    catalog->in_name = catalog->stage != NULL || catalog->role_stage != NULL;
}

static void
end_element_cb (GMarkupParseContext  *context,
                const char           *element,
                gpointer              user_data,
                GError              **error)
{
  Catalog *catalog = user_data;

  if (g_str_equal (element, "stage"))
    g_clear_pointer (&catalog->stage, g_free);
  else if (g_str_equal (element, "role"))
    g_clear_pointer (&catalog->role_stage, g_free);
  else if (g_str_equal (element, "name"))
    catalog->in_name = FALSE;
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 length,
         gpointer              user_data,
         GError              **error)
{
  Catalog *catalog = user_data;
  GPtrArray *names;

  if (!catalog->in_name)
    return;
  if (catalog->stage != NULL)
    {
      g_ptr_array_add (catalog->stage_names, g_strndup (text, length));
      return;
    }
  names = g_hash_table_lookup (catalog->roles, catalog->role_stage);
  if (names == NULL)
    {
      names = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (catalog->roles, g_strdup (catalog->role_stage), names);
    }
  g_ptr_array_add (names, g_strndup (text, length));
}

static void
catalog_read (Catalog *catalog)
{
  static const GMarkupParser parser = { start_element_cb, end_element_cb, text_cb, NULL, NULL };
  const char *path = g_getenv ("OPS_CONTENT_CATALOG");
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize length;

  catalog->stage_ids = g_ptr_array_new_with_free_func (g_free);
  catalog->stage_names = g_ptr_array_new_with_free_func (g_free);
  catalog->roles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) g_ptr_array_unref);
  if (path == NULL || !g_file_get_contents (path, &text, &length, &error))
    g_error ("content-window: set OPS_CONTENT_CATALOG to the catalog (%s)",
             error != NULL ? error->message : "unset");
  context = g_markup_parse_context_new (&parser, 0, catalog, NULL);
  if (!g_markup_parse_context_parse (context, text, length, &error))
    g_error ("content-window: %s", error->message);
}

static GtkWidget *
icon_row (const char *icon_name,
          const char *title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (icon_name));
  gtk_box_append (GTK_BOX (box), gtk_label_new (title));
  return box;
}

static void
add_heading (GtkListBox *list,
             const char *title)
{
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "dimmed");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_append (list, row);
}

static GtkWidget *
stage_row (guint       rank,
           const char *name,
           guint       n_roles)
{
  g_autofree char *number = g_strdup_printf ("%u", rank);
  g_autofree char *count = g_strdup_printf (n_roles == 1 ? "%u role" : "%u roles", n_roles);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *badge = gtk_label_new (number);
  GtkWidget *title = gtk_label_new (name);
  GtkWidget *subtitle = gtk_label_new (count);

  gtk_widget_add_css_class (badge, "accent");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dimmed");
  gtk_box_append (GTK_BOX (text), title);
  gtk_box_append (GTK_BOX (text), subtitle);
  gtk_box_append (GTK_BOX (box), badge);
  gtk_box_append (GTK_BOX (box), text);
  return box;
}

static GtkWidget *
sidebar_new (Catalog *catalog)
{
  GtkWidget *toolbar = adw_toolbar_view_new ();
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *menu = gtk_menu_button_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkListBox *list = GTK_LIST_BOX (gtk_list_box_new ());

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu), "open-menu-symbolic");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), gtk_button_new_from_icon_name ("system-search-symbolic"));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), menu);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar), header);
  gtk_widget_add_css_class (GTK_WIDGET (list), "navigation-sidebar");

  gtk_list_box_append (list, icon_row ("view-grid-symbolic", "Career Ladder"));
  gtk_list_box_append (list, icon_row ("view-list-symbolic", "My Plan"));
  add_heading (list, "Career Toolkit");
  gtk_list_box_append (list, icon_row ("starred-symbolic", "Achievements"));
  gtk_list_box_append (list, icon_row ("user-available-symbolic", "Interview Practice"));
  gtk_list_box_append (list, icon_row ("system-users-symbolic", "Networking & Applications"));
  gtk_list_box_append (list, icon_row ("text-x-generic-symbolic", "Resume Check"));
  add_heading (list, "Ladder Stages");
  for (guint i = 0; i < catalog->stage_ids->len; i++)
    {
      GPtrArray *roles = g_hash_table_lookup (catalog->roles, g_ptr_array_index (catalog->stage_ids, i));

      gtk_list_box_append (list, stage_row (i + 1, g_ptr_array_index (catalog->stage_names, i),
                                            roles != NULL ? roles->len : 0));
    }
  add_heading (list, "Library");
  gtk_list_box_append (list, icon_row ("document-properties-symbolic", "Certifications"));
  gtk_list_box_append (list, icon_row ("applications-engineering-symbolic", "Skills"));
  gtk_list_box_append (list, icon_row ("accessories-dictionary-symbolic", "Education"));
  gtk_list_box_append (list, icon_row ("mail-send-symbolic", "Ways In and Job Search"));
  gtk_list_box_select_row (list, gtk_list_box_get_row_at_index (list, 0));

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (list));
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar), scrolled);
  return toolbar;
}

static GtkWidget *
role_card (const char *name)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *label = gtk_label_new (name);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 14);
  gtk_widget_add_css_class (label, "heading");
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_add_css_class (button, "card");
  gtk_widget_set_size_request (button, 156, 48);
  return button;
}

/* A stage's band: its name over its roles, four to a line. */
static GtkWidget *
band_new (const char *name,
          GPtrArray  *roles)
{
  GtkWidget *band = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *title = gtk_label_new (name);
  GtkWidget *grid = gtk_grid_new ();

  gtk_widget_add_css_class (band, "card");
  gtk_widget_set_margin_start (band, 6);
  gtk_widget_set_margin_end (band, 6);
  gtk_widget_set_margin_top (band, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_grid_set_row_spacing (GTK_GRID (grid), 24);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 24);
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  for (guint i = 0; roles != NULL && i < roles->len; i++)
    gtk_grid_attach (GTK_GRID (grid), role_card (g_ptr_array_index (roles, i)), i % 4, i / 4, 1, 1);
  gtk_box_append (GTK_BOX (band), title);
  gtk_box_append (GTK_BOX (band), grid);
  return band;
}

static GtkWidget *
content_new (Catalog *catalog)
{
  GtkWidget *toolbar = adw_toolbar_view_new ();
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  adw_header_bar_pack_end (ADW_HEADER_BAR (header), gtk_button_new_from_icon_name ("help-about-symbolic"));
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar), header);
  /* The highest stage on top, as on a ladder. */
  for (guint i = catalog->stage_ids->len; i > 0; i--)
    gtk_box_append (GTK_BOX (column),
                    band_new (g_ptr_array_index (catalog->stage_names, i - 1),
                              g_hash_table_lookup (catalog->roles,
                                                   g_ptr_array_index (catalog->stage_ids, i - 1))));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), column);
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar), scrolled);
  return toolbar;
}

static void
activate_cb (GtkApplication *app,
             Catalog        *catalog)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *split_view = adw_navigation_split_view_new ();

  catalog_read (catalog);
  adw_navigation_split_view_set_sidebar (ADW_NAVIGATION_SPLIT_VIEW (split_view),
                                         adw_navigation_page_new (sidebar_new (catalog), "OpsLadder"));
  adw_navigation_split_view_set_content (ADW_NAVIGATION_SPLIT_VIEW (split_view),
                                         adw_navigation_page_new (content_new (catalog), "Career Ladder"));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), split_view);
  /* OpsLadder's default size, from its GSettings schema. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_set_title (GTK_WINDOW (window), "Content Window");

  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.opsladder.ContentWindow",
                                                       G_APPLICATION_DEFAULT_FLAGS);
  Catalog catalog = { 0 };

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), &catalog);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
