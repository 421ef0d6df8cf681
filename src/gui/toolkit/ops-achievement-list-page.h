/* ops-achievement-list-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-toolkit-page.h"

G_BEGIN_DECLS

#define OPS_TYPE_ACHIEVEMENT_LIST_PAGE (ops_achievement_list_page_get_type ())

G_DECLARE_FINAL_TYPE (OpsAchievementListPage, ops_achievement_list_page, OPS, ACHIEVEMENT_LIST_PAGE, OpsToolkitPage)

GtkWidget *ops_achievement_list_page_new (OpsPlanStore *store);

G_END_DECLS
