/* ops-question-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-plan-store.h"

G_BEGIN_DECLS

#define OPS_TYPE_QUESTION_PAGE (ops_question_page_get_type ())

G_DECLARE_FINAL_TYPE (OpsQuestionPage, ops_question_page, OPS, QUESTION_PAGE, AdwNavigationPage)

GtkWidget *ops_question_page_new (OpsPlanStore   *store,
                                  OpsCatalogItem *question);

G_END_DECLS
