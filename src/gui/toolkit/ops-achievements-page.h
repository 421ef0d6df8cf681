/* ops-achievements-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-plan-store.h"

G_BEGIN_DECLS

#define OPS_TYPE_ACHIEVEMENTS_PAGE (ops_achievements_page_get_type ())

G_DECLARE_FINAL_TYPE (OpsAchievementsPage, ops_achievements_page, OPS, ACHIEVEMENTS_PAGE, AdwNavigationPage)

GtkWidget *ops_achievements_page_new (OpsPlanStore *store);

G_END_DECLS
