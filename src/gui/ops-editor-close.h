/* ops-editor-close.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-plan.h"

G_BEGIN_DECLS

/* Returns the plan @object is in now, or %NULL. */
typedef OpsPlan *(*OpsPlanOfFunc) (gpointer object);

void ops_editor_close_when_gone (GtkWidget     *page,
                                 gpointer       object,
                                 OpsPlanOfFunc  plan_of);

G_END_DECLS
