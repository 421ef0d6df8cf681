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
JsonObject    **_ops_plan_item_extra               (OpsPlanItem       *self);
OpsPlanItemKind _ops_plan_item_get_file_kind       (OpsPlanItem       *self);
void            _ops_plan_item_set_unresolved_kind (OpsPlanItem       *self,
                                                    OpsPlanItemKind    kind);

/* Records: the toolkit's entries (ops-plan-record.c) */
void            _ops_plan_record_class_install     (OpsPlanRecordClass  *klass,
                                                    guint                n_pspecs,
                                                    GParamSpec         **pspecs);
const GValue   *_ops_plan_record_get_value         (OpsPlanRecord     *self,
                                                    guint              prop_id);
void            _ops_plan_record_set_string        (OpsPlanRecord     *self,
                                                    GParamSpec        *pspec,
                                                    const char        *string);
void            _ops_plan_record_set_enum          (OpsPlanRecord     *self,
                                                    GParamSpec        *pspec,
                                                    int                number);
void            _ops_plan_record_set_double        (OpsPlanRecord     *self,
                                                    GParamSpec        *pspec,
                                                    double             number);
void            _ops_plan_record_set_boxed         (OpsPlanRecord     *self,
                                                    GParamSpec        *pspec,
                                                    gconstpointer      boxed);
void            _ops_plan_record_apply_value       (OpsPlanRecord     *self,
                                                    GParamSpec        *pspec,
                                                    const GValue      *value);
void            _ops_plan_record_set_plan          (OpsPlanRecord     *self,
                                                    OpsPlan           *plan);
void            _ops_plan_record_set_id            (OpsPlanRecord     *self,
                                                    const char        *id);
JsonObject    **_ops_plan_record_extra             (OpsPlanRecord     *self);

/* Values, shared by the plan's, the items' and the records' properties */
typedef void  (*OpsPlanSetValueFunc)               (GObject           *object,
                                                    GParamSpec        *pspec,
                                                    GValue            *value);
void            _ops_plan_set_property             (GObject           *object,
                                                    guint              prop_id,
                                                    guint              n_editable,
                                                    const GValue      *value,
                                                    GParamSpec        *pspec,
                                                    OpsPlanSetValueFunc set_value);
void            _ops_plan_keep_extra               (JsonObject       **slot,
                                                    JsonObject        *extra);
gboolean        _ops_plan_normalize_value          (GParamSpec        *pspec,
                                                    GValue            *value);
gboolean        _ops_plan_value_changes            (GObject           *object,
                                                    GParamSpec        *pspec,
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
void            _ops_plan_edit_record              (OpsPlan           *self,
                                                    OpsPlanRecord     *record,
                                                    GParamSpec        *pspec,
                                                    const GValue      *value);
void            _ops_plan_append_loaded_record     (OpsPlan           *self,
                                                    OpsPlanRecord     *record);
void            _ops_plan_apply_value              (OpsPlan           *self,
                                                    GParamSpec        *pspec,
                                                    const GValue      *value);
void            _ops_plan_append_loaded_items      (OpsPlan           *self,
                                                    OpsPlanItem      **items,
                                                    guint              n_items);
JsonObject    **_ops_plan_extra                    (OpsPlan           *self);
gint64          _ops_plan_get_format               (OpsPlan           *self);
void            _ops_plan_set_format               (OpsPlan           *self,
                                                    gint64             format);
guint64         _ops_plan_get_revision             (OpsPlan           *self);
void            _ops_plan_set_saved_revision       (OpsPlan           *self,
                                                    guint64            revision);
void            _ops_plan_reset_history            (OpsPlan           *self,
                                                    gboolean           saved);

G_END_DECLS
