/* ops-date.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *ops_date_format (GDateTime *date);

G_END_DECLS
