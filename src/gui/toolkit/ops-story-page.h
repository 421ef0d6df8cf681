/* ops-story-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-catalog.h"
#include "ops-plan.h"

G_BEGIN_DECLS

#define OPS_TYPE_STORY_PAGE (ops_story_page_get_type ())

G_DECLARE_FINAL_TYPE (OpsStoryPage, ops_story_page, OPS, STORY_PAGE, AdwNavigationPage)

GtkWidget *ops_story_page_new   (OpsStarStory *story,
                                 OpsCatalog   *catalog);
void       ops_story_page_write (GtkWidget    *from,
                                 OpsPlan      *plan,
                                 OpsCatalog   *catalog,
                                 const char   *question_id);

G_END_DECLS
