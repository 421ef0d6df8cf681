/* ops-plan.c: a person's career plan, and the one place it is edited
 *
 * Every change to the plan or one of its items comes through here: the
 * plan's setters, the item list functions, and the items' own setters,
 * which call _ops_plan_edit_item(). Each change is applied, recorded in the
 * undo history, and followed by the bookkeeping (progress, modified,
 * can-undo) and the "changed" signal the store autosaves on. Undo and redo
 * apply recorded changes without recording them again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-plan.h"
#include "ops-credential.h"
#include "ops-pace.h"
#include "ops-plan-history.h"
#include "ops-plan-private.h"
#include "ops-plan-serializer.h"

/* No saved state matches: the plan has never been written anywhere. */
#define NEVER_SAVED G_MAXUINT64

struct _OpsPlan
{
  GObject         parent_instance;

  char           *owner_name;
  char           *current_role_id;
  char           *current_role_title;
  char           *target_role_id;
  char           *target_role_title;
  GDateTime      *target_date;
  char           *why;
  double          hours_per_week;
  GListStore     *items;
  GListStore     *achievements;
  GListStore     *stories;
  GListStore     *networking;
  GListStore     *applications;

  OpsPlanHistory *history;
  guint64         saved_revision;
  gboolean        changed_pending;   /* an edit happened inside a group */

  gint64          format;
  gboolean        read_only;
  JsonObject     *extra;             /* members this version does not know */

  /* Bumped by every change but one to free text (ops_plan_get_structure_revision ()). */
  guint64         structure_revision;
  guint64         progress_revision; /* the structure .computed_* were computed for */
  double          computed_progress; /* the progress, before it is notified */
  double          computed_weighted;
  GByteArray     *item_keys;         /* ops_plan_get_item_keys () */
  guint64         keys_revision;     /* the structure .item_keys hold */

  /* The derived state as last notified. */
  gboolean        modified;
  gboolean        can_undo;
  gboolean        can_redo;
  double          progress;
  double          weighted_progress;

  /* ops_plan_get_pace ()'s, for structure_revision pace_revision. */
  OpsPace        *pace;
  guint64         pace_revision;
};

enum {
  PROP_0,
  /* Editable, recorded for undo */
  PROP_OWNER_NAME,
  PROP_CURRENT_ROLE_ID,
  PROP_CURRENT_ROLE_TITLE,
  PROP_TARGET_ROLE_ID,
  PROP_TARGET_ROLE_TITLE,
  PROP_TARGET_DATE,
  PROP_WHY,
  PROP_HOURS_PER_WEEK,
  /* Read-only */
  PROP_ITEMS,
  PROP_MODIFIED,
  PROP_READ_ONLY,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_PROGRESS,
  PROP_WEIGHTED_PROGRESS,
  N_PROPS
};

#define LAST_EDITABLE_PROP PROP_HOURS_PER_WEEK

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (OpsPlan, ops_plan, G_TYPE_OBJECT)

/* Derived state */

/* Each item's key, from the same walk as the progress: @self->item_keys
 * then stay in step with every change to the plan's structure, and a plan
 * page opens without looking at 10,000 items. */
static void
set_keys_of (OpsPlan            *self,
             OpsPlanItem * const *items,
             guint               n)
{
  g_byte_array_set_size (self->item_keys, n);
  for (guint i = 0; i < n; i++)
    self->item_keys->data[i] = OPS_PLAN_ITEM_KEY (ops_plan_item_get_status (items[i]), ops_plan_item_get_kind (items[i]));
  self->keys_revision = self->structure_revision;
}

static void
compute_progress_of (OpsPlanItem * const *items,
                     guint               n,
                     double             *progress,
                     double             *weighted)
{
  double estimated = 0, finished_hours = 0, total_hours = 0, mean;
  guint n_estimated = 0, n_finished = 0;

  for (guint i = 0; i < n; i++)
    {
      double hours = ops_plan_item_get_effort_hours (items[i]);

      if (hours > 0)
        {
          estimated += hours;
          n_estimated++;
        }
    }

  /* An item without an estimate weighs as much as an average one, so that
   * adding estimates to some items does not make the others vanish. */
  mean = n_estimated > 0 ? estimated / n_estimated : 1;
  for (guint i = 0; i < n; i++)
    {
      double hours = ops_plan_item_get_effort_hours (items[i]);
      double weight = hours > 0 ? hours : mean;

      total_hours += weight;
      if (ops_plan_item_is_finished (items[i]))
        {
          n_finished++;
          finished_hours += weight;
        }
    }

  *progress = n > 0 ? (double) n_finished / n : 0;
  *weighted = total_hours > 0 ? MIN (finished_hours / total_hours, 1.0) : 0;
}

/* The items are gathered once: the list is walked once, not once for
 * each pass over the items. The progress and the keys are then current;
 * update_state () notifies the progress. */
static void
compute_progress (OpsPlan *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (self->items), i));

  compute_progress_of ((OpsPlanItem * const *) items->pdata, n, &self->computed_progress, &self->computed_weighted);
  set_keys_of (self, (OpsPlanItem * const *) items->pdata, n);
  self->progress_revision = self->structure_revision;
}

static void
update_flag (OpsPlan  *self,
             gboolean *field,
             gboolean  value,
             guint     prop_id)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
update_double (OpsPlan *self,
               double  *field,
               double   value,
               guint    prop_id)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
