/* ops-plan-item-row.c: one item of the plan in the list
 *
 * The check box marks the item done (or back to planned) through the
 * item's own setter, so the change is one undo step like any other edit.
 * The list draws each section as a boxed list, one card (style.css); a
 * row tells its list row whether it starts or ends its card.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-date.h"
#include "ops-plan.h"
#include "ops-plan-item-row.h"

struct _OpsPlanItemRow
{
  GtkWidget       parent_instance;

  OpsPlanItem    *item;
  OpsPlan        *plan;           /* the item's, whose "changed" moves the projection */
  /* A recycled row follows one item after another: these retarget. */
  GBindingGroup  *item_bindings;
  GSignalGroup   *item_signals;
  GSignalGroup   *plan_signals;
  GSignalGroup   *model_signals;  /* the list view's model: a section's ends move */
  guint           position;       /* in that model */
  /* What the subtitle last followed: the plan's structure revision and
   * the day its pace projects from. */
  guint64         structure_seen;
  guint32         today_seen;

  GtkCheckButton *done;
  GtkLabel       *title;
  GtkLabel       *subtitle;
  GtkWidget      *late;
};

enum {
  PROP_0,
  PROP_ITEM,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsPlanItemRow, ops_plan_item_row, GTK_TYPE_WIDGET)

/* "Certification · due Mar 12, 2027 · projected Apr 3, 2027", and Late
 * beside it when the pace projection finishes it after its date. */
static void
update_subtitle (OpsPlanItemRow *self)
{
  GDateTime *due = ops_plan_item_get_target_date (self->item);
  const char *kind = ops_plan_item_kind_get_label (ops_plan_item_get_kind (self->item));
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;
  g_autofree char *projected = NULL;
  guint32 finish = 0;
  gboolean late = FALSE;

  if (due != NULL)
    {
      date = ops_date_format (due);
      /* Translators: a plan item's kind and its target date */
      text = g_strdup_printf (_("%s · due %s"), kind, date);
    }

  if (self->plan != NULL && ops_pace_lookup (ops_plan_get_pace (self->plan), self->item, &finish, &late) && finish != 0)
    {
      g_autoptr(GDateTime) day = ops_pace_day_to_date (finish);
      g_autofree char *day_text = ops_date_format (day);

      /* Translators: what the row says so far ("Certification · due Mar 12,
       * 2027"), then the day the pace projection finishes the item */
      projected = g_strdup_printf (_("%s · projected %s"), text ? text : kind, day_text);
    }

  gtk_label_set_text (self->subtitle, projected ? projected : text ? text : kind);
  gtk_widget_set_visible (self->late, late);
  if (self->plan != NULL)
    {
      self->structure_seen = ops_plan_get_structure_revision (self->plan);
      self->today_seen = ops_pace_get_today (ops_plan_get_pace (self->plan));
    }
}

/* Free text (a title, the notes) moves no projection, and typing in a
 * note changes the plan at every keystroke: every row on screen made its
 * subtitle again, most of such a keystroke with 10,000 items. */
static void
plan_changed_cb (OpsPlanItemRow *self)
{
  if (ops_plan_get_structure_revision (self->plan) != self->structure_seen ||
      ops_pace_get_today (ops_plan_get_pace (self->plan)) != self->today_seen)
    update_subtitle (self);
}

static void
set_class (GtkWidget  *widget,
           const char *name,
           gboolean    set)
{
  if (set)
    gtk_widget_add_css_class (widget, name);
  else
    gtk_widget_remove_css_class (widget, name);
}

/* Each section of the plan is a card, as the boxed lists of the other
 * pages, but CSS cannot see where a section of a GtkListView ends (it
 * has no previous-sibling selector), and a GtkListBox of 10,000 rows
 * would be slow. So the row asks the list's model, which knows where its
 * few groups end (OpsPlanGroups), and marks its list row, its parent, as
 * the card's top or bottom. */
static void
update_section_ends (OpsPlanItemRow *self)
{
  GtkWidget *row = gtk_widget_get_parent (GTK_WIDGET (self));
  GtkWidget *view = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_LIST_VIEW);
  GtkSelectionModel *model = view != NULL ? gtk_list_view_get_model (GTK_LIST_VIEW (view)) : NULL;
  guint start, end;

  g_signal_group_set_target (self->model_signals, model);
  /* Between the model's change and the new position's notification the
   * position may be past the end; the notification comes next. */
  if (model == NULL || !GTK_IS_SECTION_MODEL (model) || self->item == NULL ||
      self->position >= g_list_model_get_n_items (G_LIST_MODEL (model)))
    return;

  gtk_section_model_get_section (GTK_SECTION_MODEL (model), self->position, &start, &end);
  set_class (row, "section-start", self->position == start);
  set_class (row, "section-end", self->position + 1 == end);
}

static void
update_done (OpsPlanItemRow *self)
{
  gboolean done = ops_plan_item_get_status (self->item) == OPS_PLAN_ITEM_STATUS_DONE;

  /* done_toggled_cb () ignores this: the item already has the state. */
  gtk_check_button_set_active (self->done, done);

  if (ops_plan_item_is_finished (self->item))
    gtk_widget_add_css_class (GTK_WIDGET (self->title), "dimmed");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->title), "dimmed");
}

