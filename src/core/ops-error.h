/* ops-error.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define OPS_ERROR (ops_error_quark ())

typedef enum
{
  OPS_ERROR_FAILED,
  OPS_ERROR_CATALOG_INVALID,
  OPS_ERROR_PLAN_INVALID,
  OPS_ERROR_PLAN_TOO_NEW,
  OPS_ERROR_EXPORT_FAILED,
  OPS_ERROR_SAVE_FAILED,    /* the plan could not be written; the file is as it was */
  OPS_ERROR_PLAN_CHANGED,   /* another program changed the file: a conflict, not a failure */
} OpsError;

GQuark ops_error_quark (void);

G_END_DECLS
