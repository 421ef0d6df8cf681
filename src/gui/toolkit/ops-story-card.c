/* ops-story-card.c: one STAR story, to read aloud in practice
 *
 * The labels are bound to the story's fields, so an edit or an undo
 * elsewhere shows here at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-plan-record.h"
#include "ops-story-card.h"

struct _OpsStoryCard
{
  GtkWidget     parent_instance;

  OpsStarStory *story;

  GtkLabel     *title;
  GtkLabel     *situation;
  GtkLabel     *task;
  GtkLabel     *action;
  GtkLabel     *result;
  GtkButton    *edit;
};

G_DEFINE_FINAL_TYPE (OpsStoryCard, ops_story_card, GTK_TYPE_WIDGET)

/* An empty part reads as a reminder rather than a blank. */
static gboolean
text_or_reminder (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  g_value_set_string (to, text != NULL && text[0] != '\0' ? text : _("Not written yet"));
  return TRUE;
}

static void
bind_part (OpsStoryCard *self,
           const char   *property,
           GtkLabel     *label)
{
  g_object_bind_property_full (self->story, property, label, "label", G_BINDING_SYNC_CREATE,
                               text_or_reminder, NULL, NULL, NULL);
}

GtkWidget *
ops_story_card_new (OpsStarStory *story)
{
  OpsStoryCard *self;

  g_return_val_if_fail (OPS_IS_STAR_STORY (story), NULL);

  self = g_object_new (OPS_TYPE_STORY_CARD, NULL);
  self->story = g_object_ref (story);
  g_object_bind_property (story, "title", self->title, "label", G_BINDING_SYNC_CREATE);
  bind_part (self, "situation", self->situation);
  bind_part (self, "task", self->task);
  bind_part (self, "action", self->action);
  bind_part (self, "result", self->result);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->edit), "s",
                                    ops_plan_record_get_id (OPS_PLAN_RECORD (story)));

  return GTK_WIDGET (self);
}

static void
ops_story_card_dispose (GObject *object)
{
  OpsStoryCard *self = OPS_STORY_CARD (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_STORY_CARD);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->story);

  G_OBJECT_CLASS (ops_story_card_parent_class)->dispose (object);
}

static void
ops_story_card_class_init (OpsStoryCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_story_card_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "storycard");
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/toolkit/ops-story-card.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsStoryCard, title);
  gtk_widget_class_bind_template_child (widget_class, OpsStoryCard, situation);
  gtk_widget_class_bind_template_child (widget_class, OpsStoryCard, task);
  gtk_widget_class_bind_template_child (widget_class, OpsStoryCard, action);
  gtk_widget_class_bind_template_child (widget_class, OpsStoryCard, result);
  gtk_widget_class_bind_template_child (widget_class, OpsStoryCard, edit);
}

static void
ops_story_card_init (OpsStoryCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
