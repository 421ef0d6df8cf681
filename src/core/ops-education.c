/* ops-education.c: a degree or a body of coursework
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-education.h"

struct _OpsEducation
{
  OpsCatalogItem parent_instance;
};

enum {
  PROP_0,
  PROP_LEVEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsEducation, ops_education, OPS_TYPE_CATALOG_ITEM)

G_DEFINE_ENUM_TYPE (OpsEducationLevel, ops_education_level,
  G_DEFINE_ENUM_VALUE (OPS_EDUCATION_LEVEL_BACHELOR, "bachelor"),
  G_DEFINE_ENUM_VALUE (OPS_EDUCATION_LEVEL_MASTER, "master"),
  G_DEFINE_ENUM_VALUE (OPS_EDUCATION_LEVEL_COURSEWORK, "coursework"))

#define ITEM(self) OPS_CATALOG_ITEM (self)

OpsEducationLevel
ops_education_get_level (OpsEducation *self)
{
  const char *level;

  g_return_val_if_fail (OPS_IS_EDUCATION (self), OPS_EDUCATION_LEVEL_BACHELOR);

  level = ops_catalog_item_get_text (ITEM (self), "level");
  if (g_strcmp0 (level, "master") == 0)
    return OPS_EDUCATION_LEVEL_MASTER;
  if (g_strcmp0 (level, "coursework") == 0)
    return OPS_EDUCATION_LEVEL_COURSEWORK;

  return OPS_EDUCATION_LEVEL_BACHELOR;
}

/* When the degree pays off, or %NULL. */
const char *
ops_education_get_pays_off (OpsEducation *self)
{
  g_return_val_if_fail (OPS_IS_EDUCATION (self), NULL);

  return ops_catalog_item_get_text (ITEM (self), "pays-off");
}

const char * const *
ops_education_get_courses (OpsEducation *self)
{
  g_return_val_if_fail (OPS_IS_EDUCATION (self), NULL);

  return ops_catalog_item_get_texts (ITEM (self), "course");
}

/* The roles this education prepares for. (transfer none) */
GListModel *
ops_education_get_roles (OpsEducation *self)
{
  g_return_val_if_fail (OPS_IS_EDUCATION (self), NULL);

  return ops_catalog_item_get_referrers (ITEM (self), OPS_ITEM_KIND_ROLE, "education");
}

static void
ops_education_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  OpsEducation *self = OPS_EDUCATION (object);

  switch (prop_id)
    {
    case PROP_LEVEL:
      g_value_set_enum (value, ops_education_get_level (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_education_class_init (OpsEducationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = ops_education_get_property;

  properties[PROP_LEVEL] =
    g_param_spec_enum ("level", NULL, NULL, OPS_TYPE_EDUCATION_LEVEL, OPS_EDUCATION_LEVEL_BACHELOR,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_education_init (OpsEducation *self)
{
}
