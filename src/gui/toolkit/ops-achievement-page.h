/* ops-achievement-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-achievement.h"
#include "ops-catalog.h"

G_BEGIN_DECLS

#define OPS_TYPE_ACHIEVEMENT_PAGE (ops_achievement_page_get_type ())

G_DECLARE_FINAL_TYPE (OpsAchievementPage, ops_achievement_page, OPS, ACHIEVEMENT_PAGE, AdwNavigationPage)

GtkWidget *ops_achievement_page_new (OpsAchievement *achievement,
                                     OpsCatalog     *catalog);

G_END_DECLS
