/* ops-export-sources.c: where the catalog facts in an exported plan come
 * from
 *
 * A mentor reading the plan should be able to check what it says about a
 * role or a credential. The last section lists the sources of every
 * catalog entry the plan prints (the current and target roles, the
 * entries behind its items and the gap), each once, in the order the
 * entries first appear: what the page is, its address as a link, and the
 * month the fact was last checked against it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-export-builder.h"
#include "ops-export-text.h"

/* Snapshot */

static void
source_snapshot_free (gpointer data)
{
  OpsSourceSnapshot *source = data;

  g_free (source->label);
  g_free (source->url);
  g_free (source->checked);
  g_free (source);
}

static void
add_item_sources (GPtrArray      *sources,
                  GHashTable     *seen,
                  OpsCatalogItem *item)
{
  GListModel *model;

  if (item == NULL)
    return;

  model = ops_catalog_item_get_sources (item);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OpsCatalogSource) source = g_list_model_get_item (model, i);
      const char *url = ops_catalog_source_get_url (source);
      OpsSourceSnapshot *snapshot;

      /* Five certifications citing one ASCM page print it once. */
      if (!g_hash_table_add (seen, g_strdup (url)))
        continue;

      snapshot = g_new0 (OpsSourceSnapshot, 1);
      snapshot->label = g_strdup (ops_catalog_source_get_label (source));
      snapshot->url = g_strdup (url);
      snapshot->checked = ops_catalog_source_format_checked (source);
      g_ptr_array_add (sources, snapshot);
    }
}

/**
 * ops_export_snapshot_sources:
 * @plan: the plan
 * @catalog: the catalog its ids refer to
 * @gap: (element-type OpsCatalogItem): the entries the gap section prints
 *
 * Must run on the thread that owns @plan and @catalog.
 *
 * Returns: (transfer full): the #OpsSourceSnapshot of every entry the
 *   plan prints, each address once
 */
GPtrArray *
ops_export_snapshot_sources (OpsPlan    *plan,
                             OpsCatalog *catalog,
                             GPtrArray  *gap)
{
  GPtrArray *sources = g_ptr_array_new_with_free_func (source_snapshot_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *role_ids[] = { ops_plan_get_current_role_id (plan), ops_plan_get_target_role_id (plan) };
  GListModel *items = ops_plan_get_items (plan);

  for (guint i = 0; i < G_N_ELEMENTS (role_ids); i++)
    if (role_ids[i] != NULL)
      add_item_sources (sources, seen, ops_catalog_lookup (catalog, role_ids[i]));

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(OpsPlanItem) item = g_list_model_get_item (items, i);
      const char *id = ops_plan_item_get_catalog_id (item);

      if (id != NULL)
        add_item_sources (sources, seen, ops_catalog_lookup (catalog, id));
    }

  for (guint i = 0; i < gap->len; i++)
    add_item_sources (sources, seen, g_ptr_array_index (gap, i));

  return sources;
}

/* Layout */

/* Whether a long address may go on to the next line after @c: after a
 * path's slash or between the parts of a query, where a reader still sees
 * the pieces of the address, never inside a word or a number. */
static gboolean
is_url_break (char c)
{
  return c == '/' || c == '?' || c == '&' || c == '=' || c == '#';
}

static double
text_width (PangoLayout *measure,
            const char  *text,
            gsize        length)
{
  int width;

  pango_layout_set_text (measure, text, (int) length);
  pango_layout_get_size (measure, &width, NULL);

  return pango_units_to_double (width);
}

/* @url as it is printed: on one line if it fits, otherwise broken into
 * lines after its slashes, question mark, ampersands and equals signs.
 * Pango alone would break a long ESCO address at whatever character
 * reaches the margin, splitting "occupation" or an id in two. The link
 * keeps the whole address; only the printed text has line breaks. A piece
 * longer than a line is left to Pango's own wrapping. */
static char *
url_with_breaks (PangoContext *context,
                 const char   *url,
                 double        width)
{
  g_autoptr(PangoLayout) measure = ops_export_layout_new (context, OPS_FONT_LINK, "", -1);
  GString *text = g_string_new (NULL);
  const char *line = url;

  while (*line != '\0')
    {
      const char *end = line;

      /* Take pieces up to a break point as long as the line still fits. */
      for (const char *p = line; *p != '\0'; p++)
        if (is_url_break (*p) || p[1] == '\0')
          {
            if (text_width (measure, line, p + 1 - line) > width)
              break;
            end = p + 1;
          }
      if (end == line)
        {
          /* Even the first piece is too long: end the line after it. */
          while (*end != '\0' && !is_url_break (*end))
            end++;
          if (*end != '\0')
            end++;
        }
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_len (text, line, end - line);
      line = end;
    }

  return g_string_free (text, FALSE);
}

static OpsExportBlock *
source_block_new (OpsExportBuilder  *builder,
                  OpsSourceSnapshot *source,
                  double             space_before)
{
  OpsExportBlock *block = ops_export_block_new (space_before);
  g_autofree char *checked = ops_export_format_checked (source->checked);
  g_autofree char *url = url_with_breaks (builder->context, source->url, builder->width);
  OpsExportPiece *piece;
  double y;

  piece = ops_export_block_add_text (block, builder->context, OPS_FONT_BODY, source->label, 0, 0, builder->width);
  y = ops_export_piece_bottom (piece);
  piece = ops_export_block_add_text (block, builder->context, OPS_FONT_LINK, url, 0, y + 1, builder->width);
  piece->uri = g_strdup (source->url);
  y = ops_export_piece_bottom (piece);
  piece = ops_export_block_add_text (block, builder->context, OPS_FONT_META, checked, 0, y + 1, builder->width);
  block->height = ops_export_piece_bottom (piece);

  return block;
}

void
ops_export_build_sources (OpsExportBuilder *builder,
                          OpsPlanSnapshot  *snapshot)
{
  if (snapshot->sources->len == 0)
    return;

  ops_export_builder_add_heading (builder, ops_export_text (OPS_TEXT_SOURCES), NULL);
  ops_export_builder_add_paragraph (builder, OPS_FONT_BODY, ops_export_text (OPS_TEXT_SOURCES_INTRO), 10);
  for (guint i = 0; i < snapshot->sources->len; i++)
    ops_export_builder_add (builder, source_block_new (builder, g_ptr_array_index (snapshot->sources, i), 10));
}
