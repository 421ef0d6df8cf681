/* ops-map-layout-private.h: what the files of OpsMapLayout share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-map-layout.h"

G_BEGIN_DECLS

#define N_SWEEPS 8
#define N_LINE_SWEEPS 4
#define LINK_SPACING 6    /* between links side by side that share no role */
#define MAX_WIDENINGS 6
#define TRACK_REUSE 18    /* turns this far apart share a track: room for nudges */
#define TRACK_EDGE 4      /* a turn keeps this far from the roles above and below */
#define CLEARANCE 6       /* a link keeps this far from a role it passes */

/* A line of roles across the map: a row, or part of one that wrapped. */
typedef struct
{
  double top, bottom;
  double gap_top;         /* links turn between this and the line's top:
                           * under the stage's name for a band's first line */
  double title_top;       /* names above the line (the stage's, a path's)
                           * run from here down to gap_top */
  guint  first_span;      /* into spans: where across they are, which */
  guint  n_spans;         /* links pass clear of */
  guint  row, first, count;
  int    band;            /* the band it is the first line of, or -1 */
} Line;

/* Across the map, what a name above a line covers. */
typedef struct
{
  double left, right;
} Span;

/* The roles of one path in one stage, named by one caption: the lane's
 * heading in that band where the lanes fit side by side, else the
 * group's. */
typedef struct
{
  guint band, lane;
  guint first_node;       /* the first of them in reading order */
} Group;

typedef struct
{
  guint  node;
  double key;
  guint  column;
} SortKey;

struct _OpsMapLayout
{
  GObject          parent_instance;

  GPtrArray       *stages;      /* OpsStage, lowest rank first */
  GPtrArray       *roles;       /* OpsRole, by node index */
  GHashTable      *index;       /* OpsRole → node index + 1 */
  guint           *band;
  guint           *row;
  guint           *column;
  GArray          *edges;       /* guint pairs: from, to */
  GPtrArray       *rows;        /* GArray of node indices, bottom row first */
  guint           *band_first_row;
  guint           *band_n_rows;
  GPtrArray       *neighbours;  /* GArray of node indices, by node */
  GPtrArray       *wrapped;     /* each row in the order of its lines, for */
  guint            wrapped_columns;  /* this many roles on a line */
  double          *wrapped_x;   /* by node: its place across its line, centred */
  gboolean         keep_sweep_order;

  /* The specialist paths: lane 0 is the trunk (roles of no branch),
   * the others one per branch, in catalog order of their first role. */
  gboolean         branches;    /* whether to draw them at all */
  GPtrArray       *lane_branches; /* OpsBranch, or NULL for the trunk, by lane */
  guint           *lane;        /* by node */
  guint           *lane_demand; /* by lane: most of its roles in one row */
  guint           *lane_order;  /* lanes from left to right */
  guint           *lane_rank;   /* by lane: its place in lane_order */
  double          *pos;         /* by node: where across, in columns, for
                                 * the sweeps and for counting crossings */
  GArray          *groups;      /* Group, in reading order */
  gboolean         lanes_shown; /* since the last place(): side by side */
  guint           *group_order; /* by band, n_lanes each: the order its groups
                                 * are placed in where links allow */
  guint           *group_cap;   /* by band: the most columns one group takes */
  gboolean         group_chosen; /* group_order holds a choice, for: */
  OpsMapMetrics    group_metrics;
  guint            group_columns;
  GPtrArray       *group_rows;  /* GArray of node indices, by row: the order
                                 * grouped roles go along at this width */
  double           group_rows_spacing; /* the spacing they were ordered at in
                                        * this place(), or -1 */
  guint           *lane_width;  /* by lane, in columns, when shown */
  double          *lane_left;   /* by lane, and its right edge */
  double          *lane_right;
  graphene_rect_t *caption_rects; /* by group: where its caption goes, or empty */
  guint           *caption_line;  /* by group: the line it is above */
  graphene_rect_t *group_rects;   /* by group, where grouped: its caption and
                                   * roles, for the shade drawn behind them */
  graphene_rect_t *lane_rects;    /* by band, n_lanes each, where side by side:
                                   * likewise each lane's part of the stage */
  gboolean         lanes_boxed;   /* lane_rects are of the last place() */
  GArray          *spans;       /* Span, by line: see Line */

  graphene_rect_t *node_rects;
  graphene_rect_t *band_rects;
  GArray          *lines;       /* Line, top to bottom */
  guint           *node_line;   /* by node */
  double           left, right; /* where links may run, since the last place() */
  double           spacing;     /* between two roles of a line, widened for lanes */
  double           need_spacing; /* more it needs, found by the last routing */
  GArray          *line_extra;  /* double, by line: more room above it for tracks */
  GArray          *line_need;   /* double, by line: more it needs, likewise */
  GArray          *name_extra;  /* double, by line: more room above the names
                                 * over it, for links that go round them */
  GArray          *name_need;   /* double, by line: more it needs, likewise */
  GArray          *name_spare;  /* double, by line: of name_extra, what the
                                 * nudges asked for (see tracks_above_title()) */
  GArray          *spare_need;  /* double, by line: more they ask, likewise */
  gboolean         names_crowded; /* a nudge found no room above the names
                                   * over a line, in the last routing */
  gboolean         spare_names;  /* nudges ask for that room as spare_need */
  GArray          *passage_key; /* double: what the last routing's passages
                                 * depended on (see route_links()), */
  GArray          *passage_xs;  /* double: the places they found, and */
  double           passage_need; /* the need_spacing their lanes asked for */
  GArray          *link_points; /* graphene_point_t of every link, one after another */
  guint           *link_first;  /* by edge, and one more: where its points start */
  OpsMapMetrics    placed;      /* what the last place() was for */
  double           placed_height;
  gboolean         is_placed;
};

