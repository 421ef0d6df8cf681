/* ops-map-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-career-map.h"
#include "ops-plan-store.h"

G_BEGIN_DECLS

#define OPS_TYPE_MAP_PAGE (ops_map_page_get_type ())

G_DECLARE_FINAL_TYPE (OpsMapPage, ops_map_page, OPS, MAP_PAGE, AdwNavigationPage)

GtkWidget    *ops_map_page_new         (OpsCatalog   *catalog,
                                        OpsPlanStore *store);
OpsCareerMap *ops_map_page_get_map     (OpsMapPage   *self);

G_END_DECLS
