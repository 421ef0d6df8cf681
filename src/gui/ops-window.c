/* ops-window.c: the main window: its panes and the store it follows
 *
 * Its actions are in ops-window-actions.c, closing in ops-window-close.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-achievement-list-page.h"
#include "ops-achievement-page.h"
#include "ops-certification-page.h"
#include "ops-education-page.h"
#include "ops-entry-page.h"
#include "ops-interview-page.h"
#include "ops-item-page.h"
#include "ops-job-application-page.h"
#include "ops-library-page.h"
#include "ops-map-page.h"
#include "ops-networking-entry-page.h"
#include "ops-networking-page.h"
#include "ops-plan-gap-page.h"
#include "ops-plan-item-page.h"
#include "ops-plan-page.h"
#include "ops-question-page.h"
#include "ops-resume-check-page.h"
#include "ops-role-page.h"
#include "ops-screen-reader.h"
#include "ops-sidebar.h"
#include "ops-skill-page.h"
#include "ops-stage-page.h"
#include "ops-story-page.h"
#include "ops-window-private.h"
#include "ops-window.h"

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsWindow, ops_window, ADW_TYPE_APPLICATION_WINDOW)

OpsWindow *
ops_window_new (OpsApplication *application)
{
  g_return_val_if_fail (OPS_IS_APPLICATION (application), NULL);

  return g_object_new (OPS_TYPE_WINDOW,
                       "application", application,
                       "catalog", ops_application_get_catalog (application),
                       "store", ops_application_get_store (application),
                       NULL);
}

/* (transfer none) (nullable) */
OpsCatalog *
ops_window_get_catalog (OpsWindow *self)
{
  g_return_val_if_fail (OPS_IS_WINDOW (self), NULL);

  return self->catalog;
}

static GtkWidget *
new_page_for_item (OpsCatalogItem *item)
{
  switch (ops_catalog_item_get_kind (item))
    {
    case OPS_ITEM_KIND_STAGE: return ops_stage_page_new (item);
    case OPS_ITEM_KIND_ROLE: return ops_role_page_new (item);
    case OPS_ITEM_KIND_CERTIFICATION: return ops_certification_page_new (item);
    case OPS_ITEM_KIND_SKILL: return ops_skill_page_new (item);
    case OPS_ITEM_KIND_EDUCATION: return ops_education_page_new (item);
    case OPS_ITEM_KIND_OVERVIEW:
    case OPS_ITEM_KIND_ORGANIZATION:
    case OPS_ITEM_KIND_GUIDE:
    case OPS_ITEM_KIND_QUESTION:
    case OPS_ITEM_KIND_KEYWORD:
    case OPS_ITEM_KIND_BRANCH:
    case OPS_N_ITEM_KINDS:
    default:
      return ops_item_page_new (item);
    }
}

GtkWidget *
_ops_window_page_for_item (OpsWindow      *self,
                           OpsCatalogItem *item)
{
  GtkWidget *page = new_page_for_item (item);

  if (OPS_IS_ENTRY_PAGE (page) && self->store != NULL)
    ops_entry_page_set_store (OPS_ENTRY_PAGE (page), self->store);

  return page;
}

/* The pane a sidebar entry opens: "map", "stage:ID", "library:NAME",
 * "plan", "toolkit:NAME", or the career map when nothing is selected. */
static GtkWidget *
page_for_target (OpsWindow  *self,
                 const char *target)
{
  if (target != NULL && g_str_has_prefix (target, "stage:"))
    {
      OpsCatalogItem *stage = ops_catalog_lookup (self->catalog, target + strlen ("stage:"));

      if (stage != NULL)
        return _ops_window_page_for_item (self, stage);
    }
  else if (target != NULL && g_str_has_prefix (target, "library:"))
    {
      return ops_library_page_new (self->catalog, target + strlen ("library:"));
    }
  else if (g_strcmp0 (target, "plan") == 0 && self->store != NULL)
    {
      return ops_plan_page_new (self->store);
    }
  else if (target != NULL && g_str_has_prefix (target, "toolkit:") && self->store != NULL)
    {
      const char *pane = target + strlen ("toolkit:");

      if (g_str_equal (pane, "achievements"))
        return ops_achievement_list_page_new (self->store);
      if (g_str_equal (pane, "interview"))
        return ops_interview_page_new (self->store);
      if (g_str_equal (pane, "networking"))
        return ops_networking_page_new (self->store);
      if (g_str_equal (pane, "resume"))
        return ops_resume_check_page_new (self->store);
    }

  return ops_map_page_new (self->catalog, self->store);
}

