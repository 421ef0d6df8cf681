/* ops-export-command.c: opsladder --export-pdf OUT.pdf PLAN.json
 *
 * Needs no display: it loads the plan and the catalog and draws the PDF
 * with cairo and Pango alone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gi18n.h>

#include "ops-error.h"
#include "ops-export-command.h"
#include "ops-export-text.h"
#include "ops-ics-writer.h"
#include "ops-json-resume-writer.h"
#include "ops-plan-file.h"
#include "ops-plan-serializer.h"

/* Reads the plan as the application does (ops_plan_file_read()): a FIFO,
 * a device, a folder or a file too large to be a plan is refused before
 * anything is read. */
static OpsPlan *
load_plan (GFile       *in,
           OpsCatalog  *catalog,
           struct stat *in_stat,
           GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  OpsPlan *plan;

  bytes = ops_plan_file_read (in, NULL, NULL, &local_error);
  if (g_error_matches (local_error, OPS_ERROR, OPS_ERROR_PLAN_INVALID))
    ops_export_set_too_large_error (error, in);
  else if (bytes == NULL)
    ops_export_set_read_error (error, in, local_error);
  if (bytes == NULL)
    return NULL;
  if (stat (g_file_peek_path (in), in_stat) != 0)
    memset (in_stat, 0, sizeof *in_stat);

  plan = ops_plan_load_from_bytes (bytes, catalog, &local_error);
  if (plan == NULL)
    ops_export_set_invalid_plan_error (error, in, local_error);

  return plan;
}

/* Whether @out, once its links are followed, would be @in: an export
 * written there would destroy the plan. Compares the files (device and
 * inode, so another spelling, a symbolic or a hard link are caught), or,
 * for an output that does not exist yet, the paths they resolve to. */
static gboolean
is_the_plan (GFile             *out,
             GFile             *in,
             const struct stat *in_stat)
{
  struct stat st;
  g_autofree char *parent = NULL;
  g_autofree char *name = NULL;
  g_autofree char *resolved = NULL;
  g_autofree char *in_resolved = NULL;
  g_autofree char *joined = NULL;

  if (g_file_peek_path (out) == NULL)
    return FALSE;
  if (stat (g_file_peek_path (out), &st) == 0)
    return st.st_dev == in_stat->st_dev && st.st_ino == in_stat->st_ino;

  parent = g_path_get_dirname (g_file_peek_path (out));
  name = g_path_get_basename (g_file_peek_path (out));
  resolved = realpath (parent, NULL);
  in_resolved = realpath (g_file_peek_path (in), NULL);
  if (resolved == NULL || in_resolved == NULL)
    return FALSE;
  joined = g_build_filename (resolved, name, NULL);

  return g_str_equal (joined, in_resolved);
}

/* Loads @plan_path and checks @out_path may be written. */
static OpsPlan *
prepare (const char  *out_path,
         const char  *plan_path,
         OpsCatalog  *catalog,
         GFile      **out,
         GError     **error)
{
  g_autoptr(GFile) in = g_file_new_for_commandline_arg (plan_path);
  g_autoptr(OpsPlan) plan = NULL;
  struct stat in_stat;

  plan = load_plan (in, catalog, &in_stat, error);
  if (plan == NULL)
    return NULL;

  *out = g_file_new_for_commandline_arg (out_path);
  if (is_the_plan (*out, in, &in_stat))
    {
      g_autofree char *name = g_file_get_parse_name (*out);

      g_set_error (error, OPS_ERROR, OPS_ERROR_EXPORT_FAILED,
                   /* Translators: %s is the file named for the export */
                   _("“%s” is the plan itself; the export needs another file"), name);
      g_clear_object (out);
      return NULL;
    }

  return g_steal_pointer (&plan);
}

typedef gboolean (*WriteFunc) (OpsPlan       *plan,
                               OpsCatalog    *catalog,
                               GFile         *file,
                               GCancellable  *cancellable,
                               GError       **error);

/* The .ics and JSON Resume exports: load, check, @write. */
static gboolean
export_with (const char  *out_path,
             const char  *plan_path,
             WriteFunc    write,
             GError     **error)
{
  g_autoptr(GFile) out = NULL;
  g_autoptr(OpsPlan) plan = NULL;
  g_autoptr(OpsCatalog) catalog = NULL;

  /* The catalog is compiled in; failing to load it is a broken build. */
  catalog = ops_catalog_new_default (error);
  if (catalog == NULL)
    return FALSE;

  plan = prepare (out_path, plan_path, catalog, &out, error);
  if (plan == NULL)
    return FALSE;

  return write (plan, catalog, out, NULL, error);
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
  g_return_val_if_fail (out_path != NULL, FALSE);
  g_return_val_if_fail (plan_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return export_with (out_path, plan_path, ops_ics_writer_write, error);
}

/**
 * ops_export_command_line_json_resume:
 * @out_path: where to write the JSON Resume file, as typed on the command line
 * @plan_path: the plan file, as typed on the command line
 * @error: a one-line message for the terminal, in the %OPS_ERROR domain
 *
 * Writes the person's record in @plan_path to @out_path as JSON Resume
 * data, like ops_export_command_line() does the PDF.
 *
 * Returns: %TRUE on success
 */
gboolean
ops_export_command_line_json_resume (const char  *out_path,
                                     const char  *plan_path,
                                     GError     **error)
{
  g_return_val_if_fail (out_path != NULL, FALSE);
  g_return_val_if_fail (plan_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return export_with (out_path, plan_path, ops_json_resume_writer_write, error);
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

  plan = prepare (out_path, plan_path, catalog, &out, error);
  if (plan == NULL)
    return FALSE;

  return ops_pdf_writer_write (plan, catalog, out, size, NULL, error);
}
