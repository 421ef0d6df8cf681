/* ops-plan-page.c: the person's own plan
 *
 * The items are one recycling GtkListView, grouped by status, so a plan of
 * ten thousand items opens as fast as one of ten: the groups come from the
 * plan's item keys (OpsPlanGroups), not from sorting the items. Every edit
 * goes through OpsPlan, which records it for undo; this page only regroups
 * when the plan says an item's status or kind changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-plan-gap-page.h"
#include "ops-heading.h"
#include "ops-plan-groups.h"
#include "ops-list-growth.h"
#include "ops-plan-item-page.h"
#include "ops-plan-item-row.h"
#include "ops-plan-page.h"
#include "ops-role-label.h"
#include "ops-screen-reader.h"

struct _OpsPlanPage
{
  AdwNavigationPage   parent_instance;

  OpsPlanStore       *store;
  OpsPlan            *plan;
  GSignalGroup       *plan_signals;   /* targets @plan */
  OpsPlanGroups      *groups;
  GtkSliceListModel  *shown;          /* the first rows, then all */
  guint64             structure_seen; /* ops_plan_get_structure_revision () last looked at */
  gboolean            hide_finished;
  gboolean            group_by_kind;

  AdwBanner          *banner;
  GtkStack           *stack;
  GtkListView        *list_view;
  GtkWidget          *header;
  GtkLabel           *roles;
  GtkWidget          *progress_row;
  GtkProgressBar     *progress;
  GtkLabel           *progress_label;
  GtkButton          *gap_button;
  GtkWidget          *edit_button;
  GtkWidget          *pace_row;
  GtkWidget          *pace_button;
  GtkImage           *pace_icon;
  GtkLabel           *pace_label;
  GtkLabel           *pace_detail;
  GtkButton          *starter_button;
  gboolean            narrow;          /* the breakpoint applies */
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_HIDE_FINISHED,
  PROP_GROUP_BY_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsPlanPage, ops_plan_page, ADW_TYPE_NAVIGATION_PAGE)

/* More rows than the tallest window shows at once. */
#define ROWS_PER_FRAME 40

static const char *
status_title (OpsPlanItemStatus status)
{
  switch (status)
    {
    case OPS_PLAN_ITEM_STATUS_IN_PROGRESS: return _("In Progress");
    case OPS_PLAN_ITEM_STATUS_PLANNED: return _("Planned");
    case OPS_PLAN_ITEM_STATUS_DONE: return _("Done");
    case OPS_PLAN_ITEM_STATUS_SKIPPED: return _("Skipped");
    default: return NULL;
    }
}

static const char *
kind_title (OpsPlanItemKind kind)
{
  switch (kind)
    {
    case OPS_PLAN_ITEM_KIND_CERTIFICATION: return _("Certifications");
    case OPS_PLAN_ITEM_KIND_EDUCATION: return _("Education");
    case OPS_PLAN_ITEM_KIND_SKILL: return _("Skills");
    case OPS_PLAN_ITEM_KIND_EXPERIENCE: return _("Experience");
    case OPS_PLAN_ITEM_KIND_NETWORKING: return _("Networking");
    case OPS_PLAN_ITEM_KIND_CUSTOM:
    default:
      return _("Other Steps");
    }
}

/* The role's name, or NULL when the plan names none. */
static char *
role_title (OpsCatalog *catalog,
            const char *id,
            const char *title)
{
  OpsCatalogItem *role = (catalog && id) ? ops_catalog_lookup (catalog, id) : NULL;

  if (role != NULL)
    return g_strdup (ops_catalog_item_get_name (role));
  if (title != NULL && title[0] != '\0')
    return g_strdup (title);

  return NULL;
}

static void
set_edge (GtkWidget  *button,
          const char *edge)
{
  gtk_widget_remove_css_class (button, "edge-start");
  gtk_widget_remove_css_class (button, "edge-end");
  if (edge != NULL)
    gtk_widget_add_css_class (button, edge);
}

