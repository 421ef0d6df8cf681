/* ops-role-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-catalog.h"
#include "ops-link-section.h"
#include "ops-page-header.h"
#include "ops-role-page.h"
#include "ops-text-section.h"

struct _OpsRolePage
{
  OpsEntryPage        parent_instance;

  OpsPageHeader      *header;
  GtkWidget          *add_button;
  OpsTextSection     *responsibilities;
  OpsTextSection     *path;
  OpsLinkSection     *previous;
  OpsLinkSection     *next;
  OpsLinkSection     *skills;
  OpsLinkSection     *education;
  OpsLinkSection     *certifications;
  OpsTextSection     *titles;
  OpsLinkSection     *sources;
};

G_DEFINE_FINAL_TYPE (OpsRolePage, ops_role_page, OPS_TYPE_ENTRY_PAGE)

static char *
role_eyebrow (OpsRole *role)
{
  /* Translators: above a role's name; %s is its ladder stage, e.g. "Entry level" */
  return g_strdup_printf (_("Role · %s"), ops_catalog_item_get_name (OPS_CATALOG_ITEM (ops_role_get_stage (role))));
}

GtkWidget *
ops_role_page_new (OpsCatalogItem *item)
{
  g_return_val_if_fail (OPS_IS_ROLE (item), NULL);

  return g_object_new (OPS_TYPE_ROLE_PAGE, "item", item, NULL);
}

static void
ops_role_page_fill (OpsEntryPage   *page,
                        OpsCatalogItem *it)
{
  OpsRolePage *self = OPS_ROLE_PAGE (page);
  g_autofree char *eyebrow = role_eyebrow (OPS_ROLE (it));

  ops_page_header_set_item (self->header, it, eyebrow);
  ops_entry_page_set_plan_button (page, GTK_BUTTON (self->add_button));
  ops_text_section_set_texts (self->responsibilities, ops_role_get_responsibilities (OPS_ROLE (it)));
  ops_text_section_set_texts (self->path, ops_catalog_item_get_texts (it, "path"));
  ops_link_section_set_model (self->previous, ops_role_get_previous_roles (OPS_ROLE (it)));
  ops_link_section_set_model (self->next, ops_role_get_next_roles (OPS_ROLE (it)));
  ops_link_section_set_model (self->skills, ops_role_get_skills (OPS_ROLE (it)));
  ops_link_section_set_model (self->education, ops_role_get_education (OPS_ROLE (it)));
  ops_link_section_set_model (self->certifications, ops_role_get_certifications (OPS_ROLE (it)));
  ops_text_section_set_texts (self->titles, ops_role_get_titles (OPS_ROLE (it)));
  ops_link_section_set_model (self->sources, ops_catalog_item_get_sources (it));
}

static void
ops_role_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OPS_TYPE_ROLE_PAGE);

  G_OBJECT_CLASS (ops_role_page_parent_class)->dispose (object);
}

static void
ops_role_page_class_init (OpsRolePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_role_page_dispose;
  OPS_ENTRY_PAGE_CLASS (klass)->fill = ops_role_page_fill;

  g_type_ensure (OPS_TYPE_LINK_SECTION);
  g_type_ensure (OPS_TYPE_PAGE_HEADER);
  g_type_ensure (OPS_TYPE_TEXT_SECTION);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/browse/ops-role-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsRolePage, header);
  gtk_widget_class_bind_template_child (widget_class, OpsRolePage, add_button);
  gtk_widget_class_bind_template_child (widget_class, OpsRolePage, responsibilities);
  gtk_widget_class_bind_template_child (widget_class, OpsRolePage, path);
  gtk_widget_class_bind_template_child (widget_class, OpsRolePage, previous);
  gtk_widget_class_bind_template_child (widget_class, OpsRolePage, next);
  gtk_widget_class_bind_template_child (widget_class, OpsRolePage, skills);
  gtk_widget_class_bind_template_child (widget_class, OpsRolePage, education);
  gtk_widget_class_bind_template_child (widget_class, OpsRolePage, certifications);
  gtk_widget_class_bind_template_child (widget_class, OpsRolePage, titles);
  gtk_widget_class_bind_template_child (widget_class, OpsRolePage, sources);
}

static void
ops_role_page_init (OpsRolePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
