/* ops-map-layout.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <graphene.h>

#include "ops-catalog.h"

G_BEGIN_DECLS

/* The sizes the map is drawn with, before zoom, in pixels. */
typedef struct
{
  double width;            /* what there is to fill */
  double node_width_min;
  double node_width_max;
  double node_height;
  const double *node_heights;  /* by node, or %NULL for node_height */
  double column_spacing;
  double row_spacing;      /* between the rows of one stage */
  double band_header;      /* the stage's name above its rows, and room
                            * under it for links to turn in */
  double band_title_height; /* of the name alone, or 0 */
  const double *band_title_widths;  /* by band, from its left edge, or %NULL:
                                     * links keep off the names */
  double caption_height;   /* a path's caption, or 0 for none */
  const double *caption_widths;  /* by lane, its caption's natural width */
  double band_padding;
  double band_spacing;
  double margin;
} OpsMapMetrics;

#define OPS_TYPE_MAP_LAYOUT (ops_map_layout_get_type ())

G_DECLARE_FINAL_TYPE (OpsMapLayout, ops_map_layout, OPS, MAP_LAYOUT, GObject)

OpsMapLayout *ops_map_layout_new            (GListModel         *stages);
OpsMapLayout *ops_map_layout_new_full       (GListModel         *stages,
                                             gboolean            branches);
guint         ops_map_layout_get_n_nodes    (OpsMapLayout       *self);
OpsRole      *ops_map_layout_get_role       (OpsMapLayout       *self,
                                             guint               node);
int           ops_map_layout_find_role      (OpsMapLayout       *self,
                                             OpsRole            *role);
guint         ops_map_layout_get_band       (OpsMapLayout       *self,
                                             guint               node);
guint         ops_map_layout_get_row        (OpsMapLayout       *self,
                                             guint               node);
guint         ops_map_layout_get_column     (OpsMapLayout       *self,
                                             guint               node);
guint         ops_map_layout_get_n_bands    (OpsMapLayout       *self);
OpsStage     *ops_map_layout_get_stage      (OpsMapLayout       *self,
                                             guint               band);
guint         ops_map_layout_get_n_edges    (OpsMapLayout       *self);
void          ops_map_layout_get_edge       (OpsMapLayout       *self,
                                             guint               edge,
                                             guint              *from,
                                             guint              *to);
guint         ops_map_layout_count_crossings (OpsMapLayout      *self);
double        ops_map_layout_place          (OpsMapLayout       *self,
                                             const OpsMapMetrics *metrics);
void          ops_map_layout_forget_place   (OpsMapLayout       *self);
double        ops_map_layout_estimate_height (OpsMapLayout      *self,
                                              const OpsMapMetrics *metrics);
void          ops_map_layout_set_keep_sweep_order (OpsMapLayout *self,
                                                   gboolean      keep);
void          ops_map_layout_get_node_rect  (OpsMapLayout       *self,
                                             guint               node,
                                             graphene_rect_t    *rect);
void          ops_map_layout_get_band_rect  (OpsMapLayout       *self,
                                             guint               band,
                                             graphene_rect_t    *rect);
guint         ops_map_layout_get_n_lanes    (OpsMapLayout       *self);
OpsBranch    *ops_map_layout_get_lane_branch (OpsMapLayout      *self,
                                              guint              lane);
guint         ops_map_layout_get_lane       (OpsMapLayout       *self,
                                             guint               node);
guint         ops_map_layout_get_lane_rank  (OpsMapLayout       *self,
                                             guint               lane);
gboolean      ops_map_layout_get_lane_range (OpsMapLayout       *self,
                                             guint               lane,
                                             double             *left,
                                             double             *right);
guint         ops_map_layout_get_n_captions (OpsMapLayout       *self);
gboolean      ops_map_layout_get_caption    (OpsMapLayout       *self,
                                             guint               caption,
                                             guint              *lane,
                                             guint              *first_node,
                                             graphene_rect_t    *rect);
gboolean      ops_map_layout_get_group_rect (OpsMapLayout       *self,
                                             guint               caption,
                                             graphene_rect_t    *rect);
gboolean      ops_map_layout_get_lane_rect  (OpsMapLayout       *self,
                                             guint               band,
                                             guint               lane,
                                             graphene_rect_t    *rect);
const graphene_point_t *
              ops_map_layout_get_link_points (OpsMapLayout      *self,
                                              guint              edge,
                                              guint             *n_points);

G_END_DECLS
