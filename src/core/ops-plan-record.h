/* ops-plan-record.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _OpsPlan OpsPlan;

#define OPS_TYPE_PLAN_RECORD (ops_plan_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (OpsPlanRecord, ops_plan_record, OPS, PLAN_RECORD, GObject)

/* The base of the career toolkit's entries: OpsAchievement, OpsStarStory,
 * OpsNetworkingEntry and OpsJobApplication. */
struct _OpsPlanRecordClass
{
  GObjectClass   parent_class;

  /*< private >*/
  GParamSpec   **pspecs;     /* the subclass's, indexed by property id */
  guint          n_pspecs;
  gpointer       _reserved[4];
};

const char *ops_plan_record_get_id   (OpsPlanRecord *self);
OpsPlan    *ops_plan_record_get_plan (OpsPlanRecord *self);

G_END_DECLS
