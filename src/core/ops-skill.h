/* ops-skill.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-catalog-item.h"

G_BEGIN_DECLS

typedef enum
{
  OPS_SKILL_KIND_HARD,
  OPS_SKILL_KIND_SOFT,
} OpsSkillKind;

#define OPS_TYPE_SKILL_KIND (ops_skill_kind_get_type ())
GType ops_skill_kind_get_type (void) G_GNUC_CONST;

#define OPS_TYPE_SKILL (ops_skill_get_type ())

G_DECLARE_FINAL_TYPE (OpsSkill, ops_skill, OPS, SKILL, OpsCatalogItem)

OpsSkillKind        ops_skill_get_skill_kind     (OpsSkill *self);
const char * const *ops_skill_get_details        (OpsSkill *self);
GListModel         *ops_skill_get_roles          (OpsSkill *self);
GListModel         *ops_skill_get_certifications (OpsSkill *self);

G_END_DECLS
