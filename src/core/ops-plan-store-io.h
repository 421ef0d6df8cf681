/* ops-plan-store-io.h: what OpsPlanStore does on worker threads (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-catalog.h"
#include "ops-plan.h"

G_BEGIN_DECLS

/* A save: the bytes to write and where, made on the main thread; the
 * worker fills in @new_etag. The rest is the store's, for when it ends. */
typedef struct
{
  GFile    *file;
  GBytes   *bytes;
  char     *hash;
  char     *etag;         /* the file's stamp must still be this; NULL to overwrite */
  gboolean  keep_broken;  /* copy an unreadable file aside first */
  OpsPlan  *plan;
  guint64   revision;     /* of the plan, in @bytes */
  guint     generation;
  gboolean  autosave;
  gboolean  switch_file;  /* save as */
  GTask    *caller;       /* an explicit save's task */
  char     *new_etag;
} OpsSaveJob;

/* A load: the worker fills in @plan, @etag and @hash. */
typedef struct
{
  GFile      *file;
  OpsCatalog *catalog;
  OpsPlan    *plan;
  char       *etag;
  char       *hash;
  gboolean    clean;  /* no save is under way: remove what killed ones left */
} OpsLoadJob;

char *_ops_plan_store_hash_bytes           (GBytes       *bytes);

/* GTaskThreadFuncs. Task data: an OpsSaveJob, the plan's GFile, an
 * OpsLoadJob, the plan's GFile. */
void  _ops_plan_store_save_thread          (GTask        *task,
                                            gpointer      source_object,
                                            gpointer      task_data,
                                            GCancellable *cancellable);
void  _ops_plan_store_check_thread         (GTask        *task,
                                            gpointer      source_object,
                                            gpointer      task_data,
                                            GCancellable *cancellable);
void  _ops_plan_store_load_thread          (GTask        *task,
                                            gpointer      source_object,
                                            gpointer      task_data,
                                            GCancellable *cancellable);
void  _ops_plan_store_find_conflict_thread (GTask        *task,
                                            gpointer      source_object,
                                            gpointer      task_data,
                                            GCancellable *cancellable);

G_END_DECLS
