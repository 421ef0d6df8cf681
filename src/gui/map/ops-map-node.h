/* ops-map-node.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ops-role.h"

G_BEGIN_DECLS

/* Where a role stands in the person's plan. */
typedef enum
{
  OPS_MAP_NODE_PLAIN   = 0,
  OPS_MAP_NODE_CURRENT = 1 << 0,  /* the plan's current role */
  OPS_MAP_NODE_TARGET  = 1 << 1,  /* the plan's target role */
  OPS_MAP_NODE_ROUTE   = 1 << 2,  /* between the two */
  OPS_MAP_NODE_REACHED = 1 << 3,  /* leads to the current role */
} OpsMapNodeStatus;

/* Whether something the parent draws over its nodes covers @y (the
 * parent's coordinates): there the node takes no pointer. */
typedef gboolean (*OpsMapNodeCoveredFunc) (GtkWidget *parent,
                                           double     y,
                                           gpointer   user_data);

#define OPS_TYPE_MAP_NODE (ops_map_node_get_type ())

G_DECLARE_FINAL_TYPE (OpsMapNode, ops_map_node, OPS, MAP_NODE, GtkButton)

GtkWidget        *ops_map_node_new          (OpsRole          *role);
OpsRole          *ops_map_node_get_role     (OpsMapNode       *self);
OpsMapNodeStatus  ops_map_node_get_status   (OpsMapNode       *self);
void              ops_map_node_set_status   (OpsMapNode       *self,
                                             OpsMapNodeStatus  status,
                                             guint             missing_certifications,
                                             guint             missing_skills,
                                             guint             missing_education);
gboolean          ops_map_node_get_selected (OpsMapNode       *self);
void              ops_map_node_set_selected (OpsMapNode       *self,
                                             gboolean          selected);
char             *ops_map_node_dup_description (OpsMapNode    *self);
int               ops_map_node_get_word_width  (OpsMapNode    *self);
GtkWidget        *ops_map_node_get_title       (OpsMapNode    *self);
void              ops_map_node_set_covered_func (OpsMapNode           *self,
                                                 OpsMapNodeCoveredFunc  func,
                                                 gpointer               user_data);

G_END_DECLS
