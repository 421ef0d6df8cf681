/* ops-question-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-catalog-item.h"

G_BEGIN_DECLS

#define OPS_TYPE_QUESTION_ROW (ops_question_row_get_type ())

G_DECLARE_FINAL_TYPE (OpsQuestionRow, ops_question_row, OPS, QUESTION_ROW, AdwActionRow)

GtkWidget *ops_question_row_new           (OpsCatalogItem *question);
void       ops_question_row_set_n_stories (OpsQuestionRow *self,
                                           guint           n_stories);
void       ops_question_row_set_compact   (OpsQuestionRow *self,
                                           gboolean        compact);

G_END_DECLS
