/* ops-plan-snapshot.h: a plan as it stood when the export began
 *
 * Private to src/export/. Plain, immutable data copied from the plan and
 * the catalog on the thread that owns them, so that paginating and drawing
 * can run on any thread while the person keeps editing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-catalog.h"
#include "ops-export-text.h"
#include "ops-plan.h"

G_BEGIN_DECLS

typedef struct
{
  guint              number;         /* 1-based, in the order printed */
  OpsPlanItemStatus  status;
  OpsPlanItemKind    kind;
  char              *title;
  char              *notes;
  char             **links;
  GDateTime         *target_date;
  GDateTime         *completion_date;
  double             effort_hours;
  GDateTime         *projected_date; /* the pace projection's finish, or NULL */
  gboolean           late;           /* projected after its date */
} OpsItemSnapshot;

typedef struct
{
  char              *name;
  OpsItemKind        kind;
  gboolean           covered;
  gboolean           finished;
  OpsPlanItemStatus  status;         /* of the plan's item, when covered */
  char              *evidence;       /* the achievement that shows it, or NULL */
} OpsGapSnapshot;

/* One achievement, story, networking entry or application, as text. */
typedef struct
{
  char      *title;
  char      *meta;                   /* facts on one line, or NULL */
  GPtrArray *labels;                 /* of char *, parallel to texts */
  GPtrArray *texts;
} OpsRecordSnapshot;

typedef struct
{
  OpsText    heading;
  GPtrArray *records;                /* OpsRecordSnapshot, never empty */
} OpsToolkitSnapshot;

typedef struct
{
  char     *name;
  char     *summary;
  guint     rank;
  gboolean  is_current;
  gboolean  is_target;
} OpsStageSnapshot;

/* A page the catalog cites for an entry the plan prints. */
typedef struct
{
  char *label;
  char *url;
  char *checked;                     /* the month, as the locale writes it */
} OpsSourceSnapshot;

typedef struct
{
  char       *owner;
  char       *current_role;
  char       *target_role;
  gboolean    current_in_catalog;
  gboolean    target_in_catalog;
  GDateTime  *target_date;
  GDateTime  *export_date;
  char       *why;
  char       *pace;                  /* the projection in a sentence, or NULL */
  char       *pace_detail;           /* what else it says, or NULL */
  GDateTime  *projected_finish;      /* when the plan is done, or NULL */
  double      progress;
  guint       n_finished;
  GPtrArray  *items;                 /* OpsItemSnapshot, grouped by status */
  GPtrArray  *stages;                /* OpsStageSnapshot, lowest rank first */
  GPtrArray  *gap;                   /* OpsGapSnapshot */
  GPtrArray  *toolkit;               /* OpsToolkitSnapshot, the sections that have records */
  GPtrArray  *sources;               /* OpsSourceSnapshot, each address once */
} OpsPlanSnapshot;

/* The order the item groups are printed in: what is under way first. */
extern const OpsPlanItemStatus ops_plan_snapshot_status_order[4];

OpsPlanSnapshot *ops_plan_snapshot_new   (OpsPlan         *plan,
                                          OpsCatalog      *catalog,
                                          GDateTime       *export_date);
OpsPlanSnapshot *ops_plan_snapshot_ref   (OpsPlanSnapshot *self);
GPtrArray       *ops_export_snapshot_toolkit (OpsPlan      *plan,
                                              OpsCatalog   *catalog,
                                              GDateTime    *export_date);
GPtrArray       *ops_export_snapshot_sources (OpsPlan      *plan,
                                              OpsCatalog   *catalog,
                                              GPtrArray    *gap);
void             ops_plan_snapshot_unref (OpsPlanSnapshot *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpsPlanSnapshot, ops_plan_snapshot_unref)

G_END_DECLS
