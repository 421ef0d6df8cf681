/* ops-question-row.c: an interview question in Interview Practice
 *
 * The question, whether a story of the plan answers it or it is a gap
 * (icon and text, as a state is shown), and Write Story where it is one
 * and the row is not compact (the question's page, behind the chevron,
 * has Write Story too).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-question-row.h"

struct _OpsQuestionRow
{
  AdwActionRow  parent_instance;

  GtkWidget    *icon;
  GtkWidget    *write;
  gboolean      gap;
  gboolean      compact;
};

G_DEFINE_FINAL_TYPE (OpsQuestionRow, ops_question_row, ADW_TYPE_ACTION_ROW)

/**
 * ops_question_row_set_n_stories:
 * @self: a question row
 * @n_stories: how many of the plan's stories answer the question
 *
 * Shows the question as answered, or as a gap with Write Story.
 */
void
ops_question_row_set_n_stories (OpsQuestionRow *self,
                                guint           n_stories)
{
  gboolean gap = n_stories == 0;
  g_autofree char *subtitle = NULL;

  g_return_if_fail (OPS_IS_QUESTION_ROW (self));

  if (gap)
    subtitle = g_strdup (_("Gap: no story answers it yet"));
  else
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Answered by %u story", "Answered by %u stories",
                                             n_stories),
                                n_stories);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->icon), gap ? "dialog-warning-symbolic" : "object-select-symbolic");
  gtk_widget_remove_css_class (self->icon, gap ? "success" : "warning");
  gtk_widget_add_css_class (self->icon, gap ? "warning" : "success");
  self->gap = gap;
  gtk_widget_set_visible (self->write, gap && !self->compact);
}

/**
 * ops_question_row_set_compact:
 * @self: a question row
 * @compact: whether the row is narrow
 *
 * A compact row leaves Write Story to the question's page, so the
 * question keeps the row's width.
 */
void
ops_question_row_set_compact (OpsQuestionRow *self,
                              gboolean        compact)
{
  g_return_if_fail (OPS_IS_QUESTION_ROW (self));

  self->compact = compact;
  gtk_widget_set_visible (self->write, self->gap && !compact);
}

GtkWidget *
ops_question_row_new (OpsCatalogItem *question)
{
  OpsQuestionRow *self;

  g_return_val_if_fail (OPS_IS_CATALOG_ITEM (question), NULL);

  self = g_object_new (OPS_TYPE_QUESTION_ROW, NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), ops_catalog_item_get_name (question));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->write), "s", ops_catalog_item_get_id (question));

  return GTK_WIDGET (self);
}

static void
ops_question_row_class_init (OpsQuestionRowClass *klass)
{
}

static void
ops_question_row_init (OpsQuestionRow *self)
{
  GtkWidget *arrow = g_object_new (GTK_TYPE_IMAGE, "icon-name", "go-next-symbolic",
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);

  /* A gap until ops_question_row_set_n_stories () says otherwise. */
  self->gap = TRUE;
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (self), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);

  self->icon = g_object_new (GTK_TYPE_IMAGE, "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  adw_action_row_add_prefix (ADW_ACTION_ROW (self), self->icon);

  self->write = gtk_button_new_with_mnemonic (_("_Write Story"));
  gtk_widget_set_valign (self->write, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->write, _("Write a STAR story that answers this question"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->write), "interview.write-story");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->write);

  adw_action_row_add_suffix (ADW_ACTION_ROW (self), arrow);
}
