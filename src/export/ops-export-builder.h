/* ops-export-builder.h: turns a plan snapshot into a column of blocks
 *
 * Private to src/export/. The builders lay every block out for the width
 * of the content column; OpsPlanDocument then cuts the column into pages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-export-block.h"
#include "ops-plan-snapshot.h"

G_BEGIN_DECLS

typedef struct
{
  char   *title;
  guint   level;
  guint   page;      /* 0-based, set by pagination */
  double  y;         /* on that page, set by pagination */
} OpsExportSection;

typedef struct
{
  PangoContext *context;
  double        width;
  GPtrArray    *blocks;    /* OpsExportBlock */
  GArray       *sections;  /* OpsExportSection */
} OpsExportBuilder;

void            ops_export_builder_init          (OpsExportBuilder *builder,
                                                  PangoContext     *context,
                                                  double            width);
void            ops_export_builder_clear         (OpsExportBuilder *builder);
void            ops_export_builder_add           (OpsExportBuilder *builder,
                                                  OpsExportBlock   *block);
void            ops_export_builder_add_heading   (OpsExportBuilder *builder,
                                                  const char       *text,
                                                  const char       *outline_title);
void            ops_export_builder_add_paragraph (OpsExportBuilder *builder,
                                                  OpsFont           font,
                                                  const char       *text,
                                                  double            space_before);
void            ops_export_builder_open_section  (OpsExportBuilder *builder,
                                                  OpsExportBlock   *block,
                                                  const char       *title,
                                                  guint             level);
void            ops_export_status_ink            (OpsPlanItemStatus status,
                                                  OpsInk           *fill,
                                                  OpsInk           *stroke);
void            ops_export_rounded_rectangle     (cairo_t          *cr,
                                                  double            x,
                                                  double            y,
                                                  double            width,
                                                  double            height,
                                                  double            radius);

/* The parts of the document, in ops-export-summary.c, ops-export-timeline.c
 * and ops-export-items.c */
void            ops_export_build_summary         (OpsExportBuilder *builder,
                                                  OpsPlanSnapshot  *snapshot);
void            ops_export_build_ladder          (OpsExportBuilder *builder,
                                                  OpsPlanSnapshot  *snapshot);
void            ops_export_build_timeline        (OpsExportBuilder *builder,
                                                  OpsPlanSnapshot  *snapshot);
void            ops_export_build_items           (OpsExportBuilder *builder,
                                                  OpsPlanSnapshot  *snapshot);
void            ops_export_build_gap             (OpsExportBuilder *builder,
                                                  OpsPlanSnapshot  *snapshot);
/* In ops-export-toolkit.c */
void            ops_export_build_toolkit         (OpsExportBuilder *builder,
                                                  OpsPlanSnapshot  *snapshot);
/* In ops-export-sources.c, last */
void            ops_export_build_sources         (OpsExportBuilder *builder,
                                                  OpsPlanSnapshot  *snapshot);

G_END_DECLS
