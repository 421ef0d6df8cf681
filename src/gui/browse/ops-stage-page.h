/* ops-stage-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-entry-page.h"

G_BEGIN_DECLS

#define OPS_TYPE_STAGE_PAGE (ops_stage_page_get_type ())

G_DECLARE_FINAL_TYPE (OpsStagePage, ops_stage_page, OPS, STAGE_PAGE, OpsEntryPage)

GtkWidget *ops_stage_page_new (OpsCatalogItem *item);

G_END_DECLS
