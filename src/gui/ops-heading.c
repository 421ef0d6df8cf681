/* ops-heading.c: the label that heads a section of a pane or a list
 *
 * Screen readers navigate by headings, so every section title carries the
 * heading role as well as the look; one constructor keeps the two together.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-heading.h"

/* A left-aligned, wrapping heading label; @extra_class, if any, adds a
 * style class for where it stands (its margins in a list, say). */
GtkWidget *
ops_heading_new (const char *extra_class)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   NULL);

  gtk_widget_add_css_class (label, "heading");
  if (extra_class != NULL)
    gtk_widget_add_css_class (label, extra_class);

  return label;
}