update_state (OpsPlan *self)
{
  guint64 revision = ops_plan_history_get_revision (self->history);

  /* Progress walks every item; typing in a note moves none of it. */
  if (self->progress_revision != self->structure_revision)
    compute_progress (self);

  g_object_freeze_notify (G_OBJECT (self));
  update_flag (self, &self->modified, revision != self->saved_revision, PROP_MODIFIED);
  update_flag (self, &self->can_undo, ops_plan_history_can_undo (self->history), PROP_CAN_UNDO);
  update_flag (self, &self->can_redo, ops_plan_history_can_redo (self->history), PROP_CAN_REDO);
  update_double (self, &self->progress, self->computed_progress, PROP_PROGRESS);
  update_double (self, &self->weighted_progress, self->computed_weighted, PROP_WEIGHTED_PROGRESS);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Bookkeeping after every edit, undo and redo. Inside a group "changed" is
 * held back until the group ends, so the store sees one change. */
static void
finish_edit (OpsPlan *self)
{
  update_state (self);

  if (ops_plan_history_get_depth (self->history) > 0)
    {
      self->changed_pending = TRUE;
      return;
    }

  self->changed_pending = FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Applying changes, without recording them */

static void
replace_string (char         **field,
                const GValue  *value)
{
  g_free (*field);
  *field = g_value_dup_string (value);
}

void
_ops_plan_apply_value (OpsPlan      *self,
                       GParamSpec   *pspec,
                       const GValue *value)
{
  g_assert (OPS_IS_PLAN (self));
  g_assert (pspec->param_id <= LAST_EDITABLE_PROP && pspec == properties[pspec->param_id]);

  switch (pspec->param_id)
    {
    case PROP_OWNER_NAME:
      replace_string (&self->owner_name, value);
      break;
    case PROP_CURRENT_ROLE_ID:
      replace_string (&self->current_role_id, value);
      break;
    case PROP_CURRENT_ROLE_TITLE:
      replace_string (&self->current_role_title, value);
      break;
    case PROP_TARGET_ROLE_ID:
      replace_string (&self->target_role_id, value);
      break;
    case PROP_TARGET_ROLE_TITLE:
      replace_string (&self->target_role_title, value);
      break;
    case PROP_TARGET_DATE:
      g_clear_pointer (&self->target_date, g_date_time_unref);
      self->target_date = g_value_dup_boxed (value);
      break;
    case PROP_WHY:
      replace_string (&self->why, value);
      break;
    case PROP_HOURS_PER_WEEK:
      self->hours_per_week = g_value_get_double (value);
      break;
    default:
      g_assert_not_reached ();
    }

  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

/* Free text: titles, names, notes. It is coalesced in the undo history
 * while it is typed, and no count, group or gap depends on it; ids and
 * everything else are one step per change. */
static gboolean
is_typed_text (GParamSpec *pspec)
{
  return G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRING && !g_str_has_suffix (pspec->name, "-id");
}

/* Items and records point back at the plan that owns them. */
static void
set_owner (GObject *object,
           OpsPlan *plan)
{
  if (OPS_IS_PLAN_ITEM (object))
    _ops_plan_item_set_plan (OPS_PLAN_ITEM (object), plan);
  else
    _ops_plan_record_set_plan (OPS_PLAN_RECORD (object), plan);
}

static void
apply_insert (OpsPlan    *self,
              GListStore *list,
              guint       position,
              GObject    *object)
{
  gboolean keys_kept = list == self->items && self->keys_revision == self->structure_revision;

  set_owner (object, self);
  self->structure_revision++;
  if (keys_kept)
    {
      guint8 key = OPS_PLAN_ITEM_KEY (ops_plan_item_get_status (OPS_PLAN_ITEM (object)),
                                      ops_plan_item_get_kind (OPS_PLAN_ITEM (object)));

      g_array_insert_val ((GArray *) self->item_keys, position, key);
      self->keys_revision = self->structure_revision;
    }
  g_list_store_insert (list, position, object);
}

static void
apply_remove (OpsPlan    *self,
              GListStore *list,
              guint       position)
{
  g_autoptr(GObject) object = g_list_model_get_item (G_LIST_MODEL (list), position);
  gboolean keys_kept = list == self->items && self->keys_revision == self->structure_revision;

  g_assert (object != NULL);
  set_owner (object, NULL);
  self->structure_revision++;
  if (keys_kept)
    {
      g_byte_array_remove_index (self->item_keys, position);
      self->keys_revision = self->structure_revision;
    }
  g_list_store_remove (list, position);
}

/* One splice over the span between the two places, so a list view sees a
 * single items-changed for a move. */
static void
apply_move (OpsPlan    *self,
            GListStore *list,
            guint       from,
            guint       to)
{
  guint low = MIN (from, to), high = MAX (from, to);
  gboolean keys_kept = list == self->items && self->keys_revision == self->structure_revision;
  g_autoptr(GPtrArray) span = g_ptr_array_new_with_free_func (g_object_unref);
  gpointer moved;

  for (guint i = low; i <= high; i++)
    g_ptr_array_add (span, g_list_model_get_item (G_LIST_MODEL (list), i));

  moved = g_ptr_array_steal_index (span, from - low);
  g_ptr_array_insert (span, to - low, moved);
  self->structure_revision++;
  if (keys_kept)
    {
      guint8 key = self->item_keys->data[from];

      g_byte_array_remove_index (self->item_keys, from);
      g_array_insert_val ((GArray *) self->item_keys, to, key);
      self->keys_revision = self->structure_revision;
    }
  g_list_store_splice (list, low, span->len, span->pdata, span->len);
}

/* @object is the plan's item or record, or %NULL for the plan itself. */
static void
apply_value (OpsPlan      *self,
             GObject      *object,
             GParamSpec   *pspec,
             const GValue *value)
{
  if (!is_typed_text (pspec))
    self->structure_revision++;

  if (object == NULL)
    _ops_plan_apply_value (self, pspec, value);
  else if (OPS_IS_PLAN_ITEM (object))
    _ops_plan_item_apply_value (OPS_PLAN_ITEM (object), pspec, value);
  else
    _ops_plan_record_apply_value (OPS_PLAN_RECORD (object), pspec, value);
}

static void
apply_change_cb (const OpsPlanChange *change,
                 gboolean             undo,
                 gpointer             user_data)
{
  OpsPlan *self = user_data;
  gboolean insert;

  switch (change->type)
    {
    case OPS_PLAN_CHANGE_VALUE:
      apply_value (self, change->object, change->pspec, undo ? &change->old_value : &change->new_value);
      break;

    case OPS_PLAN_CHANGE_INSERT:
    case OPS_PLAN_CHANGE_REMOVE:
      insert = (change->type == OPS_PLAN_CHANGE_INSERT) != undo;
      if (insert)
        apply_insert (self, change->list, change->position, change->object);
      else
        apply_remove (self, change->list, change->position);
      break;

    case OPS_PLAN_CHANGE_MOVE:
      if (undo)
        apply_move (self, change->list, change->to, change->position);
      else
        apply_move (self, change->list, change->position, change->to);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* Edits */

/* The single path of a recorded value change, for the plan (@object
 * %NULL), one of its items or one of its records. @value is normalized and
 * differs from the current value. */
static void
record_value (OpsPlan      *self,
              GObject      *object,
              GParamSpec   *pspec,
              const GValue *value)
{
  g_auto(GValue) old_value = G_VALUE_INIT;

  g_value_init (&old_value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_object_get_property (object ? object : G_OBJECT (self), pspec->name, &old_value);

  apply_value (self, object, pspec, value);

  ops_plan_history_record (self->history,
                           ops_plan_change_new_value (object, pspec, &old_value, value),
                           is_typed_text (pspec));
}

/* Called by the items' setters for an item of this plan. */
void
_ops_plan_edit_item (OpsPlan      *self,
                     OpsPlanItem  *item,
                     GParamSpec   *pspec,
                     const GValue *value)
{
  g_auto(GValue) completion = G_VALUE_INIT;

  g_return_if_fail (OPS_IS_PLAN (self));
  g_return_if_fail (ops_plan_item_get_plan (item) == self);
  g_return_if_fail (!self->read_only);

  /* Marking an item done stamps the day; both come back with one undo. */
  if (g_str_equal (pspec->name, "status") &&
      _ops_plan_item_completion_after (item, g_value_get_enum (value), &completion))
    {
      ops_plan_history_begin_group (self->history);
      record_value (self, G_OBJECT (item), pspec, value);
      record_value (self, G_OBJECT (item), g_object_class_find_property (G_OBJECT_GET_CLASS (item), "completion-date"),
                    &completion);
      ops_plan_history_end_group (self->history);
    }
  else
    record_value (self, G_OBJECT (item), pspec, value);

  finish_edit (self);
}

/* Called by the records' setters for a record of this plan. */
void
_ops_plan_edit_record (OpsPlan       *self,
                       OpsPlanRecord *record,
                       GParamSpec    *pspec,
                       const GValue  *value)
{
  g_return_if_fail (OPS_IS_PLAN (self));
  g_return_if_fail (ops_plan_record_get_plan (record) == self);
  g_return_if_fail (!self->read_only);

  record_value (self, G_OBJECT (record), pspec, value);
  finish_edit (self);
}

static void
set_value (GObject    *object,
           GParamSpec *pspec,
           GValue     *value)
{
  OpsPlan *self = OPS_PLAN (object);

  g_assert (pspec->param_id <= LAST_EDITABLE_PROP && pspec == properties[pspec->param_id]);

  if (!_ops_plan_value_changes (object, pspec, value))
    return;

  g_return_if_fail (!self->read_only);

  record_value (self, NULL, pspec, value);
  finish_edit (self);
}

static void
set_string (OpsPlan    *self,
            guint       prop_id,
            const char *string)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, string);
  set_value (G_OBJECT (self), properties[prop_id], &value);
}

/* Public API */

/* Returns: (transfer full): an empty plan, not modified */
OpsPlan *
ops_plan_new (void)
{
  return g_object_new (OPS_TYPE_PLAN, NULL);
}

/* Never %NULL. */
const char *
ops_plan_get_owner_name (OpsPlan *self)
{
  g_return_val_if_fail (OPS_IS_PLAN (self), NULL);

  return self->owner_name;
}

void
ops_plan_set_owner_name (OpsPlan    *self,
                         const char *owner_name)
{
  g_return_if_fail (OPS_IS_PLAN (self));

  set_string (self, PROP_OWNER_NAME, owner_name);
}

/* The catalog role the person holds now, or %NULL when the title is free
 * text (or nothing was chosen). */
const char *
ops_plan_get_current_role_id (OpsPlan *self)
{
  g_return_val_if_fail (OPS_IS_PLAN (self), NULL);

  return self->current_role_id;
}

/* What to show for the current role, or %NULL. */
const char *
ops_plan_get_current_role_title (OpsPlan *self)
{
  g_return_val_if_fail (OPS_IS_PLAN (self), NULL);

  return self->current_role_title;
}

static void
set_role (OpsPlan    *self,
          guint       id_prop,
          guint       title_prop,
          const char *role_id,
          const char *title)
{
  ops_plan_begin_group (self);
  set_string (self, id_prop, role_id);
  set_string (self, title_prop, title);
  ops_plan_end_group (self);
}

/**
 * ops_plan_set_current_role:
 * @self: the plan
 * @role_id: (nullable): a catalog role id, or %NULL for a role the catalog
 *   lacks
 * @title: (nullable): what to show: the catalog role's name, or the text
 *   the person typed
 *
 * Sets both in one undo step.
 */
void
ops_plan_set_current_role (OpsPlan    *self,
                           const char *role_id,
                           const char *title)
{
  g_return_if_fail (OPS_IS_PLAN (self));

  set_role (self, PROP_CURRENT_ROLE_ID, PROP_CURRENT_ROLE_TITLE, role_id, title);
}

/* The catalog role the person aims for, or %NULL; see
 * ops_plan_get_current_role_id(). */
const char *
ops_plan_get_target_role_id (OpsPlan *self)
{
  g_return_val_if_fail (OPS_IS_PLAN (self), NULL);

  return self->target_role_id;
}

const char *
ops_plan_get_target_role_title (OpsPlan *self)
{
  g_return_val_if_fail (OPS_IS_PLAN (self), NULL);

  return self->target_role_title;
}

/* Like ops_plan_set_current_role(), for the role aimed for. */
void
ops_plan_set_target_role (OpsPlan    *self,
                          const char *role_id,
                          const char *title)
{
  g_return_if_fail (OPS_IS_PLAN (self));

  set_role (self, PROP_TARGET_ROLE_ID, PROP_TARGET_ROLE_TITLE, role_id, title);
}

/* The day the person wants to be in the target role by, at midnight UTC,
 * or %NULL. (transfer none) */
GDateTime *
ops_plan_get_target_date (OpsPlan *self)
{
  g_return_val_if_fail (OPS_IS_PLAN (self), NULL);

  return self->target_date;
}

/* Only the day of @date (in its own time zone) is kept. */
void
ops_plan_set_target_date (OpsPlan   *self,
                          GDateTime *date)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_if_fail (OPS_IS_PLAN (self));

  g_value_init (&value, G_TYPE_DATE_TIME);
  g_value_set_boxed (&value, date);
  set_value (G_OBJECT (self), properties[PROP_TARGET_DATE], &value);
}

/* Why the person wants the target role, in their words; never %NULL. */
const char *
ops_plan_get_why (OpsPlan *self)
{
  g_return_val_if_fail (OPS_IS_PLAN (self), NULL);

  return self->why;
}

void
ops_plan_set_why (OpsPlan    *self,
                  const char *why)
{
  g_return_if_fail (OPS_IS_PLAN (self));

  set_string (self, PROP_WHY, why);
}

/* The hours a week the person can give the plan; 0 when they have not
 * said. The pace projection (ops_plan_compute_pace ()) works from it. */
double
ops_plan_get_hours_per_week (OpsPlan *self)
{
  g_return_val_if_fail (OPS_IS_PLAN (self), 0);

  return self->hours_per_week;
}

/* From 0 (unset) to OPS_PLAN_MAX_HOURS_PER_WEEK, every hour of a week. */
void
ops_plan_set_hours_per_week (OpsPlan *self,
                             double   hours)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_if_fail (OPS_IS_PLAN (self));

  g_value_init (&value, G_TYPE_DOUBLE);
  g_value_set_double (&value, hours);
  set_value (G_OBJECT (self), properties[PROP_HOURS_PER_WEEK], &value);
}

/* Items */

/* A #GListModel of #OpsPlanItem, in the person's order. Change it only
 * through the plan's functions. (transfer none) */
GListModel *
ops_plan_get_items (OpsPlan *self)
{
  g_return_val_if_fail (OPS_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->items);
}

/* The item for the catalog entry @catalog_id, or %NULL. (transfer none) */
OpsPlanItem *
ops_plan_find_item (OpsPlan    *self,
                    const char *catalog_id)
{
  guint n;

  g_return_val_if_fail (OPS_IS_PLAN (self), NULL);
  g_return_val_if_fail (catalog_id != NULL, NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsPlanItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (g_strcmp0 (ops_plan_item_get_catalog_id (item), catalog_id) == 0)
        return item;
    }

  return NULL;
}

/* Adds @item, which must be in no plan, at the end. */
void
ops_plan_add_item (OpsPlan     *self,
                   OpsPlanItem *item)
{
  g_return_if_fail (OPS_IS_PLAN (self));

  ops_plan_insert_item (self, g_list_model_get_n_items (G_LIST_MODEL (self->items)), item);
}

void
ops_plan_insert_item (OpsPlan     *self,
                      guint        position,
                      OpsPlanItem *item)
{
  g_return_if_fail (OPS_IS_PLAN (self));
  g_return_if_fail (OPS_IS_PLAN_ITEM (item));
  g_return_if_fail (ops_plan_item_get_plan (item) == NULL);
  g_return_if_fail (position <= g_list_model_get_n_items (G_LIST_MODEL (self->items)));
  g_return_if_fail (!self->read_only);

  apply_insert (self, self->items, position, G_OBJECT (item));
  ops_plan_history_record (self->history, ops_plan_change_new_insert (self->items, G_OBJECT (item), position), FALSE);
  finish_edit (self);
}

/* Where @item stands in the plan's order, or G_MAXUINT when it is not in
 * this plan: the GUI reorders by position. */
guint
ops_plan_get_position (OpsPlan     *self,
                       OpsPlanItem *item)
{
  guint position;

  g_return_val_if_fail (OPS_IS_PLAN (self), G_MAXUINT);
  g_return_val_if_fail (OPS_IS_PLAN_ITEM (item), G_MAXUINT);

  return g_list_store_find (self->items, item, &position) ? position : G_MAXUINT;
}

/* Undo puts the same item back where it was, with all its fields. */
void
ops_plan_remove_item (OpsPlan     *self,
                      OpsPlanItem *item)
{
  guint position;

  g_return_if_fail (OPS_IS_PLAN (self));
  g_return_if_fail (OPS_IS_PLAN_ITEM (item));
  g_return_if_fail (ops_plan_item_get_plan (item) == self);
  g_return_if_fail (!self->read_only);

  if (!g_list_store_find (self->items, item, &position))
    g_assert_not_reached ();

  ops_plan_history_record (self->history, ops_plan_change_new_remove (self->items, G_OBJECT (item), position), FALSE);
  apply_remove (self, self->items, position);
  finish_edit (self);
}

/* Moves the item at @from so that it ends up at @to. */
void
ops_plan_move_item (OpsPlan *self,
                    guint    from,
                    guint    to)
{
  guint n;

  g_return_if_fail (OPS_IS_PLAN (self));
  n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  g_return_if_fail (from < n && to < n);
  g_return_if_fail (!self->read_only);

  if (from == to)
    return;

  apply_move (self, self->items, from, to);
  ops_plan_history_record (self->history, ops_plan_change_new_move (self->items, from, to), FALSE);
  finish_edit (self);
}

/* The career toolkit */

/* A #GListModel of #OpsAchievement, in the person's order. Change it only
 * through the plan's record functions. (transfer none) */
GListModel *
ops_plan_get_achievements (OpsPlan *self)
{
  g_return_val_if_fail (OPS_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->achievements);
}

/* Of #OpsStarStory. (transfer none) */
GListModel *
ops_plan_get_stories (OpsPlan *self)
{
  g_return_val_if_fail (OPS_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->stories);
}

/* Of #OpsNetworkingEntry. (transfer none) */
GListModel *
ops_plan_get_networking (OpsPlan *self)
{
  g_return_val_if_fail (OPS_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->networking);
}

/* Of #OpsJobApplication. (transfer none) */
GListModel *
ops_plan_get_applications (OpsPlan *self)
{
  g_return_val_if_fail (OPS_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->applications);
}

/* The plan's list for records of @record's type. */
static GListStore *
list_for (OpsPlan       *self,
          OpsPlanRecord *record)
{
  if (OPS_IS_ACHIEVEMENT (record))
    return self->achievements;
  if (OPS_IS_STAR_STORY (record))
    return self->stories;
  if (OPS_IS_NETWORKING_ENTRY (record))
    return self->networking;
  if (OPS_IS_JOB_APPLICATION (record))
    return self->applications;

  g_return_val_if_reached (NULL);
}

/* The record with @id in any of the toolkit's lists, or %NULL.
 * (transfer none) */
OpsPlanRecord *
ops_plan_find_record (OpsPlan    *self,
                      const char *id)
{
  GListStore *lists[] = { self->achievements, self->stories, self->networking, self->applications };

  g_return_val_if_fail (OPS_IS_PLAN (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (lists[l])); i++)
        {
          g_autoptr(OpsPlanRecord) record = g_list_model_get_item (G_LIST_MODEL (lists[l]), i);

          if (g_str_equal (ops_plan_record_get_id (record), id))
            return record;
        }
    }

  return NULL;
}

/* Where @record stands in its list, or G_MAXUINT when it is not in this
 * plan. */
guint
ops_plan_get_record_position (OpsPlan       *self,
                              OpsPlanRecord *record)
{
  guint position;

  g_return_val_if_fail (OPS_IS_PLAN (self), G_MAXUINT);
  g_return_val_if_fail (OPS_IS_PLAN_RECORD (record), G_MAXUINT);

  return g_list_store_find (list_for (self, record), record, &position) ? position : G_MAXUINT;
}

/**
 * ops_plan_insert_record:
 * @self: the plan
 * @position: where in the record's list, at most its length
 * @record: an achievement, story, networking entry or application in no
 *   plan, whose id the plan does not hold yet
 *
 * Adds @record to the list for its type, as one undo step.
 */
void
ops_plan_insert_record (OpsPlan       *self,
                        guint          position,
                        OpsPlanRecord *record)
{
  GListStore *list;

  g_return_if_fail (OPS_IS_PLAN (self));
  g_return_if_fail (OPS_IS_PLAN_RECORD (record));
  g_return_if_fail (ops_plan_record_get_plan (record) == NULL);
  g_return_if_fail (!self->read_only);
  /* Stories and applications name achievements by id. */
  g_return_if_fail (ops_plan_find_record (self, ops_plan_record_get_id (record)) == NULL);

  list = list_for (self, record);
  g_return_if_fail (position <= g_list_model_get_n_items (G_LIST_MODEL (list)));

  apply_insert (self, list, position, G_OBJECT (record));
  ops_plan_history_record (self->history, ops_plan_change_new_insert (list, G_OBJECT (record), position), FALSE);
  finish_edit (self);
}

/* Adds @record at the end of its list. */
void
ops_plan_add_record (OpsPlan       *self,
                     OpsPlanRecord *record)
{
  g_return_if_fail (OPS_IS_PLAN (self));
  g_return_if_fail (OPS_IS_PLAN_RECORD (record));

  ops_plan_insert_record (self, g_list_model_get_n_items (G_LIST_MODEL (list_for (self, record))), record);
}

/* Undo puts the same record back where it was. Ids that stories and
 * applications hold for a removed achievement are kept, so that undo
 * makes the links whole again; until then they resolve to nothing. */
void
ops_plan_remove_record (OpsPlan       *self,
                        OpsPlanRecord *record)
{
  GListStore *list;
  guint position;

  g_return_if_fail (OPS_IS_PLAN (self));
  g_return_if_fail (OPS_IS_PLAN_RECORD (record));
  g_return_if_fail (ops_plan_record_get_plan (record) == self);
  g_return_if_fail (!self->read_only);

  list = list_for (self, record);
  if (!g_list_store_find (list, record, &position))
    g_assert_not_reached ();

  ops_plan_history_record (self->history, ops_plan_change_new_remove (list, G_OBJECT (record), position), FALSE);
  apply_remove (self, list, position);
  finish_edit (self);
}

/* Moves @record within its list so that it ends up at @to. */
void
ops_plan_move_record (OpsPlan       *self,
                      OpsPlanRecord *record,
                      guint          to)
{
  GListStore *list;
  guint from;

  g_return_if_fail (OPS_IS_PLAN (self));
  g_return_if_fail (OPS_IS_PLAN_RECORD (record));
  g_return_if_fail (ops_plan_record_get_plan (record) == self);
  g_return_if_fail (!self->read_only);

  list = list_for (self, record);
  g_return_if_fail (to < g_list_model_get_n_items (G_LIST_MODEL (list)));
  if (!g_list_store_find (list, record, &from))
    g_assert_not_reached ();

  if (from == to)
    return;

  apply_move (self, list, from, to);
  ops_plan_history_record (self->history, ops_plan_change_new_move (list, from, to), FALSE);
  finish_edit (self);
}

/**
 * ops_plan_dup_stories_for_question:
 * @self: the plan
 * @question_id: a catalog question id
 *
 * The stories tagged with the question, in the plan's order: what the
 * practice view shows under a question.
 *
 * Returns: (transfer full): a #GListModel of #OpsStarStory
 */
GListModel *
ops_plan_dup_stories_for_question (OpsPlan    *self,
                                   const char *question_id)
{
  GListStore *found;

  g_return_val_if_fail (OPS_IS_PLAN (self), NULL);
  g_return_val_if_fail (question_id != NULL, NULL);

  found = g_list_store_new (OPS_TYPE_STAR_STORY);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->stories)); i++)
    {
      g_autoptr(OpsStarStory) story = g_list_model_get_item (G_LIST_MODEL (self->stories), i);

      if (ops_star_story_answers (story, question_id))
        g_list_store_append (found, story);
    }

  return G_LIST_MODEL (found);
}

