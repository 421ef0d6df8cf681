/* ops-plan-private.h: what the plan, its items, the serializer and the
 * store share and nobody else may call
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "ops-plan.h"

G_BEGIN_DECLS

/* Items */
void            _ops_plan_item_set_plan            (OpsPlanItem       *self,
                                                    OpsPlan           *plan);
void            _ops_plan_item_apply_value         (OpsPlanItem       *self,
                                                    GParamSpec        *pspec,
                                                    const GValue      *value);
gboolean        _ops_plan_item_completion_after    (OpsPlanItem       *self,
                                                    OpsPlanItemStatus  status,
                                                    GValue            *completion);
JsonObject     *_ops_plan_item_get_extra           (OpsPlanItem       *self);
void            _ops_plan_item_set_extra           (OpsPlanItem       *self,
                                                    JsonObject        *extra);
OpsPlanItemKind _ops_plan_item_get_file_kind       (OpsPlanItem       *self);
void            _ops_plan_item_set_unresolved_kind (OpsPlanItem       *self,
                                                    OpsPlanItemKind    kind);

/* Values, shared by the plan's and the items' properties */
gboolean        _ops_plan_normalize_value          (GParamSpec        *pspec,
                                                    GValue            *value);
GDateTime      *_ops_plan_date_new                 (int                year,
                                                    int                month,
                                                    int                day);
GDateTime      *_ops_plan_date_today               (void);

/* The plan */
void            _ops_plan_edit_item                (OpsPlan           *self,
                                                    OpsPlanItem       *item,
                                                    GParamSpec        *pspec,
                                                    const GValue      *value);
void            _ops_plan_apply_value              (OpsPlan           *self,
                                                    GParamSpec        *pspec,
                                                    const GValue      *value);
void            _ops_plan_append_loaded_item       (OpsPlan           *self,
                                                    OpsPlanItem       *item);
JsonObject     *_ops_plan_get_extra                (OpsPlan           *self);
void            _ops_plan_set_extra                (OpsPlan           *self,
                                                    JsonObject        *extra);
gint64          _ops_plan_get_format               (OpsPlan           *self);
void            _ops_plan_set_format               (OpsPlan           *self,
                                                    gint64             format);
guint64         _ops_plan_get_revision             (OpsPlan           *self);
void            _ops_plan_set_saved_revision       (OpsPlan           *self,
                                                    guint64            revision);
void            _ops_plan_reset_history            (OpsPlan           *self,
                                                    gboolean           saved);

G_END_DECLS
