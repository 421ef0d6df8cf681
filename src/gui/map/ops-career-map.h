/* ops-career-map.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ops-map-layout.h"
#include "ops-plan.h"

G_BEGIN_DECLS

#define OPS_CAREER_MAP_ZOOM_MIN 0.5
#define OPS_CAREER_MAP_ZOOM_MAX 2.0

#define OPS_TYPE_CAREER_MAP (ops_career_map_get_type ())

G_DECLARE_FINAL_TYPE (OpsCareerMap, ops_career_map, OPS, CAREER_MAP, GtkWidget)

GtkWidget    *ops_career_map_new                 (void);
void          ops_career_map_set_catalog         (OpsCareerMap *self,
                                                  OpsCatalog   *catalog);
void          ops_career_map_set_plan            (OpsCareerMap *self,
                                                  OpsPlan      *plan);
OpsMapLayout *ops_career_map_get_layout          (OpsCareerMap *self);
double        ops_career_map_get_zoom            (OpsCareerMap *self);
void          ops_career_map_set_zoom            (OpsCareerMap *self,
                                                  double        zoom);
OpsRole      *ops_career_map_get_selected_role   (OpsCareerMap *self);
gboolean      ops_career_map_select_role         (OpsCareerMap *self,
                                                  const char   *role_id);
GtkWidget    *ops_career_map_get_node            (OpsCareerMap *self,
                                                  const char   *role_id);
void          ops_career_map_set_select_on_click (OpsCareerMap *self,
                                                  gboolean      select_on_click);
double        ops_career_map_get_lane_header_height (OpsCareerMap *self);
double        ops_career_map_get_stage_header    (OpsCareerMap *self,
                                                  int          *band);

G_END_DECLS
