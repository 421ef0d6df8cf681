/* ops-plan-item.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ops-credential-log.h"

G_BEGIN_DECLS

/* The nicks ("certification", "in-progress", …) are the spelling in plan
 * files; see docs/plan-format.md. */
typedef enum
{
  OPS_PLAN_ITEM_KIND_CERTIFICATION,
  OPS_PLAN_ITEM_KIND_EDUCATION,
  OPS_PLAN_ITEM_KIND_SKILL,
  OPS_PLAN_ITEM_KIND_EXPERIENCE,
  OPS_PLAN_ITEM_KIND_NETWORKING,
  OPS_PLAN_ITEM_KIND_CUSTOM,
} OpsPlanItemKind;

typedef enum
{
  OPS_PLAN_ITEM_STATUS_PLANNED,
  OPS_PLAN_ITEM_STATUS_IN_PROGRESS,
  OPS_PLAN_ITEM_STATUS_DONE,
  OPS_PLAN_ITEM_STATUS_SKIPPED,
} OpsPlanItemStatus;

#define OPS_TYPE_PLAN_ITEM_KIND (ops_plan_item_kind_get_type ())
GType       ops_plan_item_kind_get_type      (void) G_GNUC_CONST;
const char *ops_plan_item_kind_to_string     (OpsPlanItemKind    kind);
gboolean    ops_plan_item_kind_from_string   (const char        *string,
                                              OpsPlanItemKind   *kind);
const char *ops_plan_item_kind_get_label     (OpsPlanItemKind    kind);

#define OPS_TYPE_PLAN_ITEM_STATUS (ops_plan_item_status_get_type ())
GType       ops_plan_item_status_get_type    (void) G_GNUC_CONST;
const char *ops_plan_item_status_to_string   (OpsPlanItemStatus  status);
gboolean    ops_plan_item_status_from_string (const char        *string,
                                              OpsPlanItemStatus *status);

/* An effort estimate above this (about fifty working years) is a typo. */
#define OPS_PLAN_ITEM_MAX_EFFORT_HOURS 100000.0

typedef struct _OpsPlan OpsPlan;

#define OPS_TYPE_PLAN_ITEM (ops_plan_item_get_type ())

G_DECLARE_FINAL_TYPE (OpsPlanItem, ops_plan_item, OPS, PLAN_ITEM, GObject)

OpsPlanItem        *ops_plan_item_new                 (OpsPlanItemKind     kind,
                                                       const char         *title);

OpsPlan            *ops_plan_item_get_plan            (OpsPlanItem        *self);

OpsPlanItemKind     ops_plan_item_get_kind            (OpsPlanItem        *self);
void                ops_plan_item_set_kind            (OpsPlanItem        *self,
                                                       OpsPlanItemKind     kind);
const char         *ops_plan_item_get_catalog_id      (OpsPlanItem        *self);
void                ops_plan_item_set_catalog_id      (OpsPlanItem        *self,
                                                       const char         *catalog_id);
const char         *ops_plan_item_get_title           (OpsPlanItem        *self);
void                ops_plan_item_set_title           (OpsPlanItem        *self,
                                                       const char         *title);
OpsPlanItemStatus   ops_plan_item_get_status          (OpsPlanItem        *self);
void                ops_plan_item_set_status          (OpsPlanItem        *self,
                                                       OpsPlanItemStatus   status);
gboolean            ops_plan_item_is_finished         (OpsPlanItem        *self);
GDateTime          *ops_plan_item_get_target_date     (OpsPlanItem        *self);
void                ops_plan_item_set_target_date     (OpsPlanItem        *self,
                                                       GDateTime          *date);
GDateTime          *ops_plan_item_get_completion_date (OpsPlanItem        *self);
void                ops_plan_item_set_completion_date (OpsPlanItem        *self,
                                                       GDateTime          *date);
const char         *ops_plan_item_get_notes           (OpsPlanItem        *self);
void                ops_plan_item_set_notes           (OpsPlanItem        *self,
                                                       const char         *notes);
const char * const *ops_plan_item_get_links           (OpsPlanItem        *self);
void                ops_plan_item_set_links           (OpsPlanItem        *self,
                                                       const char * const *links);
double              ops_plan_item_get_effort_hours    (OpsPlanItem        *self);
void                ops_plan_item_set_effort_hours    (OpsPlanItem        *self,
                                                       double              hours);
OpsCredentialLog   *ops_plan_item_get_credential_log  (OpsPlanItem        *self);
void                ops_plan_item_set_credential_log  (OpsPlanItem        *self,
                                                       OpsCredentialLog   *log);

G_END_DECLS
