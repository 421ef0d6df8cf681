/* ops-credential-group.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-catalog.h"
#include "ops-plan.h"

G_BEGIN_DECLS

#define OPS_TYPE_CREDENTIAL_GROUP (ops_credential_group_get_type ())

G_DECLARE_FINAL_TYPE (OpsCredentialGroup, ops_credential_group, OPS, CREDENTIAL_GROUP, AdwPreferencesGroup)

void ops_credential_group_bind (OpsCredentialGroup *self,
                                OpsPlanItem        *item,
                                OpsCatalog         *catalog);

G_END_DECLS
