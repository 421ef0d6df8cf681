/* ops-combo-row-bind.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GBinding *ops_combo_row_bind_enum (gpointer     object,
                                   const char  *property,
                                   AdwComboRow *row);

G_END_DECLS
