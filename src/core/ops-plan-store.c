/* ops-plan-store.c: the plan and the file it lives in
 *
 * The store loads and saves in worker threads, autosaves a moment after
 * each edit, and refuses to write whenever writing could destroy something
 * the person has not seen: a file that failed to load, a file from a newer
 * OpsLadder, or a file someone else changed since we last read or wrote
 * it. Saves run one at a time, in the order they were asked for, so an
 * older snapshot never lands after a newer one.
 *
 * Writing replaces the file atomically, keeping a copy of the previous
 * version as "plan.json~". What runs on the worker threads is in
 * ops-plan-store-io.c, the file I/O itself in ops-plan-file.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-error.h"
#include "ops-plan-file.h"
#include "ops-plan-private.h"
#include "ops-plan-serializer.h"
#include "ops-plan-store.h"
#include "ops-plan-store-io.h"

#define DEFAULT_AUTOSAVE_DELAY_MS 1000

struct _OpsPlanStore
{
  GObject       parent_instance;

  GMainContext *context;
  GCancellable *cancellable;     /* for our own background reads */
  OpsCatalog   *catalog;
  GFile        *file;
  OpsPlan      *plan;
  gulong        changed_id;

  /* Bumped whenever the plan or the file is replaced, so that a save or a
   * check that finishes afterwards does not touch the new state. */
  guint         generation;

  gboolean      loaded;          /* the plan belongs to the file */
  guint         n_loading;
  GError       *load_error;
  gboolean      keep_broken;
  GError       *save_error;
  gboolean      changed_on_disk;
  gboolean      can_autosave;
  gboolean      editable;

  /* What we know the file holds */
  char         *etag;
  char         *disk_hash;
  char         *reported_hash;   /* the last foreign content we signalled */
  guint         disk_serial;     /* bumped with each of the above */

  OpsSaveJob   *saving;
  GQueue        save_queue;
  GQueue        flushes;         /* GTasks waiting for the queue to drain */
  gboolean      autosave_again;
  GSource      *autosave_source;
  guint         autosave_delay;

  GFileMonitor *monitor;
  gboolean      checking;
  gboolean      check_again;
};

