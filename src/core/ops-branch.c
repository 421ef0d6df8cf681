/* ops-branch.c: a specialist path that branches off the ladder's trunk
 *
 * Supply chain, quality and internal auditing, operations strategy: the
 * roles a person can specialize in after the traineeship. A role names
 * its branch with branch="…"; a role that names none is on the trunk,
 * the general operations ladder from trainee to chief operating officer.
 * The career map draws each branch as a lane of its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-branch.h"

struct _OpsBranch
{
  OpsCatalogItem parent_instance;
};

G_DEFINE_FINAL_TYPE (OpsBranch, ops_branch, OPS_TYPE_CATALOG_ITEM)

/* The roles on this branch, in catalog order. (transfer none) */
GListModel *
ops_branch_get_roles (OpsBranch *self)
{
  g_return_val_if_fail (OPS_IS_BRANCH (self), NULL);

  return ops_catalog_item_get_referrers (OPS_CATALOG_ITEM (self), OPS_ITEM_KIND_ROLE, "branch");
}

static void
ops_branch_class_init (OpsBranchClass *klass)
{
}

static void
ops_branch_init (OpsBranch *self)
{
}
