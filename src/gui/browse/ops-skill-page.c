/* ops-skill-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-catalog.h"
#include "ops-link-section.h"
#include "ops-page-header.h"
#include "ops-skill-page.h"
#include "ops-text-section.h"

struct _OpsSkillPage
{
  OpsEntryPage        parent_instance;

  OpsPageHeader      *header;
  GtkWidget          *add_button;
  OpsTextSection     *details;
  OpsLinkSection     *roles;
  OpsLinkSection     *certifications;
  OpsLinkSection     *sources;
};

G_DEFINE_FINAL_TYPE (OpsSkillPage, ops_skill_page, OPS_TYPE_ENTRY_PAGE)

static char *
skill_eyebrow (OpsSkill *skill)
{
  return g_strdup (ops_skill_get_skill_kind (skill) == OPS_SKILL_KIND_SOFT ? _("Soft Skill") : _("Hard Skill"));
}

GtkWidget *
ops_skill_page_new (OpsCatalogItem *item)
{
  g_return_val_if_fail (OPS_IS_SKILL (item), NULL);

  return g_object_new (OPS_TYPE_SKILL_PAGE, "item", item, NULL);
}

static void
ops_skill_page_fill (OpsEntryPage   *page,
                         OpsCatalogItem *it)
{
  OpsSkillPage *self = OPS_SKILL_PAGE (page);
  g_autofree char *eyebrow = skill_eyebrow (OPS_SKILL (it));

  ops_page_header_set_item (self->header, it, eyebrow);
  ops_entry_page_set_plan_button (page, GTK_BUTTON (self->add_button));
  ops_text_section_set_texts (self->details, ops_skill_get_details (OPS_SKILL (it)));
  ops_link_section_set_model (self->roles, ops_skill_get_roles (OPS_SKILL (it)));
  ops_link_section_set_model (self->certifications, ops_skill_get_certifications (OPS_SKILL (it)));
  ops_link_section_set_model (self->sources, ops_catalog_item_get_sources (it));
}

static void
ops_skill_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OPS_TYPE_SKILL_PAGE);

  G_OBJECT_CLASS (ops_skill_page_parent_class)->dispose (object);
}

static void
ops_skill_page_class_init (OpsSkillPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_skill_page_dispose;
  OPS_ENTRY_PAGE_CLASS (klass)->fill = ops_skill_page_fill;

  g_type_ensure (OPS_TYPE_LINK_SECTION);
  g_type_ensure (OPS_TYPE_PAGE_HEADER);
  g_type_ensure (OPS_TYPE_TEXT_SECTION);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/browse/ops-skill-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsSkillPage, header);
  gtk_widget_class_bind_template_child (widget_class, OpsSkillPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, OpsSkillPage, details);
  gtk_widget_class_bind_template_child (widget_class, OpsSkillPage, roles);
  gtk_widget_class_bind_template_child (widget_class, OpsSkillPage, certifications);
  gtk_widget_class_bind_template_child (widget_class, OpsSkillPage, sources);
}

static void
ops_skill_page_init (OpsSkillPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