/* Narrow, the gaps (without a target, the pencil) and Hours a Week…
 * start their lines under the title; wide, the pencil and Hours a Week…
 * end them. Either way a button at the column's edge lines up its label
 * or icon with it (.edge-start and .edge-end in style.css): the pencil
 * ended 10 px short of "44% done" and Hours a Week… below it (plan-light).
 * Not a setter of css-classes on the breakpoint: that would also take
 * away the classes GtkButton adds and drop "flat" when it gives the old
 * list back.
 *
 * Narrow, after the gaps, the pencil keeps .edge-end: its end side, with
 * nothing after it, moves nothing. Its classes change on the breakpoint,
 * within an allocation, and GTK gives it the width it asked for with the
 * old ones: without a class it asks for 9 px more than with one, and
 * .edge-end taken away left its image 15 px of the 16 its icon needs
 * (a Gtk-WARNING at 350 px); .edge-start and .edge-end ask for the same. */
static void
update_edges (OpsPlanPage *self)
{
  const char *start = self->narrow ? "edge-start" : NULL;
  gboolean gaps = gtk_widget_get_visible (GTK_WIDGET (self->gap_button));

  set_edge (GTK_WIDGET (self->gap_button), start);
  set_edge (self->edit_button, self->narrow && !gaps ? start : "edge-end");
  set_edge (self->pace_button, self->narrow ? start : "edge-end");
}

/* The gap walks the whole plan; only a change beyond free text moves it. */
static void
update_gap_button (OpsPlanPage *self)
{
  OpsCatalog *catalog = ops_plan_store_get_catalog (self->store);
  g_autoptr(GListModel) gap = NULL;
  g_autofree char *gap_label = NULL;
  guint missing = 0;

  if (catalog != NULL)
    {
      gap = ops_plan_compute_gap (self->plan, catalog);
      for (guint i = 0; i < g_list_model_get_n_items (gap); i++)
        {
          g_autoptr(OpsPlanGapEntry) entry = g_list_model_get_item (gap, i);

          missing += !ops_plan_gap_entry_get_covered (entry);
        }
    }
  gap_label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Gap", "%u Gaps", missing), missing);
  gtk_button_set_label (self->gap_button, gap_label);
  gtk_widget_set_visible (GTK_WIDGET (self->gap_button), ops_plan_get_target_role_id (self->plan) != NULL);
  update_edges (self);
}

static const char *
pace_icon_name (OpsPaceState state)
{
  switch (state)
    {
    case OPS_PACE_STATE_ON_TRACK:
    case OPS_PACE_STATE_UNDATED:
      return "object-select-symbolic";
    case OPS_PACE_STATE_BEHIND:
      return "dialog-warning-symbolic";
    case OPS_PACE_STATE_NEEDS_EFFORT:
    case OPS_PACE_STATE_NEEDS_HOURS:
    case OPS_PACE_STATE_NOTHING_LEFT:
    default:
      return "dialog-information-symbolic";
    }
}

/* On track or behind, in words; the plan caches the projection, so a
 * keystroke in a note costs nothing here. */
static void
update_pace (OpsPlanPage *self)
{
  OpsPace *pace = ops_plan_get_pace (self->plan);
  OpsPaceState state = ops_pace_get_state (pace);
  g_autofree char *detail = NULL;
  g_autofree char *text = ops_pace_describe (pace, ops_plan_get_target_date (self->plan), &detail);

  gtk_widget_set_visible (self->pace_row, text != NULL);
  gtk_label_set_text (self->pace_label, text ? text : "");
  gtk_label_set_text (self->pace_detail, detail ? detail : "");
  gtk_widget_set_visible (GTK_WIDGET (self->pace_detail), detail != NULL);
  gtk_image_set_from_icon_name (self->pace_icon, pace_icon_name (state));
  gtk_widget_remove_css_class (GTK_WIDGET (self->pace_icon), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->pace_icon), "warning");
  if (state == OPS_PACE_STATE_BEHIND)
    gtk_widget_add_css_class (GTK_WIDGET (self->pace_icon), "warning");
  else if (state == OPS_PACE_STATE_ON_TRACK || state == OPS_PACE_STATE_UNDATED)
    gtk_widget_add_css_class (GTK_WIDGET (self->pace_icon), "success");
}

