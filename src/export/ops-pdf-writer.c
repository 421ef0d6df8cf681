/* ops-pdf-writer.c: a career plan as a PDF file
 *
 * The PDF is drawn into memory and only then written, through
 * g_file_replace_contents(), so an export that fails leaves the
 * destination as it was: an existing file untouched, and no partial file
 * where there was none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <locale.h>
#ifdef __GLIBC__
#include <langinfo.h>
#endif

#include "ops-export-text.h"
#include "ops-pdf-writer.h"
#include "ops-plan-document-private.h"

#define MM_TO_POINTS(mm) ((mm) * 72.0 / 25.4)

/* Longer names than this trouble some file systems (255 bytes) once a
 * "(2)" or a temporary suffix is added. */
#define MAX_FILE_NAME_BYTES 200

G_DEFINE_ENUM_TYPE (OpsPageSize, ops_page_size,
  G_DEFINE_ENUM_VALUE (OPS_PAGE_SIZE_DEFAULT, "default"),
  G_DEFINE_ENUM_VALUE (OPS_PAGE_SIZE_A4, "a4"),
  G_DEFINE_ENUM_VALUE (OPS_PAGE_SIZE_LETTER, "letter"))

/* Where LC_PAPER cannot be asked, these territories use US Letter. */
static const char * const letter_territories[] = {
  "US", "CA", "MX", "PH", "CL", "CO", "CR", "GT", "NI", "PA", "PR", "SV", "VE", "DO", "BZ", NULL,
};

#ifdef __GLIBC__
/* glibc answers with LC_PAPER's width in millimetres, packed in a pointer. */
static gboolean
paper_is_letter (gboolean *is_letter)
{
  union { char *string; unsigned int word; } width;

  width.string = nl_langinfo (_NL_PAPER_WIDTH);
  if (width.word == 0)
    return FALSE;

  *is_letter = width.word == 216;

  return TRUE;
}
#else
static gboolean
paper_is_letter (gboolean *is_letter)
{
  return FALSE;
}
#endif

static gboolean
territory_uses_letter (void)
{
  const char *locale = setlocale (LC_PAPER, NULL);
  const char *underscore;

  if (locale == NULL || (underscore = strchr (locale, '_')) == NULL || strlen (underscore) < 3)
    return FALSE;

  for (guint i = 0; letter_territories[i] != NULL; i++)
    if (strncmp (underscore + 1, letter_territories[i], 2) == 0)
      return TRUE;

  return FALSE;
}

/**
 * ops_pdf_writer_default_page_size:
 *
 * US Letter where the locale's paper is (LC_PAPER, as set by setlocale()),
 * A4 everywhere else.
 *
 * Returns: %OPS_PAGE_SIZE_A4 or %OPS_PAGE_SIZE_LETTER
 */
OpsPageSize
ops_pdf_writer_default_page_size (void)
{
  gboolean is_letter = FALSE;

  if (!paper_is_letter (&is_letter))
    is_letter = territory_uses_letter ();

  return is_letter ? OPS_PAGE_SIZE_LETTER : OPS_PAGE_SIZE_A4;
}

/* The paper's size in points; %OPS_PAGE_SIZE_DEFAULT follows the locale. */
void
ops_page_size_get_points (OpsPageSize  size,
                          double      *width,
                          double      *height)
{
  g_return_if_fail (width != NULL && height != NULL);

  if (size == OPS_PAGE_SIZE_DEFAULT)
    size = ops_pdf_writer_default_page_size ();

  if (size == OPS_PAGE_SIZE_LETTER)
    {
      *width = 8.5 * 72;
      *height = 11 * 72;
    }
  else
    {
      *width = MM_TO_POINTS (210);
      *height = MM_TO_POINTS (297);
    }
}

/* Characters that Windows, macOS or a FAT stick refuse in a name. */
static char *
sanitize_file_name (const char *name)
{
  GString *clean = g_string_new (NULL);

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || c == 0x7f || strchr ("/\\:*?\"<>|", c) != NULL)
        g_string_append_c (clean, c < 0x20 || c == 0x7f ? ' ' : '-');
      else
        g_string_append_unichar (clean, c);
    }

  /* A leading dot would hide the file. */
  while (clean->len > 0 && (clean->str[0] == '.' || clean->str[0] == ' '))
    g_string_erase (clean, 0, 1);

  return g_string_free_and_steal (clean);
}

/**
 * ops_pdf_writer_default_file_name:
 * @date: the day of the export
 *
 * Returns: (transfer full): e.g. "Career plan – Alex Doe – 2026-11-22.pdf",
 *   safe on common file systems
 */
char *
ops_pdf_writer_default_file_name (OpsPlan   *plan,
                                  GDateTime *date)
{
  g_autofree char *name = NULL;
  g_autofree char *owner = NULL;
  const char *end;

  g_return_val_if_fail (OPS_IS_PLAN (plan), NULL);
  g_return_val_if_fail (date != NULL, NULL);

  owner = g_strdup (ops_plan_get_owner_name (plan));
  if (owner != NULL)
    {
      g_strstrip (owner);
      /* Keep room for the rest of the name, cutting at a whole character. */
      if (strlen (owner) > MAX_FILE_NAME_BYTES - 40)
        {
          g_utf8_validate (owner, MAX_FILE_NAME_BYTES - 40, &end);
          owner[end - owner] = '\0';
        }
    }

  name = ops_export_format_file_name (owner, date);

  return sanitize_file_name (name);
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

static void
set_metadata (cairo_surface_t *surface,
              OpsPlanDocument *document)
{
  g_autofree char *created = g_date_time_format (ops_plan_document_get_export_date (document),
                                                 "%Y-%m-%dT%H:%M:%S%:z");
  const char *author = ops_plan_document_get_author (document);
  const char *subject = ops_plan_document_get_subject (document);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, ops_plan_document_get_title (document));
  if (author != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, author);
  if (subject != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "OpsLadder");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
}

