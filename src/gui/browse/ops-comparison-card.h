/* ops-comparison-card.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OPS_TYPE_COMPARISON_CARD (ops_comparison_card_get_type ())

/* Between a card's rows, as the GtkBox a card was before. */
#define OPS_COMPARISON_ROW_SPACING 6

G_DECLARE_FINAL_TYPE (OpsComparisonCard, ops_comparison_card, OPS, COMPARISON_CARD, GtkWidget)

GtkWidget *ops_comparison_card_new          (void);
void       ops_comparison_card_append       (OpsComparisonCard *self,
                                             GtkWidget         *row);
void       _ops_comparison_card_measure_rows (OpsComparisonCard *self,
                                              GtkOrientation     orientation,
                                              int                for_size,
                                              int               *minimum,
                                              int               *natural);

G_END_DECLS
