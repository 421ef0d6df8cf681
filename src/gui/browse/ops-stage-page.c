/* ops-stage-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-catalog.h"
#include "ops-link-section.h"
#include "ops-page-header.h"
#include "ops-stage-page.h"
#include "ops-text-section.h"

struct _OpsStagePage
{
  OpsEntryPage        parent_instance;

  OpsPageHeader      *header;
  OpsTextSection     *work;
  OpsLinkSection     *roles;
  OpsTextSection     *advance;
  OpsLinkSection     *sources;
};

G_DEFINE_FINAL_TYPE (OpsStagePage, ops_stage_page, OPS_TYPE_ENTRY_PAGE)

static char *
stage_eyebrow (OpsStage *stage)
{
  /* Translators: above a ladder stage's name; %u is its rung, 1 for the first */
  return g_strdup_printf (_("Ladder Stage %u"), ops_stage_get_rank (stage));
}

GtkWidget *
ops_stage_page_new (OpsCatalogItem *item)
{
  g_return_val_if_fail (OPS_IS_STAGE (item), NULL);

  return g_object_new (OPS_TYPE_STAGE_PAGE, "item", item, NULL);
}

static void
ops_stage_page_fill (OpsEntryPage   *page,
                         OpsCatalogItem *it)
{
  OpsStagePage *self = OPS_STAGE_PAGE (page);
  g_autofree char *eyebrow = stage_eyebrow (OPS_STAGE (it));

  ops_page_header_set_item (self->header, it, eyebrow);
  ops_text_section_set_texts (self->work, ops_stage_get_work (OPS_STAGE (it)));
  ops_link_section_set_model (self->roles, ops_stage_get_roles (OPS_STAGE (it)));
  ops_text_section_set_texts (self->advance, ops_stage_get_advance (OPS_STAGE (it)));
  ops_link_section_set_model (self->sources, ops_catalog_item_get_sources (it));
}

static void
ops_stage_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OPS_TYPE_STAGE_PAGE);

  G_OBJECT_CLASS (ops_stage_page_parent_class)->dispose (object);
}

static void
ops_stage_page_class_init (OpsStagePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_stage_page_dispose;
  OPS_ENTRY_PAGE_CLASS (klass)->fill = ops_stage_page_fill;

  g_type_ensure (OPS_TYPE_LINK_SECTION);
  g_type_ensure (OPS_TYPE_PAGE_HEADER);
  g_type_ensure (OPS_TYPE_TEXT_SECTION);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/browse/ops-stage-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsStagePage, header);
  gtk_widget_class_bind_template_child (widget_class, OpsStagePage, work);
  gtk_widget_class_bind_template_child (widget_class, OpsStagePage, roles);
  gtk_widget_class_bind_template_child (widget_class, OpsStagePage, advance);
  gtk_widget_class_bind_template_child (widget_class, OpsStagePage, sources);
}

static void
ops_stage_page_init (OpsStagePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