static void
update_summary (OpsPlanPage *self)
{
  OpsCatalog *catalog = ops_plan_store_get_catalog (self->store);
  g_autofree char *from = NULL, *to = NULL, *roles = NULL, *progress = NULL;
  guint n_items = g_list_model_get_n_items (ops_plan_get_items (self->plan));

  from = role_title (catalog, ops_plan_get_current_role_id (self->plan), ops_plan_get_current_role_title (self->plan));
  to = role_title (catalog, ops_plan_get_target_role_id (self->plan), ops_plan_get_target_role_title (self->plan));
  /* A role not chosen yet is left out, never shown as a placeholder. */
  if (from != NULL && to != NULL)
    /* Translators: the current role and the role the person aims for */
    roles = g_strdup_printf (_("%s → %s"), from, to);
  else if (from != NULL || to != NULL)
    roles = g_strdup (from != NULL ? from : to);
  else
    roles = g_strdup (_("No Roles Chosen Yet"));
  ops_role_label_set (self->roles, roles);

  gtk_progress_bar_set_fraction (self->progress, ops_plan_get_progress (self->plan));
  /* Translators: the share of plan items done or skipped, e.g. "40% done" */
  progress = g_strdup_printf (_("%.0f%% done"), 100.0 * ops_plan_get_progress (self->plan));
  gtk_label_set_text (self->progress_label, progress);
  update_pace (self);

  gtk_stack_set_visible_child_name (self->stack, n_items > 0 ? "items" : "empty");
  /* A plan without items has no progress yet, and one without roles either
   * has no route: its page says how to start. A role already chosen stays
   * in view, so the person sees the plan they have. */
  gtk_widget_set_visible (self->progress_row, n_items > 0);
  gtk_widget_set_visible (self->header, n_items > 0 || from != NULL || to != NULL);
}

/* A header whose first item stays the same is not bound again, so it
 * would keep the old group's title (an item alone in its group whose
 * status changed, or every group when grouping by kind instead of
 * status): give the view its header factory anew, which binds the few
 * headers on screen again. */
static void
bind_headers_again (OpsPlanPage *self)
{
  g_autoptr(GtkListItemFactory) headers = g_object_ref (gtk_list_view_get_header_factory (self->list_view));

  gtk_list_view_set_header_factory (self->list_view, NULL);
  gtk_list_view_set_header_factory (self->list_view, headers);
}

static void
plan_changed_cb (OpsPlanPage *self)
{
  guint64 structure = ops_plan_get_structure_revision (self->plan);

  update_summary (self);
  if (structure == self->structure_seen)
    return;

  self->structure_seen = structure;
  /* A changed status moves an item to another group; the groups follow
   * the plan's list by themselves, not its items' properties. */
  if (ops_plan_groups_update (self->groups))
    bind_headers_again (self);
  update_gap_button (self);
}

static void
set_plan (OpsPlanPage *self,
          OpsPlan     *plan)
{
  g_set_object (&self->plan, plan);
  g_signal_group_set_target (self->plan_signals, plan);
  /* A plan of 10,000 items would make the view build 200 rows in its
   * first frame, where 100 items make 100: a screenful a frame instead. */
  ops_list_growth_start (self->list_view, self->shown, ROWS_PER_FRAME, ROWS_PER_FRAME);
  ops_plan_groups_set_plan (self->groups, plan);
  if (plan == NULL)
    return;

  self->structure_seen = ops_plan_get_structure_revision (plan);
  update_gap_button (self);
  update_summary (self);

  /* The list keeps its place across a model swap, which could leave a
   * newly opened plan scrolled to its middle; a plan starts at its top. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->groups)) > 0)
    gtk_list_view_scroll_to (self->list_view, 0, GTK_LIST_SCROLL_NONE, NULL);
}

/* What a person must know about the file behind the plan, most urgent
 * first. Nothing here is ever silent: each state stops autosave, and the
 * banner says so and offers the way out. */
static void
update_banner (OpsPlanPage *self)
{
  const GError *load_error = ops_plan_store_get_load_error (self->store);
  const GError *save_error = ops_plan_store_get_save_error (self->store);
  g_autofree char *title = NULL;
  const char *button = NULL;
  gboolean editable;

  if (load_error != NULL)
    {
      /* Translators: %s says what is wrong with the file, and where */
      title = g_strdup_printf (_("Your plan could not be opened, and it has not been changed: %s"), load_error->message);
      button = _("_Start Over");
    }
  /* A change on disk is the window's banner, above every pane. */
  else if (self->plan != NULL && ops_plan_get_read_only (self->plan))
    {
      title = g_strdup (_("This plan was saved by a newer OpsLadder. It is open read-only so nothing is lost."));
    }
  else if (save_error != NULL)
    {
      /* Translators: %s says why saving failed */
      title = g_strdup_printf (_("Your plan could not be saved: %s"), save_error->message);
      button = _("_Try Again");
    }

  adw_banner_set_use_markup (self->banner, FALSE);
  adw_banner_set_title (self->banner, title ? title : "");
  adw_banner_set_button_label (self->banner, button);
  adw_banner_set_revealed (self->banner, title != NULL);

  /* While edits could not be kept (unreadable file, newer format), show
   * the plan but take no edits; a change on disk or a failed save keeps
   * them in memory, so editing goes on. */
  editable = ops_plan_store_get_editable (self->store);
  gtk_widget_set_sensitive (GTK_WIDGET (self->stack), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->gap_button), editable);
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  ops_plan_store_save_finish (OPS_PLAN_STORE (object), result, NULL);
}

