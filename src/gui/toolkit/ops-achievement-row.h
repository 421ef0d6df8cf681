/* ops-achievement-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-achievement.h"

G_BEGIN_DECLS

#define OPS_TYPE_ACHIEVEMENT_ROW (ops_achievement_row_get_type ())

G_DECLARE_FINAL_TYPE (OpsAchievementRow, ops_achievement_row, OPS, ACHIEVEMENT_ROW, GtkWidget)

OpsAchievement *ops_achievement_row_get_achievement (OpsAchievementRow *self);
void            ops_achievement_row_set_achievement (OpsAchievementRow *self,
                                                     OpsAchievement    *achievement);
const char     *ops_achievement_row_get_resume_line (OpsAchievementRow *self);

G_END_DECLS