static void
show_root (OpsWindow  *self,
           const char *target)
{
  AdwNavigationPage *page;

  if (self->catalog == NULL)
    return;

  page = ADW_NAVIGATION_PAGE (page_for_target (self, target));
  adw_navigation_view_replace (self->content_view, &page, 1);
}

static void
sidebar_target_changed_cb (OpsWindow *self)
{
  const char *target = ops_sidebar_get_selected_target (self->sidebar);

  show_root (self, target);
  g_settings_set_string (self->settings, "sidebar-selection", target ? target : "");
}

/* No sidebar entry marks the pane in front, which it did not open (a
 * search result); the pane stays. */
void
_ops_window_clear_sidebar_selection (OpsWindow *self)
{
  g_signal_handlers_block_by_func (self->sidebar, sidebar_target_changed_cb, self);
  ops_sidebar_select_target (self->sidebar, NULL);
  g_signal_handlers_unblock_by_func (self->sidebar, sidebar_target_changed_cb, self);
  g_settings_set_string (self->settings, "sidebar-selection", "");
}

/* Choosing the entry that is already selected goes back to its first
 * pane, as in Settings or Files: the selection alone would not change. */
void
_ops_window_return_to_root (OpsWindow *self)
{
  g_autoptr(GListModel) stack = adw_navigation_view_get_navigation_stack (self->content_view);
  g_autoptr(AdwNavigationPage) root = g_list_model_get_item (stack, 0);

  if (root != NULL && root != adw_navigation_view_get_visible_page (self->content_view))
    adw_navigation_view_pop_to_page (self->content_view, root);
}

