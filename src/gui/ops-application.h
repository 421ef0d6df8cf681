/* ops-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-catalog.h"
#include "ops-plan-store.h"

G_BEGIN_DECLS

#define OPS_TYPE_APPLICATION (ops_application_get_type ())

G_DECLARE_FINAL_TYPE (OpsApplication, ops_application, OPS, APPLICATION, AdwApplication)

OpsApplication *ops_application_new          (void);
GSettings      *ops_application_get_settings (OpsApplication *self);
OpsCatalog     *ops_application_get_catalog  (OpsApplication *self);
OpsPlanStore   *ops_application_get_store    (OpsApplication *self);

G_END_DECLS
