/* ops-branch.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-catalog-item.h"

G_BEGIN_DECLS

#define OPS_TYPE_BRANCH (ops_branch_get_type ())

G_DECLARE_FINAL_TYPE (OpsBranch, ops_branch, OPS, BRANCH, OpsCatalogItem)

GListModel *ops_branch_get_roles (OpsBranch *self);

G_END_DECLS