static void
sidebar_entry_activated_cb (OpsWindow *self)
{
  _ops_window_return_to_root (self);
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

/* Keeps the split view's content title (read by the collapsed back button
 * and screen readers) in step with the pane on top. */
static void
visible_page_changed_cb (OpsWindow *self)
{
  AdwNavigationPage *page = adw_navigation_view_get_visible_page (self->content_view);

  if (page != NULL)
    adw_navigation_page_set_title (self->content_page, adw_navigation_page_get_title (page));
}

/**
 * ops_window_get_help_page:
 * @self: the window
 *
 * The help page about the pane in front, so that F1 answers the question
 * a person has there. Panes no page is about give "index".
 *
 * Returns: a page id of the help in help/C/
 */
const char *
ops_window_get_help_page (OpsWindow *self)
{
  static const struct {
    GType     (*get_type) (void);
    const char *page;
  } pages[] = {
    { ops_map_page_get_type, "career-map" },
    { ops_stage_page_get_type, "explore-ladder" },
    { ops_role_page_get_type, "roles" },
    { ops_certification_page_get_type, "certifications" },
    { ops_plan_page_get_type, "plan-edit" },
    { ops_plan_item_page_get_type, "plan-edit" },
    { ops_plan_gap_page_get_type, "plan-gap" },
    { ops_achievement_list_page_get_type, "achievements" },
    { ops_achievement_page_get_type, "achievements" },
    { ops_interview_page_get_type, "interview-practice" },
    { ops_question_page_get_type, "interview-practice" },
    { ops_story_page_get_type, "interview-practice" },
    { ops_networking_page_get_type, "networking" },
    { ops_networking_entry_page_get_type, "networking" },
    { ops_job_application_page_get_type, "networking" },
    { ops_resume_check_page_get_type, "resume-check" },
  };
  AdwNavigationPage *visible;

  g_return_val_if_fail (OPS_IS_WINDOW (self), NULL);

  /* On a narrow window only the sidebar may be showing. */
  if (adw_navigation_split_view_get_collapsed (self->split_view) &&
      !adw_navigation_split_view_get_show_content (self->split_view))
    return "index";

  visible = adw_navigation_view_get_visible_page (self->content_view);
  for (guint i = 0; visible != NULL && i < G_N_ELEMENTS (pages); i++)
    if (G_TYPE_CHECK_INSTANCE_TYPE (visible, pages[i].get_type ()))
      return pages[i].page;

  return "index";
}

static void
toast_dismissed_cb (AdwToast  *toast,
                    OpsWindow *self)
{
  if (self->toast == toast)
    g_clear_object (&self->toast);
}

/**
 * ops_window_add_toast:
 * @toast: (transfer full): the toast
 *
 * Shows @toast in place of the one on screen. libadwaita would queue it
 * behind, and an older toast's Undo would then undo this newer change;
 * its timeout also never runs out while the window is not focused.
 */
void
ops_window_add_toast (OpsWindow *self,
                      AdwToast  *toast)
{
  g_autoptr(AdwToast) previous = NULL;

  g_return_if_fail (OPS_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  previous = g_steal_pointer (&self->toast);
  self->toast = g_object_ref (toast);
  g_signal_group_set_target (self->toast_signals, toast);
  if (previous != NULL)
    adw_toast_dismiss (previous);
  adw_toast_overlay_add_toast (self->toasts, toast);
}

/* @undone: what a toast says once its Undo has run, or %NULL for a toast
 * without Undo. The toast may be over another pane by the time its button
 * is clicked, so undoing must never be silent. */
static AdwToast *
new_toast (const char *message,
           const char *undone,
           gboolean    offer_open_plan)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_use_markup (toast, FALSE);
  if (undone != NULL)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo-from-toast");
      adw_toast_set_action_target_value (toast, g_variant_new_string (undone));
    }
  if (offer_open_plan)
    {
      /* A toast has one button; "Open Plan" rides in the title. */
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *label = gtk_label_new (message);
      GtkWidget *open = gtk_button_new_with_mnemonic (_("_Open Plan"));

      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (open), "win.show-plan");
      gtk_widget_add_css_class (open, "flat");
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), open);
      adw_toast_set_custom_title (toast, box);
    }

  return toast;
}

void
_ops_window_show_toast (OpsWindow  *self,
                        const char *message,
                        const char *undone,
                        gboolean    offer_open_plan)
{
  ops_window_add_toast (self, new_toast (message, undone, offer_open_plan));
}

/* A toast's Undo undoes the latest change. Once another change follows,
 * that is no longer the change the toast names, so the toast goes rather
 * than undo something else under a wrong name. */
static void
plan_edited_cb (OpsWindow *self)
{
  if (self->toast != NULL && g_strcmp0 (adw_toast_get_action_name (self->toast), "win.undo-from-toast") == 0)
    adw_toast_dismiss (self->toast);
}

static void
store_plan_changed_cb (OpsWindow *self)
{
  OpsPlan *plan = self->store != NULL ? ops_plan_store_get_plan (self->store) : NULL;

  g_set_object (&self->plan, plan);
  g_signal_group_set_target (self->plan_signals, plan);
  _ops_window_actions_update (self);
}

static void
store_load_error_cb (OpsWindow *self)
{
  if (ops_plan_store_get_load_error (self->store) != NULL)
    {
      AdwToast *toast = new_toast (_("Your plan could not be opened. It has not been changed."), NULL, TRUE);

      /* About the person's own data: it stays until they have seen it. */
      adw_toast_set_timeout (toast, 0);
      ops_window_add_toast (self, toast);
    }
  _ops_window_actions_update (self);
}

void
_ops_window_show_error (OpsWindow    *self,
                        const char   *heading,
                        const GError *error)
{
  AdwDialog *alert = adw_alert_dialog_new (heading, error->message);

  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), "close", _("_Close"));
  adw_dialog_present (alert, GTK_WIDGET (self));
}

