/* ops-library-page.c: every certification, skill, degree or job-search
 * guide in one list, and the chooser that sorts the certifications by
 * the career stage where each helps first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-library-page.h"
#include "ops-link-section.h"

struct _OpsLibraryPage
{
  AdwNavigationPage  parent_instance;

  OpsCatalog        *catalog;
  GtkLabel          *title;
  GtkLabel          *summary;
  GtkBox            *sections;
};

G_DEFINE_FINAL_TYPE (OpsLibraryPage, ops_library_page, ADW_TYPE_NAVIGATION_PAGE)

/* Keeps the entries whose text @field equals the filter's value: skills of
 * one kind, guides of one section. */
static gboolean
field_matches_cb (gpointer item,
                  gpointer user_data)
{
  const char * const *field_value = user_data;

  return g_strcmp0 (ops_catalog_item_get_text (item, field_value[0]), field_value[1]) == 0;
}

static GtkWidget *
add_section (OpsLibraryPage *self,
             const char     *title,
             GListModel     *model)
{
  GtkWidget *section = g_object_new (OPS_TYPE_LINK_SECTION,
                                     "title", title,
                                     "show-summary", TRUE,
                                     "model", model,
                                     NULL);

  gtk_box_append (self->sections, section);

  return section;
}

static void
add_filtered_section (OpsLibraryPage     *self,
                      const char         *title,
                      GListModel         *items,
                      const char * const *field_value)
{
  GtkFilter *filter = GTK_FILTER (gtk_custom_filter_new (field_matches_cb, (gpointer) field_value, NULL));
  g_autoptr(GtkFilterListModel) model = gtk_filter_list_model_new (g_object_ref (items), filter);

  add_section (self, title, G_LIST_MODEL (model));
}

/* The rank of the lowest ladder stage whose roles @cert helps: where it
 * is worth having first. G_MAXUINT when no role names it. */
static guint
first_stage_rank (OpsCertification *cert)
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

static char *
chooser_subtitle_cb (gpointer item)
{
  OpsCertification *cert = item;
  OpsCertification *other = ops_certification_get_counterpart (cert);
  const char *eligibility = ops_certification_get_eligibility (cert);
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  /* Translators: in the certification chooser, under a certification's
   * name; %s is what it concentrates on */
  g_strv_builder_take (lines, g_strdup_printf (_("Focus: %s"), ops_certification_get_focus (cert)));
  if (eligibility != NULL)
    /* Translators: in the certification chooser; %s says who may sit the exam */
    g_strv_builder_take (lines, g_strdup_printf (_("Eligibility: %s"), eligibility));
  if (other != NULL)
    /* Translators: in the certification chooser; %s is another certification, e.g. "CSCP" */
    g_strv_builder_take (lines, g_strdup_printf (_("Often weighed against %s"),
                                                 ops_catalog_item_get_name (OPS_CATALOG_ITEM (other))));
  strv = g_strv_builder_end (lines);

  return g_strjoinv ("\n", strv);
}

static void
add_chooser_section (OpsLibraryPage *self,
                     const char     *title,
                     GListModel     *certs)
{
  GtkWidget *section = g_object_new (OPS_TYPE_LINK_SECTION, "title", title, NULL);

  ops_link_section_set_subtitle_func (OPS_LINK_SECTION (section), chooser_subtitle_cb);
  ops_link_section_set_model (OPS_LINK_SECTION (section), certs);
  gtk_box_append (self->sections, section);
}

/* "Which certification first?": every certification once, under the
 * lowest stage of the roles it helps, so a student sees what is within
 * reach now and what to keep for later. */
static void
fill_chooser (OpsLibraryPage *self,
              OpsCatalog     *catalog)
{
  GListModel *stages = ops_catalog_get_stages (catalog);
  GListModel *certs = ops_catalog_get_items (catalog, OPS_ITEM_KIND_CERTIFICATION);
  g_autoptr(GListStore) unplaced = g_list_store_new (OPS_TYPE_CATALOG_ITEM);

  for (guint s = 0; s < g_list_model_get_n_items (stages); s++)
    {
      g_autoptr(OpsStage) stage = g_list_model_get_item (stages, s);
      g_autoptr(GListStore) here = g_list_store_new (OPS_TYPE_CATALOG_ITEM);

      for (guint c = 0; c < g_list_model_get_n_items (certs); c++)
        {
          g_autoptr(OpsCertification) cert = g_list_model_get_item (certs, c);

          if (first_stage_rank (cert) == ops_stage_get_rank (stage))
            g_list_store_append (here, cert);
        }
      if (g_list_model_get_n_items (G_LIST_MODEL (here)) > 0)
        add_chooser_section (self, ops_catalog_item_get_name (OPS_CATALOG_ITEM (stage)), G_LIST_MODEL (here));
    }

  for (guint c = 0; c < g_list_model_get_n_items (certs); c++)
    {
      g_autoptr(OpsCertification) cert = g_list_model_get_item (certs, c);

      if (first_stage_rank (cert) == G_MAXUINT)
        g_list_store_append (unplaced, cert);
    }
  if (g_list_model_get_n_items (G_LIST_MODEL (unplaced)) > 0)
    add_chooser_section (self, _("Not Yet Linked to a Role"), G_LIST_MODEL (unplaced));
}

static void
open_chooser_cb (OpsLibraryPage *self)
{
  GtkWidget *view = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_NAVIGATION_VIEW);

  g_return_if_fail (view != NULL);
  adw_navigation_view_push (ADW_NAVIGATION_VIEW (view),
                            ADW_NAVIGATION_PAGE (ops_library_page_new (self->catalog, "choose-certification")));
}

