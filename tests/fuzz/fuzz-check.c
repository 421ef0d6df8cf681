/* fuzz-check.c: what the fuzzers check, shared with the regression test
 *
 * The fuzzers (fuzz-plan, fuzz-catalog) abort when a check fails, so
 * libFuzzer keeps the input; test-fuzz-regressions runs the same checks
 * over the inputs kept in regressions/, in every build.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "fuzz-check.h"
#include "ops-error.h"
#include "ops-plan-serializer.h"

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

/* As in the tests, a warning or a critical means a broken invariant. GLib
 * would end the process with SIGTRAP, which libFuzzer does not catch, so
 * abort instead: libFuzzer then keeps the input that did it. */
void
ops_fuzz_abort_on_warnings (void)
{
  g_log_set_writer_func (log_writer_cb, NULL, NULL);
}

/* Every refusal must say why, with the loader's own error. */
static char *
check_refusal (const GError *error,
               int           code)
{
  if (error == NULL || !g_error_matches (error, OPS_ERROR, code))
    return g_strdup_printf ("refused without an OpsLadder error (%s)", error ? error->message : "none");
  if (error->message == NULL || error->message[0] == '\0')
    return g_strdup ("refused without saying why");

  return NULL;
}

/**
 * ops_fuzz_check_plan:
 * @bytes: a plan file's bytes
 * @catalog: the catalog the plan is read against
 *
 * @bytes must load, or be refused with an %OPS_ERROR_PLAN_INVALID that
 * says why; a plan that loads and may be saved must save the same bytes
 * after a reload, or the next save would lose or change data.
 *
 * Returns: (nullable): %NULL, or what went wrong with both saves
 */
char *
ops_fuzz_check_plan (GBytes     *bytes,
                     OpsCatalog *catalog)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsPlan) plan = NULL;
  g_autoptr(OpsPlan) reloaded = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;

  plan = ops_plan_load_from_bytes (bytes, catalog, &error);
  if (plan == NULL)
    return check_refusal (error, OPS_ERROR_PLAN_INVALID);

  saved = ops_plan_to_bytes (plan);

  /* A plan of a newer format is never saved (docs/plan-format.md), and
   * what it kept aside need not survive a trip through this version's
   * writer; writing it must still be safe. */
  if (ops_plan_get_read_only (plan))
    return NULL;

  reloaded = ops_plan_load_from_bytes (saved, catalog, &error);
  if (reloaded == NULL)
    return g_strdup_printf ("what was saved does not load: %s\n--- saved ---\n%.*s", error->message,
                            (int) g_bytes_get_size (saved), (const char *) g_bytes_get_data (saved, NULL));

  saved_again = ops_plan_to_bytes (reloaded);
  if (!g_bytes_equal (saved, saved_again))
    return g_strdup_printf ("saving the reloaded plan gives other bytes\n--- first save ---\n%.*s\n"
                            "--- second save ---\n%.*s",
                            (int) g_bytes_get_size (saved), (const char *) g_bytes_get_data (saved, NULL),
                            (int) g_bytes_get_size (saved_again), (const char *) g_bytes_get_data (saved_again, NULL));

  return NULL;
}

static char *
walk (OpsCatalog *catalog)
{
  GListModel *stages = ops_catalog_get_stages (catalog);

  for (guint kind = 0; kind < OPS_N_ITEM_KINDS; kind++)
    {
      GListModel *items = ops_catalog_get_items (catalog, kind);

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(OpsCatalogItem) item = g_list_model_get_item (items, i);

          if (ops_catalog_lookup (catalog, ops_catalog_item_get_id (item)) != item)
            return g_strdup_printf ("entry “%s” is not found again by its id", ops_catalog_item_get_id (item));
          (void) ops_catalog_item_get_name (item);
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(OpsCatalogItem) stage = g_list_model_get_item (stages, i);

      (void) ops_stage_get_rank (OPS_STAGE (stage));
    }

  return NULL;
}

/**
 * ops_fuzz_check_catalog:
 * @bytes: a catalog file's bytes
 *
 * @bytes must load, or be refused with an %OPS_ERROR_CATALOG_INVALID that
 * says why. A catalog that loads has an overview, finds every entry again
 * by its id, and can be searched, as the app does next.
 *
 * Returns: (nullable): %NULL, or what went wrong
 */
char *
ops_fuzz_check_catalog (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsCatalog) catalog = NULL;
  char *problem;

  catalog = ops_catalog_new_from_bytes (bytes, &error);
  if (catalog == NULL)
    return check_refusal (error, OPS_ERROR_CATALOG_INVALID);

  if (ops_catalog_get_overview (catalog) == NULL)
    return g_strdup ("a catalog that loads has no overview");
  if ((problem = walk (catalog)) != NULL)
    return problem;

  /* Search folds and matches every text the loader kept. */
  for (const char * const *query = (const char * const[]) { "a", "lean six", "ÄÖ", " ", NULL };
       *query != NULL; query++)
    {
      g_autoptr(GListModel) results = ops_catalog_search (catalog, *query);

      (void) g_list_model_get_n_items (results);
    }

  return NULL;
}
