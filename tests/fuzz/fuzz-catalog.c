/* fuzz-catalog.c: libFuzzer target for the catalog loader
 *
 * The catalog ships in the GResource, but translators, packagers and
 * contributors edit it by hand, and the loader promises an error naming
 * the line rather than a crash for anything broken. A catalog that loads
 * is also searched and walked, since that is what the app does next.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "ops-catalog.h"

int LLVMFuzzerInitialize   (int            *argc,
                            char         ***argv);
int LLVMFuzzerTestOneInput (const uint8_t  *data,
                            size_t          size);

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
  g_log_set_writer_func (log_writer_cb, NULL, NULL);

  return 0;
}

static void
walk (OpsCatalog *catalog)
{
  GListModel *stages = ops_catalog_get_stages (catalog);

  for (guint kind = 0; kind < OPS_N_ITEM_KINDS; kind++)
    {
      GListModel *items = ops_catalog_get_items (catalog, kind);

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(OpsCatalogItem) item = g_list_model_get_item (items, i);

          /* Every entry must be found again by its id. */
          if (ops_catalog_lookup (catalog, ops_catalog_item_get_id (item)) != item)
            abort ();
          (void) ops_catalog_item_get_name (item);
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(OpsCatalogItem) stage = g_list_model_get_item (stages, i);

      (void) ops_stage_get_rank (OPS_STAGE (stage));
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsCatalog) catalog = NULL;

  catalog = ops_catalog_new_from_bytes (bytes, &error);
  if (catalog == NULL)
    {
      if (error == NULL || error->message == NULL || error->message[0] == '\0')
        abort ();
      return 0;
    }
  g_assert_no_error (error);

  if (ops_catalog_get_overview (catalog) == NULL)
    abort ();
  walk (catalog);

  /* Search folds and matches every text the loader kept. */
  for (const char * const *query = (const char * const[]) { "a", "lean six", "ÄÖ", " ", NULL };
       *query != NULL; query++)
    {
      g_autoptr(GListModel) results = ops_catalog_search (catalog, *query);

      (void) g_list_model_get_n_items (results);
    }

  return 0;
}
