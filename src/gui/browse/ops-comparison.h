/* ops-comparison.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ops-comparison-card.h"

G_BEGIN_DECLS

#define OPS_TYPE_COMPARISON (ops_comparison_get_type ())

G_DECLARE_FINAL_TYPE (OpsComparison, ops_comparison, OPS, COMPARISON, GtkWidget)

GtkWidget *ops_comparison_new              (void);
void       ops_comparison_append           (OpsComparison     *self,
                                            OpsComparisonCard *card);
void       ops_comparison_remove_all       (OpsComparison     *self);
gboolean   _ops_comparison_get_row_height  (OpsComparison     *self,
                                            guint              row,
                                            int               *height);

G_END_DECLS
