/* ops-enum-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GBinding *ops_enum_row_bind (gpointer     object,
                             const char  *property,
                             AdwComboRow *row);

G_END_DECLS
