/* ops-education-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-catalog.h"
#include "ops-link-section.h"
#include "ops-page-header.h"
#include "ops-education-page.h"
#include "ops-text-section.h"

struct _OpsEducationPage
{
  OpsEntryPage        parent_instance;

  OpsPageHeader      *header;
  GtkWidget          *add_button;
  OpsTextSection     *pays_off;
  OpsTextSection     *courses;
  OpsLinkSection     *roles;
  OpsLinkSection     *sources;
};

G_DEFINE_FINAL_TYPE (OpsEducationPage, ops_education_page, OPS_TYPE_ENTRY_PAGE)

static char *
education_eyebrow (OpsEducation *education)
{
  switch (ops_education_get_level (education))
    {
    case OPS_EDUCATION_LEVEL_MASTER: return g_strdup (_("Graduate Degree"));
    case OPS_EDUCATION_LEVEL_COURSEWORK: return g_strdup (_("Coursework"));
    case OPS_EDUCATION_LEVEL_BACHELOR:
    default:
      return g_strdup (_("Bachelor’s Degree"));
    }
}

GtkWidget *
ops_education_page_new (OpsCatalogItem *item)
{
  g_return_val_if_fail (OPS_IS_EDUCATION (item), NULL);

  return g_object_new (OPS_TYPE_EDUCATION_PAGE, "item", item, NULL);
}

static void
ops_education_page_fill (OpsEntryPage   *page,
                             OpsCatalogItem *it)
{
  OpsEducationPage *self = OPS_EDUCATION_PAGE (page);
  g_autofree char *eyebrow = education_eyebrow (OPS_EDUCATION (it));

  ops_page_header_set_item (self->header, it, eyebrow);
  ops_entry_page_set_plan_button (page, GTK_BUTTON (self->add_button));
  ops_text_section_set_texts (self->pays_off, ops_catalog_item_get_texts (it, "pays-off"));
  ops_text_section_set_texts (self->courses, ops_education_get_courses (OPS_EDUCATION (it)));
  ops_link_section_set_model (self->roles, ops_education_get_roles (OPS_EDUCATION (it)));
  ops_link_section_set_model (self->sources, ops_catalog_item_get_sources (it));
}

static void
ops_education_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OPS_TYPE_EDUCATION_PAGE);

  G_OBJECT_CLASS (ops_education_page_parent_class)->dispose (object);
}

static void
ops_education_page_class_init (OpsEducationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_education_page_dispose;
  OPS_ENTRY_PAGE_CLASS (klass)->fill = ops_education_page_fill;

  g_type_ensure (OPS_TYPE_LINK_SECTION);
  g_type_ensure (OPS_TYPE_PAGE_HEADER);
  g_type_ensure (OPS_TYPE_TEXT_SECTION);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/browse/ops-education-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsEducationPage, header);
  gtk_widget_class_bind_template_child (widget_class, OpsEducationPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, OpsEducationPage, pays_off);
  gtk_widget_class_bind_template_child (widget_class, OpsEducationPage, courses);
  gtk_widget_class_bind_template_child (widget_class, OpsEducationPage, roles);
  gtk_widget_class_bind_template_child (widget_class, OpsEducationPage, sources);
}

static void
ops_education_page_init (OpsEducationPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
