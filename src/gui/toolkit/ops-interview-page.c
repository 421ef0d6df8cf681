/* ops-interview-page.c: practising behavioural questions with STAR stories
 *
 * The catalog's common operations interview questions, each marked as
 * answered by a story of the plan or as a gap, and the plan's stories.
 * Opening a question shows the stories that answer it, to practise aloud.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-interview-page.h"
#include "ops-list-box-bind.h"
#include "ops-plan.h"
#include "ops-question-page.h"
#include "ops-question-row.h"
#include "ops-story-page.h"
#include "ops-toolkit-util.h"

struct _OpsInterviewPage
{
  OpsToolkitPage       parent_instance;

  GtkWidget           *content;
  AdwPreferencesGroup *questions_group;
  GtkListBox          *questions;
  GtkListBox          *stories;

  guint64              structure_seen; /* the plan's structure revision update_questions () showed */
  gboolean             narrow;         /* the page's breakpoint applies */
};

G_DEFINE_FINAL_TYPE (OpsInterviewPage, ops_interview_page, OPS_TYPE_TOOLKIT_PAGE)

static OpsPlan *
plan_of (OpsInterviewPage *self)
{
  return ops_toolkit_page_get_plan (OPS_TOOLKIT_PAGE (self));
}

static OpsCatalog *
catalog_of (OpsInterviewPage *self)
{
  return ops_toolkit_page_get_catalog (OPS_TOOLKIT_PAGE (self));
}

/* Returns whether no story answers @question, @row's: a gap. */
static gboolean
update_question_row (OpsInterviewPage *self,
                     OpsQuestionRow   *row,
                     OpsCatalogItem   *question)
{
  g_autoptr(GListModel) stories = ops_plan_dup_stories_for_question (plan_of (self), ops_catalog_item_get_id (question));
  guint n = g_list_model_get_n_items (stories);

  ops_question_row_set_n_stories (row, n);

  return n == 0;
}

static void
update_questions (OpsInterviewPage *self)
{
  g_autofree char *summary = NULL;
  guint n_gaps = 0, n_questions;
  GListModel *questions;
  GtkListBoxRow *row;

  if (plan_of (self) == NULL || catalog_of (self) == NULL)
    return;

  self->structure_seen = ops_plan_get_structure_revision (plan_of (self));
  /* The list is bound to this model: row i shows question i. */
  questions = ops_catalog_get_items (catalog_of (self), OPS_ITEM_KIND_QUESTION);
  n_questions = g_list_model_get_n_items (questions);
  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->questions, i)) != NULL; i++)
    {
      g_autoptr(OpsCatalogItem) question = g_list_model_get_item (questions, i);

      n_gaps += update_question_row (self, OPS_QUESTION_ROW (row), question);
    }

  if (n_gaps == 0)
    summary = g_strdup (_("Every question has a story. Practise telling each one aloud: Situation, Task, Action, Result."));
  else
    /* Translators: %1$u questions of %2$u have no STAR story yet */
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%1$u of %2$u questions has no story yet. Answer each in the STAR form: Situation, Task, Action, Result.",
                                            "%1$u of %2$u questions have no story yet. Answer each in the STAR form: Situation, Task, Action, Result.",
                                            n_gaps),
                               n_gaps, n_questions);
  adw_preferences_group_set_description (self->questions_group, summary);
}

/* Which questions a story answers is not free text: typing in a story
 * changes no row here. */
static void
plan_edited_cb (OpsInterviewPage *self)
{
  if (ops_plan_get_structure_revision (plan_of (self)) != self->structure_seen)
    update_questions (self);
}

static GtkWidget *
create_question_row_cb (gpointer item,
                        gpointer user_data)
{
  OpsInterviewPage *self = user_data;
  GtkWidget *row = ops_question_row_new (OPS_CATALOG_ITEM (item));

  ops_question_row_set_compact (OPS_QUESTION_ROW (row), self->narrow);

  return row;
}

static void
set_narrow (OpsInterviewPage *self,
            gboolean          narrow)
{
  GtkListBoxRow *row;

  self->narrow = narrow;
  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->questions, i)) != NULL; i++)
    ops_question_row_set_compact (OPS_QUESTION_ROW (row), narrow);
}

static void
narrow_cb (OpsInterviewPage *self)
{
  set_narrow (self, TRUE);
}

static void
wide_cb (OpsInterviewPage *self)
{
  set_narrow (self, FALSE);
}