enum {
  PROP_0,
  PROP_PLAN,
  PROP_FILE,
  PROP_CATALOG,
  PROP_LOADING,
  PROP_SAVING,
  PROP_LOAD_ERROR,
  PROP_SAVE_ERROR,
  PROP_CHANGED_ON_DISK,
  PROP_CAN_AUTOSAVE,
  PROP_EDITABLE,
  PROP_AUTOSAVE_DELAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  FILE_CHANGED_ON_DISK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (OpsPlanStore, ops_plan_store, G_TYPE_OBJECT)

static void start_next_save (OpsPlanStore *self);
static void autosave_now    (OpsPlanStore *self);
static void run_flushes     (OpsPlanStore *self);

/* State */

static void
set_flag (OpsPlanStore *self,
          gboolean     *field,
          gboolean      value,
          guint         prop_id)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_error_field (OpsPlanStore  *self,
                 GError       **field,
                 const GError  *error,
                 guint          prop_id)
{
  if (*field == NULL && error == NULL)
    return;

  g_clear_error (field);
  *field = error ? g_error_copy (error) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
cancel_autosave (OpsPlanStore *self)
{
  if (self->autosave_source != NULL)
    {
      g_source_destroy (self->autosave_source);
      g_clear_pointer (&self->autosave_source, g_source_unref);
    }
}

/* Called after anything that changes whether edits can be kept. */
static void
update_can_autosave (OpsPlanStore *self)
{
  gboolean editable = self->loaded && self->n_loading == 0 && self->load_error == NULL &&
                      !ops_plan_get_read_only (self->plan);
  gboolean can = editable && !self->changed_on_disk;

  set_flag (self, &self->can_autosave, can, PROP_CAN_AUTOSAVE);
  set_flag (self, &self->editable, editable, PROP_EDITABLE);
  if (!can)
    cancel_autosave (self);
}

static gboolean
autosave_cb (gpointer user_data)
{
  OpsPlanStore *self = user_data;

  g_clear_pointer (&self->autosave_source, g_source_unref);
  autosave_now (self);

  return G_SOURCE_REMOVE;
}

/* Saves a moment after the first unsaved edit, not after the last: while
 * someone types without pause the file still never lags far behind. */
static void
schedule_autosave (OpsPlanStore *self)
{
  if (!self->can_autosave || self->autosave_source != NULL || !ops_plan_get_modified (self->plan))
    return;

  self->autosave_source = g_timeout_source_new (self->autosave_delay);
  g_source_set_callback (self->autosave_source, autosave_cb, self, NULL);
  g_source_set_static_name (self->autosave_source, "[opsladder] autosave");
  g_source_attach (self->autosave_source, self->context);
}

static void
plan_changed_cb (OpsPlanStore *self)
{
  schedule_autosave (self);
}

static void
set_plan (OpsPlanStore *self,
          OpsPlan      *plan)
{
  if (self->plan == plan)
    return;

  g_clear_signal_handler (&self->changed_id, self->plan);
  g_set_object (&self->plan, plan);
  self->changed_id = g_signal_connect_swapped (plan, "changed", G_CALLBACK (plan_changed_cb), self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

static void file_monitor_changed_cb (GFileMonitor      *monitor,
                                     GFile             *file,
                                     GFile             *other_file,
                                     GFileMonitorEvent  event,
                                     gpointer           user_data);

static void
watch_file (OpsPlanStore *self)
{
  g_autoptr(GError) error = NULL;

  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }

  g_main_context_push_thread_default (self->context);
  self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_NONE, self->cancellable, &error);
  g_main_context_pop_thread_default (self->context);

  /* Not every file system can be watched; the etag check on save still
   * keeps us from overwriting someone else's change. */
  if (self->monitor == NULL)
    {
      g_debug ("Cannot watch %s: %s", g_file_peek_path (self->file), error->message);
      return;
    }
  g_signal_connect (self->monitor, "changed", G_CALLBACK (file_monitor_changed_cb), self);
}

static void
set_file (OpsPlanStore *self,
          GFile        *file)
{
  if (self->file != NULL && g_file_equal (self->file, file))
    return;

  g_set_object (&self->file, file);
  watch_file (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

/* What we wrote or read is what the file holds now. */
static void
remember_disk (OpsPlanStore *self,
               const char   *etag,
               const char   *hash)
{
  g_free (self->etag);
  self->etag = g_strdup (etag);
  g_free (self->disk_hash);
  self->disk_hash = g_strdup (hash);
  g_clear_pointer (&self->reported_hash, g_free);
  self->disk_serial++;
}

/* Makes @plan the store's plan, belonging to @file, in good standing. */
static void
adopt (OpsPlanStore *self,
       OpsPlan      *plan,
       GFile        *file,
       const char   *etag,
       const char   *hash)
{
  g_object_freeze_notify (G_OBJECT (self));

  self->generation++;
  cancel_autosave (self);
  self->autosave_again = FALSE;
  self->keep_broken = FALSE;
  self->loaded = TRUE;
  set_plan (self, plan);
  set_file (self, file);
  remember_disk (self, etag, hash);
  set_error_field (self, &self->load_error, NULL, PROP_LOAD_ERROR);
  set_error_field (self, &self->save_error, NULL, PROP_SAVE_ERROR);
  set_flag (self, &self->changed_on_disk, FALSE, PROP_CHANGED_ON_DISK);
  update_can_autosave (self);

  g_object_thaw_notify (G_OBJECT (self));
}

/* Saving */

static void
save_job_free (OpsSaveJob *job)
{
  g_clear_object (&job->file);
  g_clear_pointer (&job->bytes, g_bytes_unref);
  g_free (job->hash);
  g_free (job->etag);
  g_clear_object (&job->plan);
  g_clear_object (&job->caller);
  g_free (job->new_etag);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpsSaveJob, save_job_free)

static OpsSaveJob *
save_job_new (OpsPlanStore  *self,
              GFile         *file,
              gboolean       autosave,
              GError       **error)
{
  g_autoptr(OpsSaveJob) job = g_new0 (OpsSaveJob, 1);

  job->bytes = ops_plan_to_bytes (self->plan);
  /* A file we could never read back is worse than no save at all. */
  if (g_bytes_get_size (job->bytes) > OPS_PLAN_MAX_FILE_SIZE)
    {
      ops_plan_file_set_too_large_error (error, g_bytes_get_size (job->bytes));
      return NULL;
    }

  job->file = g_object_ref (file);
  job->hash = _ops_plan_store_hash_bytes (job->bytes);
  job->etag = autosave ? g_strdup (self->etag) : NULL;
  job->keep_broken = self->keep_broken && g_file_equal (file, self->file);
  job->plan = g_object_ref (self->plan);
  job->revision = _ops_plan_get_revision (self->plan);
  job->generation = self->generation;
  job->autosave = autosave;
  job->switch_file = !g_file_equal (file, self->file);

  return g_steal_pointer (&job);
}

static void
report_changed_on_disk (OpsPlanStore *self)
{
  set_flag (self, &self->changed_on_disk, TRUE, PROP_CHANGED_ON_DISK);
  update_can_autosave (self);
  g_signal_emit (self, signals[FILE_CHANGED_ON_DISK], 0);
}

static void
save_finished (OpsPlanStore *self,
               OpsSaveJob   *job,
               const GError *error)
{
  /* The plan or file was replaced meanwhile: the write happened, but it
   * says nothing about the current state. */
  if (job->generation != self->generation)
    {
      if (error != NULL)
        g_debug ("Could not save %s: %s", g_file_peek_path (job->file), error->message);
      return;
    }

  if (error == NULL)
    {
      if (job->switch_file)
        {
          self->generation++;
          set_file (self, job->file);
        }
      remember_disk (self, job->new_etag, job->hash);
      /* The unreadable file is copied aside, or no longer ours. */
      if (job->keep_broken || job->switch_file)
        self->keep_broken = FALSE;
      self->loaded = TRUE;
      _ops_plan_set_saved_revision (job->plan, job->revision);
      set_error_field (self, &self->load_error, NULL, PROP_LOAD_ERROR);
      set_error_field (self, &self->save_error, NULL, PROP_SAVE_ERROR);
      set_flag (self, &self->changed_on_disk, FALSE, PROP_CHANGED_ON_DISK);
      update_can_autosave (self);
      return;
    }

  /* Someone wrote the file since we last read or wrote it, or while we
   * wrote it. Theirs stays until the person decides. */
  if (g_error_matches (error, OPS_ERROR, OPS_ERROR_PLAN_CHANGED))
    {
      report_changed_on_disk (self);
      return;
    }

  /* The new file is in place, but syncing its folder failed: it may not
   * survive a power cut, so the edits count as unsaved and the next save
   * writes them again, over the file we now know. */
  if (job->new_etag != NULL && !job->switch_file)
    remember_disk (self, job->new_etag, job->hash);

  set_error_field (self, &self->save_error, error, PROP_SAVE_ERROR);
}

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  OpsPlanStore *self = OPS_PLAN_STORE (object);
  g_autoptr(OpsSaveJob) job = g_steal_pointer (&self->saving);
  g_autoptr(GError) error = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);
  save_finished (self, job, error);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVING]);

