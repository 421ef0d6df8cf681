/* ops-stage.c: one rung of the operations career ladder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-stage.h"

struct _OpsStage
{
  OpsCatalogItem parent_instance;
};

enum {
  PROP_0,
  PROP_RANK,
  PROP_N_ROLES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsStage, ops_stage, OPS_TYPE_CATALOG_ITEM)

/* Returns the stage's position on the ladder, 1 for the first rung. */
guint
ops_stage_get_rank (OpsStage *self)
{
  const char *rank;

  g_return_val_if_fail (OPS_IS_STAGE (self), 0);

  /* The loader has checked that the rank is a positive number. */
  rank = ops_catalog_item_get_text (OPS_CATALOG_ITEM (self), "rank");

  return rank ? (guint) g_ascii_strtoull (rank, NULL, 10) : 0;
}

/* Returns the roles at this stage, in catalog order. (transfer none) */
GListModel *
ops_stage_get_roles (OpsStage *self)
{
  g_return_val_if_fail (OPS_IS_STAGE (self), NULL);

  return ops_catalog_item_get_referrers (OPS_CATALOG_ITEM (self), OPS_ITEM_KIND_ROLE, "stage");
}

const char * const *
ops_stage_get_work (OpsStage *self)
{
  g_return_val_if_fail (OPS_IS_STAGE (self), NULL);

  return ops_catalog_item_get_texts (OPS_CATALOG_ITEM (self), "work");
}

const char * const *
ops_stage_get_advance (OpsStage *self)
{
  g_return_val_if_fail (OPS_IS_STAGE (self), NULL);

  return ops_catalog_item_get_texts (OPS_CATALOG_ITEM (self), "advance");
}

static void
ops_stage_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  OpsStage *self = OPS_STAGE (object);

  switch (prop_id)
    {
    case PROP_RANK:
      g_value_set_uint (value, ops_stage_get_rank (self));
      break;

    case PROP_N_ROLES:
      g_value_set_uint (value, g_list_model_get_n_items (ops_stage_get_roles (self)));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_stage_class_init (OpsStageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = ops_stage_get_property;

  properties[PROP_RANK] =
    g_param_spec_uint ("rank", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_ROLES] =
    g_param_spec_uint ("n-roles", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_stage_init (OpsStage *self)
{
}
