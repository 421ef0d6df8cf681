/* ops-plan-gap-entry.c: one thing the target role asks for, and where the
 * plan stands on it
 *
 * A snapshot made by ops_plan_compute_gap(): it does not follow later edits
 * of the plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-certification.h"
#include "ops-credential.h"
#include "ops-pace.h"
#include "ops-plan-gap-entry.h"

struct _OpsPlanGapEntry
{
  GObject         parent_instance;

  OpsCatalogItem *catalog_item;
  OpsPlanItem    *plan_item;
  OpsAchievement *evidence;
  gboolean        finished;
  gboolean        lapsed;
};

enum {
  PROP_0,
  PROP_CATALOG_ITEM,
  PROP_PLAN_ITEM,
  PROP_EVIDENCE,
  PROP_COVERED,
  PROP_FINISHED,
  PROP_LAPSED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsPlanGapEntry, ops_plan_gap_entry, G_TYPE_OBJECT)

/* A certification the plan holds as done, whose credential has lapsed
 * on @today by the catalog's renewal rules. */
static gboolean
has_lapsed (OpsCatalogItem *catalog_item,
            OpsPlanItem    *plan_item,
            guint32         today)
{
  OpsCredentialStatus status;
  GDateTime *earned;

  if (!OPS_IS_CERTIFICATION (catalog_item) || plan_item == NULL ||
      ops_plan_item_get_status (plan_item) != OPS_PLAN_ITEM_STATUS_DONE)
    return FALSE;
  earned = ops_plan_item_get_completion_date (plan_item);
  if (earned == NULL)
    return FALSE;

  ops_credential_compute (ops_pace_day_from_date (earned),
                          ops_certification_get_renewal_years (OPS_CERTIFICATION (catalog_item)),
                          ops_certification_get_renewal_points (OPS_CERTIFICATION (catalog_item)),
                          ops_certification_get_renewal_unit (OPS_CERTIFICATION (catalog_item)),
                          ops_plan_item_get_credential_log (plan_item), today, &status);

  return status.state == OPS_CREDENTIAL_STATE_LAPSED;
}

/**
 * ops_plan_gap_entry_new:
 * @catalog_item: a skill, certification or education entry
 * @plan_item: (nullable): the plan's item for it, if the plan has one
 *
 * Returns: (transfer full): the entry
 */
OpsPlanGapEntry *
ops_plan_gap_entry_new (OpsCatalogItem *catalog_item,
                        OpsPlanItem    *plan_item)
{
  return ops_plan_gap_entry_new_with_evidence (catalog_item, plan_item, NULL, ops_credential_today ());
}

/**
 * ops_plan_gap_entry_new_with_evidence:
 * @catalog_item: a skill, certification or education entry
 * @plan_item: (nullable): the plan's item for it, if the plan has one
 * @evidence: (nullable): an achievement of the plan that shows the skill
 * @today: the day to judge a credential's lapse from (a Julian day): an
 *   export judges from its own date, not from the clock
 *
 * An achievement is proof that the person has the skill, so with one the
 * entry is covered and finished whatever the item says. A certification
 * whose credential has lapsed is missing again, as if the plan had no item
 * for it: the role asks for a valid one.
 *
 * Returns: (transfer full): the entry
 */
OpsPlanGapEntry *
ops_plan_gap_entry_new_with_evidence (OpsCatalogItem *catalog_item,
                                      OpsPlanItem    *plan_item,
                                      OpsAchievement *evidence,
                                      guint32         today)
{
  OpsPlanGapEntry *self;

  g_return_val_if_fail (OPS_IS_CATALOG_ITEM (catalog_item), NULL);
  g_return_val_if_fail (plan_item == NULL || OPS_IS_PLAN_ITEM (plan_item), NULL);
  g_return_val_if_fail (evidence == NULL || OPS_IS_ACHIEVEMENT (evidence), NULL);

  self = g_object_new (OPS_TYPE_PLAN_GAP_ENTRY, NULL);
  self->catalog_item = g_object_ref (catalog_item);
  self->plan_item = plan_item ? g_object_ref (plan_item) : NULL;
  self->evidence = evidence ? g_object_ref (evidence) : NULL;
  self->lapsed = has_lapsed (catalog_item, plan_item, today);
  self->finished = evidence != NULL ||
                   (plan_item != NULL && ops_plan_item_get_status (plan_item) == OPS_PLAN_ITEM_STATUS_DONE &&
                    !self->lapsed);

  return self;
}

