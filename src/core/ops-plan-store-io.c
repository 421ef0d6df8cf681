/* ops-plan-store-io.c: the plan store's file work, on worker threads
 *
 * Everything OpsPlanStore runs in a GTask thread: reading and parsing the
 * plan, checking whether someone else changed the file, writing it
 * (after reading the bytes back, with a backup, and a copy of a file it
 * could not read), and finding the copies a conflict left. None of it
 * touches the store: each function has only its task data, so the
 * store's state stays on the main thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-error.h"
#include "ops-plan-file.h"
#include "ops-plan-serializer.h"
#include "ops-plan-store-io.h"

char *
_ops_plan_store_hash_bytes (GBytes *bytes)
{
  return g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
}

static GFile *
broken_copy_for (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *broken = g_strconcat (name, ".broken", NULL);
  g_autoptr(GFile) parent = g_file_get_parent (file);

  return g_file_get_child (parent, broken);
}

/* The unreadable file is the person's data: the backup alone would keep
 * it for one save only, so it gets a copy of its own. */
static gboolean
keep_broken_copy (GFile         *file,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFile) broken = broken_copy_for (file);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFileInfo) info = NULL;
  char *contents = NULL;
  gsize len = 0;

  /* Only a regular file is copied: a FIFO would block the read; the
   * replace that follows refuses anything else. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  if (info == NULL || g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    return TRUE;

  if (!g_file_load_contents (file, cancellable, &contents, &len, NULL, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  bytes = g_bytes_new_take (contents, len);

  return ops_file_replace (broken, bytes, NULL, OPS_REPLACE_NONE, NULL, cancellable, error);
}

/* Says why a save failed in words for "Your plan could not be saved: %s",
 * as %OPS_ERROR_SAVE_FAILED; a conflict stays %OPS_ERROR_PLAN_CHANGED. */
static void
set_save_error (GError **error,
                GError  *cause)
{
  if (g_error_matches (cause, OPS_ERROR, OPS_ERROR_PLAN_CHANGED) ||
      g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, cause);
  else
    {
      g_set_error_literal (error, OPS_ERROR, OPS_ERROR_SAVE_FAILED,
                           g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_NO_SPACE)
                             ? _("no space left on the disk") : cause->message);
      g_error_free (cause);
    }
}

/* The whole save, on a worker thread. */
static gboolean
write_file (OpsSaveJob    *job,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (job->file);
  g_autoptr(OpsPlan) read_back = NULL;
  GError *local_error = NULL;

  /* A file we could not read back is worse than no save at all: a text
   * longer than the reader takes, say, pasted into a title. */
  read_back = ops_plan_load_from_bytes (job->bytes, NULL, &local_error);
  if (read_back == NULL)
    {
      set_save_error (error, local_error);
      return FALSE;
    }

  if (parent != NULL &&
      !g_file_make_directory_with_parents (parent, cancellable, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      set_save_error (error, local_error);
      return FALSE;
    }
  g_clear_error (&local_error);

  if ((job->keep_broken && parent != NULL && !keep_broken_copy (job->file, cancellable, &local_error)) ||
      !ops_file_replace (job->file, job->bytes, job->etag, OPS_REPLACE_BACKUP, &job->new_etag,
                         cancellable, &local_error))
    {
      set_save_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}

void
_ops_plan_store_save_thread (GTask        *task,
                             gpointer      source_object,
                             gpointer      task_data,
                             GCancellable *cancellable)
{
  GError *error = NULL;

  if (write_file (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
_ops_plan_store_check_thread (GTask        *task,
                              gpointer      source_object,
                              gpointer      task_data,
                              GCancellable *cancellable)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = ops_plan_file_read (task_data, NULL, cancellable, &error);
  if (bytes != NULL)
    g_task_return_pointer (task, _ops_plan_store_hash_bytes (bytes), g_free);
  else if (g_error_matches (error, OPS_ERROR, OPS_ERROR_PLAN_INVALID))
    g_task_return_pointer (task, g_strdup ("too large"), g_free);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

void
_ops_plan_store_load_thread (GTask        *task,
                             gpointer      source_object,
                             gpointer      task_data,
                             GCancellable *cancellable)
{
  OpsLoadJob *job = task_data;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;

  if (job->clean)
    ops_plan_file_clean_temporaries (job->file);
  bytes = ops_plan_file_read (job->file, &job->etag, cancellable, &error);
  if (bytes != NULL)
    job->plan = ops_plan_load_from_bytes (bytes, job->catalog, &error);

  if (job->plan == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  job->hash = _ops_plan_store_hash_bytes (bytes);
  g_task_return_boolean (task, TRUE);
}

static gint64
modified_time (GFileInfo *info)
{
  g_autoptr(GDateTime) time = g_file_info_get_modification_date_time (info);

  return time != NULL ? g_date_time_to_unix_usec (time) : 0;
}

/* The newest conflict copy of @task_data that is not older than the plan:
 * one the person has not been back to the plan since. */
void
_ops_plan_store_find_conflict_thread (GTask        *task,
                                      gpointer      source_object,
                                      gpointer      task_data,
                                      GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *prefix = g_strconcat (name, ".conflict-", NULL);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFileInfo) plan_info = NULL;
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GFile) newest = NULL;
  gint64 newest_time;
  GFileInfo *info;
  GFile *child;

  plan_info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED "," G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                                 G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  newest_time = plan_info != NULL ? modified_time (plan_info) : 0;
  children = g_file_enumerate_children (parent,
                                        G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                        G_FILE_ATTRIBUTE_TIME_MODIFIED "," G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable, NULL);
  while (children != NULL &&
         g_file_enumerator_iterate (children, &info, &child, cancellable, NULL) && info != NULL)
    {
      if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR &&
          g_str_has_prefix (g_file_info_get_name (info), prefix) &&
          modified_time (info) >= newest_time)
        {
          newest_time = modified_time (info);
          g_set_object (&newest, child);
        }
    }

  g_task_return_pointer (task, g_steal_pointer (&newest), g_object_unref);
}
