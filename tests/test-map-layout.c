/* test-map-layout.c: the career map's layout with a catalog ten times the
 * shipped one, no widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "bench-util.h"
#include "ops-catalog.h"
#include "ops-map-layout.h"

/* A link's straight piece across, at y = @at from x = @from to @to; the
 * link goes from role @a to role @b. */
typedef struct
{
  guint  edge, a, b;
  double at, from, to;
} Across;

/* Of links that share no role, the least distance between two pieces
 * across that run side by side (overlapping along their length). */
static double
least_apart_across (OpsMapLayout *layout)
{
  g_autoptr(GArray) pieces = g_array_new (FALSE, FALSE, sizeof (Across));
  double least = G_MAXDOUBLE;

  for (guint e = 0; e < ops_map_layout_get_n_edges (layout); e++)
    {
      guint n_points, a, b;
      const graphene_point_t *p = ops_map_layout_get_link_points (layout, e, &n_points);

      ops_map_layout_get_edge (layout, e, &a, &b);
      for (guint i = 0; i + 1 < n_points; i++)
        if (p[i].y == p[i + 1].y && p[i].x != p[i + 1].x)
          g_array_append_val (pieces, ((Across) { e, a, b, p[i].y, MIN (p[i].x, p[i + 1].x), MAX (p[i].x, p[i + 1].x) }));
    }
  for (guint i = 0; i < pieces->len; i++)
    for (guint j = i + 1; j < pieces->len; j++)
      {
        const Across *p = &g_array_index (pieces, Across, i), *q = &g_array_index (pieces, Across, j);

        if (ABS (p->at - q->at) >= least || MIN (p->to, q->to) - MAX (p->from, q->from) <= 0.5 ||
            p->a == q->a || p->a == q->b || p->b == q->a || p->b == q->b)
          continue;
        least = ABS (p->at - q->at);
        if (least < 6)
          g_test_message ("  links %u and %u across at %g and %g", p->edge, q->edge, p->at, q->at);
      }

  return least;
}

/* Of the upright pieces of links that run beside a role (overlapping
 * its height by more than half a pixel, outside it across), how many run
 * nearer its side than @clearance where the gap they run in had room
 * for that: the gap from the role to the next one across (or to the
 * map's edge) is wide enough for every upright passing it there,
 * LINK_SPACING (6 px) apart, and @clearance on either side. Returns the
 * least distance of any, and sets @hugging. */
