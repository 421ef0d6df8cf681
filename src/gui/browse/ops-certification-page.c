/* ops-certification-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-catalog.h"
#include "ops-comparison.h"
#include "ops-link-section.h"
#include "ops-page-header.h"
#include "ops-certification-page.h"
#include "ops-text-section.h"

struct _OpsCertificationPage
{
  OpsEntryPage        parent_instance;

  OpsPageHeader      *header;
  GtkWidget          *add_button;
  OpsTextSection     *focus;
  OpsTextSection     *suits;
  OpsTextSection     *prepares;
  OpsTextSection     *eligibility;
  OpsTextSection     *exam;
  OpsTextSection     *renewal;
  OpsTextSection     *cost;
  OpsTextSection     *topics;
  OpsLinkSection     *roles;
  OpsLinkSection     *skills;
  GtkWidget          *comparison_section;
  GtkLabel           *comparison_heading;
  OpsComparison      *comparison;
  OpsLinkSection     *sources;
};

G_DEFINE_FINAL_TYPE (OpsCertificationPage, ops_certification_page, OPS_TYPE_ENTRY_PAGE)

static char *
cert_eyebrow (OpsCertification *cert)
{
  OpsCatalogItem *issuer = ops_certification_get_issuer (cert);
  const char *by;

  /* Many bodies award the Lean Six Sigma belts: naming one would mislead. */
  if (issuer == NULL)
    /* Translators: above the name of a certification that many bodies award */
    return g_strdup (_("Certification"));

  by = ops_catalog_item_get_text (issuer, "short-name");
  /* Translators: above a certification's name; %s is who awards it, e.g. "ASCM" */
  return g_strdup_printf (_("Certification · %s"), by ? by : ops_catalog_item_get_name (issuer));
}

/* The getters return one string; sections take a list. */
#define single(text) ((const char * const[]) { (text), NULL })

/* A section of a comparison card: its heading and its text, one row of
 * the card so that it lines up with the same section of the other card. */
static GtkWidget *
comparison_section (const char *heading,
                    const char *text)
{
  GtkWidget *section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading_label = gtk_label_new (heading);
  GtkWidget *text_label = gtk_label_new (text);

  gtk_widget_set_margin_top (section, 6);
  gtk_label_set_xalign (GTK_LABEL (heading_label), 0);
  gtk_widget_add_css_class (heading_label, "caption-heading");
  gtk_label_set_xalign (GTK_LABEL (text_label), 0);
  gtk_label_set_wrap (GTK_LABEL (text_label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (text_label), 22);
  gtk_box_append (GTK_BOX (section), heading_label);
  gtk_box_append (GTK_BOX (section), text_label);

  return section;
}

static GtkWidget *
comparison_card (OpsCertification *cert,
                 gboolean          is_this)
{
  OpsCatalogItem *item = OPS_CATALOG_ITEM (cert);
  struct { const char *heading; const char *text; } rows[] = {
    { _("Focus"), ops_certification_get_focus (cert) },
    { _("Who It Suits"), ops_certification_get_suits (cert) },
    { _("Prepares You For"), ops_certification_get_prepares (cert) },
  };
  OpsComparisonCard *card = OPS_COMPARISON_CARD (ops_comparison_card_new ());
  GtkWidget *name = gtk_label_new (ops_catalog_item_get_name (item));

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_add_css_class (name, "title-3");
  ops_comparison_card_append (card, name);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    ops_comparison_card_append (card, comparison_section (rows[i].heading, rows[i].text));

  if (!is_this)
    {
      g_autofree char *label = g_strdup_printf (_("Open %s"), ops_catalog_item_get_name (item));
      GtkWidget *button = gtk_button_new_with_label (label);

      /* At the foot of the card, whatever the texts' lengths: the cards of
       * a line are as tall as each other. */
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_set_valign (button, GTK_ALIGN_END);
      gtk_widget_set_margin_top (button, 12);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-item");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", ops_catalog_item_get_id (item));
      ops_comparison_card_append (card, button);
    }

  return GTK_WIDGET (card);
}

static void
fill_comparison (OpsCertificationPage *self,
                 OpsCertification     *cert)
{
  OpsCertification *other = ops_certification_get_counterpart (cert);
  g_autofree char *heading = NULL;

  gtk_widget_set_visible (self->comparison_section, other != NULL);
  if (other == NULL)
    return;

  /* The comparison already shows this certification's focus, audience and
   * outcome; saying it twice would push the rest of the pane down. */
  gtk_widget_set_visible (GTK_WIDGET (self->focus), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->suits), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->prepares), FALSE);

  /* Translators: heading of a side-by-side comparison, e.g. "CPIM or CSCP?" */
  heading = g_strdup_printf (_("%s or %s?"), ops_catalog_item_get_name (OPS_CATALOG_ITEM (cert)),
                             ops_catalog_item_get_name (OPS_CATALOG_ITEM (other)));
  gtk_label_set_text (self->comparison_heading, heading);
  ops_comparison_append (self->comparison, OPS_COMPARISON_CARD (comparison_card (cert, TRUE)));
  ops_comparison_append (self->comparison, OPS_COMPARISON_CARD (comparison_card (other, FALSE)));
}

