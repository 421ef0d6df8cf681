/* ops-education.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-catalog-item.h"

G_BEGIN_DECLS

typedef enum
{
  OPS_EDUCATION_LEVEL_BACHELOR,
  OPS_EDUCATION_LEVEL_MASTER,
  OPS_EDUCATION_LEVEL_COURSEWORK,
} OpsEducationLevel;

#define OPS_TYPE_EDUCATION_LEVEL (ops_education_level_get_type ())
GType ops_education_level_get_type (void) G_GNUC_CONST;

#define OPS_TYPE_EDUCATION (ops_education_get_type ())

G_DECLARE_FINAL_TYPE (OpsEducation, ops_education, OPS, EDUCATION, OpsCatalogItem)

OpsEducationLevel   ops_education_get_level    (OpsEducation *self);
const char         *ops_education_get_pays_off (OpsEducation *self);
const char * const *ops_education_get_courses  (OpsEducation *self);
GListModel         *ops_education_get_roles    (OpsEducation *self);

G_END_DECLS
