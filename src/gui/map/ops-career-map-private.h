/* ops-career-map-private.h: what the files of OpsCareerMap share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-career-map.h"
#include "ops-map-node.h"

G_BEGIN_DECLS

#define HEADER_PADDING 6   /* above and below the paths' names in the lane header */

struct _OpsCareerMap
{
  GtkWidget      parent_instance;

  OpsCatalog    *catalog;
  OpsPlan       *plan;
  GSignalGroup  *plan_signals;    /* targets @plan */
  GSignalGroup  *clock_signals;   /* the frame clock, while realized */
  OpsMapLayout  *layout;
  guint          reveal_source;   /* an idle, once a role took the focus */
  int            reveal_node;     /* that role, for reveal_from_header () */
  GPtrArray     *nodes;           /* OpsMapNode, by layout node */
  GPtrArray     *bands;           /* GtkWidget, by layout band */
  GPtrArray     *captions;        /* GtkLabel, by layout caption: a path's name */
  GPtrArray     *successors;      /* GArray of guint, by node */
  GPtrArray     *predecessors;
  GtkWidget     *edge_style;      /* never shown: their colours draw the links */
  GtkWidget     *route_style;
  GtkWidget     *focus_style;
  GtkWidget     *lane_style;      /* a lane's tint, and its edge (high contrast) */
  GtkWidget     *lane_edge_style;
  GtkWidget     *header_style;    /* the lane header's ground */

  OpsMapMetrics  metrics;         /* as allocated: width in layout units */
  double         allocated_zoom;  /* the zoom of that allocation, which what
                                   * reads the layout as allocated scales
                                   * by (place_as_allocated ()); @zoom may
                                   * be newer, and not allocated yet */
  double        *node_heights;    /* by node, NULL until measured */
  double        *title_widths;    /* by band, measured with them */
  double        *caption_widths;  /* by lane, likewise */
  double         zoom;
  double         zoom_at_begin;
  int            selected;
  int            hovered;         /* the role under the pointer, or -1 */
  int            came_from;       /* where the last Up or Down came from */
  guint          came_by;         /* and which key it was */
  gboolean       select_on_click;
  gboolean       click_selects;   /* the press under way chooses a role */
  gboolean       status_dirty;
  guint8        *on_route;        /* by node */
  double        *band_ends;       /* by band, its lowest role's bottom as
                                   * allocated: a stage's pinned name goes
                                   * up with it (_ops_career_map_stage_header ()) */
  GskRenderNode *links;           /* built on first draw after a change */
  graphene_rect_t links_area;     /* and for this part of the map */
  GskRenderNode *focus_links;     /* the route's and the selected or hovered
                                   * role's, drawn over the others */
  GtkAdjustment *vadjustment;     /* the scrolled window's, once known */
  GtkAdjustment *hadjustment;
  graphene_rect_t drawn;          /* the view and a margin, in layout units:
                                   * what snapshot () draws of the map */
  gboolean       draw_everything; /* the whole map, for the tests to compare */
  double         scrolled_to;     /* the value the map scrolled to itself */
  double         scrolled_upper;  /* and the adjustment's size then */
  double         scrolled_page;
  gboolean       user_scrolled;   /* then the map stops following */
  gboolean       scroll_pending;  /* follow the start once the frame is laid out */
  double         room;            /* below the lowest stage, for the start to
                                   * begin at a stage's top (see find_start ()) */
};

static inline OpsMapNode *
node_at (OpsCareerMap *self,
         guint         n)
{
  return g_ptr_array_index (self->nodes, n);
}

/* ops-career-map.c */
double
_ops_career_map_lane_header_height (OpsCareerMap *self,
                                    double        value);
int
_ops_career_map_stage_header       (OpsCareerMap *self,
                                    double        value,
                                    double       *y,
                                    double       *height);
double
_ops_career_map_covered_height     (OpsCareerMap *self,
                                    double        value);
gboolean
_ops_career_map_covered            (OpsCareerMap *self,
                                    double        y);
void
_ops_career_map_set_draw_everything (OpsCareerMap *self,
                                     gboolean      everything);

/* ops-career-map-draw.c */
static inline gboolean
_ops_career_map_in_view (OpsCareerMap          *self,
                         const graphene_rect_t *rect)
{
  return graphene_rect_intersection (rect, &self->drawn, NULL);
}

void
_ops_career_map_snapshot_paths (OpsCareerMap *self,
                                GtkSnapshot  *snapshot);
void
_ops_career_map_snapshot_links (OpsCareerMap *self,
                                GtkSnapshot  *snapshot);
void
_ops_career_map_snapshot_stage_header (OpsCareerMap *self,
                                       GtkSnapshot  *snapshot);
void
_ops_career_map_snapshot_lane_header (OpsCareerMap *self,
                                      GtkSnapshot  *snapshot);

G_END_DECLS