/**
 * ops_plan_compute_story_gaps:
 * @self: the plan
 * @catalog: the catalog
 *
 * The catalog's interview questions that no story of the plan answers, in
 * catalog order. A snapshot: compute it again on #OpsPlan::changed.
 *
 * Returns: (transfer full): a #GListModel of #OpsCatalogItem (questions)
 */
GListModel *
ops_plan_compute_story_gaps (OpsPlan    *self,
                             OpsCatalog *catalog)
{
  GListModel *questions;
  GListStore *gaps;

  g_return_val_if_fail (OPS_IS_PLAN (self), NULL);
  g_return_val_if_fail (OPS_IS_CATALOG (catalog), NULL);

  gaps = g_list_store_new (OPS_TYPE_CATALOG_ITEM);
  questions = ops_catalog_get_items (catalog, OPS_ITEM_KIND_QUESTION);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(OpsCatalogItem) question = g_list_model_get_item (questions, i);
      g_autoptr(GListModel) stories = ops_plan_dup_stories_for_question (self, ops_catalog_item_get_id (question));

      if (g_list_model_get_n_items (stories) == 0)
        g_list_store_append (gaps, question);
    }

  return G_LIST_MODEL (gaps);
}

/* The first achievement that names @skill_id, or %NULL. (transfer none) */
OpsAchievement *
ops_plan_find_evidence (OpsPlan    *self,
                        const char *skill_id)
{
  g_return_val_if_fail (OPS_IS_PLAN (self), NULL);
  g_return_val_if_fail (skill_id != NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->achievements)); i++)
    {
      g_autoptr(OpsAchievement) achievement = g_list_model_get_item (G_LIST_MODEL (self->achievements), i);

      if (ops_achievement_has_skill (achievement, skill_id))
        return achievement;
    }

  return NULL;
}

