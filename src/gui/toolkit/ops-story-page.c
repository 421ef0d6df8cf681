/* ops-story-page.c: writing one STAR story
 *
 * Situation, Task, Action and Result each get a text area of their own,
 * bound to the story like every other field here, so the plan's undo
 * covers what is typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-checklist-row.h"
#include "ops-screen-reader.h"
#include "ops-story-page.h"
#include "ops-text-view-bind.h"
#include "ops-editor-focus.h"
#include "ops-toolkit-util.h"

struct _OpsStoryPage
{
  AdwNavigationPage  parent_instance;

  OpsStarStory      *story;
  OpsCatalog        *catalog;

  AdwEntryRow       *title_row;
  GtkTextView       *situation;
  GtkTextView       *task;
  GtkTextView       *action;
  GtkTextView       *result;
  OpsChecklistRow   *questions_row;
  OpsChecklistRow   *achievements_row;
  OpsChecklistRow   *skills_row;
};

G_DEFINE_FINAL_TYPE (OpsStoryPage, ops_story_page, ADW_TYPE_NAVIGATION_PAGE)

static void
remove_cb (OpsStoryPage *self)
{
  ops_toolkit_remove_record (GTK_WIDGET (self), OPS_PLAN_RECORD (self->story), ops_star_story_get_title (self->story));
}

static void
bind_story (OpsStoryPage *self)
{
  GObject *story = G_OBJECT (self->story);
  OpsPlan *plan = ops_plan_record_get_plan (OPS_PLAN_RECORD (self->story));

  ops_toolkit_bind_string (story, "title", self->title_row);
  g_object_bind_property (story, "title", self, "title", G_BINDING_SYNC_CREATE);
  ops_text_view_bind (self->situation, story, "situation");
  ops_text_view_bind (self->task, story, "task");
  ops_text_view_bind (self->action, story, "action");
  ops_text_view_bind (self->result, story, "result");

  if (self->catalog != NULL)
    {
      ops_checklist_row_set_model (self->questions_row, ops_catalog_get_items (self->catalog, OPS_ITEM_KIND_QUESTION), "name");
      ops_checklist_row_set_model (self->skills_row, ops_catalog_get_items (self->catalog, OPS_ITEM_KIND_SKILL), "name");
    }
  if (plan != NULL)
    ops_checklist_row_set_model (self->achievements_row, ops_plan_get_achievements (plan), "title");
  g_object_bind_property (story, "question-ids", self->questions_row, "selected-ids",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (story, "achievement-ids", self->achievements_row, "selected-ids",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (story, "skill-ids", self->skills_row, "selected-ids",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);

  if (plan != NULL)
    ops_toolkit_pop_when_removed (GTK_WIDGET (self), OPS_PLAN_RECORD (self->story));
}

GtkWidget *
ops_story_page_new (OpsStarStory *story,
                    OpsCatalog   *catalog)
{
  OpsStoryPage *self;

  g_return_val_if_fail (OPS_IS_STAR_STORY (story), NULL);
  g_return_val_if_fail (catalog == NULL || OPS_IS_CATALOG (catalog), NULL);

  self = g_object_new (OPS_TYPE_STORY_PAGE, NULL);
  self->story = g_object_ref (story);
  self->catalog = catalog ? g_object_ref (catalog) : NULL;
  bind_story (self);

  return GTK_WIDGET (self);
}

/**
 * ops_story_page_write:
 * @from: a widget in the pane the story is written from
 * @plan: the plan
 * @catalog: the catalog
 * @question_id: (nullable): the question the story answers
 *
 * Adds a new story to @plan, tagged with @question_id, as one undo step,
 * and opens it for writing.
 */
void
ops_story_page_write (GtkWidget  *from,
                      OpsPlan    *plan,
                      OpsCatalog *catalog,
                      const char *question_id)
{
  g_autoptr(OpsStarStory) story = NULL;

  g_return_if_fail (OPS_IS_PLAN (plan));

  if (ops_plan_get_read_only (plan))
    return;

  story = ops_star_story_new (_("New Story"));
  if (question_id != NULL)
    {
      const char *ids[] = { question_id, NULL };

      /* Tagged before it joins the plan, so adding it is one step. */
      ops_star_story_set_question_ids (story, ids);
    }
  ops_plan_add_record (plan, OPS_PLAN_RECORD (story));
  ops_toolkit_push (from, ops_story_page_new (story, catalog));
}

static void
ops_story_page_dispose (GObject *object)
{
  OpsStoryPage *self = OPS_STORY_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_STORY_PAGE);
  g_clear_object (&self->story);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (ops_story_page_parent_class)->dispose (object);
}

static gboolean
ops_story_page_focus (GtkWidget        *widget,
                      GtkDirectionType  direction)
{
  return ops_editor_focus (widget, direction, GTK_WIDGET_CLASS (ops_story_page_parent_class));
}

static void
ops_story_page_class_init (OpsStoryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_story_page_dispose;
  GTK_WIDGET_CLASS (klass)->focus = ops_story_page_focus;

  g_type_ensure (OPS_TYPE_CHECKLIST_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/toolkit/ops-story-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsStoryPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, OpsStoryPage, situation);
  gtk_widget_class_bind_template_child (widget_class, OpsStoryPage, task);
  gtk_widget_class_bind_template_child (widget_class, OpsStoryPage, action);
  gtk_widget_class_bind_template_child (widget_class, OpsStoryPage, result);
  gtk_widget_class_bind_template_child (widget_class, OpsStoryPage, questions_row);
  gtk_widget_class_bind_template_child (widget_class, OpsStoryPage, achievements_row);
  gtk_widget_class_bind_template_child (widget_class, OpsStoryPage, skills_row);
  gtk_widget_class_bind_template_callback (widget_class, remove_cb);
}

static void
ops_story_page_init (OpsStoryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* A group without a title, whose list screen readers read nameless. */
  ops_screen_reader_name_group (GTK_WIDGET (self->title_row), _("Details"));
}
