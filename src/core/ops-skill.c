/* ops-skill.c: a hard or soft skill the ladder asks for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-skill.h"

struct _OpsSkill
{
  OpsCatalogItem parent_instance;
};

enum {
  PROP_0,
  PROP_SKILL_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsSkill, ops_skill, OPS_TYPE_CATALOG_ITEM)

G_DEFINE_ENUM_TYPE (OpsSkillKind, ops_skill_kind,
  G_DEFINE_ENUM_VALUE (OPS_SKILL_KIND_HARD, "hard"),
  G_DEFINE_ENUM_VALUE (OPS_SKILL_KIND_SOFT, "soft"))

#define ITEM(self) OPS_CATALOG_ITEM (self)

OpsSkillKind
ops_skill_get_skill_kind (OpsSkill *self)
{
  g_return_val_if_fail (OPS_IS_SKILL (self), OPS_SKILL_KIND_HARD);

  return g_strcmp0 (ops_catalog_item_get_text (ITEM (self), "kind"), "soft") == 0
         ? OPS_SKILL_KIND_SOFT : OPS_SKILL_KIND_HARD;
}

/* Details such as the phases of a method, in order. */
const char * const *
ops_skill_get_details (OpsSkill *self)
{
  g_return_val_if_fail (OPS_IS_SKILL (self), NULL);

  return ops_catalog_item_get_texts (ITEM (self), "detail");
}

/* The roles that ask for this skill. (transfer none) */
GListModel *
ops_skill_get_roles (OpsSkill *self)
{
  g_return_val_if_fail (OPS_IS_SKILL (self), NULL);

  return ops_catalog_item_get_referrers (ITEM (self), OPS_ITEM_KIND_ROLE, "skill");
}

/* The certifications that build this skill. (transfer none) */
GListModel *
ops_skill_get_certifications (OpsSkill *self)
{
  g_return_val_if_fail (OPS_IS_SKILL (self), NULL);

  return ops_catalog_item_get_referrers (ITEM (self), OPS_ITEM_KIND_CERTIFICATION, "skill");
}

static void
ops_skill_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  OpsSkill *self = OPS_SKILL (object);

  switch (prop_id)
    {
    case PROP_SKILL_KIND:
      g_value_set_enum (value, ops_skill_get_skill_kind (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_skill_class_init (OpsSkillClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = ops_skill_get_property;

  properties[PROP_SKILL_KIND] =
    g_param_spec_enum ("skill-kind", NULL, NULL, OPS_TYPE_SKILL_KIND, OPS_SKILL_KIND_HARD,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_skill_init (OpsSkill *self)
{
}
