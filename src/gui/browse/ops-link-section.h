/* ops-link-section.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OPS_TYPE_LINK_SECTION (ops_link_section_get_type ())

G_DECLARE_FINAL_TYPE (OpsLinkSection, ops_link_section, OPS, LINK_SECTION, GtkWidget)

/* Returns a newly allocated subtitle for an entry's row. */
typedef char *(*OpsLinkSubtitleFunc) (gpointer item);

void        ops_link_section_set_list_label    (OpsLinkSection      *self,
                                                const char          *label);
void        ops_link_section_set_subtitle_func (OpsLinkSection      *self,
                                                OpsLinkSubtitleFunc  func);
GListModel *ops_link_section_get_model (OpsLinkSection *self);
void        ops_link_section_set_model (OpsLinkSection *self,
                                        GListModel     *model);

/* For tests: called instead of GtkUriLauncher when a source row is
 * activated, so a test sees which page would open without a browser, and
 * what a person is told when none opens (return %FALSE and set @error).
 * %NULL restores the launcher. */
typedef gboolean (*OpsLinkLaunchFunc) (GtkWindow   *parent,
                                       const char  *uri,
                                       gpointer     user_data,
                                       GError     **error);

void        _ops_link_section_set_launch_func (OpsLinkLaunchFunc func,
                                               gpointer          user_data);

G_END_DECLS