/* Plans opened or saved elsewhere appear under Recent in the file
 * chooser; following the store's file catches both ways there. */
static void
store_file_changed_cb (OpsWindow *self)
{
  GFile *file = ops_plan_store_get_file (self->store);
  g_autoptr(GFile) default_file = ops_plan_store_get_default_file ();
  g_autofree char *uri = NULL;

  if (file == NULL || g_file_equal (file, default_file))
    return;

  uri = g_file_get_uri (file);
  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

static void
plan_opened_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(OpsWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!ops_plan_store_load_file_finish (OPS_PLAN_STORE (object), result, &error))
    _ops_window_show_error (self, _("The Plan Could Not Be Opened"), error);
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-plan", NULL);
}

static void
saved_before_open_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(OpsWindow) self = user_data;
  g_autoptr(GFile) file = g_steal_pointer (&self->pending_open);
  g_autoptr(GError) error = NULL;

  if (!ops_plan_store_flush_finish (OPS_PLAN_STORE (object), result, &error) &&
      ops_plan_store_get_changed_on_disk (self->store))
    _ops_window_ask_about_conflict (self);
  else if (error != NULL)
    _ops_window_show_error (self, _("Your Plan Could Not Be Saved Before Opening Another"), error);
  else if (file != NULL)
    ops_window_open_plan_file (self, file);
}

/**
 * ops_window_open_plan_file:
 * @self: the window
 * @file: a plan file
 *
 * Opens @file as the plan, as Open Plan does: what is not yet saved is
 * saved first, and a failure is shown without changing the current plan.
 */
void
ops_window_open_plan_file (OpsWindow *self,
                           GFile     *file)
{
  g_return_if_fail (OPS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->store != NULL);

  /* A file given at start-up arrives while the default plan is still
   * loading; whichever load finished last would win, so wait for it. */
  if (ops_plan_store_get_loading (self->store))
    {
      g_set_object (&self->pending_open, file);
      return;
    }

  /* A change made a moment ago may still wait for autosave; loading
   * another file would drop it. */
  if (ops_plan_store_get_has_unsaved_changes (self->store))
    {
      g_set_object (&self->pending_open, file);
      ops_plan_store_flush_async (self->store, NULL, saved_before_open_cb, g_object_ref (self));
      return;
    }
  ops_plan_store_load_file_async (self->store, file, NULL, plan_opened_cb, g_object_ref (self));
}

static void
store_loading_changed_cb (OpsWindow *self)
{
  g_autoptr(GFile) file = NULL;

  if (self->pending_open == NULL || ops_plan_store_get_loading (self->store))
    return;

  file = g_steal_pointer (&self->pending_open);
  ops_window_open_plan_file (self, file);
}

GtkFileDialog *
_ops_window_plan_file_dialog (const char *title)
{
  GtkFileDialog *dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

  gtk_file_dialog_set_title (dialog, title);
  gtk_file_filter_set_name (filter, _("OpsLadder Plans"));
  gtk_file_filter_add_mime_type (filter, "application/x-opsladder-plan+json");
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "opsplan");
  gtk_file_filter_add_suffix (filter, "json");
  g_list_store_append (filters, filter);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));

  return dialog;
}

static void
ops_window_load_state (OpsWindow *self)
{
  g_autofree char *target = NULL;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  /* The career map is the home view, unless the person left elsewhere. */
  target = g_settings_get_string (self->settings, "sidebar-selection");
  if (self->catalog == NULL ||
      (!ops_sidebar_select_target (self->sidebar, target) && !ops_sidebar_select_target (self->sidebar, "map")))
    show_root (self, NULL);
}