/* Undo */

void
ops_plan_undo (OpsPlan *self)
{
  g_return_if_fail (OPS_IS_PLAN (self));

  if (ops_plan_history_undo (self->history))
    finish_edit (self);
}

void
ops_plan_redo (OpsPlan *self)
{
  g_return_if_fail (OPS_IS_PLAN (self));

  if (ops_plan_history_redo (self->history))
    finish_edit (self);
}

gboolean
ops_plan_get_can_undo (OpsPlan *self)
{
  g_return_val_if_fail (OPS_IS_PLAN (self), FALSE);

  return self->can_undo;
}

gboolean
ops_plan_get_can_redo (OpsPlan *self)
{
  g_return_val_if_fail (OPS_IS_PLAN (self), FALSE);

  return self->can_redo;
}

/**
 * ops_plan_begin_group:
 * @self: the plan
 *
 * Makes every edit until the matching ops_plan_end_group() one undo step,
 * and one "changed" emission. Groups nest.
 */
void
ops_plan_begin_group (OpsPlan *self)
{
  g_return_if_fail (OPS_IS_PLAN (self));

  ops_plan_history_begin_group (self->history);
}

void
ops_plan_end_group (OpsPlan *self)
{
  g_return_if_fail (OPS_IS_PLAN (self));
  g_return_if_fail (ops_plan_history_get_depth (self->history) > 0);

  ops_plan_history_end_group (self->history);
  if (ops_plan_history_get_depth (self->history) == 0 && self->changed_pending)
    finish_edit (self);
}