static gboolean
question_ids_to_subtitle (GBinding     *binding,
                          const GValue *from,
                          GValue       *to,
                          gpointer      user_data)
{
  const char * const *ids = g_value_get_boxed (from);
  guint n = ids ? g_strv_length ((char **) ids) : 0;

  if (n == 0)
    g_value_set_string (to, _("Answers no question yet"));
  else
    g_value_take_string (to, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Answers %u question", "Answers %u questions", n), n));
  return TRUE;
}

static GtkWidget *
create_story_row_cb (gpointer item,
                     gpointer user_data)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = g_object_new (GTK_TYPE_IMAGE, "icon-name", "go-next-symbolic",
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_bind_property (item, "title", row, "title", G_BINDING_SYNC_CREATE);
  g_object_bind_property_full (item, "question-ids", row, "subtitle", G_BINDING_SYNC_CREATE,
                               question_ids_to_subtitle, NULL, NULL, NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);

  return row;
}

static void
question_activated_cb (OpsInterviewPage *self,
                       GtkListBoxRow    *row)
{
  GListModel *questions = ops_catalog_get_items (catalog_of (self), OPS_ITEM_KIND_QUESTION);
  g_autoptr(OpsCatalogItem) question = g_list_model_get_item (questions, gtk_list_box_row_get_index (row));

  ops_toolkit_push (GTK_WIDGET (self), ops_question_page_new (ops_toolkit_page_get_store (OPS_TOOLKIT_PAGE (self)), question));
}

static void
story_activated_cb (OpsInterviewPage *self,
                    GtkListBoxRow    *row)
{
  g_autoptr(OpsStarStory) story = g_list_model_get_item (ops_plan_get_stories (plan_of (self)),
                                                         gtk_list_box_row_get_index (row));

  ops_toolkit_push (GTK_WIDGET (self), ops_story_page_new (story, catalog_of (self)));
}

static void
write_story_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OpsInterviewPage *self = OPS_INTERVIEW_PAGE (widget);
  const char *question_id = parameter ? g_variant_get_string (parameter, NULL) : NULL;

  g_return_if_fail (plan_of (self) != NULL);

  ops_story_page_write (widget, plan_of (self), catalog_of (self), question_id);
}

GtkWidget *
ops_interview_page_new (OpsPlanStore *store)
{
  g_return_val_if_fail (OPS_IS_PLAN_STORE (store), NULL);

  return g_object_new (OPS_TYPE_INTERVIEW_PAGE, "store", store, NULL);
}

static void
ops_interview_page_setup (OpsToolkitPage *page,
                          OpsPlanStore   *store)
{
  OpsInterviewPage *self = OPS_INTERVIEW_PAGE (page);

  if (catalog_of (self) == NULL)
    return;

  gtk_list_box_bind_model (self->questions, ops_catalog_get_items (catalog_of (self), OPS_ITEM_KIND_QUESTION),
                           create_question_row_cb, self, NULL);
  ops_toolkit_follow_editable (self->content, store);
}

static void
ops_interview_page_plan_changed (OpsToolkitPage *page,
                                 OpsPlan        *old_plan,
                                 OpsPlan        *plan)
{
  OpsInterviewPage *self = OPS_INTERVIEW_PAGE (page);

  ops_list_box_bind_model (self->stories, plan ? ops_plan_get_stories (plan) : NULL, create_story_row_cb, NULL);
  update_questions (self);
}

static void
ops_interview_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OPS_TYPE_INTERVIEW_PAGE);

  G_OBJECT_CLASS (ops_interview_page_parent_class)->dispose (object);
}

static void
ops_interview_page_class_init (OpsInterviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OpsToolkitPageClass *page_class = OPS_TOOLKIT_PAGE_CLASS (klass);

  object_class->dispose = ops_interview_page_dispose;

  page_class->setup = ops_interview_page_setup;
  page_class->plan_changed = ops_interview_page_plan_changed;

  ops_toolkit_page_class_install_edit_action (page_class, "interview.write-story", "s", write_story_action);
  ops_toolkit_page_class_install_edit_action (page_class, "interview.new-story", NULL, write_story_action);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/toolkit/ops-interview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsInterviewPage, content);
  gtk_widget_class_bind_template_child (widget_class, OpsInterviewPage, questions_group);
  gtk_widget_class_bind_template_child (widget_class, OpsInterviewPage, questions);
  gtk_widget_class_bind_template_child (widget_class, OpsInterviewPage, stories);
  gtk_widget_class_bind_template_callback (widget_class, question_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, story_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, narrow_cb);
  gtk_widget_class_bind_template_callback (widget_class, wide_cb);
}

static void
ops_interview_page_init (OpsInterviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_group_connect_object (ops_toolkit_page_get_plan_signals (OPS_TOOLKIT_PAGE (self)), "changed",
                                 G_CALLBACK (plan_edited_cb), self, G_CONNECT_SWAPPED);
}