  if (job->caller != NULL)
    {
      if (error != NULL)
        g_task_return_error (job->caller, g_steal_pointer (&error));
      else
        g_task_return_boolean (job->caller, TRUE);
    }

  start_next_save (self);
  if (self->saving == NULL && !g_queue_is_empty (&self->flushes))
    run_flushes (self);
  else if (self->saving == NULL && self->autosave_again)
    {
      self->autosave_again = FALSE;
      autosave_now (self);
    }
}

static void
start_next_save (OpsPlanStore *self)
{
  g_autoptr(GTask) task = NULL;

  if (self->saving != NULL || g_queue_is_empty (&self->save_queue))
    return;

  self->saving = g_queue_pop_head (&self->save_queue);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVING]);

  /* Not cancellable: a write that was started should finish. */
  task = g_task_new (self, NULL, save_done_cb, NULL);
  g_task_set_source_tag (task, start_next_save);
  g_task_set_name (task, "[opsladder] save plan");
  g_task_set_task_data (task, self->saving, NULL);
  g_task_run_in_thread (task, _ops_plan_store_save_thread);
}

static void
queue_save (OpsPlanStore *self,
            OpsSaveJob   *job)
{
  g_queue_push_tail (&self->save_queue, job);
  start_next_save (self);
}

static gboolean
save_pending (OpsPlanStore *self)
{
  return self->saving != NULL || !g_queue_is_empty (&self->save_queue);
}

static void
autosave_now (OpsPlanStore *self)
{
  g_autoptr(GError) error = NULL;
  OpsSaveJob *job;

  if (!self->can_autosave || !ops_plan_get_modified (self->plan))
    return;

  if (save_pending (self))
    {
      self->autosave_again = TRUE;
      return;
    }

  job = save_job_new (self, self->file, TRUE, &error);
  if (job == NULL)
    {
      set_error_field (self, &self->save_error, error, PROP_SAVE_ERROR);
      return;
    }
  queue_save (self, job);
}

/* Watching the file */

static void start_check (OpsPlanStore *self);