/* Who may sit it, the exam, keeping it, and the price where a source gives
 * one. Without a price the pane says where to find it rather than leave
 * the reader guessing whether it is free. */
static void
fill_requirements (OpsCertificationPage *self,
                   OpsCertification     *cert)
{
  GListModel *sources = ops_catalog_item_get_sources (OPS_CATALOG_ITEM (cert));
  const char *cost = ops_certification_get_cost (cert);

  ops_text_section_set_texts (self->eligibility, single (ops_certification_get_eligibility (cert)));
  ops_text_section_set_texts (self->exam, ops_certification_get_exams (cert));
  ops_text_section_set_texts (self->renewal, single (ops_certification_get_renewal (cert)));
  if (cost == NULL && g_list_model_get_n_items (sources) > 0)
    cost = _("Fees change and often differ for members; the pages under Sources give the current ones.");
  ops_text_section_set_texts (self->cost, single (cost));
  ops_link_section_set_model (self->sources, sources);
}

GtkWidget *
ops_certification_page_new (OpsCatalogItem *item)
{
  g_return_val_if_fail (OPS_IS_CERTIFICATION (item), NULL);

  return g_object_new (OPS_TYPE_CERTIFICATION_PAGE, "item", item, NULL);
}

static void
ops_certification_page_fill (OpsEntryPage   *page,
                                 OpsCatalogItem *it)
{
  OpsCertificationPage *self = OPS_CERTIFICATION_PAGE (page);
  g_autofree char *eyebrow = cert_eyebrow (OPS_CERTIFICATION (it));

  ops_page_header_set_item (self->header, it, eyebrow);
  ops_entry_page_set_plan_button (page, GTK_BUTTON (self->add_button));
  ops_text_section_set_texts (self->focus, single (ops_certification_get_focus (OPS_CERTIFICATION (it))));
  ops_text_section_set_texts (self->suits, single (ops_certification_get_suits (OPS_CERTIFICATION (it))));
  ops_text_section_set_texts (self->prepares, single (ops_certification_get_prepares (OPS_CERTIFICATION (it))));
  ops_text_section_set_texts (self->topics, ops_certification_get_topics (OPS_CERTIFICATION (it)));
  ops_link_section_set_model (self->roles, ops_certification_get_roles (OPS_CERTIFICATION (it)));
  ops_link_section_set_model (self->skills, ops_certification_get_skills (OPS_CERTIFICATION (it)));
  fill_comparison (self, OPS_CERTIFICATION (it));
  fill_requirements (self, OPS_CERTIFICATION (it));
}

static void
ops_certification_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OPS_TYPE_CERTIFICATION_PAGE);

  G_OBJECT_CLASS (ops_certification_page_parent_class)->dispose (object);
}

static void
ops_certification_page_class_init (OpsCertificationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_certification_page_dispose;
  OPS_ENTRY_PAGE_CLASS (klass)->fill = ops_certification_page_fill;

  g_type_ensure (OPS_TYPE_COMPARISON);
  g_type_ensure (OPS_TYPE_LINK_SECTION);
  g_type_ensure (OPS_TYPE_PAGE_HEADER);
  g_type_ensure (OPS_TYPE_TEXT_SECTION);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/browse/ops-certification-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsCertificationPage, header);
  gtk_widget_class_bind_template_child (widget_class, OpsCertificationPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, OpsCertificationPage, focus);
  gtk_widget_class_bind_template_child (widget_class, OpsCertificationPage, suits);
  gtk_widget_class_bind_template_child (widget_class, OpsCertificationPage, prepares);
  gtk_widget_class_bind_template_child (widget_class, OpsCertificationPage, eligibility);
  gtk_widget_class_bind_template_child (widget_class, OpsCertificationPage, exam);
  gtk_widget_class_bind_template_child (widget_class, OpsCertificationPage, renewal);
  gtk_widget_class_bind_template_child (widget_class, OpsCertificationPage, cost);
  gtk_widget_class_bind_template_child (widget_class, OpsCertificationPage, topics);
  gtk_widget_class_bind_template_child (widget_class, OpsCertificationPage, roles);
  gtk_widget_class_bind_template_child (widget_class, OpsCertificationPage, skills);
  gtk_widget_class_bind_template_child (widget_class, OpsCertificationPage, comparison_section);
  gtk_widget_class_bind_template_child (widget_class, OpsCertificationPage, comparison_heading);
  gtk_widget_class_bind_template_child (widget_class, OpsCertificationPage, comparison);
  gtk_widget_class_bind_template_child (widget_class, OpsCertificationPage, sources);
}

static void
ops_certification_page_init (OpsCertificationPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
