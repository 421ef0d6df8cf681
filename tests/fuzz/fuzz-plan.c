/* fuzz-plan.c: libFuzzer target for the plan loader and writer
 *
 * Plan files come from disk, where anyone's editor, a sync tool or a
 * newer OpsLadder may have written anything. Every input must either load
 * or give an error; a plan that loads, and that may be saved, must write
 * bytes that load again and write the same bytes, or the next save would
 * lose or corrupt data.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "ops-catalog.h"
#include "ops-plan-serializer.h"

int LLVMFuzzerInitialize   (int            *argc,
                            char         ***argv);
int LLVMFuzzerTestOneInput (const uint8_t  *data,
                            size_t          size);

static OpsCatalog *catalog;

/* As in the tests, a warning or a critical means a broken invariant. GLib
 * would end the process with SIGTRAP, which libFuzzer does not catch, so
 * abort instead: libFuzzer then keeps the input that did it. */
static GLogWriterOutput
log_writer_cb (GLogLevelFlags   level,
               const GLogField *fields,
               gsize            n_fields,
               gpointer         user_data)
{
  GLogWriterOutput result = g_log_writer_default (level, fields, n_fields, user_data);

  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();

  return result;
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;

  g_log_set_writer_func (log_writer_cb, NULL, NULL);

  /* The real catalog, so items naming entries it lacks take the
   * unresolved-kind path the app takes. */
  catalog = ops_catalog_new_default (&error);
  if (catalog == NULL)
    g_error ("The built-in catalog does not load: %s", error->message);

  return 0;
}

static void
fail_round_trip (const char *what,
                 GBytes     *first,
                 GBytes     *second)
{
  fprintf (stderr, "fuzz-plan: %s\n--- first save ---\n%.*s\n", what,
           (int) g_bytes_get_size (first), (const char *) g_bytes_get_data (first, NULL));
  if (second != NULL)
    fprintf (stderr, "--- second save ---\n%.*s\n",
             (int) g_bytes_get_size (second), (const char *) g_bytes_get_data (second, NULL));
  abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsPlan) plan = NULL;
  g_autoptr(OpsPlan) reloaded = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;

  plan = ops_plan_load_from_bytes (bytes, catalog, &error);
  if (plan == NULL)
    {
      /* Every refusal must say why, in the plan's error domain. */
      if (error == NULL || error->message == NULL || error->message[0] == '\0')
        abort ();
      return 0;
    }
  g_assert_no_error (error);

  saved = ops_plan_to_bytes (plan);

  /* A plan of a newer format is never saved (docs/plan-format.md), and
   * what it kept aside need not survive a trip through this version's
   * writer; writing it must still be safe. */
  if (ops_plan_get_read_only (plan))
    return 0;

  reloaded = ops_plan_load_from_bytes (saved, catalog, &error);
  if (reloaded == NULL)
    {
      fprintf (stderr, "fuzz-plan: reloading failed: %s\n", error->message);
      fail_round_trip ("what was saved does not load", saved, NULL);
    }

  saved_again = ops_plan_to_bytes (reloaded);
  if (!g_bytes_equal (saved, saved_again))
    fail_round_trip ("saving the reloaded plan gives other bytes", saved, saved_again);

  return 0;
}