static void
banner_button_cb (OpsPlanPage *self)
{
  /* The store keeps the unreadable file beside the new one. */
  if (ops_plan_store_get_load_error (self->store) != NULL)
    {
      g_autoptr(OpsPlan) fresh = ops_plan_new ();

      ops_plan_store_new_plan (self->store, fresh);
    }
  else
    ops_plan_store_save_async (self->store, NULL, saved_cb, NULL);
}

static void
store_plan_changed_cb (OpsPlanPage *self)
{
  set_plan (self, ops_plan_store_get_plan (self->store));
  update_banner (self);
}

static void
item_activated_cb (OpsPlanPage *self,
                   guint        position)
{
  g_autoptr(OpsPlanItem) item = g_list_model_get_item (G_LIST_MODEL (self->groups), position);
  GtkWidget *view = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_NAVIGATION_VIEW);

  if (item != NULL && view != NULL)
    adw_navigation_view_push (ADW_NAVIGATION_VIEW (view),
                              ADW_NAVIGATION_PAGE (ops_plan_item_page_new (item, ops_plan_store_get_catalog (self->store))));
}

static void
show_gap_cb (OpsPlanPage *self)
{
  GtkWidget *view = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_NAVIGATION_VIEW);

  if (view != NULL)
    adw_navigation_view_push (ADW_NAVIGATION_VIEW (view), ADW_NAVIGATION_PAGE (ops_plan_gap_page_new (self->store)));
}

static void
narrow_apply_cb (OpsPlanPage *self)
{
  self->narrow = TRUE;
  update_edges (self);
}

static void
narrow_unapply_cb (OpsPlanPage *self)
{
  self->narrow = FALSE;
  update_edges (self);
}

static void
start_starter_plan_cb (OpsPlanPage *self)
{
  OpsCatalog *catalog = ops_plan_store_get_catalog (self->store);
  g_autoptr(OpsPlan) starter = NULL;

  g_return_if_fail (catalog != NULL);

  starter = ops_plan_new_starter (catalog, "operations-trainee", "operations-manager");
  ops_plan_store_new_plan (self->store, starter);
}

static void
bind_header_cb (GtkSignalListItemFactory *factory,
                GtkListHeader            *header,
                OpsPlanPage              *self)
{
  OpsPlanItem *item = gtk_list_header_get_item (header);

  gtk_label_set_text (GTK_LABEL (gtk_list_header_get_child (header)),
                      self->group_by_kind ? kind_title (ops_plan_item_get_kind (item))
                                          : status_title (ops_plan_item_get_status (item)));
}

static void
setup_header_cb (GtkSignalListItemFactory *factory,
                 GtkListHeader            *header,
                 gpointer                  user_data)
{
  gtk_list_header_set_child (header, ops_heading_new ("plan-heading"));
}

GtkWidget *
ops_plan_page_new (OpsPlanStore *store)
{
  g_return_val_if_fail (OPS_IS_PLAN_STORE (store), NULL);

  return g_object_new (OPS_TYPE_PLAN_PAGE, "store", store, NULL);
}