static void
check_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  OpsPlanStore *self = OPS_PLAN_STORE (object);
  guint serial = GPOINTER_TO_UINT (user_data);
  g_autofree char *hash = g_task_propagate_pointer (G_TASK (result), NULL);

  self->checking = FALSE;
  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  /* A missing or unreadable file (hash NULL) is left to the next event or
   * save; before the first load there is nothing to compare with. A check
   * that read the file before our last load or save says nothing about it
   * now. */
  if (hash != NULL && serial == self->disk_serial && (self->loaded || self->load_error != NULL) &&
      g_strcmp0 (hash, self->disk_hash) != 0 &&
      (self->saving == NULL || g_strcmp0 (hash, self->saving->hash) != 0) &&
      g_strcmp0 (hash, self->reported_hash) != 0)
    {
      g_free (self->reported_hash);
      self->reported_hash = g_steal_pointer (&hash);
      report_changed_on_disk (self);
    }

  if (self->check_again)
    {
      self->check_again = FALSE;
      start_check (self);
    }
}

/* Compares the file's content with what we last read or wrote (or are
 * writing): only a difference means someone else changed it. Timestamps
 * cannot tell, since our own rename arrives as an event too. */
static void
start_check (OpsPlanStore *self)
{
  g_autoptr(GTask) task = NULL;

  if (self->checking)
    {
      self->check_again = TRUE;
      return;
    }

  self->checking = TRUE;
  task = g_task_new (self, self->cancellable, check_done_cb, GUINT_TO_POINTER (self->disk_serial));
  g_task_set_source_tag (task, start_check);
  g_task_set_name (task, "[opsladder] check plan file");
  g_task_set_task_data (task, g_object_ref (self->file), g_object_unref);
  g_task_run_in_thread (task, _ops_plan_store_check_thread);
}

static void
file_monitor_changed_cb (GFileMonitor      *monitor,
                         GFile             *file,
                         GFile             *other_file,
                         GFileMonitorEvent  event,
                         gpointer           user_data)
{
  OpsPlanStore *self = user_data;

  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_RENAMED:
      start_check (self);
      break;

    /* A replace deletes before it creates; CHANGED comes before the
     * CHANGES_DONE_HINT that follows it. */
    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    default:
      break;
    }
}

/* Loading */

static void
load_job_free (OpsLoadJob *job)
{
  g_clear_object (&job->file);
  g_clear_object (&job->catalog);
  g_clear_object (&job->plan);
  g_free (job->etag);
  g_free (job->hash);
  g_free (job);
}

/* A failed load of the store's own file leaves the plan in memory as it
 * was, and stops every automatic save until the person decides. */
static void
load_failed (OpsPlanStore *self,
             OpsLoadJob   *job,
             const GError *error)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || !g_file_equal (job->file, self->file))
    return;

  self->loaded = FALSE;
  self->keep_broken = TRUE;
  set_error_field (self, &self->load_error, error, PROP_LOAD_ERROR);
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  OpsPlanStore *self = OPS_PLAN_STORE (object);
  g_autoptr(GTask) caller = user_data;
  OpsLoadJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  g_object_freeze_notify (G_OBJECT (self));
  self->n_loading--;
  if (self->n_loading == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);

  if (g_task_propagate_boolean (G_TASK (result), &error))
    adopt (self, job->plan, job->file, job->etag, job->hash);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) && g_file_equal (job->file, self->file))
    {
      /* No plan yet: start an empty one, saved once there is something in
       * it. */
      g_autoptr(OpsPlan) plan = ops_plan_new ();

      adopt (self, plan, job->file, NULL, NULL);
      g_clear_error (&error);
    }
  else
    load_failed (self, job, error);

  update_can_autosave (self);
  g_object_thaw_notify (G_OBJECT (self));

  if (error != NULL)
    g_task_return_error (caller, g_steal_pointer (&error));
  else
    g_task_return_boolean (caller, TRUE);
}

/* Public API */

/* Returns: (transfer full): where the plan is kept unless the person
 * chooses another file: $XDG_DATA_HOME/opsladder/plan.json */
GFile *
ops_plan_store_get_default_file (void)
{
  return g_file_new_build_filename (g_get_user_data_dir (), "opsladder", "plan.json", NULL);
}

/**
 * ops_plan_store_new:
 * @file: (nullable): the plan file, or %NULL for the default one
 * @catalog: (nullable): the catalog, to recognise unknown catalog ids
 *
 * The store starts with an empty plan that is not saved until
 * ops_plan_store_load_async() has read the file.
 *
 * Returns: (transfer full): the store
 */
OpsPlanStore *
ops_plan_store_new (GFile      *file,
                    OpsCatalog *catalog)
{
  g_autoptr(GFile) default_file = NULL;

  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);
  g_return_val_if_fail (catalog == NULL || OPS_IS_CATALOG (catalog), NULL);

  if (file == NULL)
    file = default_file = ops_plan_store_get_default_file ();

  return g_object_new (OPS_TYPE_PLAN_STORE, "file", file, "catalog", catalog, NULL);
}

