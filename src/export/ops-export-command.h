/* ops-export-command.h: opsladder --export-pdf OUT.pdf PLAN.json
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ops-pdf-writer.h"

G_BEGIN_DECLS

gboolean ops_export_command_line (const char   *out_path,
                                  const char   *plan_path,
                                  OpsPageSize   size,
                                  GError      **error);

gboolean ops_export_command_line_ics (const char   *out_path,
                                      const char   *plan_path,
                                      GError      **error);

gboolean ops_export_command_line_json_resume (const char   *out_path,
                                              const char   *plan_path,
                                              GError      **error);

G_END_DECLS
