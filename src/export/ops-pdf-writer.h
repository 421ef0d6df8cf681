/* ops-pdf-writer.h: a career plan as a PDF file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ops-catalog.h"
#include "ops-plan.h"

G_BEGIN_DECLS

typedef enum
{
  OPS_PAGE_SIZE_DEFAULT,  /* from the locale: US Letter or A4 */
  OPS_PAGE_SIZE_A4,
  OPS_PAGE_SIZE_LETTER,
} OpsPageSize;

#define OPS_TYPE_PAGE_SIZE (ops_page_size_get_type ())
GType        ops_page_size_get_type           (void) G_GNUC_CONST;
void         ops_page_size_get_points         (OpsPageSize          size,
                                               double              *width,
                                               double              *height);

OpsPageSize  ops_pdf_writer_default_page_size (void);
char        *ops_pdf_writer_default_file_name (OpsPlan             *plan,
                                               GDateTime           *date);

gboolean     ops_pdf_writer_write             (OpsPlan             *plan,
                                               OpsCatalog          *catalog,
                                               GFile               *file,
                                               OpsPageSize          size,
                                               GCancellable        *cancellable,
                                               GError             **error);
void         ops_pdf_writer_write_async       (OpsPlan             *plan,
                                               OpsCatalog          *catalog,
                                               GFile               *file,
                                               OpsPageSize          size,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean     ops_pdf_writer_write_finish      (GAsyncResult        *result,
                                               GError             **error);

G_END_DECLS
