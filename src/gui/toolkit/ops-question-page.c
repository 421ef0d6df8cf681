/* ops-question-page.c: one interview question and the stories that answer it
 *
 * The practice screen: read the question, then the Situation, Task,
 * Action and Result of each story tagged with it, and say them aloud.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-plan.h"
#include "ops-question-page.h"
#include "ops-story-card.h"
#include "ops-story-page.h"
#include "ops-toolkit-util.h"

struct _OpsQuestionPage
{
  AdwNavigationPage  parent_instance;

  OpsPlanStore      *store;
  OpsPlan           *plan;
  GSignalGroup      *plan_signals;   /* targets @plan */
  guint64            structure_seen; /* the plan's structure revision refill () showed */
  OpsCatalogItem    *question;

  GtkWidget         *content;
  GtkLabel          *question_label;
  GtkLabel          *summary;
  GtkLabel          *gap_label;
  GtkBox            *cards;
  GtkButton         *write_button;
};

G_DEFINE_FINAL_TYPE (OpsQuestionPage, ops_question_page, ADW_TYPE_NAVIGATION_PAGE)

static void
refill (OpsQuestionPage *self)
{
  g_autoptr(GListModel) stories = NULL;
  guint n = 0;
  GtkWidget *child;

  if (self->plan != NULL)
    {
      stories = ops_plan_dup_stories_for_question (self->plan, ops_catalog_item_get_id (self->question));
      n = g_list_model_get_n_items (stories);
      self->structure_seen = ops_plan_get_structure_revision (self->plan);
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->cards))))
    gtk_box_remove (self->cards, child);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsStarStory) story = g_list_model_get_item (stories, i);

      gtk_box_append (self->cards, ops_story_card_new (story));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->gap_label), n == 0);
  gtk_button_set_label (self->write_button, n == 0 ? _("_Write a Story") : _("_Write Another Story"));
  if (n == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->write_button), "suggested-action");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->write_button), "suggested-action");
}

/* The cards show their stories' words through bindings; only a story
 * added, removed or tagged with other questions changes which there are,
 * so typing in a story does not rebuild every card. */
static void
plan_edited_cb (OpsQuestionPage *self)
{
  if (ops_plan_get_structure_revision (self->plan) != self->structure_seen)
    refill (self);
}

static void
write_story_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OpsQuestionPage *self = OPS_QUESTION_PAGE (widget);

  if (self->plan == NULL)
    return;

  ops_story_page_write (widget, self->plan, ops_plan_store_get_catalog (self->store),
                        ops_catalog_item_get_id (self->question));
}

static void
edit_story_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  OpsQuestionPage *self = OPS_QUESTION_PAGE (widget);
  OpsPlanRecord *story = self->plan ? ops_plan_find_record (self->plan, g_variant_get_string (parameter, NULL)) : NULL;

  if (OPS_IS_STAR_STORY (story))
    ops_toolkit_push (widget, ops_story_page_new (OPS_STAR_STORY (story), ops_plan_store_get_catalog (self->store)));
}

/* Opening another plan replaces the store's plan under this page, which
 * then practises with the stories of the plan that is open, the one its
 * editable state already follows. */
static void
store_plan_changed_cb (OpsQuestionPage *self)
{
  OpsPlan *plan = ops_plan_store_get_plan (self->store);

  if (self->plan == plan)
    return;

  g_set_object (&self->plan, plan);
  g_signal_group_set_target (self->plan_signals, plan);
  refill (self);
}

GtkWidget *
ops_question_page_new (OpsPlanStore   *store,
                       OpsCatalogItem *question)
{
  OpsQuestionPage *self;

  g_return_val_if_fail (OPS_IS_PLAN_STORE (store), NULL);
  g_return_val_if_fail (OPS_IS_CATALOG_ITEM (question), NULL);
  g_return_val_if_fail (ops_plan_store_get_plan (store) != NULL, NULL);

  self = g_object_new (OPS_TYPE_QUESTION_PAGE, NULL);
  self->store = g_object_ref (store);
  self->question = g_object_ref (question);
  gtk_label_set_text (self->question_label, ops_catalog_item_get_name (question));
  gtk_label_set_text (self->summary, ops_catalog_item_get_summary (question));
  g_signal_connect_object (store, "notify::plan", G_CALLBACK (store_plan_changed_cb), self, G_CONNECT_SWAPPED);
  store_plan_changed_cb (self);
  ops_toolkit_follow_editable (self->content, store);

  return GTK_WIDGET (self);
}

static void
ops_question_page_dispose (GObject *object)
{
  OpsQuestionPage *self = OPS_QUESTION_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_QUESTION_PAGE);
  if (self->plan_signals != NULL)
    g_signal_group_set_target (self->plan_signals, NULL);
  g_clear_object (&self->plan_signals);
  g_clear_object (&self->plan);
  g_clear_object (&self->question);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ops_question_page_parent_class)->dispose (object);
}

static void
ops_question_page_class_init (OpsQuestionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_question_page_dispose;

  gtk_widget_class_install_action (widget_class, "interview.write-story", NULL, write_story_action);
  gtk_widget_class_install_action (widget_class, "interview.edit-story", "s", edit_story_action);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/toolkit/ops-question-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsQuestionPage, content);
  gtk_widget_class_bind_template_child (widget_class, OpsQuestionPage, question_label);
  gtk_widget_class_bind_template_child (widget_class, OpsQuestionPage, summary);
  gtk_widget_class_bind_template_child (widget_class, OpsQuestionPage, gap_label);
  gtk_widget_class_bind_template_child (widget_class, OpsQuestionPage, cards);
  gtk_widget_class_bind_template_child (widget_class, OpsQuestionPage, write_button);
}

static void
ops_question_page_init (OpsQuestionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->plan_signals = g_signal_group_new (OPS_TYPE_PLAN);
  g_signal_group_connect_object (self->plan_signals, "changed", G_CALLBACK (plan_edited_cb), self,
                                 G_CONNECT_SWAPPED);
}