static double
least_beside_roles (OpsMapLayout *layout,
                    double        width,
                    double        margin,
                    double        clearance,
                    guint        *hugging)
{
  guint n_nodes = ops_map_layout_get_n_nodes (layout);
  double least = G_MAXDOUBLE;

  *hugging = 0;
  for (guint e = 0; e < ops_map_layout_get_n_edges (layout); e++)
    {
      guint n_points;
      const graphene_point_t *p = ops_map_layout_get_link_points (layout, e, &n_points);

      for (guint i = 0; i + 1 < n_points; i++)
        {
          double x = p[i].x, top = MIN (p[i].y, p[i + 1].y), bottom = MAX (p[i].y, p[i + 1].y);

          if (p[i].x != p[i + 1].x || bottom - top <= 0.5)
            continue;
          for (guint n = 0; n < n_nodes; n++)
            {
              graphene_rect_t r;
              double side, other, distance, gap_top, gap_bottom;
              gboolean right;
              guint lanes = 0;

              ops_map_layout_get_node_rect (layout, n, &r);
              if (MIN (bottom, r.origin.y + r.size.height) - MAX (top, r.origin.y) <= 0.5 ||
                  (x > r.origin.x && x < r.origin.x + r.size.width))
                continue;
              right = x >= r.origin.x + r.size.width;
              side = right ? r.origin.x + r.size.width : r.origin.x;
              distance = ABS (x - side);
              if (distance >= clearance)
                continue;
              /* The gap beside that side, at the role's height: to the
               * nearest role across that overlaps it in height, or the
               * map's edge. */
              other = right ? width - margin : margin;
              for (guint o = 0; o < n_nodes; o++)
                {
                  graphene_rect_t q;

                  ops_map_layout_get_node_rect (layout, o, &q);
                  if (o == n || MIN (r.origin.y + r.size.height, q.origin.y + q.size.height) -
                                MAX (r.origin.y, q.origin.y) <= 0.5)
                    continue;
                  if (right && q.origin.x >= side)
                    other = MIN (other, q.origin.x);
                  else if (!right && q.origin.x + q.size.width <= side)
                    other = MAX (other, q.origin.x + q.size.width);
                }
              gap_top = r.origin.y;
              gap_bottom = r.origin.y + r.size.height;
              /* Every distinct upright in that gap beside the role. */
              {
                g_autoptr(GArray) xs = g_array_new (FALSE, FALSE, sizeof (double));

                for (guint f = 0; f < ops_map_layout_get_n_edges (layout); f++)
                  {
                    guint m_points;
                    const graphene_point_t *q = ops_map_layout_get_link_points (layout, f, &m_points);

                    for (guint j = 0; j + 1 < m_points; j++)
                      {
                        double qx = q[j].x;
                        gboolean seen = FALSE;

                        if (q[j].x != q[j + 1].x || qx <= MIN (side, other) || qx >= MAX (side, other) ||
                            MIN (gap_bottom, MAX (q[j].y, q[j + 1].y)) - MAX (gap_top, MIN (q[j].y, q[j + 1].y)) <= 0.5)
                          continue;
                        for (guint k = 0; k < xs->len && !seen; k++)
                          seen = ABS (g_array_index (xs, double, k) - qx) < 0.5;
                        if (!seen)
                          g_array_append_val (xs, qx);
                      }
                  }
                lanes = xs->len;
              }
              if (ABS (other - side) < 2 * clearance + (lanes > 0 ? lanes - 1 : 0) * 6)
                continue;
              least = MIN (least, distance);
              (*hugging)++;
              g_test_message ("  link %u upright at %g, %g px beside role %u (%g–%g), %u uprights in a gap of %g",
                              e, x, distance, n, r.origin.x, r.origin.x + r.size.width, lanes, ABS (other - side));
            }
        }
    }

  return least;
}

/* Issue 19: links that share no role keep 6 px apart where they turn
 * across, with ten times the roles too. At 743 and 744 px, about the map
 * in the default window, with the app's spacing and roles one, two and
 * three lines high, a turn above a stage's name found no room there; the
 * room it asked for went under the name, which did not help, and it stayed
 * on another link's track (0 px apart). Side by side upright the links
 * cannot all keep 6 px apart at ten times the roles: the gaps between
 * roles are as wide as the width allows, and far too narrow for every
 * lane; that is not asserted here. */
static void
test_links_apart_ten_times (void)
{
  g_autoptr(GBytes) shipped = g_resources_lookup_data (OPS_CATALOG_RESOURCE, 0, NULL);
  g_autoptr(GBytes) xml = ops_bench_catalog_xml (shipped, 10);  /* as bench-map makes it */
  g_autoptr(OpsCatalog) catalog = ops_catalog_new_from_bytes (xml, NULL);
  const double title_widths[] = { 80, 120, 100, 140, 90, 110, 100, 130 };
  const double widths[] = { 743, 744 };

  g_assert_nonnull (catalog);
  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      g_autoptr(OpsMapLayout) layout = ops_map_layout_new (ops_catalog_get_stages (catalog));
      guint n_nodes = ops_map_layout_get_n_nodes (layout), n_lanes = ops_map_layout_get_n_lanes (layout);
      g_autofree double *heights = g_new (double, n_nodes);
      g_autofree double *caption_widths = g_new (double, n_lanes);
      OpsMapMetrics m = {
        .width = widths[w],
        .node_width_min = 124,
        .node_width_max = 200,
        .node_height = 76,
        .column_spacing = 24,
        .row_spacing = 26,
        .band_title_height = 19,
        .band_header = 39,
        .band_padding = 8,
        .band_spacing = 8,
        .margin = 8,
        .caption_height = 30,
      };
      double least;

      g_assert_cmpuint (g_list_model_get_n_items (ops_catalog_get_stages (catalog)), <=, G_N_ELEMENTS (title_widths));
      for (guint n = 0; n < n_nodes; n++)
        heights[n] = 60 + (n * 7) % 3 * 16;
      for (guint l = 0; l < n_lanes; l++)
        caption_widths[l] = 190;
      m.node_heights = heights;
      m.caption_widths = caption_widths;
      m.band_title_widths = title_widths;

      ops_map_layout_place (layout, &m);
      least = least_apart_across (layout);
      g_test_message ("at %g px: links that share no role at least %g px apart across", widths[w], least);
      g_assert_cmpfloat (least, >=, 6);
    }
}

