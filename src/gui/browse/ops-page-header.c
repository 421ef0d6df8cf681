/* ops-page-header.c: the top of every catalog pane
 *
 * A small line saying what kind of entry this is, the entry's name as the
 * pane's heading, and its one-sentence summary.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-page-header.h"
#include "ops-role-label.h"

struct _OpsPageHeader
{
  GtkWidget  parent_instance;

  GtkLabel  *eyebrow;
  GtkLabel  *title;
  GtkLabel  *subtitle;
  GtkLabel  *summary;
};

G_DEFINE_FINAL_TYPE (OpsPageHeader, ops_page_header, GTK_TYPE_WIDGET)

/* Role names, and German texts that speak of roles ("Manager/innen"),
 * wrap as words, not after the slash of a gender suffix. */
static void
set_text_or_hide (GtkLabel   *label,
                  const char *text)
{
  ops_role_label_set (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && text[0] != '\0');
}

void
ops_page_header_set_item (OpsPageHeader  *self,
                          OpsCatalogItem *item,
                          const char     *eyebrow)
{
  g_return_if_fail (OPS_IS_PAGE_HEADER (self));
  g_return_if_fail (OPS_IS_CATALOG_ITEM (item));

  set_text_or_hide (self->eyebrow, eyebrow);
  set_text_or_hide (self->title, ops_catalog_item_get_name (item));
  /* Certifications are known by their acronym; spell it out beneath. */
  set_text_or_hide (self->subtitle, ops_catalog_item_get_text (item, "full-name"));
  set_text_or_hide (self->summary, ops_catalog_item_get_summary (item));
}

static void
ops_page_header_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OPS_TYPE_PAGE_HEADER);

  G_OBJECT_CLASS (ops_page_header_parent_class)->dispose (object);
}

static void
ops_page_header_class_init (OpsPageHeaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_page_header_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/browse/ops-page-header.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsPageHeader, eyebrow);
  gtk_widget_class_bind_template_child (widget_class, OpsPageHeader, title);
  gtk_widget_class_bind_template_child (widget_class, OpsPageHeader, subtitle);
  gtk_widget_class_bind_template_child (widget_class, OpsPageHeader, summary);
}

static void
ops_page_header_init (OpsPageHeader *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
