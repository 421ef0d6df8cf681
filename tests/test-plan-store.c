/* test-plan-store.c: where the plan lives between sessions, and what
 * protects it there
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <sys/stat.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "ops-catalog.h"
#include "ops-error.h"
#include "ops-plan.h"
#include "ops-plan-file.h"
#include "ops-plan-serializer.h"
#include "ops-plan-store.h"
#include "ops-test-util.h"

#define PLAN_A "{\n  \"format\": 1,\n  \"owner-name\": \"Disk\",\n  \"items\": []\n}\n"
#define FOREIGN "{\"format\": 1, \"owner-name\": \"Someone else\", \"items\": []}\n"
#define BROKEN "{\"format\": 1, \"owner-name\": \"Ada\",, }"
#define NEWER "{\"format\": 7, \"owner-name\": \"Future\", \"items\": []}\n"

static OpsCatalog *catalog;

/* Main loop helpers */

/* Runs the main loop until @condition holds, failing after a bound far
 * beyond anything the condition should need. */
#define WAIT_UNTIL(condition)                                              \
  G_STMT_START {                                                           \
    gboolean timed_out_ = FALSE;                                           \
    guint id_ = g_timeout_add_seconds (30, ops_test_set_flag_cb, &timed_out_);       \
    while (!(condition) && !timed_out_)                                    \
      g_main_context_iteration (NULL, TRUE);                               \
    if (!(condition))                                                      \
      g_error ("Timed out waiting for %s", #condition);                    \
    if (!timed_out_)                                                       \
      g_source_remove (id_);                                               \
  } G_STMT_END

static void
result_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static gboolean
load (OpsPlanStore  *store,
      GFile         *file,
      GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  if (file != NULL)
    ops_plan_store_load_file_async (store, file, NULL, result_cb, &result);
  else
    ops_plan_store_load_async (store, NULL, result_cb, &result);
  WAIT_UNTIL (result != NULL);

  return ops_plan_store_load_file_finish (store, result, error);
}

static gboolean
save (OpsPlanStore  *store,
      GFile         *file,
      GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  if (file != NULL)
    {
      ops_plan_store_save_as_async (store, file, NULL, result_cb, &result);
      WAIT_UNTIL (result != NULL);
      return ops_plan_store_save_as_finish (store, result, error);
    }

  ops_plan_store_save_async (store, NULL, result_cb, &result);
  WAIT_UNTIL (result != NULL);

  return ops_plan_store_save_finish (store, result, error);
}

/* What closing the window does: the pending autosave, now. */
static gboolean
flush (OpsPlanStore  *store,
       GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_plan_store_flush_async (store, NULL, result_cb, &result);
  WAIT_UNTIL (result != NULL);

  return ops_plan_store_flush_finish (store, result, error);
}

/* Files */

static char *
data_path (const char *name)
{
  return g_build_filename (g_get_user_data_dir (), "opsladder", name, NULL);
}

static void
write_text (const char *path,
            const char *text)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

static char *
read_text (const char *path)
{
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;

  return contents;
}

static gboolean
file_holds (const char *path,
            const char *expected)
{
  g_autofree char *contents = read_text (path);

  return g_strcmp0 (contents, expected) == 0;
}

static char *
plan_text (OpsPlan *plan)
{
  g_autoptr(GBytes) bytes = ops_plan_to_bytes (plan);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static gboolean
file_holds_plan (const char *path,
                 OpsPlan    *plan)
{
  g_autofree char *expected = plan_text (plan);

  return file_holds (path, expected);
}

static OpsPlanStore *
store_for (const char *path,
           guint       autosave_delay)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  OpsPlanStore *store = ops_plan_store_new (file, catalog);

  ops_plan_store_set_autosave_delay (store, autosave_delay);

  return store;
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
count_signal_cb (gpointer  object,
                 guint    *count)
{
  (*count)++;
}

static void
add_item (OpsPlanStore *store,
          const char   *title)
{
  g_autoptr(OpsPlanItem) item = ops_plan_item_new (OPS_PLAN_ITEM_KIND_CUSTOM, title);

  ops_plan_add_item (ops_plan_store_get_plan (store), item);
}

/* Tests */

static void
test_first_run (void)
{
  g_autoptr(OpsPlanStore) store = ops_plan_store_new (NULL, catalog);
  g_autoptr(GFile) expected = ops_plan_store_get_default_file ();
  g_autofree char *path = data_path ("plan.json");
  g_autoptr(GError) error = NULL;
  OpsPlan *plan;

  g_assert_true (g_file_equal (ops_plan_store_get_file (store), expected));
  g_assert_cmpstr (g_file_peek_path (expected), ==, path);
  ops_plan_store_set_autosave_delay (store, 20);

  /* No file yet is no error: an empty plan, written once it has content. */
  g_assert_true (load (store, NULL, &error));
  g_assert_no_error (error);
  plan = ops_plan_store_get_plan (store);
  g_assert_cmpuint (g_list_model_get_n_items (ops_plan_get_items (plan)), ==, 0);
  g_assert_true (ops_plan_store_get_can_autosave (store));
  g_assert_true (ops_plan_store_get_editable (store));
  g_assert_null (ops_plan_store_get_load_error (store));
  ops_test_spin (100);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  add_item (store, "First step");
  WAIT_UNTIL (!ops_plan_get_modified (plan));
  g_assert_true (file_holds_plan (path, plan));
}

static void
test_no_autosave_before_load (void)
{
  g_autofree char *path = data_path ("plan.json");
  g_autoptr(OpsPlanStore) store = store_for (path, 10);
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;

  write_text (path, PLAN_A);

  /* Whatever happens to the placeholder plan before the file was read must
   * not reach the file. */
  g_assert_false (ops_plan_store_get_can_autosave (store));
  g_assert_false (ops_plan_store_get_editable (store));
  ops_plan_set_owner_name (ops_plan_store_get_plan (store), "Placeholder");
  ops_test_spin (100);
  g_assert_true (flush (store, &error));
  g_assert_true (file_holds (path, PLAN_A));

  ops_plan_store_load_async (store, NULL, result_cb, &result);
  g_assert_true (ops_plan_store_get_loading (store));
  g_assert_false (ops_plan_store_get_can_autosave (store));
  /* The loaded plan will replace this one: the interface offers no edit. */
  g_assert_false (ops_plan_store_get_editable (store));
  ops_plan_set_why (ops_plan_store_get_plan (store), "Typed while loading");
  WAIT_UNTIL (result != NULL);
  g_assert_true (ops_plan_store_load_finish (store, result, &error));
  g_assert_no_error (error);

  g_assert_false (ops_plan_store_get_loading (store));
  g_assert_true (ops_plan_store_get_editable (store));
  g_assert_cmpstr (ops_plan_get_owner_name (ops_plan_store_get_plan (store)), ==, "Disk");
  g_assert_false (ops_plan_get_modified (ops_plan_store_get_plan (store)));
  ops_test_spin (100);
  g_assert_true (file_holds (path, PLAN_A));
}

static void
test_autosave_keeps_backup (void)
{
  g_autofree char *path = data_path ("plan.json");
  g_autofree char *backup = data_path ("plan.json~");
  g_autoptr(OpsPlanStore) store = store_for (path, 20);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  OpsPlan *plan;
  guint saving = 0;

  write_text (path, PLAN_A);
  g_assert_true (load (store, NULL, &error));
  plan = ops_plan_store_get_plan (store);
  g_signal_connect (store, "notify::saving", G_CALLBACK (count_cb), &saving);

  ops_plan_set_owner_name (plan, "Ada");
  g_assert_true (ops_plan_get_modified (plan));
  WAIT_UNTIL (!ops_plan_get_modified (plan));
  g_assert_true (file_holds_plan (path, plan));
  g_assert_true (file_holds (backup, PLAN_A));
  g_assert_cmpuint (saving, ==, 2);
  /* Saving is not a reason to forget the undo history. */
  g_assert_true (ops_plan_get_can_undo (plan));

  first = plan_text (plan);
  add_item (store, "Lean basics");
  WAIT_UNTIL (!ops_plan_get_modified (plan));
  g_assert_true (file_holds_plan (path, plan));
  g_assert_true (file_holds (backup, first));
}

static void
test_flush_writes_now (void)
{
  g_autofree char *path = data_path ("plan.json");
  /* An hour: only the flush can have written. */
  g_autoptr(OpsPlanStore) store = store_for (path, 3600 * 1000);
  g_autoptr(GError) error = NULL;
  OpsPlan *plan;

  g_assert_true (load (store, NULL, &error));
  plan = ops_plan_store_get_plan (store);
  add_item (store, "CPIM");

  g_assert_true (flush (store, &error));
  g_assert_no_error (error);
  g_assert_true (file_holds_plan (path, plan));
  g_assert_false (ops_plan_get_modified (plan));

  /* Nothing to write is success too. */
  g_assert_true (flush (store, &error));
  g_assert_no_error (error);
}

static void
test_failed_save_keeps_old_file (void)
{
  g_autofree char *path = data_path ("plan.json");
  g_autofree char *backup = data_path ("plan.json~");
  g_autoptr(OpsPlanStore) store = store_for (path, 20);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) save_error = NULL;
  OpsPlan *plan;
  guint notified = 0;

  write_text (path, PLAN_A);
  g_assert_true (load (store, NULL, &error));
  plan = ops_plan_store_get_plan (store);
  g_signal_connect (store, "notify::save-error", G_CALLBACK (count_cb), &notified);

  /* Tests run as root, where permissions stop nothing; a folder where the
   * backup must go makes the replace fail before it touches the file. */
  g_assert_no_errno (g_mkdir (backup, 0700));
  ops_plan_set_owner_name (plan, "Unsaved");
  WAIT_UNTIL (ops_plan_store_get_save_error (store) != NULL);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_error ((GError *) ops_plan_store_get_save_error (store), OPS_ERROR, OPS_ERROR_SAVE_FAILED);
  g_assert_true (file_holds (path, PLAN_A));
  g_assert_cmpstr (ops_plan_get_owner_name (plan), ==, "Unsaved");
  g_assert_true (ops_plan_get_modified (plan));

  g_assert_false (flush (store, &error));
  g_assert_error (error, OPS_ERROR, OPS_ERROR_SAVE_FAILED);
  g_clear_error (&error);
  g_assert_false (save (store, NULL, &save_error));
  g_assert_error (save_error, OPS_ERROR, OPS_ERROR_SAVE_FAILED);
  g_assert_true (file_holds (path, PLAN_A));
  g_assert_true (ops_plan_get_modified (plan));

  /* Once the way is clear, the next edit saves and the error goes. */
  g_assert_no_errno (g_rmdir (backup));
  ops_plan_set_why (plan, "Because");
  WAIT_UNTIL (!ops_plan_get_modified (plan));
  g_assert_null (ops_plan_store_get_save_error (store));
  g_assert_true (file_holds_plan (path, plan));
  g_assert_true (file_holds (backup, PLAN_A));
}

static void
test_save_as_into_a_file (void)
{
  g_autofree char *path = data_path ("plan.json");
  g_autofree char *blocker = data_path ("not-a-folder");
  g_autofree char *inside = g_build_filename (blocker, "plan.json", NULL);
  g_autoptr(GFile) target = g_file_new_for_path (inside);
  g_autoptr(OpsPlanStore) store = store_for (path, 20);
  g_autoptr(GError) error = NULL;

  write_text (path, PLAN_A);
  write_text (blocker, "just a file");
  g_assert_true (load (store, NULL, &error));
  ops_plan_set_owner_name (ops_plan_store_get_plan (store), "Ada");

  g_assert_false (save (store, target, &error));
  g_assert_error (error, OPS_ERROR, OPS_ERROR_SAVE_FAILED);
  g_assert_nonnull (ops_plan_store_get_save_error (store));
  g_assert_true (file_holds (blocker, "just a file"));
  /* The store stays with its file, and saves there. */
  g_assert_cmpstr (g_file_peek_path (ops_plan_store_get_file (store)), ==, path);
  WAIT_UNTIL (!ops_plan_get_modified (ops_plan_store_get_plan (store)));
  g_assert_true (file_holds_plan (path, ops_plan_store_get_plan (store)));
}

static void
test_plan_path_is_a_folder (void)
{
  g_autofree char *path = data_path ("plan.json");
  g_autoptr(OpsPlanStore) store = store_for (path, 10);
  g_autoptr(GError) error = NULL;

  g_assert_no_errno (g_mkdir_with_parents (path, 0700));
  g_assert_false (load (store, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_nonnull (ops_plan_store_get_load_error (store));
  g_clear_error (&error);

  ops_plan_set_owner_name (ops_plan_store_get_plan (store), "Ada");
  g_assert_false (save (store, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (ops_plan_store_get_save_error (store));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
}

static void
test_save_as (void)
{
  g_autofree char *path = data_path ("plan.json");
  g_autofree char *other = g_build_filename (g_get_user_data_dir (), "Documents", "mentor copy.json", NULL);
  g_autoptr(GFile) other_file = g_file_new_for_path (other);
  g_autoptr(OpsPlanStore) store = store_for (path, 20);
  g_autoptr(GError) error = NULL;
  guint file_notified = 0;
  OpsPlan *plan;

  write_text (path, PLAN_A);
  g_assert_true (load (store, NULL, &error));
  plan = ops_plan_store_get_plan (store);
  g_signal_connect (store, "notify::file", G_CALLBACK (count_cb), &file_notified);
  ops_plan_set_owner_name (plan, "Ada");

  /* Folders on the way are made. */
  g_assert_true (save (store, other_file, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (file_notified, ==, 1);
  g_assert_true (g_file_equal (ops_plan_store_get_file (store), other_file));
  g_assert_true (file_holds_plan (other, plan));
  g_assert_false (ops_plan_get_modified (plan));

  /* From now on the plan lives there. */
  add_item (store, "Green Belt");
  WAIT_UNTIL (!ops_plan_get_modified (plan));
  g_assert_true (file_holds_plan (other, plan));
  g_assert_true (file_holds (path, PLAN_A));
}

static void
test_open_other_file (void)
{
  g_autofree char *path = data_path ("plan.json");
  g_autofree char *broken = data_path ("broken.json");
  g_autofree char *good = data_path ("good.json");
  g_autoptr(GFile) broken_file = g_file_new_for_path (broken);
  g_autoptr(GFile) good_file = g_file_new_for_path (good);
  g_autoptr(OpsPlanStore) store = store_for (path, 20);
  g_autoptr(GError) error = NULL;
  OpsPlan *plan;
  guint plan_notified = 0;

  write_text (path, PLAN_A);
  write_text (broken, BROKEN);
  write_text (good, FOREIGN);
  g_assert_true (load (store, NULL, &error));
  plan = ops_plan_store_get_plan (store);
  g_signal_connect (store, "notify::plan", G_CALLBACK (count_cb), &plan_notified);

  /* Failing to open another file changes nothing here. */
  g_assert_false (load (store, broken_file, &error));
  g_assert_error (error, OPS_ERROR, OPS_ERROR_PLAN_INVALID);
  g_clear_error (&error);
  g_assert_true (ops_plan_store_get_plan (store) == plan);
  g_assert_cmpstr (g_file_peek_path (ops_plan_store_get_file (store)), ==, path);
  g_assert_null (ops_plan_store_get_load_error (store));
  g_assert_true (ops_plan_store_get_can_autosave (store));
  g_assert_cmpuint (plan_notified, ==, 0);

  g_assert_true (load (store, good_file, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (plan_notified, ==, 1);
  g_assert_cmpstr (ops_plan_get_owner_name (ops_plan_store_get_plan (store)), ==, "Someone else");
  g_assert_true (g_file_equal (ops_plan_store_get_file (store), good_file));
}

static void
test_newer_format_never_saved (void)
{
  g_autofree char *path = data_path ("plan.json");
  g_autofree char *other = data_path ("copy.json");
  g_autoptr(GFile) other_file = g_file_new_for_path (other);
  g_autoptr(OpsPlanStore) store = store_for (path, 10);
  g_autoptr(GError) error = NULL;

  write_text (path, NEWER);
  g_assert_true (load (store, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (ops_plan_get_read_only (ops_plan_store_get_plan (store)));
  g_assert_cmpstr (ops_plan_get_owner_name (ops_plan_store_get_plan (store)), ==, "Future");
  g_assert_false (ops_plan_store_get_can_autosave (store));
  g_assert_false (ops_plan_store_get_editable (store));

  g_assert_false (save (store, NULL, &error));
  g_assert_error (error, OPS_ERROR, OPS_ERROR_PLAN_TOO_NEW);
  g_clear_error (&error);
  g_assert_false (save (store, other_file, &error));
  g_assert_error (error, OPS_ERROR, OPS_ERROR_PLAN_TOO_NEW);
  g_clear_error (&error);
  g_assert_true (flush (store, &error));
  ops_test_spin (50);

  g_assert_true (file_holds (path, NEWER));
  g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));
}

static void
test_load_failed_then_new_plan (void)
{
  g_autofree char *path = data_path ("plan.json");
  g_autofree char *broken = data_path ("plan.json.broken");
  g_autoptr(OpsPlanStore) store = store_for (path, 20);
  g_autoptr(OpsPlan) starter = ops_plan_new_starter (catalog, "operations-trainee", "operations-manager");
  g_autoptr(GError) error = NULL;

  write_text (path, BROKEN);
  g_assert_false (load (store, NULL, &error));
  g_assert_nonnull (ops_plan_store_get_load_error (store));
  g_assert_false (ops_plan_store_get_can_autosave (store));
  g_assert_false (ops_plan_store_get_editable (store));

  /* Starting over is the person's choice: the new plan is saved, and the
   * file that could not be read is kept beside it. */
  ops_plan_store_new_plan (store, starter);
  g_assert_true (ops_plan_store_get_plan (store) == starter);
  g_assert_null (ops_plan_store_get_load_error (store));
  g_assert_true (ops_plan_store_get_can_autosave (store));
  g_assert_true (ops_plan_store_get_editable (store));
  WAIT_UNTIL (!ops_plan_get_modified (starter));
  g_assert_true (file_holds_plan (path, starter));
  g_assert_true (file_holds (broken, BROKEN));

  /* Later saves leave that copy alone. */
  add_item (store, "Mentor lunch");
  WAIT_UNTIL (!ops_plan_get_modified (starter));
  g_assert_true (file_holds (broken, BROKEN));
}

static void
test_load_failed_then_explicit_save (void)
{
  g_autofree char *path = data_path ("plan.json");
  g_autofree char *broken = data_path ("plan.json.broken");
  g_autoptr(OpsPlanStore) store = store_for (path, 10);
  g_autoptr(GError) error = NULL;
  OpsPlan *plan;

  write_text (path, BROKEN);
  g_assert_false (load (store, NULL, &error));
  g_clear_error (&error);
  plan = ops_plan_store_get_plan (store);
  ops_plan_set_owner_name (plan, "Ada");

  g_assert_true (save (store, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (file_holds_plan (path, plan));
  g_assert_true (file_holds (broken, BROKEN));
  g_assert_null (ops_plan_store_get_load_error (store));
  g_assert_true (ops_plan_store_get_can_autosave (store));
}

typedef struct
{
  guint events;
} Watch;

static void
test_monitor_cb (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other,
                 GFileMonitorEvent  event,
                 Watch             *watch)
{
  if (event == G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT || event == G_FILE_MONITOR_EVENT_CREATED)
    watch->events++;
}

static void
write_in_place (const char *path,
                const char *text)
{
  FILE *stream = g_fopen (path, "w");

  g_assert_nonnull (stream);
  g_assert_cmpint (fputs (text, stream), >=, 0);
  g_assert_cmpint (fclose (stream), ==, 0);
}

static void
test_external_change (void)
{
  g_autofree char *path = data_path ("plan.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(OpsPlanStore) store = store_for (path, 20);
  g_autoptr(GFileMonitor) monitor = NULL;
  g_autoptr(GError) error = NULL;
  Watch watch = { 0 };
  guint signalled = 0;

  write_text (path, PLAN_A);
  g_assert_true (load (store, NULL, &error));
  g_signal_connect (store, "file-changed-on-disk", G_CALLBACK (count_signal_cb), &signalled);
  monitor = g_file_monitor_file (file, G_FILE_MONITOR_NONE, NULL, &error);
  g_assert_no_error (error);
  g_signal_connect (monitor, "changed", G_CALLBACK (test_monitor_cb), &watch);

  /* Our own saves, explicit and automatic, are no news. */
  ops_plan_set_owner_name (ops_plan_store_get_plan (store), "Ada");
  g_assert_true (save (store, NULL, &error));
  add_item (store, "Budgeting");
  WAIT_UNTIL (!ops_plan_get_modified (ops_plan_store_get_plan (store)));
  WAIT_UNTIL (watch.events >= 2);
  ops_test_spin (300);
  g_assert_cmpuint (signalled, ==, 0);
  g_assert_false (ops_plan_store_get_changed_on_disk (store));

  /* Someone else's write is, once, and autosave then waits. */
  write_text (path, FOREIGN);
  WAIT_UNTIL (signalled == 1);
  ops_test_spin (100);
  g_assert_cmpuint (signalled, ==, 1);
  g_assert_true (ops_plan_store_get_changed_on_disk (store));
  g_assert_false (ops_plan_store_get_can_autosave (store));
  add_item (store, "Typed meanwhile");
  ops_test_spin (100);
  /* Closing does not overwrite theirs either: it is told, and asks. */
  g_assert_false (flush (store, &error));
  g_assert_error (error, OPS_ERROR, OPS_ERROR_PLAN_CHANGED);
  g_clear_error (&error);
  g_assert_true (ops_plan_store_get_has_unsaved_changes (store));
  g_assert_true (file_holds (path, FOREIGN));

  /* Reloading takes theirs and resumes. */
  g_assert_true (load (store, NULL, &error));
  g_assert_cmpstr (ops_plan_get_owner_name (ops_plan_store_get_plan (store)), ==, "Someone else");
  g_assert_false (ops_plan_store_get_changed_on_disk (store));
  g_assert_true (ops_plan_store_get_can_autosave (store));

  /* An editor that writes in place is noticed too. */
  write_in_place (path, PLAN_A);
  WAIT_UNTIL (signalled == 2);
}

static void
test_external_change_keep_mine (void)
{
  g_autofree char *path = data_path ("plan.json");
  g_autoptr(OpsPlanStore) store = store_for (path, 20);
  g_autoptr(GError) error = NULL;
  OpsPlan *plan;
  guint signalled = 0;

  write_text (path, PLAN_A);
  g_assert_true (load (store, NULL, &error));
  plan = ops_plan_store_get_plan (store);
  g_signal_connect (store, "file-changed-on-disk", G_CALLBACK (count_signal_cb), &signalled);

  write_text (path, FOREIGN);
  WAIT_UNTIL (signalled == 1);
  ops_plan_set_owner_name (plan, "Mine");

  g_assert_true (save (store, NULL, &error));
  g_assert_true (file_holds_plan (path, plan));
  g_assert_false (ops_plan_store_get_changed_on_disk (store));
  g_assert_true (ops_plan_store_get_can_autosave (store));
  ops_test_spin (200);
  g_assert_cmpuint (signalled, ==, 1);
}

static void
test_external_change_races_autosave (void)
{
  g_autofree char *path = data_path ("plan.json");
  g_autoptr(OpsPlanStore) store = store_for (path, 3600 * 1000);
  g_autoptr(GError) error = NULL;

  write_text (path, PLAN_A);
  g_assert_true (load (store, NULL, &error));

  /* Written before the monitor could tell us: the save itself notices that
   * the file is not the one we read, and leaves it. */
  write_text (path, FOREIGN);
  ops_plan_set_owner_name (ops_plan_store_get_plan (store), "Mine");
  g_assert_false (flush (store, &error));
  g_assert_error (error, OPS_ERROR, OPS_ERROR_PLAN_CHANGED);
  g_assert_true (file_holds (path, FOREIGN));
  g_assert_true (ops_plan_store_get_changed_on_disk (store));
  g_assert_true (ops_plan_get_modified (ops_plan_store_get_plan (store)));
}

static void
test_store_freed (void)
{
  OpsPlanStore *store = ops_plan_store_new (NULL, catalog);
  g_autoptr(GError) error = NULL;
  OpsPlan *plan;

  g_assert_true (load (store, NULL, &error));
  plan = ops_plan_store_get_plan (store);
  g_object_add_weak_pointer (G_OBJECT (plan), (gpointer *) &plan);
  /* A worker thread lets go of its task, and so of the store, a moment
   * after the result arrived, without waking the main loop. */
  for (guint i = 0; i < 30000 && g_atomic_int_get (&G_OBJECT (store)->ref_count) > 1; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_finalize_object (store);
  g_assert_null (plan);
}

static ino_t
inode_of (const char *path)
{
  struct stat st;

  g_assert_no_errno (stat (path, &st));
  return st.st_ino;
}

/* A plan with a second hard link (a kill while GLib made the backup left
 * exactly that: plan.json and plan.json~ as one file) is still replaced,
 * never rewritten in place, so a kill can never tear it; the backup is a
 * copy of its own. */
static void
test_hard_link_never_written_in_place (void)
{
  g_autofree char *path = data_path ("plan.json");
  g_autofree char *backup = data_path ("plan.json~");
  g_autofree char *other = data_path ("other link.json");
  g_autoptr(OpsPlanStore) store = store_for (path, 3600 * 1000);
  g_autoptr(GError) error = NULL;
  ino_t old_inode;

  write_text (path, PLAN_A);
  g_assert_no_errno (link (path, backup));
  g_assert_no_errno (link (path, other));
  old_inode = inode_of (path);
  g_assert_true (load (store, NULL, &error));

  ops_plan_set_owner_name (ops_plan_store_get_plan (store), "New");
  g_assert_true (flush (store, &error));
  g_assert_no_error (error);

  g_assert_true (file_holds_plan (path, ops_plan_store_get_plan (store)));
  g_assert_cmpuint (inode_of (path), !=, old_inode);
  g_assert_true (file_holds (other, PLAN_A));
  g_assert_cmpuint (inode_of (other), ==, old_inode);
  g_assert_true (file_holds (backup, PLAN_A));
  g_assert_cmpuint (inode_of (backup), !=, old_inode);
  g_assert_cmpuint (inode_of (backup), !=, inode_of (path));
}

/* A symbolic link stays one: the file it leads to is replaced. */
static void
test_symlink_kept (void)
{
  g_autofree char *path = data_path ("plan.json");
  g_autofree char *real = data_path ("real plan.json");
  g_autoptr(OpsPlanStore) store = store_for (path, 3600 * 1000);
  g_autoptr(GError) error = NULL;
  g_autofree char *real_backup = g_strconcat (real, "~", NULL);

  write_text (real, PLAN_A);
  g_assert_no_errno (symlink ("real plan.json", path));
  g_assert_true (load (store, NULL, &error));

  ops_plan_set_owner_name (ops_plan_store_get_plan (store), "New");
  g_assert_true (flush (store, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (file_holds_plan (real, ops_plan_store_get_plan (store)));
  g_assert_true (file_holds (real_backup, PLAN_A));
}

/* A dangling link is named as one, at load and at save, and stays. */
static void
test_dangling_symlink (void)
{
  g_autofree char *path = data_path ("plan.json");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(OpsPlanStore) store = store_for (path, 3600 * 1000);
  g_autoptr(GError) error = NULL;

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  g_assert_no_errno (symlink ("gone.json", path));
  g_assert_false (load (store, NULL, &error));
  g_assert_cmpstr (error->message, ==, "This is a link to a file that does not exist");
  g_clear_error (&error);

  ops_plan_set_owner_name (ops_plan_store_get_plan (store), "Ada");
  g_assert_false (save (store, NULL, &error));
  g_assert_error (error, OPS_ERROR, OPS_ERROR_SAVE_FAILED);
  g_assert_cmpstr (error->message, ==, "This is a link to a file that does not exist");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_SYMLINK));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* What a killed save left is removed at the next start, and only that. */
static void
test_leftover_temporaries_removed (void)
{
  const char *ours[] = { ".plan.json.opsladder-Ab3dE9", ".plan.json~.opsladder-000000" };
  const char *theirs[] = { ".goutputstream-Ab3dE9", ".plan.json.opsladder-Ab3dE", ".plan.json.opsladder-Ab3dE99",
                           ".other.json.opsladder-Ab3dE9", "plan.json.opsladder-Ab3dE9" };
  g_autofree char *path = data_path ("plan.json");
  g_autoptr(OpsPlanStore) store = store_for (path, 3600 * 1000);
  g_autoptr(GError) error = NULL;

  write_text (path, PLAN_A);
  for (guint i = 0; i < G_N_ELEMENTS (ours); i++)
    {
      g_autofree char *leftover = data_path (ours[i]);

      g_assert_true (ops_file_is_temporary_name (ours[i], "plan.json"));
      write_text (leftover, "{ \"format\": 1, \"ite");
    }
  for (guint i = 0; i < G_N_ELEMENTS (theirs); i++)
    {
      g_autofree char *kept = data_path (theirs[i]);

      g_assert_false (ops_file_is_temporary_name (theirs[i], "plan.json"));
      write_text (kept, "someone else's");
    }

  g_assert_true (load (store, NULL, &error));
  for (guint i = 0; i < G_N_ELEMENTS (ours); i++)
    {
      g_autofree char *leftover = data_path (ours[i]);

      g_assert_false (g_file_test (leftover, G_FILE_TEST_EXISTS));
    }
  for (guint i = 0; i < G_N_ELEMENTS (theirs); i++)
    {
      g_autofree char *kept = data_path (theirs[i]);

      g_assert_true (file_holds (kept, "someone else's"));
    }
}

/* A FIFO or a device is never opened for reading or replaced. */
static void
test_fifo_refused (void)
{
  g_autofree char *path = data_path ("plan.json");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(OpsPlanStore) store = store_for (path, 3600 * 1000);
  g_autoptr(GError) error = NULL;
  struct stat st;

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  g_assert_no_errno (mkfifo (path, 0600));
  g_assert_false (load (store, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_clear_error (&error);

  g_assert_false (save (store, NULL, &error));
  g_assert_error (error, OPS_ERROR, OPS_ERROR_SAVE_FAILED);
  g_assert_no_errno (lstat (path, &st));
  g_assert_true (S_ISFIFO (st.st_mode));
}

static GBytes *
plan_with_text (const char *key,
                gsize       n_chars)
{
  g_autofree char *text = g_strnfill (n_chars, 'x');
  g_autofree char *json = NULL;

  /* Multi-byte characters count as one each. */
  if (n_chars > 0)
    {
      g_autofree char *rest = g_strnfill (n_chars - 1, 'x');

      g_free (text);
      text = g_strconcat ("é", rest, NULL);
    }
  json = g_strdup_printf ("{\"format\": 2, \"items\": [{\"kind\": \"custom\", %s\"%s\": \"%s\"}]}",
                          g_str_equal (key, "title") ? "" : "\"title\": \"A\", ", key, text);
  return g_bytes_new_take (g_steal_pointer (&json), strlen (json));
}

/* Issue 16: a 20 MiB title froze the window and the PDF export. A text
 * longer than anyone writes is refused at load, naming it; up to the
 * limit it loads. */
static void
test_text_limits (void)
{
  g_autoptr(GError) error = NULL;
  struct { const char *key; gsize limit; } cases[] = {
    { "title", OPS_PLAN_MAX_LINE_CHARS },
    { "notes", OPS_PLAN_MAX_TEXT_CHARS },
  };
  g_autoptr(GBytes) huge = plan_with_text ("title", 20 * 1024 * 1024);
  g_autoptr(OpsPlan) refused = ops_plan_load_from_bytes (huge, catalog, &error);

  g_assert_null (refused);
  g_assert_error (error, OPS_ERROR, OPS_ERROR_PLAN_INVALID);
  g_assert_cmpstr (error->message, ==, "“title” of item 1 has 20971520 characters, more than the 4000 OpsLadder can show");
  g_clear_error (&error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) fits = plan_with_text (cases[i].key, cases[i].limit);
      g_autoptr(GBytes) over = plan_with_text (cases[i].key, cases[i].limit + 1);
      g_autoptr(OpsPlan) loaded = ops_plan_load_from_bytes (fits, catalog, &error);
      g_autoptr(OpsPlan) not_loaded = NULL;

      g_assert_no_error (error);
      g_assert_nonnull (loaded);
      not_loaded = ops_plan_load_from_bytes (over, catalog, &error);
      g_assert_null (not_loaded);
      g_assert_error (error, OPS_ERROR, OPS_ERROR_PLAN_INVALID);
      g_assert_nonnull (strstr (error->message, cases[i].key));
      g_clear_error (&error);
    }
}

/* What the reader would refuse is never written: the save fails, naming
 * the text, and the file stays as it was. */
static void
test_save_refuses_what_cannot_be_read_back (void)
{
  g_autofree char *path = data_path ("plan.json");
  g_autoptr(OpsPlanStore) store = store_for (path, 3600 * 1000);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strnfill (OPS_PLAN_MAX_LINE_CHARS + 1, 'x');

  write_text (path, PLAN_A);
  g_assert_true (load (store, NULL, &error));
  ops_plan_set_owner_name (ops_plan_store_get_plan (store), name);
  g_assert_false (save (store, NULL, &error));
  g_assert_error (error, OPS_ERROR, OPS_ERROR_SAVE_FAILED);
  g_assert_cmpstr (error->message, ==, "“owner-name” has 4001 characters, more than the 4000 OpsLadder can show");
  g_assert_true (file_holds (path, PLAN_A));
  g_assert_true (ops_plan_get_modified (ops_plan_store_get_plan (store)));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  catalog = ops_catalog_new_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/plan-store/first-run", test_first_run);
  g_test_add_func ("/plan-store/no-autosave-before-load", test_no_autosave_before_load);
  g_test_add_func ("/plan-store/autosave-keeps-backup", test_autosave_keeps_backup);
  g_test_add_func ("/plan-store/flush-writes-now", test_flush_writes_now);
  g_test_add_func ("/plan-store/failed-save-keeps-old-file", test_failed_save_keeps_old_file);
  g_test_add_func ("/plan-store/save-as-into-a-file", test_save_as_into_a_file);
  g_test_add_func ("/plan-store/plan-path-is-a-folder", test_plan_path_is_a_folder);
  g_test_add_func ("/plan-store/save-as", test_save_as);
  g_test_add_func ("/plan-store/open-other-file", test_open_other_file);
  g_test_add_func ("/plan-store/newer-format-never-saved", test_newer_format_never_saved);
  g_test_add_func ("/plan-store/load-failed-then-new-plan", test_load_failed_then_new_plan);
  g_test_add_func ("/plan-store/load-failed-then-explicit-save", test_load_failed_then_explicit_save);
  g_test_add_func ("/plan-store/external-change", test_external_change);
  g_test_add_func ("/plan-store/external-change-keep-mine", test_external_change_keep_mine);
  g_test_add_func ("/plan-store/external-change-races-autosave", test_external_change_races_autosave);
  g_test_add_func ("/plan-store/freed", test_store_freed);
  g_test_add_func ("/plan-store/hard-link-never-written-in-place", test_hard_link_never_written_in_place);
  g_test_add_func ("/plan-store/symlink-kept", test_symlink_kept);
  g_test_add_func ("/plan-store/dangling-symlink", test_dangling_symlink);
  g_test_add_func ("/plan-store/leftover-temporaries-removed", test_leftover_temporaries_removed);
  g_test_add_func ("/plan-store/fifo-refused", test_fifo_refused);
  g_test_add_func ("/plan-store/text-limits", test_text_limits);
  g_test_add_func ("/plan-store/save-refuses-what-cannot-be-read-back", test_save_refuses_what_cannot_be_read_back);

  status = g_test_run ();
  g_clear_object (&catalog);

  return status;
}
