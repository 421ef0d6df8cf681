/* ops-achievement-page.c: editing one achievement
 *
 * Every widget is bound to a property of the achievement, whose setters
 * record undo steps, and the resume line below is computed again from the
 * fields on each change, so the person sees the sentence their numbers
 * make while they type them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-achievement-page.h"
#include "ops-checklist-row.h"
#include "ops-combo-row-bind.h"
#include "ops-plan.h"
#include "ops-screen-reader.h"
#include "ops-editor-focus.h"
#include "ops-toolkit-util.h"

struct _OpsAchievementPage
{
  AdwNavigationPage  parent_instance;

  OpsAchievement    *achievement;
  OpsCatalog        *catalog;

  AdwEntryRow       *title_row;
  AdwEntryRow       *role_row;
  AdwComboRow       *method_row;
  AdwComboRow       *phase_row;
  AdwComboRow       *metric_row;
  AdwEntryRow       *metric_name_row;
  AdwSpinRow        *baseline_row;
  AdwSpinRow        *result_row;
  AdwEntryRow       *unit_row;
  AdwEntryRow       *period_row;
  AdwEntryRow       *savings_row;
  OpsChecklistRow   *skills_row;
  GtkLabel          *preview;
};

G_DEFINE_FINAL_TYPE (OpsAchievementPage, ops_achievement_page, ADW_TYPE_NAVIGATION_PAGE)

/* The metric menu lists the common measures first and a named one last. */
static const OpsAchievementMetric metric_order[] = {
  OPS_ACHIEVEMENT_METRIC_LEAD_TIME,
  OPS_ACHIEVEMENT_METRIC_THROUGHPUT,
  OPS_ACHIEVEMENT_METRIC_COST,
  OPS_ACHIEVEMENT_METRIC_DEFECTS,
  OPS_ACHIEVEMENT_METRIC_INVENTORY,
  OPS_ACHIEVEMENT_METRIC_CUSTOM,
};

static gboolean
metric_to_selected (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  for (guint i = 0; i < G_N_ELEMENTS (metric_order); i++)
    if ((int) metric_order[i] == g_value_get_enum (from))
      {
        g_value_set_uint (to, i);
        return TRUE;
      }

  return FALSE;
}

static gboolean
selected_to_metric (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  guint selected = g_value_get_uint (from);

  if (selected >= G_N_ELEMENTS (metric_order))
    return FALSE;
  g_value_set_enum (to, (int) metric_order[selected]);
  return TRUE;
}

static GListModel *
method_labels (void)
{
  GtkStringList *labels = gtk_string_list_new (NULL);

  for (int m = OPS_ACHIEVEMENT_METHOD_NONE; m <= OPS_ACHIEVEMENT_METHOD_OTHER; m++)
    {
      const char *label = ops_achievement_method_get_label (m);

      /* Translators: the method of an achievement, when none was named */
      gtk_string_list_append (labels, m == OPS_ACHIEVEMENT_METHOD_NONE || label == NULL ? C_("method", "None") : label);
    }

  return G_LIST_MODEL (labels);
}

static GListModel *
phase_labels (void)
{
  GtkStringList *labels = gtk_string_list_new (NULL);

  for (int p = OPS_DMAIC_PHASE_DEFINE; p <= OPS_DMAIC_PHASE_CONTROL; p++)
    gtk_string_list_append (labels, ops_dmaic_phase_get_label (p));

  return G_LIST_MODEL (labels);
}

/* The core's labels read mid-sentence ("lead time"); a menu starts each
 * with a capital. */
static char *
capitalize (const char *text)
{
  char first[8] = { 0 };

  g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (text)), first);

  return g_strconcat (first, g_utf8_next_char (text), NULL);
}

static GListModel *
metric_labels (void)
{
  GtkStringList *labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (metric_order); i++)
    {
      const char *label = ops_achievement_metric_get_label (metric_order[i]);
      g_autofree char *capital = NULL;

      if (metric_order[i] == OPS_ACHIEVEMENT_METRIC_CUSTOM || label == NULL)
        /* Translators: a measure the person names themselves */
        capital = g_strdup (_("Other, Named Below"));
      else
        capital = capitalize (label);
      gtk_string_list_append (labels, capital);
    }

  return G_LIST_MODEL (labels);
}