/* The outline nests a part of a section under the section before it. */
static void
add_outline (cairo_surface_t *surface,
             OpsPlanDocument *document)
{
  int parent = CAIRO_PDF_OUTLINE_ROOT;

  for (guint i = 0; i < ops_plan_document_get_n_sections (document); i++)
    {
      guint level, page;
      double y;
      const char *title = ops_plan_document_get_section (document, i, &level, &page, &y);
      g_autofree char *link = g_strdup_printf ("page=%u pos=[0 %d]", page + 1, (int) MAX (0, y - 12));
      int id;

      id = cairo_pdf_surface_add_outline (surface, level > 0 ? parent : CAIRO_PDF_OUTLINE_ROOT, title, link,
                                          CAIRO_PDF_OUTLINE_FLAG_OPEN);
      if (level == 0)
        parent = id;
    }
}

static gboolean
render (OpsPlanDocument  *document,
        OpsPageSize       size,
        GByteArray       *pdf,
        GCancellable     *cancellable,
        GError          **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  double width, height;
  guint n_pages;

  ops_page_size_get_points (size, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (append_cb, pdf, width, height);
  set_metadata (surface, document);
  cr = cairo_create (surface);

  n_pages = ops_plan_document_paginate (document, cr, width, height);
  for (guint i = 0; i < n_pages && !g_cancellable_is_cancelled (cancellable); i++)
    {
      ops_plan_document_draw_page (document, cr, i);
      cairo_show_page (cr);
    }
  /* The outline points into every page; after a cancel some were never
   * drawn, and cairo 1.18 leaks the outline of a PDF that lacks the pages
   * it names. A cancelled PDF is thrown away anyway. */
  if (!g_cancellable_is_cancelled (cancellable))
    add_outline (surface, document);

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (status != CAIRO_STATUS_SUCCESS)
    {
      ops_export_set_render_error (error, cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

static gboolean
save (GFile         *file,
      GByteArray    *pdf,
      GCancellable  *cancellable,
      GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  if (ops_export_replace_file (file, (const char *) pdf->data, pdf->len, cancellable, &local_error))
    return TRUE;

  ops_export_set_write_error (error, file, local_error);
  return FALSE;
}

/* The part that may run on any thread: it owns @document. */
static gboolean
write_document (OpsPlanDocument  *document,
                GFile            *file,
                OpsPageSize       size,
                GCancellable     *cancellable,
                GError          **error)
{
  g_autoptr(GByteArray) pdf = g_byte_array_new ();

  return render (document, size, pdf, cancellable, error) && save (file, pdf, cancellable, error);
}

/**
 * ops_pdf_writer_write:
 * @catalog: (nullable): the catalog the plan refers to
 * @size: the paper; %OPS_PAGE_SIZE_DEFAULT follows the locale
 *
 * Writes @plan as a PDF, synchronously. It runs on whichever thread owns
 * @plan and @catalog (the command line, a test); a GUI calls
 * ops_pdf_writer_write_async() instead.
 *
 * Returns: %TRUE if @file now holds the PDF
 */
gboolean
ops_pdf_writer_write (OpsPlan       *plan,
                      OpsCatalog    *catalog,
                      GFile         *file,
                      OpsPageSize    size,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(OpsPlanDocument) document = NULL;

  g_return_val_if_fail (OPS_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (catalog == NULL || OPS_IS_CATALOG (catalog), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  document = ops_plan_document_new (plan, catalog, now);

  return write_document (document, file, size, cancellable, error);
}

typedef struct
{
  OpsPlanSnapshot *snapshot;
  GFile           *file;
  OpsPageSize      size;
} WriteData;

static void
write_data_free (gpointer data)
{
  WriteData *write = data;

  ops_plan_snapshot_unref (write->snapshot);
  g_object_unref (write->file);
  g_free (write);
}

/* Pango and cairo objects are made, used and dropped on this thread. */
static void
write_thread_cb (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  WriteData *data = task_data;
  g_autoptr(OpsPlanDocument) document = _ops_plan_document_new_for_snapshot (data->snapshot);
  GError *error = NULL;

  if (write_document (document, data->file, data->size, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * ops_pdf_writer_write_async:
 *
 * Like ops_pdf_writer_write(), on a worker thread. The plan and catalog are
 * copied before this returns, so the person may keep editing; the PDF
 * shows the plan as it was when the export began.
 */
void
ops_pdf_writer_write_async (OpsPlan             *plan,
                            OpsCatalog          *catalog,
                            GFile               *file,
                            OpsPageSize          size,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GTask) task = NULL;
  WriteData *data;

  g_return_if_fail (OPS_IS_PLAN (plan));
  g_return_if_fail (catalog == NULL || OPS_IS_CATALOG (catalog));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (WriteData, 1);
  data->snapshot = ops_plan_snapshot_new (plan, catalog, now);
  data->file = g_file_dup (file);
  /* The locale is the main thread's to read. */
  data->size = size == OPS_PAGE_SIZE_DEFAULT ? ops_pdf_writer_default_page_size () : size;

  /* No source object: the task's last reference may drop on the worker,
   * and the plan must not be finalized there. */
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ops_pdf_writer_write_async);
  g_task_set_task_data (task, data, write_data_free);
  g_task_run_in_thread (task, write_thread_cb);
}

gboolean
ops_pdf_writer_write_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_async_result_is_tagged (result, ops_pdf_writer_write_async), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
