/* ops-achievement-list-page.c: the results a person achieved, as resume lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-achievement-list-page.h"
#include "ops-achievement-page.h"
#include "ops-achievement-row.h"
#include "ops-plan.h"
#include "ops-toolkit-util.h"

struct _OpsAchievementListPage
{
  OpsToolkitPage  parent_instance;

  GtkStack       *stack;
  GtkListBox     *list_box;

  GSignalGroup   *achievements_signals;  /* targets the plan's achievements */
};

G_DEFINE_FINAL_TYPE (OpsAchievementListPage, ops_achievement_list_page, OPS_TYPE_TOOLKIT_PAGE)

static void
update_stack (OpsAchievementListPage *self)
{
  OpsPlan *plan = ops_toolkit_page_get_plan (OPS_TOOLKIT_PAGE (self));
  guint n = plan ? g_list_model_get_n_items (ops_plan_get_achievements (plan)) : 0;

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

static void
open_achievement (OpsAchievementListPage *self,
                  OpsAchievement         *achievement)
{
  OpsCatalog *catalog = ops_toolkit_page_get_catalog (OPS_TOOLKIT_PAGE (self));

  ops_toolkit_push (GTK_WIDGET (self), ops_achievement_page_new (achievement, catalog));
}

static void
activated_cb (OpsAchievementListPage *self,
              GtkListBoxRow          *row)
{
  OpsAchievement *achievement = ops_achievement_row_get_achievement (OPS_ACHIEVEMENT_ROW (gtk_list_box_row_get_child (row)));

  if (achievement != NULL)
    open_achievement (self, achievement);
}

static void
name_row_cb (OpsAchievement *achievement,
             GParamSpec     *pspec,
             GtkWidget      *row)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  ops_achievement_get_title (achievement), -1);
}

/* A boxed list, as every list of records in OpsLadder; the row is the
 * one the list view drew before, named for screen readers by its title. */
static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), g_object_new (OPS_TYPE_ACHIEVEMENT_ROW, "achievement", item, NULL));
  gtk_widget_add_css_class (row, "achievement");
  g_signal_connect_object (item, "notify::title", G_CALLBACK (name_row_cb), row, 0);
  name_row_cb (item, NULL, row);

  return row;
}

/* A new achievement opens at once in its editor, where the numbers that
 * make its resume line are entered. */
static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  OpsAchievementListPage *self = OPS_ACHIEVEMENT_LIST_PAGE (widget);
  OpsPlan *plan = ops_toolkit_page_get_plan (OPS_TOOLKIT_PAGE (self));
  g_autoptr(OpsAchievement) achievement = NULL;

  g_return_if_fail (plan != NULL);

  achievement = ops_achievement_new (_("New Achievement"));
  ops_plan_add_record (plan, OPS_PLAN_RECORD (achievement));
  open_achievement (self, achievement);
}

GtkWidget *
ops_achievement_list_page_new (OpsPlanStore *store)
{
  g_return_val_if_fail (OPS_IS_PLAN_STORE (store), NULL);

  return g_object_new (OPS_TYPE_ACHIEVEMENT_LIST_PAGE, "store", store, NULL);
}

static void
ops_achievement_list_page_setup (OpsToolkitPage *page,
                                 OpsPlanStore   *store)
{
  OpsAchievementListPage *self = OPS_ACHIEVEMENT_LIST_PAGE (page);

  ops_toolkit_follow_editable (GTK_WIDGET (self->stack), store);
}

static void
ops_achievement_list_page_plan_changed (OpsToolkitPage *page,
                                        OpsPlan        *old_plan,
                                        OpsPlan        *plan)
{
  OpsAchievementListPage *self = OPS_ACHIEVEMENT_LIST_PAGE (page);
  GListModel *achievements = plan ? ops_plan_get_achievements (plan) : NULL;

  g_signal_group_set_target (self->achievements_signals, achievements);
  gtk_list_box_bind_model (self->list_box, achievements, create_row_cb, NULL, NULL);
  update_stack (self);
}

static void
ops_achievement_list_page_dispose (GObject *object)
{
  OpsAchievementListPage *self = OPS_ACHIEVEMENT_LIST_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_ACHIEVEMENT_LIST_PAGE);
  if (self->achievements_signals != NULL)
    g_signal_group_set_target (self->achievements_signals, NULL);
  g_clear_object (&self->achievements_signals);

  G_OBJECT_CLASS (ops_achievement_list_page_parent_class)->dispose (object);
}

static void
ops_achievement_list_page_class_init (OpsAchievementListPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OpsToolkitPageClass *page_class = OPS_TOOLKIT_PAGE_CLASS (klass);

  object_class->dispose = ops_achievement_list_page_dispose;

  page_class->setup = ops_achievement_list_page_setup;
  page_class->plan_changed = ops_achievement_list_page_plan_changed;

  ops_toolkit_page_class_install_edit_action (page_class, "achievements.add", NULL, add_action);

  g_type_ensure (OPS_TYPE_ACHIEVEMENT_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/toolkit/ops-achievement-list-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsAchievementListPage, stack);
  gtk_widget_class_bind_template_child (widget_class, OpsAchievementListPage, list_box);
  gtk_widget_class_bind_template_callback (widget_class, activated_cb);
}

static void
ops_achievement_list_page_init (OpsAchievementListPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->achievements_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_object (self->achievements_signals, "items-changed", G_CALLBACK (update_stack), self,
                                 G_CONNECT_SWAPPED);
}