/* The rectangle of the @c-th role of @line. */
static inline const graphene_rect_t *
line_rect (OpsMapLayout *self,
           const Line   *line,
           guint         c)
{
  GArray *row = g_ptr_array_index (self->wrapped, line->row);

  return &self->node_rects[g_array_index (row, guint, line->first + c)];
}

#define GROUP_ORDERS_MAX 5  /* paths whose every order is tried, grouped */
#define GROUP_ORDERS_EDGES_MAX 240  /* links up to which they are tried */
#define CAPTION_ROOM 12  /* under a path's caption, for links to turn in */

/* ops-map-layout-groups.c */
gboolean
_ops_map_layout_band_has_groups (OpsMapLayout *self,
                                 guint         b);
guint
_ops_map_layout_order_groups (OpsMapLayout *self,
                              guint         b,
                              guint        *order);
int
_ops_map_layout_find_group (OpsMapLayout *self,
                            guint         band,
                            guint         lane);
double
_ops_map_layout_place_band_in_groups (OpsMapLayout        *self,
                                      guint                b,
                                      double               y,
                                      double               node_width,
                                      guint                columns,
                                      const OpsMapMetrics *m);

void
_ops_map_layout_reset_group_order (OpsMapLayout *self);
void
_ops_map_layout_order_group_lines (OpsMapLayout *self);

/* ops-map-layout-lanes.c */
gboolean
_ops_map_layout_fit_lanes (OpsMapLayout *self,
                           guint         columns);
void
_ops_map_layout_lane_segment (OpsMapLayout *self,
                              guint         r,
                              guint         lane,
                              guint        *first,
                              guint        *count);
double
_ops_map_layout_place_row_in_lanes (OpsMapLayout        *self,
                                    guint                r,
                                    double               y,
                                    double               node_width,
                                    const OpsMapMetrics *m);
void
_ops_map_layout_place_lanes (OpsMapLayout        *self,
                             double               node_width,
                             const OpsMapMetrics *m);
gboolean
_ops_map_layout_band_has_headings (OpsMapLayout *self,
                                   guint         b);
void
_ops_map_layout_place_headings (OpsMapLayout        *self,
                                guint                b,
                                double               y,
                                guint                line,
                                double               node_width,
                                const OpsMapMetrics *m);

/* ops-map-layout-lines.c */
double
_ops_map_layout_line_height (GArray              *row,
                             guint                first,
                             guint                count,
                             const OpsMapMetrics *m);
guint
_ops_map_layout_wrap_columns (OpsMapLayout        *self,
                              const OpsMapMetrics *m,
                              double               spacing,
                              double              *node_width);
double
_ops_map_layout_end_line (OpsMapLayout        *self,
                          guint                r,
                          guint                first,
                          guint                count,
                          const double        *xs,
                          double               y,
                          double               gap_top,
                          double               title_top,
                          double               node_width,
                          const OpsMapMetrics *m);
double
_ops_map_layout_most_spacing (OpsMapLayout        *self,
                              const OpsMapMetrics *m);
double
_ops_map_layout_place_nodes (OpsMapLayout        *self,
                             const OpsMapMetrics *m);

/* ops-map-layout-nudge.c */
void
_ops_map_layout_nudge_pieces (OpsMapLayout *self,
                              gboolean      upright);

/* ops-map-layout-order.c */
int
_ops_map_layout_compare_keys (gconstpointer a,
                              gconstpointer b);
void
_ops_map_layout_reduce_crossings (OpsMapLayout *self);
gboolean
_ops_map_layout_next_permutation (guint *a,
                                  guint  n);
gboolean
_ops_map_layout_segments_cross (double ax, double ay, double bx, double by,
                                double cx, double cy, double dx, double dy);
void
_ops_map_layout_collect_lanes (OpsMapLayout *self);
void
_ops_map_layout_measure_lanes (OpsMapLayout *self);
void
_ops_map_layout_order_lanes (OpsMapLayout *self);
void
_ops_map_layout_collect_groups (OpsMapLayout *self);

/* ops-map-layout-route.c */
void
_ops_map_layout_sort_array (GArray       *array,
                            GCompareFunc  compare);
void
_ops_map_layout_sort_by_place (GArray *array);
void
_ops_map_layout_route_links (OpsMapLayout        *self,
                             const OpsMapMetrics *m,
                             double               most);
gboolean
_ops_map_layout_over_name (OpsMapLayout          *self,
                           const graphene_rect_t *rect);

G_END_DECLS
