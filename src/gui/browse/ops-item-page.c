/* ops-item-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-catalog.h"
#include "ops-link-section.h"
#include "ops-page-header.h"
#include "ops-item-page.h"
#include "ops-text-section.h"

struct _OpsItemPage
{
  OpsEntryPage        parent_instance;

  OpsPageHeader      *header;
  OpsTextSection     *paras;
  OpsTextSection     *points;
  OpsTextSection     *synonyms;
  OpsLinkSection     *skills;
  OpsLinkSection     *sources;
};

G_DEFINE_FINAL_TYPE (OpsItemPage, ops_item_page, OPS_TYPE_ENTRY_PAGE)

static char *
item_eyebrow (OpsCatalogItem *item)
{
  const char *section = ops_catalog_item_get_text (item, "section");

  switch (ops_catalog_item_get_kind (item))
    {
    /* Translators: above the title of the page about operations management as a field of work */
    case OPS_ITEM_KIND_OVERVIEW: return g_strdup (_("Career Field"));
    case OPS_ITEM_KIND_ORGANIZATION: return g_strdup (_("Professional Organization"));
    case OPS_ITEM_KIND_QUESTION: return g_strdup (_("Interview Question"));
    case OPS_ITEM_KIND_KEYWORD: return g_strdup (_("Resume Keyword"));
    case OPS_ITEM_KIND_GUIDE:
      if (g_strcmp0 (section, "industries") == 0)
        return g_strdup (_("Industries"));
      if (g_strcmp0 (section, "choosing") == 0)
        return g_strdup (_("Choosing a Certification"));
      return g_strdup (g_strcmp0 (section, "job-search") == 0 ? _("Job Search") : _("Ways In"));
    case OPS_ITEM_KIND_STAGE:
    case OPS_ITEM_KIND_ROLE:
    case OPS_ITEM_KIND_CERTIFICATION:
    case OPS_ITEM_KIND_SKILL:
    case OPS_ITEM_KIND_EDUCATION:
    case OPS_ITEM_KIND_BRANCH:
    case OPS_N_ITEM_KINDS:
    default:
      return g_strdup (ops_item_kind_get_title (ops_catalog_item_get_kind (item)));
    }
}

GtkWidget *
ops_item_page_new (OpsCatalogItem *item)
{
  g_return_val_if_fail (OPS_IS_CATALOG_ITEM (item), NULL);

  return g_object_new (OPS_TYPE_ITEM_PAGE, "item", item, NULL);
}

static void
ops_item_page_fill (OpsEntryPage   *page,
                        OpsCatalogItem *it)
{
  OpsItemPage *self = OPS_ITEM_PAGE (page);
  g_autofree char *eyebrow = item_eyebrow (it);

  ops_page_header_set_item (self->header, it, eyebrow);
  ops_text_section_set_texts (self->paras, ops_catalog_item_get_texts (it, "para"));
  ops_text_section_set_texts (self->points, ops_catalog_item_get_texts (it, "point"));
  ops_text_section_set_texts (self->synonyms, ops_catalog_item_get_texts (it, "synonym"));
  ops_link_section_set_model (self->skills, ops_catalog_item_get_links (it, "skill"));
  ops_link_section_set_model (self->sources, ops_catalog_item_get_sources (it));
}

static void
ops_item_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OPS_TYPE_ITEM_PAGE);

  G_OBJECT_CLASS (ops_item_page_parent_class)->dispose (object);
}

static void
ops_item_page_class_init (OpsItemPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_item_page_dispose;
  OPS_ENTRY_PAGE_CLASS (klass)->fill = ops_item_page_fill;

  g_type_ensure (OPS_TYPE_LINK_SECTION);
  g_type_ensure (OPS_TYPE_PAGE_HEADER);
  g_type_ensure (OPS_TYPE_TEXT_SECTION);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/browse/ops-item-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsItemPage, header);
  gtk_widget_class_bind_template_child (widget_class, OpsItemPage, paras);
  gtk_widget_class_bind_template_child (widget_class, OpsItemPage, points);
  gtk_widget_class_bind_template_child (widget_class, OpsItemPage, synonyms);
  gtk_widget_class_bind_template_child (widget_class, OpsItemPage, skills);
  gtk_widget_class_bind_template_child (widget_class, OpsItemPage, sources);
}

static void
ops_item_page_init (OpsItemPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
