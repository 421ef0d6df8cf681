/* ops-skill-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-entry-page.h"

G_BEGIN_DECLS

#define OPS_TYPE_SKILL_PAGE (ops_skill_page_get_type ())

G_DECLARE_FINAL_TYPE (OpsSkillPage, ops_skill_page, OPS, SKILL_PAGE, OpsEntryPage)

GtkWidget *ops_skill_page_new (OpsCatalogItem *item);

G_END_DECLS
