/* ops-certification.c: a professional credential such as CPIM
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-certification.h"

struct _OpsCertification
{
  OpsCatalogItem parent_instance;
};

enum {
  PROP_0,
  PROP_FULL_NAME,
  PROP_COUNTERPART,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsCertification, ops_certification, OPS_TYPE_CATALOG_ITEM)

#define ITEM(self) OPS_CATALOG_ITEM (self)

const char *
ops_certification_get_full_name (OpsCertification *self)
{
  g_return_val_if_fail (OPS_IS_CERTIFICATION (self), NULL);

  return ops_catalog_item_get_text (ITEM (self), "full-name");
}

/* The organization that awards it, or %NULL for a credential that many
 * bodies award under one name, such as the Lean Six Sigma belts.
 * (transfer none) */
OpsCatalogItem *
ops_certification_get_issuer (OpsCertification *self)
{
  g_return_val_if_fail (OPS_IS_CERTIFICATION (self), NULL);

  return ops_catalog_item_get_link (ITEM (self), "issuer");
}

/* The credential people weigh this one against (CPIM and CSCP), or %NULL.
 * (transfer none) */
OpsCertification *
ops_certification_get_counterpart (OpsCertification *self)
{
  g_return_val_if_fail (OPS_IS_CERTIFICATION (self), NULL);

  return (OpsCertification *) ops_catalog_item_get_link (ITEM (self), "counterpart");
}

const char *
ops_certification_get_focus (OpsCertification *self)
{
  g_return_val_if_fail (OPS_IS_CERTIFICATION (self), NULL);

  return ops_catalog_item_get_text (ITEM (self), "focus");
}

const char *
ops_certification_get_suits (OpsCertification *self)
{
  g_return_val_if_fail (OPS_IS_CERTIFICATION (self), NULL);

  return ops_catalog_item_get_text (ITEM (self), "suits");
}

const char *
ops_certification_get_prepares (OpsCertification *self)
{
  g_return_val_if_fail (OPS_IS_CERTIFICATION (self), NULL);

  return ops_catalog_item_get_text (ITEM (self), "prepares");
}

const char * const *
ops_certification_get_topics (OpsCertification *self)
{
  g_return_val_if_fail (OPS_IS_CERTIFICATION (self), NULL);

  return ops_catalog_item_get_texts (ITEM (self), "topic");
}

/* (transfer none) */
GListModel *
ops_certification_get_skills (OpsCertification *self)
{
  g_return_val_if_fail (OPS_IS_CERTIFICATION (self), NULL);

  return ops_catalog_item_get_links (ITEM (self), "skill");
}

/* The roles this certification helps. (transfer none) */
GListModel *
ops_certification_get_roles (OpsCertification *self)
{
  g_return_val_if_fail (OPS_IS_CERTIFICATION (self), NULL);

  return ops_catalog_item_get_referrers (ITEM (self), OPS_ITEM_KIND_ROLE, "certification");
}

/* Who may sit the exam. */
const char *
ops_certification_get_eligibility (OpsCertification *self)
{
  g_return_val_if_fail (OPS_IS_CERTIFICATION (self), NULL);

  return ops_catalog_item_get_text (ITEM (self), "eligibility");
}

/* How the exam runs, one to three paragraphs: parts, questions, time,
 * where. Never %NULL. */
const char * const *
ops_certification_get_exams (OpsCertification *self)
{
  g_return_val_if_fail (OPS_IS_CERTIFICATION (self), NULL);

  return ops_catalog_item_get_texts (ITEM (self), "exam");
}

/* How long it stays valid and what keeping it takes. */
const char *
ops_certification_get_renewal (OpsCertification *self)
{
  g_return_val_if_fail (OPS_IS_CERTIFICATION (self), NULL);

  return ops_catalog_item_get_text (ITEM (self), "renewal");
}

static guint
renewal_number (OpsCertification *self,
                const char       *field)
{
  const char *text = ops_catalog_item_get_text (ITEM (self), field);

  /* The loader has checked it is a positive whole number. */
  return text != NULL ? (guint) g_ascii_strtoull (text, NULL, 10) : 0;
}

/* The length of a renewal cycle in years, or 0 for a credential that does
 * not lapse (or whose cycle the catalog does not give). */
guint
ops_certification_get_renewal_years (OpsCertification *self)
{
  g_return_val_if_fail (OPS_IS_CERTIFICATION (self), 0);

  return renewal_number (self, "renewal-years");
}

/* Points or hours needed per renewal cycle, or 0 when none are asked. */
guint
ops_certification_get_renewal_points (OpsCertification *self)
{
  g_return_val_if_fail (OPS_IS_CERTIFICATION (self), 0);

  return renewal_number (self, "renewal-points");
}

/* What the renewal points are counted in. */
OpsRenewalUnit
ops_certification_get_renewal_unit (OpsCertification *self)
{
  const char *unit;

  g_return_val_if_fail (OPS_IS_CERTIFICATION (self), OPS_RENEWAL_UNIT_UNNAMED);

  /* The loader lets only these four through. */
  unit = ops_catalog_item_get_text (ITEM (self), "renewal-unit");
  if (g_strcmp0 (unit, "points") == 0)
    return OPS_RENEWAL_UNIT_POINTS;
  if (g_strcmp0 (unit, "hours") == 0)
    return OPS_RENEWAL_UNIT_HOURS;
  if (g_strcmp0 (unit, "units") == 0)
    return OPS_RENEWAL_UNIT_UNITS;
  if (g_strcmp0 (unit, "pdus") == 0)
    return OPS_RENEWAL_UNIT_PDUS;

  return OPS_RENEWAL_UNIT_UNNAMED;
}

/* What it costs, as the source gave it and when, or %NULL: then the
 * sources are where to look. */
const char *
ops_certification_get_cost (OpsCertification *self)
{
  g_return_val_if_fail (OPS_IS_CERTIFICATION (self), NULL);

  return ops_catalog_item_get_text (ITEM (self), "cost");
}

static void
ops_certification_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OpsCertification *self = OPS_CERTIFICATION (object);

  switch (prop_id)
    {
    case PROP_FULL_NAME:
      g_value_set_string (value, ops_certification_get_full_name (self));
      break;

    case PROP_COUNTERPART:
      g_value_set_object (value, ops_certification_get_counterpart (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_certification_class_init (OpsCertificationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = ops_certification_get_property;

  properties[PROP_FULL_NAME] =
    g_param_spec_string ("full-name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_COUNTERPART] =
    g_param_spec_object ("counterpart", NULL, NULL, OPS_TYPE_CERTIFICATION,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_certification_init (OpsCertification *self)
{
}
