/* ops-role-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-entry-page.h"

G_BEGIN_DECLS

#define OPS_TYPE_ROLE_PAGE (ops_role_page_get_type ())

G_DECLARE_FINAL_TYPE (OpsRolePage, ops_role_page, OPS, ROLE_PAGE, OpsEntryPage)

GtkWidget *ops_role_page_new (OpsCatalogItem *item);

G_END_DECLS
