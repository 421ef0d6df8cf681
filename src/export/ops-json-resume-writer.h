/* ops-json-resume-writer.h: the person's record as JSON Resume data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ops-plan.h"

G_BEGIN_DECLS

GBytes   *ops_json_resume_writer_render       (OpsPlan              *plan,
                                               OpsCatalog           *catalog);
GBytes   *ops_json_resume_writer_render_on    (OpsPlan              *plan,
                                               OpsCatalog           *catalog,
                                               guint32               today);
gboolean  ops_json_resume_writer_write        (OpsPlan              *plan,
                                               OpsCatalog           *catalog,
                                               GFile                *file,
                                               GCancellable         *cancellable,
                                               GError              **error);
void      ops_json_resume_writer_write_async  (OpsPlan              *plan,
                                               OpsCatalog           *catalog,
                                               GFile                *file,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
gboolean  ops_json_resume_writer_write_finish (GAsyncResult         *result,
                                               GError              **error);

G_END_DECLS
