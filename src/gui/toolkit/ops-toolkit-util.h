/* ops-toolkit-util.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-plan.h"
#include "ops-plan-store.h"

G_BEGIN_DECLS

GBinding *ops_toolkit_bind_string       (gpointer       record,
                                         const char    *property,
                                         AdwEntryRow   *row);
void      ops_toolkit_show_toast        (GtkWidget     *widget,
                                         const char    *message);
void      ops_toolkit_push              (GtkWidget     *from,
                                         GtkWidget     *page);
void      ops_toolkit_pop_when_removed  (GtkWidget     *page,
                                         OpsPlanRecord *record);
void      ops_toolkit_follow_editable   (GtkWidget     *content,
                                         OpsPlanStore  *store);
void      ops_toolkit_remove_record     (GtkWidget     *page,
                                         OpsPlanRecord *record,
                                         const char    *title);

G_END_DECLS
