/* ops-plan-store.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-catalog.h"
#include "ops-plan.h"

G_BEGIN_DECLS

#define OPS_TYPE_PLAN_STORE (ops_plan_store_get_type ())

G_DECLARE_FINAL_TYPE (OpsPlanStore, ops_plan_store, OPS, PLAN_STORE, GObject)

GFile        *ops_plan_store_get_default_file    (void);

OpsPlanStore *ops_plan_store_new                 (GFile                *file,
                                                  OpsCatalog           *catalog);

OpsPlan      *ops_plan_store_get_plan            (OpsPlanStore         *self);
GFile        *ops_plan_store_get_file            (OpsPlanStore         *self);
OpsCatalog   *ops_plan_store_get_catalog         (OpsPlanStore         *self);
gboolean      ops_plan_store_get_loading         (OpsPlanStore         *self);
gboolean      ops_plan_store_get_saving          (OpsPlanStore         *self);
const GError *ops_plan_store_get_load_error      (OpsPlanStore         *self);
const GError *ops_plan_store_get_save_error      (OpsPlanStore         *self);
gboolean      ops_plan_store_get_changed_on_disk (OpsPlanStore         *self);
gboolean      ops_plan_store_get_can_autosave    (OpsPlanStore         *self);
gboolean      ops_plan_store_get_editable        (OpsPlanStore         *self);
guint         ops_plan_store_get_autosave_delay  (OpsPlanStore         *self);
void          ops_plan_store_set_autosave_delay  (OpsPlanStore         *self,
                                                  guint                 delay_ms);

void          ops_plan_store_load_async          (OpsPlanStore         *self,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
gboolean      ops_plan_store_load_finish         (OpsPlanStore         *self,
                                                  GAsyncResult         *result,
                                                  GError              **error);
void          ops_plan_store_load_file_async     (OpsPlanStore         *self,
                                                  GFile                *file,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
gboolean      ops_plan_store_load_file_finish    (OpsPlanStore         *self,
                                                  GAsyncResult         *result,
                                                  GError              **error);
void          ops_plan_store_save_async          (OpsPlanStore         *self,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
gboolean      ops_plan_store_save_finish         (OpsPlanStore         *self,
                                                  GAsyncResult         *result,
                                                  GError              **error);
void          ops_plan_store_save_as_async       (OpsPlanStore         *self,
                                                  GFile                *file,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
gboolean      ops_plan_store_save_as_finish      (OpsPlanStore         *self,
                                                  GAsyncResult         *result,
                                                  GError              **error);
void          ops_plan_store_new_plan            (OpsPlanStore         *self,
                                                  OpsPlan              *plan);
gboolean      ops_plan_store_get_has_unsaved_changes (OpsPlanStore     *self);
void          ops_plan_store_flush_async         (OpsPlanStore         *self,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
gboolean      ops_plan_store_flush_finish        (OpsPlanStore         *self,
                                                  GAsyncResult         *result,
                                                  GError              **error);
GFile        *ops_plan_store_get_conflict_file   (OpsPlanStore         *self,
                                                  GDateTime            *time);
void          ops_plan_store_find_conflict_copy_async  (OpsPlanStore   *self,
                                                        GCancellable   *cancellable,
                                                        GAsyncReadyCallback callback,
                                                        gpointer        user_data);
GFile        *ops_plan_store_find_conflict_copy_finish (OpsPlanStore   *self,
                                                        GAsyncResult   *result,
                                                        GError        **error);

G_END_DECLS
