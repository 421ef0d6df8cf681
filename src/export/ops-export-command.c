/* ops-export-command.c: opsladder --export-pdf OUT.pdf PLAN.json
 *
 * Needs no display: it loads the plan and the catalog and draws the PDF
 * with cairo and Pango alone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-export-command.h"
#include "ops-export-text.h"
#include "ops-ics-writer.h"
#include "ops-plan-serializer.h"

/* Refuses a file too large to be a plan before reading it. */
static GBytes *
read_plan_file (GFile   *file,
                GError **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  char *contents = NULL;
  gsize length = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    g_set_error_literal (&local_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, "is a directory");
  if (local_error != NULL)
    {
      ops_export_set_read_error (error, file, local_error);
      return NULL;
    }
  if ((guint64) g_file_info_get_size (info) > OPS_PLAN_MAX_FILE_SIZE)
    {
      ops_export_set_too_large_error (error, file);
      return NULL;
    }

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local_error))
    {
      ops_export_set_read_error (error, file, local_error);
      return NULL;
    }

  return g_bytes_new_take (contents, length);
}

static OpsPlan *
load_plan (const char  *plan_path,
           OpsCatalog  *catalog,
           GError     **error)
{
  g_autoptr(GFile) in = g_file_new_for_commandline_arg (plan_path);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  OpsPlan *plan;

  bytes = read_plan_file (in, error);
  if (bytes == NULL)
    return NULL;

  plan = ops_plan_load_from_bytes (bytes, catalog, &local_error);
  if (plan == NULL)
    ops_export_set_invalid_plan_error (error, in, local_error);

  return plan;
}

/**
 * ops_export_command_line_ics:
 * @out_path: where to write the .ics file, as typed on the command line
 * @plan_path: the plan file, as typed on the command line
 * @error: a one-line message for the terminal, in the %OPS_ERROR domain
 *
 * Writes the plan's dated things to @out_path as an iCalendar file, like
 * ops_export_command_line() does the PDF.
 *
 * Returns: %TRUE on success
 */
gboolean
ops_export_command_line_ics (const char  *out_path,
                             const char  *plan_path,
                             GError     **error)
{
  g_autoptr(GFile) out = NULL;
  g_autoptr(OpsPlan) plan = NULL;
  g_autoptr(OpsCatalog) catalog = NULL;

  g_return_val_if_fail (out_path != NULL, FALSE);
  g_return_val_if_fail (plan_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The catalog is compiled in; failing to load it is a broken build. */
  catalog = ops_catalog_new_default (error);
  if (catalog == NULL)
    return FALSE;

  plan = load_plan (plan_path, catalog, error);
  if (plan == NULL)
    return FALSE;

  out = g_file_new_for_commandline_arg (out_path);

  return ops_ics_writer_write (plan, catalog, out, NULL, error);
}

/**
 * ops_export_command_line:
 * @out_path: where to write the PDF, as typed on the command line
 * @plan_path: the plan file, as typed on the command line
 * @size: the paper; %OPS_PAGE_SIZE_DEFAULT follows the locale
 * @error: a one-line message for the terminal, in the %OPS_ERROR domain
 *
 * Writes @plan_path's plan to @out_path as a PDF. Relative paths are
 * relative to the working directory. On failure nothing is left at
 * @out_path that was not there before.
 *
 * Returns: %TRUE on success
 */
gboolean
ops_export_command_line (const char   *out_path,
                         const char   *plan_path,
                         OpsPageSize   size,
                         GError      **error)
{
  g_autoptr(GFile) out = NULL;
  g_autoptr(OpsCatalog) catalog = NULL;
  g_autoptr(OpsPlan) plan = NULL;

  g_return_val_if_fail (out_path != NULL, FALSE);
  g_return_val_if_fail (plan_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The catalog is compiled in; failing to load it is a broken build. */
  catalog = ops_catalog_new_default (error);
  if (catalog == NULL)
    return FALSE;

  plan = load_plan (plan_path, catalog, error);
  if (plan == NULL)
    return FALSE;

  out = g_file_new_for_commandline_arg (out_path);

  return ops_pdf_writer_write (plan, catalog, out, size, NULL, error);
}