static void
done_toggled_cb (OpsPlanItemRow *self)
{
  gboolean active = gtk_check_button_get_active (self->done);
  gboolean done;

  if (self->item == NULL)
    return;

  done = ops_plan_item_get_status (self->item) == OPS_PLAN_ITEM_STATUS_DONE;
  if (active != done)
    ops_plan_item_set_status (self->item, active ? OPS_PLAN_ITEM_STATUS_DONE : OPS_PLAN_ITEM_STATUS_PLANNED);
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource  *source,
                 double          x,
                 double          y,
                 OpsPlanItemRow *self)
{
  if (self->item == NULL)
    return NULL;

  gtk_drag_source_set_icon (source, gtk_widget_paintable_new (GTK_WIDGET (self->title)), 0, 0);

  return gdk_content_provider_new_typed (OPS_TYPE_PLAN_ITEM, self->item);
}

/* Dropping an item on another puts it where that one is in the plan; the
 * move is one undo step like any other edit. */
static gboolean
drop_cb (GtkDropTarget  *target,
         const GValue   *value,
         double          x,
         double          y,
         OpsPlanItemRow *self)
{
  OpsPlanItem *dragged = g_value_get_object (value);
  OpsPlan *plan;
  guint from, to;

  if (self->item == NULL || dragged == NULL || dragged == self->item)
    return FALSE;

  plan = ops_plan_item_get_plan (self->item);
  if (plan == NULL || plan != ops_plan_item_get_plan (dragged))
    return FALSE;

  from = ops_plan_get_position (plan, dragged);
  to = ops_plan_get_position (plan, self->item);
  if (from == G_MAXUINT || to == G_MAXUINT)
    return FALSE;

  ops_plan_move_item (plan, from, to);

  return TRUE;
}

OpsPlanItem *
ops_plan_item_row_get_item (OpsPlanItemRow *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_ITEM_ROW (self), NULL);

  return self->item;
}

void
ops_plan_item_row_set_item (OpsPlanItemRow *self,
                            OpsPlanItem    *item)
{
  g_return_if_fail (OPS_IS_PLAN_ITEM_ROW (self));
  g_return_if_fail (item == NULL || OPS_IS_PLAN_ITEM (item));

  if (self->item == item)
    return;

  g_set_object (&self->item, item);
  g_set_object (&self->plan, (item ? ops_plan_item_get_plan (item) : NULL));
  g_binding_group_set_source (self->item_bindings, item);
  g_signal_group_set_target (self->item_signals, item);
  g_signal_group_set_target (self->plan_signals, self->plan);

  if (item != NULL)
    {
      update_done (self);
      update_subtitle (self);
      update_section_ends (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

static void
set_position (OpsPlanItemRow *self,
              guint           position)
{
  if (self->position == position)
    return;

  self->position = position;
  update_section_ends (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

/* A row can be bound before its list row is in the list view. */
static void
ops_plan_item_row_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ops_plan_item_row_parent_class)->root (widget);

  update_section_ends (OPS_PLAN_ITEM_ROW (widget));
}

static void
ops_plan_item_row_dispose (GObject *object)
{
  OpsPlanItemRow *self = OPS_PLAN_ITEM_ROW (object);

  GtkWidget *child;

  ops_plan_item_row_set_item (self, NULL);
  g_clear_object (&self->item_bindings);
  g_clear_object (&self->item_signals);
  g_clear_object (&self->plan_signals);
  g_clear_object (&self->model_signals);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_PLAN_ITEM_ROW);
  /* dispose_template () only takes the named children. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ops_plan_item_row_parent_class)->dispose (object);
}

static void
ops_plan_item_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OpsPlanItemRow *self = OPS_PLAN_ITEM_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_plan_item_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OpsPlanItemRow *self = OPS_PLAN_ITEM_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      ops_plan_item_row_set_item (self, g_value_get_object (value));
      break;

    case PROP_POSITION:
      set_position (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_plan_item_row_class_init (OpsPlanItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_plan_item_row_dispose;
  object_class->get_property = ops_plan_item_row_get_property;
  object_class->set_property = ops_plan_item_row_set_property;
  widget_class->root = ops_plan_item_row_root;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, OPS_TYPE_PLAN_ITEM,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* The row's position in the list view's model, bound from its GtkListItem. */
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/plan-editor/ops-plan-item-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsPlanItemRow, done);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanItemRow, title);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanItemRow, subtitle);
  gtk_widget_class_bind_template_child (widget_class, OpsPlanItemRow, late);
  gtk_widget_class_bind_template_callback (widget_class, done_toggled_cb);
}

static void
ops_plan_item_row_init (OpsPlanItemRow *self)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (OPS_TYPE_PLAN_ITEM, GDK_ACTION_MOVE);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->item_bindings = g_binding_group_new ();
  g_binding_group_bind (self->item_bindings, "title", self->title, "label", G_BINDING_SYNC_CREATE);
  self->item_signals = g_signal_group_new (OPS_TYPE_PLAN_ITEM);
  g_signal_group_connect_object (self->item_signals, "notify::status", G_CALLBACK (update_done), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->item_signals, "notify::target-date", G_CALLBACK (update_subtitle), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->item_signals, "notify::kind", G_CALLBACK (update_subtitle), self,
                                 G_CONNECT_SWAPPED);
  /* Any item's effort or date, or the hours a week, can move this one. */
  self->plan_signals = g_signal_group_new (OPS_TYPE_PLAN);
  g_signal_group_connect_object (self->plan_signals, "changed", G_CALLBACK (plan_changed_cb), self,
                                 G_CONNECT_SWAPPED);
  /* An item added at a section's end leaves the old last row where it
   * was, with no new position to tell it that it no longer ends it. */
  self->model_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_object (self->model_signals, "items-changed", G_CALLBACK (update_section_ends), self,
                                 G_CONNECT_SWAPPED);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_object (source, "prepare", G_CALLBACK (drag_prepare_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}
