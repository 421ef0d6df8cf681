/* ops-role.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-catalog-item.h"

#include "ops-branch.h"
#include "ops-stage.h"

G_BEGIN_DECLS

#define OPS_TYPE_ROLE (ops_role_get_type ())

G_DECLARE_FINAL_TYPE (OpsRole, ops_role, OPS, ROLE, OpsCatalogItem)

OpsStage           *ops_role_get_stage            (OpsRole *self);
OpsBranch          *ops_role_get_branch           (OpsRole *self);
const char * const *ops_role_get_responsibilities (OpsRole *self);
const char         *ops_role_get_path             (OpsRole *self);
GListModel         *ops_role_get_skills           (OpsRole *self);
GListModel         *ops_role_get_education        (OpsRole *self);
GListModel         *ops_role_get_certifications   (OpsRole *self);
GListModel         *ops_role_get_next_roles       (OpsRole *self);
GListModel         *ops_role_get_previous_roles   (OpsRole *self);
const char * const *ops_role_get_titles           (OpsRole *self);

G_END_DECLS
