/* ops-checklist-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OPS_TYPE_CHECKLIST_ROW (ops_checklist_row_get_type ())

G_DECLARE_FINAL_TYPE (OpsChecklistRow, ops_checklist_row, OPS, CHECKLIST_ROW, AdwExpanderRow)

void                ops_checklist_row_set_model        (OpsChecklistRow    *self,
                                                        GListModel         *model,
                                                        const char         *label_property);
void                ops_checklist_row_set_selected_ids (OpsChecklistRow    *self,
                                                        const char * const *ids);
void                ops_checklist_row_set_empty_text   (OpsChecklistRow    *self,
                                                        const char         *empty_text);

G_END_DECLS