/* The achievement that shows the skill, or %NULL. (transfer none) */
OpsAchievement *
ops_plan_gap_entry_get_evidence (OpsPlanGapEntry *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_GAP_ENTRY (self), NULL);

  return self->evidence;
}

/* (transfer none) */
OpsCatalogItem *
ops_plan_gap_entry_get_catalog_item (OpsPlanGapEntry *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_GAP_ENTRY (self), NULL);

  return self->catalog_item;
}

/* The plan's item for the entry, or %NULL. (transfer none) */
OpsPlanItem *
ops_plan_gap_entry_get_plan_item (OpsPlanGapEntry *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_GAP_ENTRY (self), NULL);

  return self->plan_item;
}

/* Whether the plan has an item for the entry, whatever its status (but
 * not a lapsed credential), or an achievement that shows it. */
gboolean
ops_plan_gap_entry_get_covered (OpsPlanGapEntry *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_GAP_ENTRY (self), FALSE);

  return (self->plan_item != NULL && !self->lapsed) || self->evidence != NULL;
}

/* Whether the plan's item is a certification earned once whose credential
 * has lapsed: missing again, though the plan has an item for it. */
gboolean
ops_plan_gap_entry_get_lapsed (OpsPlanGapEntry *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_GAP_ENTRY (self), FALSE);

  return self->lapsed;
}

/* Whether that item is done, or an achievement shows the entry. A skipped
 * item is covered but not finished: the role still asks for it. */
gboolean
ops_plan_gap_entry_get_finished (OpsPlanGapEntry *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_GAP_ENTRY (self), FALSE);

  return self->finished;
}

static void
ops_plan_gap_entry_dispose (GObject *object)
{
  OpsPlanGapEntry *self = OPS_PLAN_GAP_ENTRY (object);

  g_clear_object (&self->catalog_item);
  g_clear_object (&self->plan_item);
  g_clear_object (&self->evidence);

  G_OBJECT_CLASS (ops_plan_gap_entry_parent_class)->dispose (object);
}

static void
ops_plan_gap_entry_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OpsPlanGapEntry *self = OPS_PLAN_GAP_ENTRY (object);

  switch (prop_id)
    {
    case PROP_CATALOG_ITEM:
      g_value_set_object (value, self->catalog_item);
      break;
    case PROP_PLAN_ITEM:
      g_value_set_object (value, self->plan_item);
      break;
    case PROP_EVIDENCE:
      g_value_set_object (value, self->evidence);
      break;
    case PROP_COVERED:
      g_value_set_boolean (value, ops_plan_gap_entry_get_covered (self));
      break;
    case PROP_FINISHED:
      g_value_set_boolean (value, self->finished);
      break;
    case PROP_LAPSED:
      g_value_set_boolean (value, self->lapsed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_plan_gap_entry_class_init (OpsPlanGapEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = ops_plan_gap_entry_dispose;
  object_class->get_property = ops_plan_gap_entry_get_property;

  properties[PROP_CATALOG_ITEM] =
    g_param_spec_object ("catalog-item", NULL, NULL, OPS_TYPE_CATALOG_ITEM, flags);
  properties[PROP_PLAN_ITEM] =
    g_param_spec_object ("plan-item", NULL, NULL, OPS_TYPE_PLAN_ITEM, flags);
  properties[PROP_EVIDENCE] =
    g_param_spec_object ("evidence", NULL, NULL, OPS_TYPE_ACHIEVEMENT, flags);
  properties[PROP_COVERED] =
    g_param_spec_boolean ("covered", NULL, NULL, FALSE, flags);
  properties[PROP_FINISHED] =
    g_param_spec_boolean ("finished", NULL, NULL, FALSE, flags);
  properties[PROP_LAPSED] =
    g_param_spec_boolean ("lapsed", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_plan_gap_entry_init (OpsPlanGapEntry *self)
{
}