/* The way from the certification list to the chooser: a row that reads
 * as what it is, in the same boxed-list style as the entries. */
static void
add_chooser_link (OpsLibraryPage *self)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row = g_object_new (ADW_TYPE_ACTION_ROW,
                                 "activatable", TRUE,
                                 "use-markup", FALSE,
                                 "title", _("Which Certification First?"),
                                 "subtitle", _("Every certification by the career stage where it helps first, with who may sit it"),
                                 "subtitle-lines", 2,
                                 NULL);
  /* Decorative, and off the bus: see ops-link-section.c. */
  GtkWidget *arrow = g_object_new (GTK_TYPE_IMAGE, "icon-name", "go-next-symbolic",
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  /* A list a screen reader can name, like every other list of the pane. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Which Certification First?"), -1);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  g_signal_connect_object (list, "row-activated", G_CALLBACK (open_chooser_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->sections, list);
}

static void
fill (OpsLibraryPage *self,
      OpsCatalog     *catalog,
      const char     *library)
{
  static const char *hard[] = { "kind", "hard" };
  static const char *soft[] = { "kind", "soft" };
  static const char *ways_in[] = { "section", "ways-in" };
  static const char *job_search[] = { "section", "job-search" };
  static const char *industries[] = { "section", "industries" };
  static const char *choosing[] = { "section", "choosing" };
  const char *title, *summary;
  GtkWidget *section;

  if (g_str_equal (library, "certifications"))
    {
      title = _("Certifications");
      summary = _("Credentials that show employers what you know, and which roles they help you reach.");
      add_chooser_link (self);
      section = add_section (self, NULL, ops_catalog_get_items (catalog, OPS_ITEM_KIND_CERTIFICATION));
      /* Untitled, under the page's heading: a screen reader names it so. */
      ops_link_section_set_list_label (OPS_LINK_SECTION (section), title);
      add_filtered_section (self, _("Choosing a Certification"), ops_catalog_get_items (catalog, OPS_ITEM_KIND_GUIDE),
                            choosing);
    }
  else if (g_str_equal (library, "choose-certification"))
    {
      title = _("Which Certification First?");
      summary = _("Each certification appears under the first career stage where it helps a role. Start with "
                  "what fits where you are and who may sit the exam; the others come with the next step.");
      fill_chooser (self, catalog);
    }
  else if (g_str_equal (library, "skills"))
    {
      title = _("Skills");
      summary = _("The hard and soft skills the operations ladder asks for, and the roles that need each one.");
      add_filtered_section (self, _("Hard Skills"), ops_catalog_get_items (catalog, OPS_ITEM_KIND_SKILL), hard);
      add_filtered_section (self, _("Soft Skills"), ops_catalog_get_items (catalog, OPS_ITEM_KIND_SKILL), soft);
    }
  else if (g_str_equal (library, "education"))
    {
      title = _("Education");
      summary = _("Degrees and coursework that prepare you for operations roles, and when each pays off.");
      section = add_section (self, NULL, ops_catalog_get_items (catalog, OPS_ITEM_KIND_EDUCATION));
      ops_link_section_set_list_label (OPS_LINK_SECTION (section), title);
    }
  else
    {
      GListModel *guides = ops_catalog_get_items (catalog, OPS_ITEM_KIND_GUIDE);

      g_assert (g_str_equal (library, "job-search"));
      title = _("Ways In and Job Search");
      summary = _("How people get their first operations job, and how to win the next one.");
      add_filtered_section (self, _("Ways In"), guides, ways_in);
      add_filtered_section (self, _("Job Search"), guides, job_search);
      add_filtered_section (self, _("Industries"), guides, industries);
      add_section (self, _("Interview Questions"), ops_catalog_get_items (catalog, OPS_ITEM_KIND_QUESTION));
      add_section (self, _("Professional Organizations"), ops_catalog_get_items (catalog, OPS_ITEM_KIND_ORGANIZATION));
      add_section (self, _("Resume Keywords"), ops_catalog_get_items (catalog, OPS_ITEM_KIND_KEYWORD));
    }

  gtk_label_set_text (self->title, title);
  gtk_label_set_text (self->summary, summary);
  adw_navigation_page_set_title (ADW_NAVIGATION_PAGE (self), title);
}

GtkWidget *
ops_library_page_new (OpsCatalog *catalog,
                      const char *library)
{
  OpsLibraryPage *self;
  g_autofree char *tag = NULL;

  g_return_val_if_fail (OPS_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (library != NULL, NULL);

  tag = g_strconcat ("library:", library, NULL);
  self = g_object_new (OPS_TYPE_LIBRARY_PAGE, "tag", tag, NULL);
  self->catalog = g_object_ref (catalog);
  fill (self, catalog, library);

  return GTK_WIDGET (self);
}

static void
ops_library_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OPS_TYPE_LIBRARY_PAGE);
  g_clear_object (&OPS_LIBRARY_PAGE (object)->catalog);

  G_OBJECT_CLASS (ops_library_page_parent_class)->dispose (object);
}

static void
ops_library_page_class_init (OpsLibraryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_library_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/browse/ops-library-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsLibraryPage, title);
  gtk_widget_class_bind_template_child (widget_class, OpsLibraryPage, summary);
  gtk_widget_class_bind_template_child (widget_class, OpsLibraryPage, sections);
}

static void
ops_library_page_init (OpsLibraryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
