/* ops-achievement-row.c: one achievement in the list, with its resume line
 *
 * The line is computed from the achievement's numbers; the row computes it
 * again whenever any of them changes, so it is never stale after an edit
 * or an undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-achievement-row.h"
#include "ops-toolkit-util.h"

struct _OpsAchievementRow
{
  GtkWidget       parent_instance;

  OpsAchievement *achievement;
  /* A row may be given one achievement after another: these retarget. */
  GBindingGroup  *bindings;
  GSignalGroup   *signals;
  char           *resume_line;

  GtkLabel       *title;
  GtkLabel       *line;
};

enum {
  PROP_0,
  PROP_ACHIEVEMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsAchievementRow, ops_achievement_row, GTK_TYPE_WIDGET)

OpsAchievement *
ops_achievement_row_get_achievement (OpsAchievementRow *self)
{
  g_return_val_if_fail (OPS_IS_ACHIEVEMENT_ROW (self), NULL);

  return self->achievement;
}

/* The line as the row shows it and the copy button copies it. */
const char *
ops_achievement_row_get_resume_line (OpsAchievementRow *self)
{
  g_return_val_if_fail (OPS_IS_ACHIEVEMENT_ROW (self), NULL);

  return self->resume_line;
}

static void
update_line (OpsAchievementRow *self)
{
  g_free (self->resume_line);
  self->resume_line = self->achievement ? ops_achievement_dup_resume_line (self->achievement) : NULL;
  gtk_label_set_text (self->line, self->resume_line ? self->resume_line : "");
  gtk_widget_set_visible (GTK_WIDGET (self->line), self->resume_line != NULL && self->resume_line[0] != '\0');
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "achievement.copy",
                                 self->resume_line != NULL && self->resume_line[0] != '\0');
}

void
ops_achievement_row_set_achievement (OpsAchievementRow *self,
                                     OpsAchievement    *achievement)
{
  g_return_if_fail (OPS_IS_ACHIEVEMENT_ROW (self));
  g_return_if_fail (achievement == NULL || OPS_IS_ACHIEVEMENT (achievement));

  if (self->achievement == achievement)
    return;

  g_set_object (&self->achievement, achievement);
  g_binding_group_set_source (self->bindings, achievement);
  g_signal_group_set_target (self->signals, achievement);
  update_line (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACHIEVEMENT]);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OpsAchievementRow *self = OPS_ACHIEVEMENT_ROW (widget);

  if (self->resume_line == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), self->resume_line);
  ops_toolkit_show_toast (widget, _("Copied"));
}

static void
ops_achievement_row_dispose (GObject *object)
{
  OpsAchievementRow *self = OPS_ACHIEVEMENT_ROW (object);
  GtkWidget *child;

  ops_achievement_row_set_achievement (self, NULL);
  g_clear_object (&self->bindings);
  g_clear_object (&self->signals);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_ACHIEVEMENT_ROW);
  /* dispose_template () only takes the named children. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ops_achievement_row_parent_class)->dispose (object);
}

static void
ops_achievement_row_finalize (GObject *object)
{
  OpsAchievementRow *self = OPS_ACHIEVEMENT_ROW (object);

  g_free (self->resume_line);

  G_OBJECT_CLASS (ops_achievement_row_parent_class)->finalize (object);
}

static void
ops_achievement_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  OpsAchievementRow *self = OPS_ACHIEVEMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_ACHIEVEMENT:
      g_value_set_object (value, self->achievement);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_achievement_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  OpsAchievementRow *self = OPS_ACHIEVEMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_ACHIEVEMENT:
      ops_achievement_row_set_achievement (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_achievement_row_class_init (OpsAchievementRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_achievement_row_dispose;
  object_class->finalize = ops_achievement_row_finalize;
  object_class->get_property = ops_achievement_row_get_property;
  object_class->set_property = ops_achievement_row_set_property;

  properties[PROP_ACHIEVEMENT] =
    g_param_spec_object ("achievement", NULL, NULL, OPS_TYPE_ACHIEVEMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "achievement.copy", NULL, copy_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/toolkit/ops-achievement-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsAchievementRow, title);
  gtk_widget_class_bind_template_child (widget_class, OpsAchievementRow, line);
}

static void
ops_achievement_row_init (OpsAchievementRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->bindings = g_binding_group_new ();
  g_binding_group_bind (self->bindings, "title", self->title, "label", G_BINDING_SYNC_CREATE);
  self->signals = g_signal_group_new (OPS_TYPE_ACHIEVEMENT);
  /* Any field may change the line. */
  g_signal_group_connect_object (self->signals, "notify", G_CALLBACK (update_line), self, G_CONNECT_SWAPPED);
  update_line (self);
}
