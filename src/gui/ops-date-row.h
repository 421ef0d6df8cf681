/* ops-date-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OPS_TYPE_DATE_ROW (ops_date_row_get_type ())

G_DECLARE_FINAL_TYPE (OpsDateRow, ops_date_row, OPS, DATE_ROW, AdwActionRow)

GDateTime *ops_date_row_get_date (OpsDateRow *self);
void       ops_date_row_set_date (OpsDateRow *self,
                                  GDateTime  *date);

G_END_DECLS