/* The current plan; it is replaced (with a notification) by a load or
 * ops_plan_store_new_plan(). (transfer none) */
OpsPlan *
ops_plan_store_get_plan (OpsPlanStore *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_STORE (self), NULL);

  return self->plan;
}

/* (transfer none) */
GFile *
ops_plan_store_get_file (OpsPlanStore *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_STORE (self), NULL);

  return self->file;
}

/* (transfer none) (nullable) */
OpsCatalog *
ops_plan_store_get_catalog (OpsPlanStore *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_STORE (self), NULL);

  return self->catalog;
}

gboolean
ops_plan_store_get_loading (OpsPlanStore *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_STORE (self), FALSE);

  return self->n_loading > 0;
}

gboolean
ops_plan_store_get_saving (OpsPlanStore *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_STORE (self), FALSE);

  return self->saving != NULL;
}

/* Why the store's file could not be loaded, or %NULL. While it is set
 * nothing is saved automatically. */
const GError *
ops_plan_store_get_load_error (OpsPlanStore *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_STORE (self), NULL);

  return self->load_error;
}

/* Why the last save failed, or %NULL once one succeeds. */
const GError *
ops_plan_store_get_save_error (OpsPlanStore *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_STORE (self), NULL);

  return self->save_error;
}

/* Whether someone else changed the file since we last read or wrote it.
 * Autosave waits until the person reloads or saves. */
gboolean
ops_plan_store_get_changed_on_disk (OpsPlanStore *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_STORE (self), FALSE);

  return self->changed_on_disk;
}

/* Whether edits are being saved automatically: a plan was loaded (or
 * started) for the file, it is not read-only, and neither a load error nor
 * a change on disk is waiting for the person. */
gboolean
ops_plan_store_get_can_autosave (OpsPlanStore *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_STORE (self), FALSE);

  return self->can_autosave;
}

/* Whether an edit to the plan can be kept, so the interface may offer
 * one: a plan belongs to the file and is not read-only, no load error is
 * waiting for the person, and no load is under way (its plan would replace
 * this one, and the edit with it). A change on disk does not stop edits:
 * the person may still save their own version. */
gboolean
ops_plan_store_get_editable (OpsPlanStore *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_STORE (self), FALSE);

  return self->editable;
}

guint
ops_plan_store_get_autosave_delay (OpsPlanStore *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_STORE (self), 0);

  return self->autosave_delay;
}

/* How long after an edit the plan is saved, in milliseconds. */
void
ops_plan_store_set_autosave_delay (OpsPlanStore *self,
                                   guint         delay_ms)
{
  g_return_if_fail (OPS_IS_PLAN_STORE (self));

  if (self->autosave_delay == delay_ms)
    return;

  self->autosave_delay = delay_ms;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTOSAVE_DELAY]);
}

/* Loads the store's own file; see ops_plan_store_load_file_async(). */
void
ops_plan_store_load_async (OpsPlanStore        *self,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_return_if_fail (OPS_IS_PLAN_STORE (self));

  ops_plan_store_load_file_async (self, self->file, cancellable, callback, user_data);
}

gboolean
ops_plan_store_load_finish (OpsPlanStore  *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  return ops_plan_store_load_file_finish (self, result, error);
}

/**
 * ops_plan_store_load_file_async:
 * @self: the store
 * @file: the plan file to open
 * @cancellable: (nullable): to give up
 * @callback: called when done
 * @user_data: for @callback
 *
 * Reads @file in a worker thread. On success its plan and @file become the
 * store's (both notify), replacing the current plan, saved or not.
 *
 * If @file is the store's own file, a missing file gives an empty plan
 * and any other failure sets #OpsPlanStore:load-error, keeps the plan in
 * memory and stops automatic saves, so the file is never overwritten
 * until the person saves explicitly or starts a new plan (and then the
 * unreadable file is first copied to "plan.json.broken"). For another
 * file, a failure leaves the store as it was.
 *
 * A file written by a newer OpsLadder loads without error as a read-only
 * plan, which is never saved.
 */
