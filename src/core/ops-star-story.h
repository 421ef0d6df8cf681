/* ops-star-story.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-plan-record.h"

G_BEGIN_DECLS

#define OPS_TYPE_STAR_STORY (ops_star_story_get_type ())

G_DECLARE_FINAL_TYPE (OpsStarStory, ops_star_story, OPS, STAR_STORY, OpsPlanRecord)

OpsStarStory       *ops_star_story_new                 (const char         *title);

const char         *ops_star_story_get_title           (OpsStarStory       *self);
void                ops_star_story_set_title           (OpsStarStory       *self,
                                                        const char         *title);
const char         *ops_star_story_get_situation       (OpsStarStory       *self);
void                ops_star_story_set_situation       (OpsStarStory       *self,
                                                        const char         *situation);
const char         *ops_star_story_get_task            (OpsStarStory       *self);
void                ops_star_story_set_task            (OpsStarStory       *self,
                                                        const char         *task);
const char         *ops_star_story_get_action          (OpsStarStory       *self);
void                ops_star_story_set_action          (OpsStarStory       *self,
                                                        const char         *action);
const char         *ops_star_story_get_result          (OpsStarStory       *self);
void                ops_star_story_set_result          (OpsStarStory       *self,
                                                        const char         *result);
const char * const *ops_star_story_get_achievement_ids (OpsStarStory       *self);
void                ops_star_story_set_achievement_ids (OpsStarStory       *self,
                                                        const char * const *ids);
const char * const *ops_star_story_get_skill_ids       (OpsStarStory       *self);
void                ops_star_story_set_skill_ids       (OpsStarStory       *self,
                                                        const char * const *ids);
const char * const *ops_star_story_get_question_ids    (OpsStarStory       *self);
void                ops_star_story_set_question_ids    (OpsStarStory       *self,
                                                        const char * const *ids);
gboolean            ops_star_story_answers             (OpsStarStory       *self,
                                                        const char         *question_id);

G_END_DECLS
