/* ops-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-catalog.h"

G_BEGIN_DECLS

#define OPS_TYPE_APPLICATION (ops_application_get_type ())

G_DECLARE_FINAL_TYPE (OpsApplication, ops_application, OPS, APPLICATION, AdwApplication)

OpsApplication *ops_application_new          (void);
GSettings      *ops_application_get_settings (OpsApplication *self);
OpsCatalog     *ops_application_get_catalog  (OpsApplication *self);

G_END_DECLS
