/* ops-library-page.c: every certification, skill, degree or job-search
 * guide in one list
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

static void
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

static void
fill (OpsLibraryPage *self,
      OpsCatalog     *catalog,
      const char     *library)
{
  static const char *hard[] = { "kind", "hard" };
  static const char *soft[] = { "kind", "soft" };
  static const char *ways_in[] = { "section", "ways-in" };
  static const char *job_search[] = { "section", "job-search" };
  const char *title, *summary;

  if (g_str_equal (library, "certifications"))
    {
      title = _("Certifications");
      summary = _("Credentials that show employers what you know, and which roles they help you reach.");
      add_section (self, NULL, ops_catalog_get_items (catalog, OPS_ITEM_KIND_CERTIFICATION));
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
      add_section (self, NULL, ops_catalog_get_items (catalog, OPS_ITEM_KIND_EDUCATION));
    }
  else
    {
      GListModel *guides = ops_catalog_get_items (catalog, OPS_ITEM_KIND_GUIDE);

      g_assert (g_str_equal (library, "job-search"));
      title = _("Ways In and Job Search");
      summary = _("How people get their first operations job, and how to win the next one.");
      add_filtered_section (self, _("Ways In"), guides, ways_in);
      add_filtered_section (self, _("Job Search"), guides, job_search);
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
  fill (self, catalog, library);

  return GTK_WIDGET (self);
}

static void
ops_library_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OPS_TYPE_LIBRARY_PAGE);

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