/* The sizes the map measured in the review screenshots (with their font
 * and plan: a role's name on one to three lines, and what it says under
 * it), in English and in German. */
static const double shot_heights[] = { 68, 48, 48, 68, 48, 48, 48, 36, 48, 48, 48, 48, 48, 65,
                                       48, 48, 87, 36, 48, 48, 48, 48, 48, 48, 65, 48, 48, 65 };
static const double shot_titles[] = { 75, 96, 180, 80, 89 };
static const double shot_captions[] = { 110, 115, 149, 162 };
static const double shot_heights_de[] = { 50, 48, 48, 50, 36, 36, 48, 36, 36, 48, 36, 48, 36, 65,
                                          48, 48, 69, 36, 36, 36, 36, 48, 48, 36, 65, 36, 48, 36 };
static const double shot_titles_de[] = { 75, 122, 178, 130, 139 };
static const double shot_captions_de[] = { 212, 122, 151, 153 };

/* Issue 19: in map-light (1000 × 700, the map 743 px wide) the plan's
 * route ran upright 2 px from the right sides of "Operations
 * Supervisor" and "Operations Coordinator", and read as a selection
 * border on them; grey links hugged roles' sides in many places. A link
 * that runs upright past a role keeps CLEARANCE (6 px) from its side
 * wherever the gap it runs in has room for that beside the links that
 * run past the role there, 6 px apart; on the shipped catalog, with the
 * app's spacing and the screenshots' sizes, from a phone to a wide
 * screen. */
static void
test_links_clear_of_roles (void)
{
  g_autoptr(OpsCatalog) catalog = ops_catalog_new_default (NULL);
  const struct
  {
    const double *heights, *titles, *captions;
    double        width;
  } sizes[] = {
    { shot_heights, shot_titles, shot_captions, 350 },
    { shot_heights, shot_titles, shot_captions, 720 },
    { shot_heights, shot_titles, shot_captions, 743 },
    { shot_heights, shot_titles, shot_captions, 744 },
    { shot_heights, shot_titles, shot_captions, 1000 },
    { shot_heights, shot_titles, shot_captions, 1280 },
    { shot_heights_de, shot_titles_de, shot_captions_de, 970 },
    { shot_heights_de, shot_titles_de, shot_captions_de, 1280 },
  };
  guint total = 0;

  g_assert_nonnull (catalog);
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(OpsMapLayout) layout = ops_map_layout_new (ops_catalog_get_stages (catalog));
      OpsMapMetrics m = {
        .width = sizes[s].width,
        .node_width_min = 124,
        .node_width_max = 200,
        .node_heights = sizes[s].heights,
        .column_spacing = 24,
        .row_spacing = 26,
        .band_title_height = 24,
        .band_title_widths = sizes[s].titles,
        .band_header = 44,
        .band_padding = 8,
        .band_spacing = 8,
        .margin = 8,
        .caption_height = 29,
        .caption_widths = sizes[s].captions,
      };
      double least;
      guint hugging;

      g_assert_cmpuint (ops_map_layout_get_n_nodes (layout), ==, G_N_ELEMENTS (shot_heights));
      ops_map_layout_place (layout, &m);
      least = least_beside_roles (layout, m.width, m.margin, 6, &hugging);
      g_test_message ("%s at %g px: %u uprights nearer a role's side than 6 px where the gap had room (least %g)",
                      sizes[s].heights == shot_heights ? "English" : "German", m.width, hugging,
                      hugging ? least : 6);
      total += hugging;
    }
  /* Before: 39 (13 at each of 720, 743 and 744 px, the route among them).
   * One link at 720 to 744 px is left 2 px from a role: a piece the
   * nudges moved there, out of another link's way; moved the other way
   * it crossed more links. */
  g_assert_cmpuint (total, <=, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map-layout/links-apart-ten-times", test_links_apart_ten_times);
  g_test_add_func ("/map-layout/links-clear-of-roles", test_links_clear_of_roles);

  return g_test_run ();
}
