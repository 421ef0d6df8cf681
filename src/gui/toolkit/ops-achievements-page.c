/* ops-achievements-page.c: the results a person achieved, as resume lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-achievement-page.h"
#include "ops-achievement-row.h"
#include "ops-achievements-page.h"
#include "ops-plan.h"
#include "ops-toolkit-util.h"

struct _OpsAchievementsPage
{
  AdwNavigationPage  parent_instance;

  OpsPlanStore      *store;
  OpsPlan           *plan;
  GtkNoSelection    *selection;

  GtkStack          *stack;
  GtkListView       *list_view;
};

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsAchievementsPage, ops_achievements_page, ADW_TYPE_NAVIGATION_PAGE)

static void
update_stack (OpsAchievementsPage *self)
{
  guint n = self->plan ? g_list_model_get_n_items (ops_plan_get_achievements (self->plan)) : 0;

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

static void
store_plan_changed_cb (OpsAchievementsPage *self)
{
  OpsPlan *plan = ops_plan_store_get_plan (self->store);
  GListModel *achievements = plan ? ops_plan_get_achievements (plan) : NULL;

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (ops_plan_get_achievements (self->plan), self);
  g_set_object (&self->plan, plan);
  gtk_no_selection_set_model (self->selection, achievements);
  if (achievements != NULL)
    g_signal_connect_object (achievements, "items-changed", G_CALLBACK (update_stack), self, G_CONNECT_SWAPPED);
  update_stack (self);
}

static void
open_achievement (OpsAchievementsPage *self,
                  OpsAchievement      *achievement)
{
  ops_toolkit_push (GTK_WIDGET (self), ops_achievement_page_new (achievement, ops_plan_store_get_catalog (self->store)));
}

static void
activated_cb (OpsAchievementsPage *self,
              guint                position)
{
  g_autoptr(OpsAchievement) achievement = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (achievement != NULL)
    open_achievement (self, achievement);
}

/* A new achievement opens at once in its editor, where the numbers that
 * make its resume line are entered. */
static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  OpsAchievementsPage *self = OPS_ACHIEVEMENTS_PAGE (widget);
  g_autoptr(OpsAchievement) achievement = NULL;

  g_return_if_fail (self->plan != NULL);

  if (ops_plan_get_read_only (self->plan))
    return;

  achievement = ops_achievement_new (_("New Achievement"));
  ops_plan_add_record (self->plan, OPS_PLAN_RECORD (achievement));
  open_achievement (self, achievement);
}

GtkWidget *
ops_achievements_page_new (OpsPlanStore *store)
{
  g_return_val_if_fail (OPS_IS_PLAN_STORE (store), NULL);

  return g_object_new (OPS_TYPE_ACHIEVEMENTS_PAGE, "store", store, NULL);
}

static void
ops_achievements_page_constructed (GObject *object)
{
  OpsAchievementsPage *self = OPS_ACHIEVEMENTS_PAGE (object);

  G_OBJECT_CLASS (ops_achievements_page_parent_class)->constructed (object);

  /* Only the template validator builds a page without a store. */
  if (self->store == NULL)
    return;

  g_signal_connect_object (self->store, "notify::plan", G_CALLBACK (store_plan_changed_cb), self, G_CONNECT_SWAPPED);
  ops_toolkit_follow_editable (GTK_WIDGET (self->stack), self->store);
  store_plan_changed_cb (self);
}

static void
ops_achievements_page_dispose (GObject *object)
{
  OpsAchievementsPage *self = OPS_ACHIEVEMENTS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_ACHIEVEMENTS_PAGE);
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (ops_plan_get_achievements (self->plan), self);
  g_clear_object (&self->plan);
  g_clear_object (&self->selection);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ops_achievements_page_parent_class)->dispose (object);
}

static void
ops_achievements_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  OpsAchievementsPage *self = OPS_ACHIEVEMENTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_achievements_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  OpsAchievementsPage *self = OPS_ACHIEVEMENTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_achievements_page_class_init (OpsAchievementsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ops_achievements_page_constructed;
  object_class->dispose = ops_achievements_page_dispose;
  object_class->get_property = ops_achievements_page_get_property;
  object_class->set_property = ops_achievements_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, OPS_TYPE_PLAN_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "achievements.add", NULL, add_action);

  g_type_ensure (OPS_TYPE_ACHIEVEMENT_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/toolkit/ops-achievements-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsAchievementsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, OpsAchievementsPage, list_view);
  gtk_widget_class_bind_template_callback (widget_class, activated_cb);
}

static void
ops_achievements_page_init (OpsAchievementsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->selection = gtk_no_selection_new (NULL);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
}