static void
update_preview (OpsAchievementPage *self)
{
  g_autofree char *line = ops_achievement_dup_resume_line (self->achievement);
  gboolean custom = ops_achievement_get_metric (self->achievement) == OPS_ACHIEVEMENT_METRIC_CUSTOM;

  gtk_label_set_text (self->preview, line[0] != '\0' ? line : _("Give the achievement a title or numbers to see its line."));
  /* The placeholder is not a line: there is nothing to copy yet. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "achievement.copy", line[0] != '\0');
  gtk_widget_set_visible (GTK_WIDGET (self->phase_row),
                          ops_achievement_get_method (self->achievement) == OPS_ACHIEVEMENT_METHOD_DMAIC);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->metric_name_row),
                                 custom ? _("Name of the Measure") : _("Name of the Measure (Optional)"));
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OpsAchievementPage *self = OPS_ACHIEVEMENT_PAGE (widget);
  g_autofree char *line = ops_achievement_dup_resume_line (self->achievement);

  if (line[0] == '\0')
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), line);
  ops_toolkit_show_toast (widget, _("Copied"));
}

static void
remove_cb (OpsAchievementPage *self)
{
  ops_toolkit_remove_record (GTK_WIDGET (self), OPS_PLAN_RECORD (self->achievement), ops_achievement_get_title (self->achievement));
}

static void
bind_achievement (OpsAchievementPage *self)
{
  GObject *a = G_OBJECT (self->achievement);
  OpsPlan *plan = ops_plan_record_get_plan (OPS_PLAN_RECORD (self->achievement));

  ops_toolkit_bind_string (a, "title", self->title_row);
  g_object_bind_property (a, "title", self, "title", G_BINDING_SYNC_CREATE);
  ops_toolkit_bind_string (a, "role", self->role_row);
  ops_combo_row_bind_enum (a, "method", self->method_row);
  ops_combo_row_bind_enum (a, "dmaic-phase", self->phase_row);
  g_object_bind_property_full (a, "metric", self->metric_row, "selected",
                               G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                               metric_to_selected, selected_to_metric, NULL, NULL);
  ops_toolkit_bind_string (a, "metric-name", self->metric_name_row);
  g_object_bind_property (a, "baseline", self->baseline_row, "value", G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (a, "result", self->result_row, "value", G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  ops_toolkit_bind_string (a, "unit", self->unit_row);
  ops_toolkit_bind_string (a, "period", self->period_row);
  ops_toolkit_bind_string (a, "savings", self->savings_row);

  if (self->catalog != NULL)
    ops_checklist_row_set_model (self->skills_row, ops_catalog_get_items (self->catalog, OPS_ITEM_KIND_SKILL), "name");
  g_object_bind_property (a, "skill-ids", self->skills_row, "selected-ids", G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);

  g_signal_connect_object (a, "notify", G_CALLBACK (update_preview), self, G_CONNECT_SWAPPED);
  update_preview (self);

  if (plan != NULL)
    ops_toolkit_pop_when_removed (GTK_WIDGET (self), OPS_PLAN_RECORD (self->achievement));
}

GtkWidget *
ops_achievement_page_new (OpsAchievement *achievement,
                          OpsCatalog     *catalog)
{
  OpsAchievementPage *self;

  g_return_val_if_fail (OPS_IS_ACHIEVEMENT (achievement), NULL);
  g_return_val_if_fail (catalog == NULL || OPS_IS_CATALOG (catalog), NULL);

  self = g_object_new (OPS_TYPE_ACHIEVEMENT_PAGE, NULL);
  self->achievement = g_object_ref (achievement);
  self->catalog = catalog ? g_object_ref (catalog) : NULL;
  bind_achievement (self);

  return GTK_WIDGET (self);
}

static void
ops_achievement_page_dispose (GObject *object)
{
  OpsAchievementPage *self = OPS_ACHIEVEMENT_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_ACHIEVEMENT_PAGE);
  g_clear_object (&self->achievement);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (ops_achievement_page_parent_class)->dispose (object);
}

static gboolean
ops_achievement_page_focus (GtkWidget        *widget,
                            GtkDirectionType  direction)
{
  return ops_editor_focus (widget, direction, GTK_WIDGET_CLASS (ops_achievement_page_parent_class));
}

static void
ops_achievement_page_class_init (OpsAchievementPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_achievement_page_dispose;
  GTK_WIDGET_CLASS (klass)->focus = ops_achievement_page_focus;

  gtk_widget_class_install_action (widget_class, "achievement.copy", NULL, copy_action);

  g_type_ensure (OPS_TYPE_CHECKLIST_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/toolkit/ops-achievement-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsAchievementPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, OpsAchievementPage, role_row);
  gtk_widget_class_bind_template_child (widget_class, OpsAchievementPage, method_row);
  gtk_widget_class_bind_template_child (widget_class, OpsAchievementPage, phase_row);
  gtk_widget_class_bind_template_child (widget_class, OpsAchievementPage, metric_row);
  gtk_widget_class_bind_template_child (widget_class, OpsAchievementPage, metric_name_row);
  gtk_widget_class_bind_template_child (widget_class, OpsAchievementPage, baseline_row);
  gtk_widget_class_bind_template_child (widget_class, OpsAchievementPage, result_row);
  gtk_widget_class_bind_template_child (widget_class, OpsAchievementPage, unit_row);
  gtk_widget_class_bind_template_child (widget_class, OpsAchievementPage, period_row);
  gtk_widget_class_bind_template_child (widget_class, OpsAchievementPage, savings_row);
  gtk_widget_class_bind_template_child (widget_class, OpsAchievementPage, skills_row);
  gtk_widget_class_bind_template_child (widget_class, OpsAchievementPage, preview);
  gtk_widget_class_bind_template_callback (widget_class, remove_cb);
}

static void
ops_achievement_page_init (OpsAchievementPage *self)
{
  g_autoptr(GListModel) methods = method_labels ();
  g_autoptr(GListModel) phases = phase_labels ();
  g_autoptr(GListModel) metrics = metric_labels ();

  gtk_widget_init_template (GTK_WIDGET (self));

  adw_combo_row_set_model (self->method_row, methods);
  adw_combo_row_set_model (self->phase_row, phases);
  adw_combo_row_set_model (self->metric_row, metrics);
  /* A group without a title, whose list screen readers read nameless. */
  ops_screen_reader_name_group (GTK_WIDGET (self->title_row), _("Details"));
}
