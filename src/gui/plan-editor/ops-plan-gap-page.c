/* ops-plan-gap-page.c: what the target role asks for that the plan lacks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-plan.h"
#include "ops-plan-gap-page.h"
#include "ops-plan-item-page.h"

struct _OpsPlanGapPage
{
  AdwNavigationPage  parent_instance;

  OpsPlanStore      *store;
  OpsPlan           *plan;
  GSignalGroup      *plan_signals;  /* targets @plan */

  GtkLabel          *summary;
  GtkListBox        *missing;
  GtkListBox        *renew;
  GtkListBox        *unfinished;
  GtkListBox        *shown;
  GtkWidget         *missing_group;
  GtkWidget         *renew_group;
  GtkWidget         *unfinished_group;
  GtkWidget         *shown_group;
};

G_DEFINE_FINAL_TYPE (OpsPlanGapPage, ops_plan_gap_page, ADW_TYPE_NAVIGATION_PAGE)

/* A row's Add: "gap.add" with the catalog entry's id. */
static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  OpsPlanGapPage *self = OPS_PLAN_GAP_PAGE (widget);
  OpsCatalog *catalog = ops_plan_store_get_catalog (self->store);
  OpsCatalogItem *entry = ops_catalog_lookup (catalog, g_variant_get_string (parameter, NULL));

  g_return_if_fail (entry != NULL);

  ops_plan_add_catalog_item (self->plan, entry);
}

/* A row of To Renew: "gap.open-item" with the catalog entry's id opens
 * the plan's item for it, where the renewal is recorded. */
static void
open_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OpsPlanGapPage *self = OPS_PLAN_GAP_PAGE (widget);
  OpsPlanItem *item = ops_plan_find_item (self->plan, g_variant_get_string (parameter, NULL));
  GtkWidget *view = gtk_widget_get_ancestor (widget, ADW_TYPE_NAVIGATION_VIEW);

  g_return_if_fail (item != NULL);

  if (view != NULL)
    adw_navigation_view_push (ADW_NAVIGATION_VIEW (view),
                              ADW_NAVIGATION_PAGE (ops_plan_item_page_new (item, ops_plan_store_get_catalog (self->store))));
}

static GtkWidget *
gap_row (OpsPlanGapPage  *self,
         OpsPlanGapEntry *gap)
{
  OpsCatalogItem *entry = ops_plan_gap_entry_get_catalog_item (gap);
  OpsAchievement *evidence = ops_plan_gap_entry_get_evidence (gap);
  const char *kind = ops_item_kind_get_label (ops_catalog_item_get_kind (entry));
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  /* Says why a skill the plan may not even have is no gap, in the words
   * of the PDF. The achievement's title is the person's own text, so the
   * row takes no markup. */
  if (evidence != NULL)
    /* Translators: %1$s is "Skill", %2$s the title of an achievement that shows it */
    subtitle = g_strdup_printf (_("%1$s · shown by “%2$s”"), kind, ops_achievement_get_title (evidence));
  else if (ops_plan_gap_entry_get_lapsed (gap))
    /* Translators: %s is "Certification"; the person held it, and it has lapsed */
    subtitle = g_strdup_printf (_("%s · lapsed: renew it and record the renewal in your plan"), kind);
  /* Not through g_object_new (): the subtitle's label learns of
   * use-markup by a notification, which construction holds back. */
  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ops_catalog_item_get_name (entry));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : kind);

  /* A lapsed credential is in the plan already: its row opens the item,
   * where the renewal is recorded, instead of adding it again. */
  if (ops_plan_gap_entry_get_lapsed (gap))
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-error-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Lapsed"), -1);
      gtk_widget_add_css_class (icon, "error");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "gap.open-item");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", ops_catalog_item_get_id (entry));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
    }

  if (!ops_plan_gap_entry_get_covered (gap) && !ops_plan_gap_entry_get_lapsed (gap))
    {
      GtkWidget *add = gtk_button_new_with_label (_("Add"));
      g_autofree char *label = g_strdup_printf (_("Add %s to the plan"), ops_catalog_item_get_name (entry));

      gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (add, "flat");
      gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      /* GtkButton names itself after its label child ("Add") through
       * labelled-by, which outranks the label property above. */
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "gap.add");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (add), "s", ops_catalog_item_get_id (entry));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), add);
    }

  return row;
}

