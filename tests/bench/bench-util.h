/* bench-util.h: what the benchmarks share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

double  ops_bench_now_ms       (void);
double  ops_bench_cpu_ms       (void);
double  ops_bench_median       (double     *values,
                                guint       n);
void    ops_bench_result       (const char *name,
                                double      value,
                                const char *unit);
GBytes *ops_bench_plan_json    (guint       n_items);
GBytes *ops_bench_catalog_xml  (GBytes     *catalog,
                                guint       copies);

void     ops_bench_count_frames  (GtkWidget  *widget);
gboolean ops_bench_wait_for_frame (gboolean  (*done) (gpointer),
                                   gpointer    data,
                                   guint       timeout_ms);
void     ops_bench_wait_for_quiet (guint      quiet_ms);

G_END_DECLS
