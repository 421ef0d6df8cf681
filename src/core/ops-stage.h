/* ops-stage.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-catalog-item.h"

G_BEGIN_DECLS

#define OPS_TYPE_STAGE (ops_stage_get_type ())

G_DECLARE_FINAL_TYPE (OpsStage, ops_stage, OPS, STAGE, OpsCatalogItem)

guint               ops_stage_get_rank    (OpsStage *self);
GListModel         *ops_stage_get_roles   (OpsStage *self);
const char * const *ops_stage_get_work    (OpsStage *self);
const char * const *ops_stage_get_advance (OpsStage *self);

G_END_DECLS