/**
 * ops_plan_break_coalescing:
 * @self: the plan
 *
 * Consecutive edits of the same text field of the same item (or of the
 * plan) form one undo step, so typing a note is undone in one go. Call
 * this when the person leaves the field, so that coming back to it later
 * starts a new step.
 */
void
ops_plan_break_coalescing (OpsPlan *self)
{
  g_return_if_fail (OPS_IS_PLAN (self));

  ops_plan_history_seal (self->history);
}

/* Whether the plan differs from what was last loaded or saved. Undoing
 * back to that state makes it unmodified again. */
gboolean
ops_plan_get_modified (OpsPlan *self)
{
  g_return_val_if_fail (OPS_IS_PLAN (self), FALSE);

  return self->modified;
}

/* Set for a file written by a newer OpsLadder: it may be shown but not
 * edited or saved, so that nothing the newer version wrote is lost. */
gboolean
ops_plan_get_read_only (OpsPlan *self)
{
  g_return_val_if_fail (OPS_IS_PLAN (self), FALSE);

  return self->read_only;
}

/**
 * ops_plan_get_structure_revision:
 * @self: the plan
 *
 * A number that changes with every change to the plan, made, undone or
 * loaded, except one to free text: a title, a name, notes. What depends
 * only on ids, statuses, dates, numbers and which items there are (the
 * progress, the gap, grouping) need not be worked out again while it
 * stays the same, as when someone types in a note.
 */
guint64
ops_plan_get_structure_revision (OpsPlan *self)
{
  g_return_val_if_fail (OPS_IS_PLAN (self), 0);

  return self->structure_revision;
}

/**
 * ops_plan_get_item_keys:
 * @self: the plan
 * @n_items: (out): the number of items
 *
 * Each item's status and kind, in the plan's order, one byte an item
 * (OPS_PLAN_ITEM_KEY ()): what grouping the items needs, without looking
 * at each of them. The plan keeps them as it changes, in the walk that
 * works out its progress, so this is at hand even for 10,000 items.
 *
 * Returns: (transfer none) (array length=n_items): the keys, valid until
 *   the plan next changes
 */
const guint8 *
ops_plan_get_item_keys (OpsPlan *self,
                        guint   *n_items)
{
  g_return_val_if_fail (OPS_IS_PLAN (self), NULL);
  g_return_val_if_fail (n_items != NULL, NULL);

  /* Asked between a change and the plan's own bookkeeping after it,
   * which then finds the progress current and walks no item again. */
  if (self->keys_revision != self->structure_revision)
    compute_progress (self);

  *n_items = self->item_keys->len;

  return self->item_keys->data;
}

/* The share of items done or skipped, 0 for an empty plan. */
double
ops_plan_get_progress (OpsPlan *self)
{
  g_return_val_if_fail (OPS_IS_PLAN (self), 0);

  return self->progress;
}

/* Like the progress, but each item weighs its effort hours; items without
 * an estimate weigh the average of those with one. */
double
ops_plan_get_weighted_progress (OpsPlan *self)
{
  g_return_val_if_fail (OPS_IS_PLAN (self), 0);

  return self->weighted_progress;
}

/* Pace */

/**
 * ops_plan_compute_pace:
 * @self: the plan
 * @today: the day the work starts on
 *
 * When the unfinished items finish at the plan's hours a week (see
 * ops_pace_compute ()). An item's date is its own target date, or else
 * the plan's; its effort is its whole estimate, even in progress, since
 * the person keeps the estimate at what is left. The tasks' data are the
 * items. A snapshot: compute it again on #OpsPlan::changed.
 *
 * Returns: (transfer full): the projection
 */