static void
refill (OpsPlanGapPage *self)
{
  OpsCatalog *catalog = ops_plan_store_get_catalog (self->store);
  g_autoptr(GListModel) gap = ops_plan_compute_gap (self->plan, catalog);
  guint n_missing = 0, n_renew = 0, n_unfinished = 0, n_shown = 0;

  gtk_list_box_remove_all (self->missing);
  gtk_list_box_remove_all (self->renew);
  gtk_list_box_remove_all (self->unfinished);
  gtk_list_box_remove_all (self->shown);

  for (guint i = 0; i < g_list_model_get_n_items (gap); i++)
    {
      g_autoptr(OpsPlanGapEntry) entry = g_list_model_get_item (gap, i);

      if (ops_plan_gap_entry_get_lapsed (entry))
        {
          gtk_list_box_append (self->renew, gap_row (self, entry));
          n_renew++;
        }
      else if (!ops_plan_gap_entry_get_covered (entry))
        {
          gtk_list_box_append (self->missing, gap_row (self, entry));
          n_missing++;
        }
      else if (!ops_plan_gap_entry_get_finished (entry))
        {
          gtk_list_box_append (self->unfinished, gap_row (self, entry));
          n_unfinished++;
        }
      else if (ops_plan_gap_entry_get_evidence (entry) != NULL)
        {
          gtk_list_box_append (self->shown, gap_row (self, entry));
          n_shown++;
        }
    }

  gtk_widget_set_visible (self->missing_group, n_missing > 0);
  gtk_widget_set_visible (self->renew_group, n_renew > 0);
  gtk_widget_set_visible (self->unfinished_group, n_unfinished > 0);
  gtk_widget_set_visible (self->shown_group, n_shown > 0);
  gtk_label_set_text (self->summary,
                      g_list_model_get_n_items (gap) == 0 ? _("Choose a target role to see what it asks for.")
                      : n_missing + n_renew + n_unfinished == 0 ? _("Your plan covers everything the target role asks for, and it is all done.")
                      : _("The skills, certifications and education the target role asks for, against your plan."));
}

/* Opening another plan replaces the store's plan under this page; the gap
 * it shows, and what Add adds to, must be that plan's. */
static void
follow_plan (OpsPlanGapPage *self)
{
  OpsPlan *plan = ops_plan_store_get_plan (self->store);

  if (plan == self->plan)
    return;

  g_set_object (&self->plan, plan);
  g_signal_group_set_target (self->plan_signals, plan);
  refill (self);
}

GtkWidget *
ops_plan_gap_page_new (OpsPlanStore *store)
{
  OpsPlanGapPage *self;

  g_return_val_if_fail (OPS_IS_PLAN_STORE (store), NULL);

  self = g_object_new (OPS_TYPE_PLAN_GAP_PAGE, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_object (store, "notify::plan", G_CALLBACK (follow_plan), self, G_CONNECT_SWAPPED);
  /* The Add buttons, while an edit could not be kept (as on the plan page). */
  g_object_bind_property (store, "editable", self->missing_group, "sensitive", G_BINDING_SYNC_CREATE);
  follow_plan (self);

  return GTK_WIDGET (self);
}

static void
ops_plan_gap_page_dispose (GObject *object)
{
  OpsPlanGapPage *self = OPS_PLAN_GAP_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_PLAN_GAP_PAGE);
  g_clear_object (&self->plan_signals);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ops_plan_gap_page_parent_class)->dispose (object);
}

static void
ops_plan_gap_page_class_init (OpsPlanGapPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_plan_gap_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/plan-editor/ops-plan-gap-page.ui");
  gtk_widget_class_install_action (widget_class, "gap.add", "s", add_action);
  gtk_widget_class_install_action (widget_class, "gap.open-item", "s", open_item_action);

  gtk_widget_class_bind_template_child (widget_class, OpsPlanGapPage, summary);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanGapPage, missing);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanGapPage, renew);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanGapPage, renew_group);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanGapPage, unfinished);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanGapPage, shown);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanGapPage, missing_group);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanGapPage, unfinished_group);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanGapPage, shown_group);
}

static void
ops_plan_gap_page_init (OpsPlanGapPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->plan_signals = g_signal_group_new (OPS_TYPE_PLAN);
  g_signal_group_connect_object (self->plan_signals, "changed", G_CALLBACK (refill), self, G_CONNECT_SWAPPED);
}