static void
ops_plan_page_constructed (GObject *object)
{
  OpsPlanPage *self = OPS_PLAN_PAGE (object);

  G_OBJECT_CLASS (ops_plan_page_parent_class)->constructed (object);

  /* Only the template validator builds a plan page without a store. */
  if (self->store == NULL)
    return;

  g_signal_connect_object (self->store, "notify::plan", G_CALLBACK (store_plan_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::load-error", G_CALLBACK (update_banner), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::editable", G_CALLBACK (update_banner), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::save-error", G_CALLBACK (update_banner), self, G_CONNECT_SWAPPED);
  store_plan_changed_cb (self);
}

static void
ops_plan_page_dispose (GObject *object)
{
  OpsPlanPage *self = OPS_PLAN_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_PLAN_PAGE);
  g_clear_object (&self->plan_signals);
  g_clear_object (&self->plan);
  g_clear_object (&self->groups);
  g_clear_object (&self->shown);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ops_plan_page_parent_class)->dispose (object);
}

static void
ops_plan_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  OpsPlanPage *self = OPS_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_HIDE_FINISHED:
      g_value_set_boolean (value, self->hide_finished);
      break;

    case PROP_GROUP_BY_KIND:
      g_value_set_boolean (value, self->group_by_kind);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_plan_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  OpsPlanPage *self = OPS_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_HIDE_FINISHED:
      if (self->hide_finished != g_value_get_boolean (value))
        {
          self->hide_finished = g_value_get_boolean (value);
          ops_plan_groups_set_hide_finished (self->groups, self->hide_finished);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_GROUP_BY_KIND:
      if (self->group_by_kind != g_value_get_boolean (value))
        {
          self->group_by_kind = g_value_get_boolean (value);
          ops_plan_groups_set_group_by_kind (self->groups, self->group_by_kind);
          bind_headers_again (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_plan_page_class_init (OpsPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ops_plan_page_constructed;
  object_class->dispose = ops_plan_page_dispose;
  object_class->get_property = ops_plan_page_get_property;
  object_class->set_property = ops_plan_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, OPS_TYPE_PLAN_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_HIDE_FINISHED] =
    g_param_spec_boolean ("hide-finished", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_GROUP_BY_KIND] =
    g_param_spec_boolean ("group-by-kind", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_property_action (widget_class, "plan.hide-finished", "hide-finished");
  gtk_widget_class_install_property_action (widget_class, "plan.group-by-kind", "group-by-kind");

  g_type_ensure (OPS_TYPE_PLAN_ITEM_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/plan-editor/ops-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsPlanPage, banner);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanPage, stack);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanPage, header);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanPage, roles);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanPage, progress_row);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanPage, progress);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanPage, gap_button);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanPage, edit_button);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanPage, pace_row);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanPage, pace_button);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanPage, pace_icon);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanPage, pace_label);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanPage, pace_detail);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanPage, starter_button);
  gtk_widget_class_bind_template_callback (widget_class, banner_button_cb);
  gtk_widget_class_bind_template_callback (widget_class, item_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, narrow_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, narrow_unapply_cb);
  gtk_widget_class_bind_template_callback (widget_class, ops_screen_reader_menu_active_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_gap_cb);
  gtk_widget_class_bind_template_callback (widget_class, start_starter_plan_cb);
}

static void
ops_plan_page_init (OpsPlanPage *self)
{
  g_autoptr(GtkListItemFactory) headers = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;
  GtkLabel *starter_label;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* The starter plan's label wraps: in German ("Vom Trainee ins Operations
   * Management") it is wider than a 360 px window (issue 19). The button
   * keeps its label, which names it for screen readers. */
  starter_label = GTK_LABEL (gtk_button_get_child (self->starter_button));
  gtk_label_set_wrap (starter_label, TRUE);
  gtk_label_set_justify (starter_label, GTK_JUSTIFY_CENTER);

  self->plan_signals = g_signal_group_new (OPS_TYPE_PLAN);
  g_signal_group_connect_object (self->plan_signals, "changed", G_CALLBACK (plan_changed_cb), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->plan_signals, "notify::progress", G_CALLBACK (update_summary), self,
                                 G_CONNECT_SWAPPED);
  self->groups = ops_plan_groups_new ();
  self->shown = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->groups)), 0, G_MAXUINT);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->shown)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_signal_connect (headers, "setup", G_CALLBACK (setup_header_cb), NULL);
  g_signal_connect (headers, "bind", G_CALLBACK (bind_header_cb), self);
  gtk_list_view_set_header_factory (self->list_view, headers);
}
