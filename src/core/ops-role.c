/* ops-role.c: a job on the operations career ladder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-role.h"

struct _OpsRole
{
  OpsCatalogItem parent_instance;
};

enum {
  PROP_0,
  PROP_STAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsRole, ops_role, OPS_TYPE_CATALOG_ITEM)

#define ITEM(self) OPS_CATALOG_ITEM (self)

/* (transfer none) */
OpsStage *
ops_role_get_stage (OpsRole *self)
{
  g_return_val_if_fail (OPS_IS_ROLE (self), NULL);

  return OPS_STAGE (ops_catalog_item_get_link (ITEM (self), "stage"));
}

/* (transfer none) (nullable): the specialist path the role is on, or
 * %NULL for a role on the trunk, the general operations ladder */
OpsBranch *
ops_role_get_branch (OpsRole *self)
{
  g_return_val_if_fail (OPS_IS_ROLE (self), NULL);

  return (OpsBranch *) ops_catalog_item_get_link (ITEM (self), "branch");
}

const char * const *
ops_role_get_responsibilities (OpsRole *self)
{
  g_return_val_if_fail (OPS_IS_ROLE (self), NULL);

  return ops_catalog_item_get_texts (ITEM (self), "responsibility");
}

/* Returns how people usually get into the role, or %NULL. */
const char *
ops_role_get_path (OpsRole *self)
{
  g_return_val_if_fail (OPS_IS_ROLE (self), NULL);

  return ops_catalog_item_get_text (ITEM (self), "path");
}

/* The following return catalog-ordered models. (transfer none) */
GListModel *
ops_role_get_skills (OpsRole *self)
{
  g_return_val_if_fail (OPS_IS_ROLE (self), NULL);

  return ops_catalog_item_get_links (ITEM (self), "skill");
}

GListModel *
ops_role_get_education (OpsRole *self)
{
  g_return_val_if_fail (OPS_IS_ROLE (self), NULL);

  return ops_catalog_item_get_links (ITEM (self), "education");
}

GListModel *
ops_role_get_certifications (OpsRole *self)
{
  g_return_val_if_fail (OPS_IS_ROLE (self), NULL);

  return ops_catalog_item_get_links (ITEM (self), "certification");
}

/* Where this role leads. */
GListModel *
ops_role_get_next_roles (OpsRole *self)
{
  g_return_val_if_fail (OPS_IS_ROLE (self), NULL);

  return ops_catalog_item_get_links (ITEM (self), "next");
}

/* The roles that lead here: "How to get here". */
GListModel *
ops_role_get_previous_roles (OpsRole *self)
{
  g_return_val_if_fail (OPS_IS_ROLE (self), NULL);

  return ops_catalog_item_get_referrers (ITEM (self), OPS_ITEM_KIND_ROLE, "next");
}

/* Typical job titles for the role, as seen in job ads. */
const char * const *
ops_role_get_titles (OpsRole *self)
{
  g_return_val_if_fail (OPS_IS_ROLE (self), NULL);

  return ops_catalog_item_get_texts (ITEM (self), "title");
}

static void
ops_role_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  OpsRole *self = OPS_ROLE (object);

  switch (prop_id)
    {
    case PROP_STAGE:
      g_value_set_object (value, ops_role_get_stage (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_role_class_init (OpsRoleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = ops_role_get_property;

  properties[PROP_STAGE] =
    g_param_spec_object ("stage", NULL, NULL, OPS_TYPE_STAGE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_role_init (OpsRole *self)
{
}
