/* ops-plan-file.h: the I/O under the plan store and the exports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  OPS_REPLACE_NONE   = 0,
  OPS_REPLACE_BACKUP = 1 << 0,  /* keep the old content as "NAME~" */
} OpsReplaceFlags;

GBytes   *ops_plan_file_read             (GFile            *file,
                                          char            **stamp,
                                          GCancellable     *cancellable,
                                          GError          **error);
gboolean  ops_file_replace               (GFile            *file,
                                          GBytes           *bytes,
                                          const char       *expected_stamp,
                                          OpsReplaceFlags   flags,
                                          char            **new_stamp,
                                          GCancellable     *cancellable,
                                          GError          **error);
void      ops_plan_file_set_too_large_error (GError        **error,
                                            guint64         size);
guint     ops_plan_file_clean_temporaries (GFile           *file);
gboolean  ops_file_is_temporary_name     (const char       *entry,
                                          const char       *name);

G_END_DECLS