OpsPace *
ops_plan_compute_pace (OpsPlan   *self,
                       GDateTime *today)
{
  GListModel *items;
  g_autoptr(GArray) tasks = NULL;
  guint32 plan_deadline;
  guint n, n_unestimated = 0;

  g_return_val_if_fail (OPS_IS_PLAN (self), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  items = G_LIST_MODEL (self->items);
  n = g_list_model_get_n_items (items);
  tasks = g_array_sized_new (FALSE, FALSE, sizeof (OpsPaceTask), n);
  plan_deadline = self->target_date ? ops_pace_day_from_date (self->target_date) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsPlanItem) item = g_list_model_get_item (items, i);
      GDateTime *target = ops_plan_item_get_target_date (item);
      OpsPaceTask task = { item, ops_plan_item_get_effort_hours (item), plan_deadline };

      if (ops_plan_item_is_finished (item))
        continue;
      if (task.hours <= 0)
        {
          n_unestimated++;
          continue;
        }
      if (target != NULL)
        task.deadline = ops_pace_day_from_date (target);
      g_array_append_val (tasks, task);
    }

  return ops_pace_compute ((OpsPaceTask *) tasks->data, tasks->len, n_unestimated, self->hours_per_week,
                           ops_pace_day_from_date (today));
}

/* The projection from today, worked out again only when something beyond
 * free text changed, or the day did: the plan page's header and every
 * row on screen ask for it on each change. (transfer none) */
OpsPace *
ops_plan_get_pace (OpsPlan *self)
{
  g_autoptr(GDateTime) today = NULL;

  g_return_val_if_fail (OPS_IS_PLAN (self), NULL);

  today = _ops_plan_date_today ();
  if (self->pace == NULL || self->pace_revision != self->structure_revision ||
      ops_pace_get_today (self->pace) != ops_pace_day_from_date (today))
    {
      g_clear_pointer (&self->pace, ops_pace_unref);
      self->pace = ops_plan_compute_pace (self, today);
      self->pace_revision = self->structure_revision;
    }

  return self->pace;
}

/* The catalog */

static gboolean
plan_kind_for (OpsCatalogItem  *item,
               OpsPlanItemKind *kind)
{
  switch (ops_catalog_item_get_kind (item))
    {
    case OPS_ITEM_KIND_CERTIFICATION:
      *kind = OPS_PLAN_ITEM_KIND_CERTIFICATION;
      return TRUE;
    case OPS_ITEM_KIND_SKILL:
      *kind = OPS_PLAN_ITEM_KIND_SKILL;
      return TRUE;
    case OPS_ITEM_KIND_EDUCATION:
      *kind = OPS_PLAN_ITEM_KIND_EDUCATION;
      return TRUE;
    case OPS_ITEM_KIND_ORGANIZATION:
      *kind = OPS_PLAN_ITEM_KIND_NETWORKING;
      return TRUE;
    case OPS_ITEM_KIND_GUIDE:
      if (g_str_equal (ops_catalog_item_get_id (item), "networking"))
        *kind = OPS_PLAN_ITEM_KIND_NETWORKING;
      else if (g_strcmp0 (ops_catalog_item_get_text (item, "section"), "ways-in") == 0)
        *kind = OPS_PLAN_ITEM_KIND_EXPERIENCE;
      else
        *kind = OPS_PLAN_ITEM_KIND_CUSTOM;
      return TRUE;
    case OPS_ITEM_KIND_QUESTION:
    case OPS_ITEM_KIND_KEYWORD:
      *kind = OPS_PLAN_ITEM_KIND_CUSTOM;
      return TRUE;
    case OPS_ITEM_KIND_OVERVIEW:
    case OPS_ITEM_KIND_STAGE:
    case OPS_ITEM_KIND_ROLE:
    case OPS_ITEM_KIND_BRANCH:
    case OPS_N_ITEM_KINDS:
    default:
      return FALSE;
    }
}

/* Whether ops_plan_add_catalog_item() does something with @item: every
 * entry but the overview and the ladder's stages. */
gboolean
ops_plan_can_add_catalog_item (OpsCatalogItem *item)
{
  OpsPlanItemKind kind;

  g_return_val_if_fail (OPS_IS_CATALOG_ITEM (item), FALSE);

  return OPS_IS_ROLE (item) || plan_kind_for (item, &kind);
}

/**
 * ops_plan_add_catalog_item:
 * @self: the plan
 * @item: a catalog entry
 *
 * Adds an item of the matching kind for @item (a certification, skill,
 * education entry, organization, guide…), titled with its name. If the
 * plan already has an item for it, nothing is added. For a role, sets the
 * target role instead.
 *
 * Returns: (transfer none) (nullable): the plan's item for @item, or
 *   %NULL for a role, a stage or the overview
 */
OpsPlanItem *
ops_plan_add_catalog_item (OpsPlan        *self,
                           OpsCatalogItem *item)
{
  g_autoptr(OpsPlanItem) added = NULL;
  OpsPlanItem *existing;
  OpsPlanItemKind kind;
  const char *id;

  g_return_val_if_fail (OPS_IS_PLAN (self), NULL);
  g_return_val_if_fail (OPS_IS_CATALOG_ITEM (item), NULL);

  id = ops_catalog_item_get_id (item);
  if (OPS_IS_ROLE (item))
    {
      ops_plan_set_target_role (self, id, ops_catalog_item_get_name (item));
      return NULL;
    }

  if (!plan_kind_for (item, &kind))
    return NULL;

  existing = ops_plan_find_item (self, id);
  if (existing != NULL)
    return existing;

  added = ops_plan_item_new (kind, ops_catalog_item_get_name (item));
  ops_plan_item_set_catalog_id (added, id);
  ops_plan_add_item (self, added);

  return added;
}

static void
add_all (OpsPlan    *self,
         GListModel *entries)
{
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(OpsCatalogItem) entry = g_list_model_get_item (entries, i);

      ops_plan_add_catalog_item (self, entry);
    }
}

/**
 * ops_plan_new_starter:
 * @catalog: the catalog
 * @current_role_id: (nullable): the person's role now
 * @target_role_id: the role they aim for
 *
 * Makes a plan with the target role's certifications, skills and
 * education as items, in that order. It has no undo history and counts as
 * modified, so the store saves it.
 *
 * Returns: (transfer full): the plan
 */
OpsPlan *
ops_plan_new_starter (OpsCatalog *catalog,
                      const char *current_role_id,
                      const char *target_role_id)
{
  g_autoptr(OpsPlan) self = NULL;
  OpsCatalogItem *current = NULL;
  OpsCatalogItem *target;

  g_return_val_if_fail (OPS_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (target_role_id != NULL, NULL);

  target = ops_catalog_lookup (catalog, target_role_id);
  g_return_val_if_fail (OPS_IS_ROLE (target), NULL);
  if (current_role_id != NULL)
    {
      current = ops_catalog_lookup (catalog, current_role_id);
      g_return_val_if_fail (OPS_IS_ROLE (current), NULL);
    }

  self = ops_plan_new ();
  if (current != NULL)
    ops_plan_set_current_role (self, current_role_id, ops_catalog_item_get_name (current));
  ops_plan_set_target_role (self, target_role_id, ops_catalog_item_get_name (target));
  add_all (self, ops_role_get_certifications (OPS_ROLE (target)));
  add_all (self, ops_role_get_skills (OPS_ROLE (target)));
  add_all (self, ops_role_get_education (OPS_ROLE (target)));
  _ops_plan_reset_history (self, FALSE);

  return g_steal_pointer (&self);
}

/* Each item by catalog id, the first of equal ones as ops_plan_find_item ()
 * finds it: one walk over the plan instead of one per requirement, which
 * the plan page paid on every change (a keystroke in a note). */
static GHashTable *
items_by_catalog_id (OpsPlan *self)
{
  GHashTable *by_id = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (self->items)); i-- > 0;)
    {
      g_autoptr(OpsPlanItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);
      const char *id = ops_plan_item_get_catalog_id (item);

      if (id != NULL)
        g_hash_table_insert (by_id, (gpointer) id, item);
    }

  return by_id;
}

