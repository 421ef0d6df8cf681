/* ops-achievements-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-toolkit-page.h"

G_BEGIN_DECLS

#define OPS_TYPE_ACHIEVEMENTS_PAGE (ops_achievements_page_get_type ())

G_DECLARE_FINAL_TYPE (OpsAchievementsPage, ops_achievements_page, OPS, ACHIEVEMENTS_PAGE, OpsToolkitPage)

GtkWidget *ops_achievements_page_new (OpsPlanStore *store);

G_END_DECLS
