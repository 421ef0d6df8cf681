/* ops-story-card.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-star-story.h"

G_BEGIN_DECLS

#define OPS_TYPE_STORY_CARD (ops_story_card_get_type ())

G_DECLARE_FINAL_TYPE (OpsStoryCard, ops_story_card, OPS, STORY_CARD, GtkWidget)

GtkWidget    *ops_story_card_new       (OpsStarStory *story);

G_END_DECLS