/* Each skill id an achievement names, to the first achievement naming it
 * as ops_plan_find_evidence () finds it; one walk, as for the items. */
static GHashTable *
evidence_by_skill_id (OpsPlan *self)
{
  GHashTable *by_skill = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (self->achievements)); i-- > 0;)
    {
      g_autoptr(OpsAchievement) achievement = g_list_model_get_item (G_LIST_MODEL (self->achievements), i);
      const char * const *ids = ops_achievement_get_skill_ids (achievement);

      for (guint j = 0; ids != NULL && ids[j] != NULL; j++)
        g_hash_table_insert (by_skill, (gpointer) ids[j], achievement);
    }

  return by_skill;
}

typedef struct
{
  GHashTable *items;     /* catalog id → the first item with it */
  GHashTable *evidence;  /* skill id → the first achievement naming it */
  GPtrArray  *missing;
  GPtrArray  *open;
  GPtrArray  *finished;
  guint32     today;     /* the day lapses are judged from */
} GapSort;

static void
add_gap_entries (GapSort    *sort,
                 GListModel *entries)
{
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(OpsCatalogItem) entry = g_list_model_get_item (entries, i);
      const char *id = ops_catalog_item_get_id (entry);
      OpsPlanGapEntry *gap = ops_plan_gap_entry_new_with_evidence (entry, g_hash_table_lookup (sort->items, id),
                                                                   g_hash_table_lookup (sort->evidence, id),
                                                                   sort->today);

      /* By what the entry says, not by the item alone: a skill an
       * achievement shows is covered without one, so it is not missing. */
      if (!ops_plan_gap_entry_get_covered (gap))
        g_ptr_array_add (sort->missing, gap);
      else if (ops_plan_gap_entry_get_finished (gap))
        g_ptr_array_add (sort->finished, gap);
      else
        g_ptr_array_add (sort->open, gap);
    }
}

static void
append_all (GListStore *store,
            GPtrArray  *entries)
{
  g_list_store_splice (store, g_list_model_get_n_items (G_LIST_MODEL (store)), 0, entries->pdata, entries->len);
}

static GListModel *compute_role_gap (OpsPlan *self,
                                     OpsRole *role,
                                     guint32  today);

/**
 * ops_plan_compute_gap:
 * @self: the plan
 * @catalog: the catalog the target role id refers to
 *
 * What the target role asks for (its certifications, skills and
 * education) against what the plan covers: first what the plan lacks,
 * then what it has but is not done, then what is done, each in catalog
 * order. An achievement naming a skill is evidence of it: the skill
 * counts as covered and finished, with or without an item and whatever
 * that item says, since the person has shown it in practice (see
 * ops_plan_gap_entry_get_evidence()); so it is among the done ones.
 * A snapshot: compute it again on #OpsPlan::changed.
 *
 * Returns: (transfer full): a #GListModel of #OpsPlanGapEntry, empty when
 *   the target role is not a catalog role
 */
GListModel *
ops_plan_compute_gap (OpsPlan    *self,
                      OpsCatalog *catalog)
{
  return ops_plan_compute_gap_on (self, catalog, ops_credential_today ());
}

/**
 * ops_plan_compute_gap_on:
 * @self: the plan
 * @catalog: the catalog the target role id refers to
 * @today: the day a credential's lapse is judged from, a Julian day
 *
 * Like ops_plan_compute_gap(), on @today instead of the clock's day: an
 * export judges by the date it prints.
 *
 * Returns: (transfer full): a #GListModel of #OpsPlanGapEntry
 */
GListModel *
ops_plan_compute_gap_on (OpsPlan    *self,
                         OpsCatalog *catalog,
                         guint32     today)
{
  OpsCatalogItem *role = NULL;

  g_return_val_if_fail (OPS_IS_PLAN (self), NULL);
  g_return_val_if_fail (OPS_IS_CATALOG (catalog), NULL);

  if (self->target_role_id != NULL)
    role = ops_catalog_lookup (catalog, self->target_role_id);
  if (!OPS_IS_ROLE (role))
    return G_LIST_MODEL (g_list_store_new (OPS_TYPE_PLAN_GAP_ENTRY));

  return compute_role_gap (self, OPS_ROLE (role), today);
}

/**
 * ops_plan_compute_role_gap:
 * @self: the plan
 * @role: any catalog role
 *
 * Like ops_plan_compute_gap(), for @role instead of the target role: what
 * the plan lacks for the roles on the way there.
 *
 * Returns: (transfer full): a #GListModel of #OpsPlanGapEntry
 */
GListModel *
ops_plan_compute_role_gap (OpsPlan *self,
                           OpsRole *role)
{
  g_return_val_if_fail (OPS_IS_PLAN (self), NULL);
  g_return_val_if_fail (OPS_IS_ROLE (role), NULL);

  return compute_role_gap (self, role, ops_credential_today ());
}

static GListModel *
compute_role_gap (OpsPlan *self,
                  OpsRole *role,
                  guint32  today)
{
  GListStore *gap;
  g_autoptr(GPtrArray) missing = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) open = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) finished = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) items = NULL;
  g_autoptr(GHashTable) evidence = NULL;
  GapSort sort;

  gap = g_list_store_new (OPS_TYPE_PLAN_GAP_ENTRY);
  items = items_by_catalog_id (self);
  evidence = evidence_by_skill_id (self);
  sort = (GapSort) { items, evidence, missing, open, finished, today };
  add_gap_entries (&sort, ops_role_get_certifications (OPS_ROLE (role)));
  add_gap_entries (&sort, ops_role_get_skills (OPS_ROLE (role)));
  add_gap_entries (&sort, ops_role_get_education (OPS_ROLE (role)));
  append_all (gap, missing);
  append_all (gap, open);
  append_all (gap, finished);

  return G_LIST_MODEL (gap);
}

/* For the serializer and the store */

/* Appends items as read from a file, with no undo step: in one splice,
 * as one item at a time was a twentieth of a load (an items-changed and
 * an n-items notification each). */
void
_ops_plan_append_loaded_items (OpsPlan      *self,
                               OpsPlanItem **items,
                               guint         n_items)
{
  guint n_before;

  g_assert (OPS_IS_PLAN (self));

  for (guint i = 0; i < n_items; i++)
    set_owner (G_OBJECT (items[i]), self);
  self->structure_revision++;
  n_before = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  /* No update_state () here: the loader ends with
   * _ops_plan_reset_history (), which updates the state once. Into an
   * empty plan, as the loader reads, the progress and the items' keys are
   * worked out from the array at hand: walking the list for it was 2 % of
   * a load. */
  if (n_before == 0)
    {
      compute_progress_of (items, n_items, &self->computed_progress, &self->computed_weighted);
      set_keys_of (self, items, n_items);
      self->progress_revision = self->structure_revision;
    }
  g_list_store_splice (self->items, n_before, 0, (gpointer *) items, n_items);
  if (n_before == 0)
    {
      update_double (self, &self->progress, self->computed_progress, PROP_PROGRESS);
      update_double (self, &self->weighted_progress, self->computed_weighted, PROP_WEIGHTED_PROGRESS);
    }
}

