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

/* What every export needs before it writes: the catalog, the plan read
 * from the command line's plan file, and the file to write. */
typedef struct
{
  OpsCatalog *catalog;
  OpsPlan    *plan;
  GFile      *out;
} Export;

static void
export_clear (Export *export)
{
  g_clear_object (&export->out);
  g_clear_object (&export->plan);
  g_clear_object (&export->catalog);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Export, export_clear)

/* Loads the catalog and @plan_path, and checks @out_path may be written:
 * the one path of the PDF, .ics and JSON Resume exports. */
static gboolean
prepare (const char  *out_path,
         const char  *plan_path,
         Export      *export,
         GError     **error)
{
  g_autoptr(GFile) in = g_file_new_for_commandline_arg (plan_path);
  struct stat in_stat;

  /* The catalog is compiled in; failing to load it is a broken build. */
  export->catalog = ops_catalog_new_default (error);
  if (export->catalog == NULL)
    return FALSE;

  export->plan = load_plan (in, export->catalog, &in_stat, error);
  if (export->plan == NULL)
    return FALSE;

  export->out = g_file_new_for_commandline_arg (out_path);
  if (is_the_plan (export->out, in, &in_stat))
    {
      g_autofree char *name = g_file_get_parse_name (export->out);

      g_set_error (error, OPS_ERROR, OPS_ERROR_EXPORT_FAILED,
                   /* Translators: %s is the file named for the export */
                   _("“%s” is the plan itself; the export needs another file"), name);
      return FALSE;
    }

  return TRUE;
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
  g_auto(Export) export = { NULL };

  g_return_val_if_fail (out_path != NULL, FALSE);
  g_return_val_if_fail (plan_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return prepare (out_path, plan_path, &export, error) &&
         ops_ics_writer_write (export.plan, export.catalog, export.out, NULL, error);
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
  g_auto(Export) export = { NULL };

  g_return_val_if_fail (out_path != NULL, FALSE);
  g_return_val_if_fail (plan_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return prepare (out_path, plan_path, &export, error) &&
         ops_json_resume_writer_write (export.plan, export.catalog, export.out, NULL, error);
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
  g_auto(Export) export = { NULL };

  g_return_val_if_fail (out_path != NULL, FALSE);
  g_return_val_if_fail (plan_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return prepare (out_path, plan_path, &export, error) &&
         ops_pdf_writer_write (export.plan, export.catalog, export.out, size, NULL, error);
}