void
_ops_window_save_state (OpsWindow *self)
{
  int width, height;

  /* The default size is the unmaximized size, which is what we restore. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static gboolean
ops_window_close_request (GtkWindow *window)
{
  if (!_ops_window_begin_close (OPS_WINDOW (window)))
    return TRUE;

  return GTK_WINDOW_CLASS (ops_window_parent_class)->close_request (window);
}

static void
ops_window_constructed (GObject *object)
{
  OpsWindow *self = OPS_WINDOW (object);

  G_OBJECT_CLASS (ops_window_parent_class)->constructed (object);

  if (self->catalog != NULL)
    ops_sidebar_set_catalog (self->sidebar, self->catalog);
  if (self->store != NULL)
    {
      g_signal_connect_object (self->store, "notify::plan", G_CALLBACK (store_plan_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->store, "notify::load-error", G_CALLBACK (store_load_error_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->store, "notify::file", G_CALLBACK (store_file_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->store, "notify::loading", G_CALLBACK (store_loading_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->store, "notify::editable", G_CALLBACK (_ops_window_actions_update), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->store, "notify::changed-on-disk", G_CALLBACK (_ops_window_update_conflict_banner), self, G_CONNECT_SWAPPED);
      _ops_window_update_conflict_banner (self);
    }
  else
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-to-plan", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.remove-from-plan", FALSE);
    }
  store_plan_changed_cb (self);
  ops_sidebar_set_key_capture_widget (self->sidebar, GTK_WIDGET (self));
  g_signal_connect_object (self->sidebar, "notify::selected-target",
                           G_CALLBACK (sidebar_target_changed_cb), self, G_CONNECT_SWAPPED);
  ops_window_load_state (self);
}

static void
ops_window_dispose (GObject *object)
{
  OpsWindow *self = OPS_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_WINDOW);
  g_clear_object (&self->plan_signals);
  g_clear_object (&self->plan);
  g_clear_object (&self->pending_open);
  _ops_window_release_application (self);
  g_clear_object (&self->toast_signals);
  g_clear_object (&self->toast);
  g_clear_object (&self->store);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (ops_window_parent_class)->dispose (object);
}

static void
ops_window_finalize (GObject *object)
{
  OpsWindow *self = OPS_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ops_window_parent_class)->finalize (object);
}

static void
ops_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  OpsWindow *self = OPS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;

    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  OpsWindow *self = OPS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      self->catalog = g_value_dup_object (value);
      break;

    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_window_class_init (OpsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ops_window_constructed;
  object_class->dispose = ops_window_dispose;
  object_class->finalize = ops_window_finalize;
  object_class->get_property = ops_window_get_property;
  object_class->set_property = ops_window_set_property;
  window_class->close_request = ops_window_close_request;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, OPS_TYPE_CATALOG,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, OPS_TYPE_PLAN_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  _ops_window_class_actions_init (klass);

  g_type_ensure (OPS_TYPE_SIDEBAR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/ops-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, OpsWindow, split_view);
  gtk_widget_class_bind_template_child (widget_class, OpsWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, OpsWindow, content_page);
  gtk_widget_class_bind_template_child (widget_class, OpsWindow, content_view);
  gtk_widget_class_bind_template_child (widget_class, OpsWindow, conflict_banner);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, visible_page_changed_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "conflict_banner_cb",
                                                G_CALLBACK (_ops_window_conflict_banner_cb));
}

static void
ops_window_init (OpsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ops_screen_reader_follow_window (ADW_APPLICATION_WINDOW (self), self->content_view);

  self->settings = g_settings_new (BASE_ID);
  self->plan_signals = g_signal_group_new (OPS_TYPE_PLAN);
  self->toast_signals = g_signal_group_new (ADW_TYPE_TOAST);
  g_signal_group_connect_object (self->toast_signals, "dismissed", G_CALLBACK (toast_dismissed_cb), self, 0);
  g_signal_group_connect_object (self->plan_signals, "notify::can-undo", G_CALLBACK (_ops_window_actions_update),
                                 self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->plan_signals, "notify::can-redo", G_CALLBACK (_ops_window_actions_update),
                                 self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->plan_signals, "changed", G_CALLBACK (plan_edited_cb), self, G_CONNECT_SWAPPED);

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}