/* Appends a record as read from a file, with no undo step. */
void
_ops_plan_append_loaded_record (OpsPlan       *self,
                                OpsPlanRecord *record)
{
  GListStore *list;

  g_assert (OPS_IS_PLAN (self));

  list = list_for (self, record);
  apply_insert (self, list, g_list_model_get_n_items (G_LIST_MODEL (list)), G_OBJECT (record));
}

/* See _ops_plan_keep_extra (). */
JsonObject **
_ops_plan_extra (OpsPlan *self)
{
  return &self->extra;
}

gint64
_ops_plan_get_format (OpsPlan *self)
{
  return self->format;
}

/* A newer format than this build writes makes the plan read-only. */
void
_ops_plan_set_format (OpsPlan *self,
                      gint64   format)
{
  self->format = format;
  update_flag (self, &self->read_only, format > OPS_PLAN_FORMAT, PROP_READ_ONLY);
}

guint64
_ops_plan_get_revision (OpsPlan *self)
{
  return ops_plan_history_get_revision (self->history);
}

/* The state of @revision is what the file holds now. */
void
_ops_plan_set_saved_revision (OpsPlan *self,
                              guint64  revision)
{
  self->saved_revision = revision;
  update_state (self);
}

/* Forgets the undo history; the plan is then unmodified if @saved. */
void
_ops_plan_reset_history (OpsPlan  *self,
                         gboolean  saved)
{
  ops_plan_history_clear (self->history);
  self->saved_revision = saved ? ops_plan_history_get_revision (self->history) : NEVER_SAVED;
  update_state (self);
}

/* GObject */

static void
disown_all (GListStore *list)
{
  if (list == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (G_LIST_MODEL (list), i);

      set_owner (object, NULL);
    }
}

static void
ops_plan_dispose (GObject *object)
{
  OpsPlan *self = OPS_PLAN (object);

  g_clear_pointer (&self->history, ops_plan_history_free);

  /* Items and records may outlive the plan in a widget; they must not
   * point back. */
  disown_all (self->items);
  disown_all (self->achievements);
  disown_all (self->stories);
  disown_all (self->networking);
  disown_all (self->applications);
  g_clear_object (&self->items);
  g_clear_object (&self->achievements);
  g_clear_object (&self->stories);
  g_clear_object (&self->networking);
  g_clear_object (&self->applications);

  G_OBJECT_CLASS (ops_plan_parent_class)->dispose (object);
}

static void
ops_plan_finalize (GObject *object)
{
  OpsPlan *self = OPS_PLAN (object);

  g_free (self->owner_name);
  g_free (self->current_role_id);
  g_free (self->current_role_title);
  g_free (self->target_role_id);
  g_free (self->target_role_title);
  g_clear_pointer (&self->target_date, g_date_time_unref);
  g_free (self->why);
  g_clear_pointer (&self->extra, json_object_unref);
  g_clear_pointer (&self->pace, ops_pace_unref);
  g_byte_array_unref (self->item_keys);

  G_OBJECT_CLASS (ops_plan_parent_class)->finalize (object);
}

static void
ops_plan_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  OpsPlan *self = OPS_PLAN (object);

  switch (prop_id)
    {
    case PROP_OWNER_NAME:
      g_value_set_string (value, self->owner_name);
      break;
    case PROP_CURRENT_ROLE_ID:
      g_value_set_string (value, self->current_role_id);
      break;
    case PROP_CURRENT_ROLE_TITLE:
      g_value_set_string (value, self->current_role_title);
      break;
    case PROP_TARGET_ROLE_ID:
      g_value_set_string (value, self->target_role_id);
      break;
    case PROP_TARGET_ROLE_TITLE:
      g_value_set_string (value, self->target_role_title);
      break;
    case PROP_TARGET_DATE:
      g_value_set_boxed (value, self->target_date);
      break;
    case PROP_WHY:
      g_value_set_string (value, self->why);
      break;
    case PROP_HOURS_PER_WEEK:
      g_value_set_double (value, self->hours_per_week);
      break;
    case PROP_ITEMS:
      g_value_set_object (value, self->items);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, self->can_undo);
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, self->can_redo);
      break;
    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;
    case PROP_WEIGHTED_PROGRESS:
      g_value_set_double (value, self->weighted_progress);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_plan_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  _ops_plan_set_property (object, prop_id, LAST_EDITABLE_PROP + 1, value, pspec, set_value);
}

static void
ops_plan_class_init (OpsPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = ops_plan_dispose;
  object_class->finalize = ops_plan_finalize;
  object_class->get_property = ops_plan_get_property;
  object_class->set_property = ops_plan_set_property;

  /* As for items: a NULL default marks a string that may be unset. */
  properties[PROP_OWNER_NAME] =
    g_param_spec_string ("owner-name", NULL, NULL, "", rw);
  properties[PROP_CURRENT_ROLE_ID] =
    g_param_spec_string ("current-role-id", NULL, NULL, NULL, rw);
  properties[PROP_CURRENT_ROLE_TITLE] =
    g_param_spec_string ("current-role-title", NULL, NULL, NULL, rw);
  properties[PROP_TARGET_ROLE_ID] =
    g_param_spec_string ("target-role-id", NULL, NULL, NULL, rw);
  properties[PROP_TARGET_ROLE_TITLE] =
    g_param_spec_string ("target-role-title", NULL, NULL, NULL, rw);
  properties[PROP_TARGET_DATE] =
    g_param_spec_boxed ("target-date", NULL, NULL, G_TYPE_DATE_TIME, rw);
  properties[PROP_WHY] =
    g_param_spec_string ("why", NULL, NULL, "", rw);
  /* 0 is unset: the person has not said what time they can give. */
  properties[PROP_HOURS_PER_WEEK] =
    g_param_spec_double ("hours-per-week", NULL, NULL, 0, OPS_PLAN_MAX_HOURS_PER_WEEK, 0, rw);

  properties[PROP_ITEMS] =
    g_param_spec_object ("items", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE, ro);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE, ro);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, ro);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, ro);
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, 0, 1, 0, ro);
  properties[PROP_WEIGHTED_PROGRESS] =
    g_param_spec_double ("weighted-progress", NULL, NULL, 0, 1, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OpsPlan::changed:
   *
   * Emitted after every edit, undo and redo (once for a group), when the
   * plan is in its new state. The store autosaves on it.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ops_plan_init (OpsPlan *self)
{
  self->owner_name = g_strdup ("");
  self->why = g_strdup ("");
  self->items = g_list_store_new (OPS_TYPE_PLAN_ITEM);
  self->item_keys = g_byte_array_new ();
  self->achievements = g_list_store_new (OPS_TYPE_ACHIEVEMENT);
  self->stories = g_list_store_new (OPS_TYPE_STAR_STORY);
  self->networking = g_list_store_new (OPS_TYPE_NETWORKING_ENTRY);
  self->applications = g_list_store_new (OPS_TYPE_JOB_APPLICATION);
  self->history = ops_plan_history_new (apply_change_cb, self);
  self->format = OPS_PLAN_FORMAT;
}