void
ops_plan_store_load_file_async (OpsPlanStore        *self,
                                GFile               *file,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) caller = NULL;
  g_autoptr(GTask) task = NULL;
  OpsLoadJob *job;

  g_return_if_fail (OPS_IS_PLAN_STORE (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  caller = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (caller, ops_plan_store_load_file_async);

  job = g_new0 (OpsLoadJob, 1);
  job->file = g_object_ref (file);
  job->catalog = self->catalog ? g_object_ref (self->catalog) : NULL;
  /* No save can start while a load is under way. */
  job->clean = !save_pending (self);

  if (self->n_loading++ == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
  update_can_autosave (self);

  task = g_task_new (self, cancellable, load_done_cb, g_steal_pointer (&caller));
  g_task_set_source_tag (task, ops_plan_store_load_file_async);
  g_task_set_name (task, "[opsladder] load plan");
  g_task_set_task_data (task, job, (GDestroyNotify) load_job_free);
  g_task_run_in_thread (task, _ops_plan_store_load_thread);
}

gboolean
ops_plan_store_load_file_finish (OpsPlanStore  *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (OPS_IS_PLAN_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
save_to (OpsPlanStore        *self,
         GFile               *file,
         GCancellable        *cancellable,
         GAsyncReadyCallback  callback,
         gpointer             user_data,
         gpointer             source_tag)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autoptr(GError) error = NULL;
  OpsSaveJob *job;

  g_task_set_source_tag (task, source_tag);

  if (ops_plan_get_read_only (self->plan))
    {
      g_task_return_new_error_literal (task, OPS_ERROR, OPS_ERROR_PLAN_TOO_NEW,
                                       _("This plan was written by a newer version of OpsLadder, "
                                         "which is needed to change it"));
      return;
    }
  if (self->n_loading > 0)
    {
      g_task_return_new_error_literal (task, G_IO_ERROR, G_IO_ERROR_PENDING, _("The plan is still being loaded"));
      return;
    }

  job = save_job_new (self, file, FALSE, &error);
  if (job == NULL)
    {
      set_error_field (self, &self->save_error, error, PROP_SAVE_ERROR);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* A save of the store's file covers a pending autosave; a save as
   * another file, which may fail, does not. */
  if (!job->switch_file)
    cancel_autosave (self);
  job->caller = g_steal_pointer (&task);
  queue_save (self, job);
}

/**
 * ops_plan_store_save_async:
 * @self: the store
 * @cancellable: (nullable): unused: a save that started finishes
 * @callback: called when done
 * @user_data: for @callback
 *
 * Saves the plan now, because the person asked to. Unlike an autosave
 * this overwrites a file that failed to load or that someone else
 * changed, and so ends those states. It fails for a read-only plan.
 */
void
ops_plan_store_save_async (OpsPlanStore        *self,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_return_if_fail (OPS_IS_PLAN_STORE (self));

  save_to (self, self->file, cancellable, callback, user_data, ops_plan_store_save_async);
}

gboolean
ops_plan_store_save_finish (OpsPlanStore  *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (OPS_IS_PLAN_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Saves to @file, which then becomes the store's file. */
void
ops_plan_store_save_as_async (OpsPlanStore        *self,
                              GFile               *file,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_return_if_fail (OPS_IS_PLAN_STORE (self));
  g_return_if_fail (G_IS_FILE (file));

  save_to (self, file, cancellable, callback, user_data, ops_plan_store_save_as_async);
}

gboolean
ops_plan_store_save_as_finish (OpsPlanStore  *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (OPS_IS_PLAN_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * ops_plan_store_new_plan:
 * @self: the store
 * @plan: a plan, e.g. from ops_plan_new_starter()
 *
 * Starts over with @plan in the store's file: the person's explicit
 * choice, so it ends a load error or a change on disk, and @plan is
 * autosaved (if modified) over whatever the file holds. An unreadable
 * file is first copied to "plan.json.broken".
 */
void
ops_plan_store_new_plan (OpsPlanStore *self,
                         OpsPlan      *plan)
{
  g_return_if_fail (OPS_IS_PLAN_STORE (self));
  g_return_if_fail (OPS_IS_PLAN (plan));
  g_return_if_fail (!ops_plan_get_read_only (plan));

  g_object_freeze_notify (G_OBJECT (self));

  self->generation++;
  cancel_autosave (self);
  self->loaded = TRUE;
  set_plan (self, plan);
  /* Overwrite whatever is there now. */
  g_clear_pointer (&self->etag, g_free);
  set_error_field (self, &self->load_error, NULL, PROP_LOAD_ERROR);
  set_flag (self, &self->changed_on_disk, FALSE, PROP_CHANGED_ON_DISK);
  update_can_autosave (self);

  g_object_thaw_notify (G_OBJECT (self));

  schedule_autosave (self);
}

/**
 * ops_plan_store_get_has_unsaved_changes:
 * @self: the store
 *
 * Whether closing now would lose something the person made: an edit not
 * yet written, or a save still under way. Edits to a plan that could not
 * be read or is read-only never count; they were never offered.
 *
 * Returns: %TRUE if ops_plan_store_flush_async() has work to do
 */
gboolean
ops_plan_store_get_has_unsaved_changes (OpsPlanStore *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_STORE (self), FALSE);

  return save_pending (self) ||
         (self->editable && ops_plan_get_modified (self->plan));
}

/* Each waiting flush writes what an autosave would, now that no earlier
 * save can change the etag under it. */
static void
run_flushes (OpsPlanStore *self)
{
  g_autoptr(GTask) task = g_queue_pop_head (&self->flushes);
  g_autoptr(GError) error = NULL;
  OpsSaveJob *job;

  g_assert (!save_pending (self));

  cancel_autosave (self);
  self->autosave_again = FALSE;
  if (self->changed_on_disk && self->editable && ops_plan_get_modified (self->plan))
    g_task_return_new_error_literal (task, OPS_ERROR, OPS_ERROR_PLAN_CHANGED,
                                     _("another program changed the file since it was last read"));
  else if (!self->can_autosave || !ops_plan_get_modified (self->plan))
    g_task_return_boolean (task, TRUE);
  else if ((job = save_job_new (self, self->file, TRUE, &error)) == NULL)
    {
      set_error_field (self, &self->save_error, error, PROP_SAVE_ERROR);
      g_task_return_error (task, g_steal_pointer (&error));
    }
  else
    {
      job->caller = g_steal_pointer (&task);
      queue_save (self, job);
      return;
    }

  if (!g_queue_is_empty (&self->flushes))
    run_flushes (self);
}

/**
 * ops_plan_store_flush_async:
 * @self: the store
 * @cancellable: (nullable): unused: a save that started finishes
 * @callback: called when the plan is on disk, or why not
 * @user_data: for @callback
 *
 * For closing: writes now what an autosave would write, after the saves
 * in progress, without waiting for the autosave delay. Like an autosave it
 * never overwrites a file someone else changed: then it fails with
 * %OPS_ERROR_PLAN_CHANGED and #OpsPlanStore:changed-on-disk is set, and the
 * person must choose (ops_plan_store_save_async() keeps their version).
 * With nothing to write (no edits, a load error, a read-only plan) it
 * succeeds at once.
 */
void
ops_plan_store_flush_async (OpsPlanStore        *self,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (OPS_IS_PLAN_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ops_plan_store_flush_async);
  g_queue_push_tail (&self->flushes, g_steal_pointer (&task));
  if (!save_pending (self))
    run_flushes (self);
}

gboolean
ops_plan_store_flush_finish (OpsPlanStore  *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (OPS_IS_PLAN_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * ops_plan_store_get_conflict_file:
 * @self: the store
 * @time: when the copy is made
 *
 * Where the person's version goes when the app must end during a
 * conflict without asking them: beside the plan, as
 * "plan.json.conflict-YYYYMMDD-HHMMSS".
 *
 * Returns: (transfer full): the file
 */
GFile *
ops_plan_store_get_conflict_file (OpsPlanStore *self,
                                  GDateTime    *time)
{
  g_autofree char *name = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *copy = NULL;
  g_autoptr(GFile) parent = NULL;

  g_return_val_if_fail (OPS_IS_PLAN_STORE (self), NULL);
  g_return_val_if_fail (time != NULL, NULL);

  name = g_file_get_basename (self->file);
  stamp = g_date_time_format (time, "%Y%m%d-%H%M%S");
  copy = g_strconcat (name, ".conflict-", stamp, NULL);
  parent = g_file_get_parent (self->file);

  return g_file_get_child (parent, copy);
}

/**
 * ops_plan_store_find_conflict_copy_async:
 * @self: the store
 * @cancellable: (nullable): to give up
 * @callback: called with the answer
 * @user_data: for @callback
 *
 * Looks beside the plan for a copy written by an earlier run that ended
 * during a conflict (see ops_plan_store_get_conflict_file()), newer than
 * the plan itself, so that the person can be told where it is.
 */
void
ops_plan_store_find_conflict_copy_async (OpsPlanStore        *self,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (OPS_IS_PLAN_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ops_plan_store_find_conflict_copy_async);
  g_task_set_name (task, "[opsladder] find conflict copy");
  g_task_set_task_data (task, g_object_ref (self->file), g_object_unref);
  g_task_run_in_thread (task, _ops_plan_store_find_conflict_thread);
}

/* Returns: (transfer full) (nullable): the copy, or %NULL if there is none */
GFile *
ops_plan_store_find_conflict_copy_finish (OpsPlanStore  *self,
                                          GAsyncResult  *result,
                                          GError       **error)
{
  g_return_val_if_fail (OPS_IS_PLAN_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* GObject */

static void
ops_plan_store_dispose (GObject *object)
{
  OpsPlanStore *self = OPS_PLAN_STORE (object);

  cancel_autosave (self);
  g_cancellable_cancel (self->cancellable);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_clear_signal_handler (&self->changed_id, self->plan);
  g_clear_object (&self->plan);
  g_clear_object (&self->catalog);
  g_clear_object (&self->file);
  g_queue_clear_full (&self->save_queue, (GDestroyNotify) save_job_free);
  g_assert (g_queue_is_empty (&self->flushes));

  G_OBJECT_CLASS (ops_plan_store_parent_class)->dispose (object);
}

static void
ops_plan_store_finalize (GObject *object)
{
  OpsPlanStore *self = OPS_PLAN_STORE (object);

  g_assert (self->saving == NULL);

  g_clear_error (&self->load_error);
  g_clear_error (&self->save_error);
  g_free (self->etag);
  g_free (self->disk_hash);
  g_free (self->reported_hash);
  g_clear_object (&self->cancellable);
  g_main_context_unref (self->context);

  G_OBJECT_CLASS (ops_plan_store_parent_class)->finalize (object);
}

static void
ops_plan_store_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  OpsPlanStore *self = OPS_PLAN_STORE (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, ops_plan_store_get_loading (self));
      break;
    case PROP_SAVING:
      g_value_set_boolean (value, ops_plan_store_get_saving (self));
      break;
    case PROP_LOAD_ERROR:
      g_value_set_boxed (value, self->load_error);
      break;
    case PROP_SAVE_ERROR:
      g_value_set_boxed (value, self->save_error);
      break;
    case PROP_CHANGED_ON_DISK:
      g_value_set_boolean (value, self->changed_on_disk);
      break;
    case PROP_CAN_AUTOSAVE:
      g_value_set_boolean (value, self->can_autosave);
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;
    case PROP_AUTOSAVE_DELAY:
      g_value_set_uint (value, self->autosave_delay);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_plan_store_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  OpsPlanStore *self = OPS_PLAN_STORE (object);

  switch (prop_id)
    {
    case PROP_FILE:
      if (g_value_get_object (value) != NULL)
        set_file (self, g_value_get_object (value));
      else
        {
          g_autoptr(GFile) file = ops_plan_store_get_default_file ();

          set_file (self, file);
        }
      break;
    case PROP_CATALOG:
      self->catalog = g_value_dup_object (value);
      break;
    case PROP_AUTOSAVE_DELAY:
      ops_plan_store_set_autosave_delay (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_plan_store_class_init (OpsPlanStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = ops_plan_store_dispose;
  object_class->finalize = ops_plan_store_finalize;
  object_class->get_property = ops_plan_store_get_property;
  object_class->set_property = ops_plan_store_set_property;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, OPS_TYPE_PLAN, ro);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         construct | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, OPS_TYPE_CATALOG, construct);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE, ro);
  properties[PROP_SAVING] =
    g_param_spec_boolean ("saving", NULL, NULL, FALSE, ro);
  properties[PROP_LOAD_ERROR] =
    g_param_spec_boxed ("load-error", NULL, NULL, G_TYPE_ERROR, ro);
  properties[PROP_SAVE_ERROR] =
    g_param_spec_boxed ("save-error", NULL, NULL, G_TYPE_ERROR, ro);
  properties[PROP_CHANGED_ON_DISK] =
    g_param_spec_boolean ("changed-on-disk", NULL, NULL, FALSE, ro);
  properties[PROP_CAN_AUTOSAVE] =
    g_param_spec_boolean ("can-autosave", NULL, NULL, FALSE, ro);
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, FALSE, ro);
  properties[PROP_AUTOSAVE_DELAY] =
    g_param_spec_uint ("autosave-delay", NULL, NULL, 0, G_MAXUINT, DEFAULT_AUTOSAVE_DELAY_MS,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OpsPlanStore::file-changed-on-disk:
   *
   * Someone else changed the store's file since we last read or wrote it
   * (our own saves never cause this). Autosave stops; offer to reload
   * (ops_plan_store_load_async()) or to keep this version
   * (ops_plan_store_save_async()). Emitted once per foreign content.
   */
  signals[FILE_CHANGED_ON_DISK] =
    g_signal_new ("file-changed-on-disk", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ops_plan_store_init (OpsPlanStore *self)
{
  self->context = g_main_context_ref_thread_default ();
  self->cancellable = g_cancellable_new ();
  self->autosave_delay = DEFAULT_AUTOSAVE_DELAY_MS;
  self->plan = ops_plan_new ();
  self->changed_id = g_signal_connect_swapped (self->plan, "changed", G_CALLBACK (plan_changed_cb), self);
  g_queue_init (&self->save_queue);
  g_queue_init (&self->flushes);
}
