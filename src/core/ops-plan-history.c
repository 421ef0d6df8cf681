/* ops-plan-history.c: the undo stack behind OpsPlan
 *
 * A step is what one Undo takes back: a single edit, a group, or a run of
 * edits to the same text field that were coalesced. Every state the plan
 * passes through gets a revision number, so "modified" is a comparison with
 * the revision that was saved and undoing back to it makes the plan clean
 * again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-plan-history.h"

/* Deep enough for an afternoon of editing, small enough that a history of
 * deleted items cannot grow without bound. */
#define MAX_STEPS 1000

typedef struct
{
  GPtrArray *changes;   /* of OpsPlanChange, in the order they were made */
  guint64    revision;
  gboolean   open;      /* may still absorb the next keystroke */
} Step;

struct _OpsPlanHistory
{
  OpsPlanHistoryApply  apply;
  gpointer             user_data;

  GQueue               undo;        /* of Step, newest at the head */
  GQueue               redo;        /* of Step, next to redo at the head */
  Step                *group;       /* being filled while depth > 0 */
  guint                depth;
  guint64              last_revision;
  guint64              base_revision; /* the revision with no steps to undo */
  gboolean             applying;
};

OpsPlanChange *
ops_plan_change_new_value (GObject      *object,
                           GParamSpec   *pspec,
                           const GValue *old_value,
                           const GValue *new_value)
{
  OpsPlanChange *change = g_new0 (OpsPlanChange, 1);

  change->type = OPS_PLAN_CHANGE_VALUE;
  change->object = object ? g_object_ref (object) : NULL;
  change->pspec = pspec;
  g_value_init (&change->old_value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_value_init (&change->new_value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_value_copy (old_value, &change->old_value);
  g_value_copy (new_value, &change->new_value);

  return change;
}

static OpsPlanChange *
change_new_item (OpsPlanChangeType  type,
                 GListStore        *list,
                 GObject           *object,
                 guint              position)
{
  OpsPlanChange *change = g_new0 (OpsPlanChange, 1);

  change->type = type;
  change->list = g_object_ref (list);
  change->object = g_object_ref (object);
  change->position = position;

  return change;
}

OpsPlanChange *
ops_plan_change_new_insert (GListStore *list,
                            GObject    *object,
                            guint       position)
{
  return change_new_item (OPS_PLAN_CHANGE_INSERT, list, object, position);
}

OpsPlanChange *
ops_plan_change_new_remove (GListStore *list,
                            GObject    *object,
                            guint       position)
{
  return change_new_item (OPS_PLAN_CHANGE_REMOVE, list, object, position);
}

OpsPlanChange *
ops_plan_change_new_move (GListStore *list,
                          guint       from,
                          guint       to)
{
  OpsPlanChange *change = g_new0 (OpsPlanChange, 1);

  change->type = OPS_PLAN_CHANGE_MOVE;
  change->list = g_object_ref (list);
  change->position = from;
  change->to = to;

  return change;
}

void
ops_plan_change_free (OpsPlanChange *change)
{
  if (change == NULL)
    return;

  g_clear_object (&change->object);
  g_clear_object (&change->list);
  if (G_IS_VALUE (&change->old_value))
    g_value_unset (&change->old_value);
  if (G_IS_VALUE (&change->new_value))
    g_value_unset (&change->new_value);
  g_free (change);
}

static Step *
step_new (void)
{
  Step *step = g_new0 (Step, 1);

  step->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ops_plan_change_free);

  return step;
}

static void
step_free (gpointer data)
{
  Step *step = data;

  g_ptr_array_unref (step->changes);
  g_free (step);
}

OpsPlanHistory *
ops_plan_history_new (OpsPlanHistoryApply apply,
                      gpointer            user_data)
{
  OpsPlanHistory *self;

  g_return_val_if_fail (apply != NULL, NULL);

  self = g_new0 (OpsPlanHistory, 1);
  self->apply = apply;
  self->user_data = user_data;
  g_queue_init (&self->undo);
  g_queue_init (&self->redo);

  return self;
}

void
ops_plan_history_free (OpsPlanHistory *self)
{
  if (self == NULL)
    return;

  g_queue_clear_full (&self->undo, step_free);
  g_queue_clear_full (&self->redo, step_free);
  g_clear_pointer (&self->group, step_free);
  g_free (self);
}

/* Strings compare by content, dates by day, lists by their elements;
 * everything else by the GParamSpec's own rule. */
gboolean
ops_plan_value_equal (GParamSpec   *pspec,
                      const GValue *a,
                      const GValue *b)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  if (type == G_TYPE_DATE_TIME)
    {
      GDateTime *da = g_value_get_boxed (a), *db = g_value_get_boxed (b);

      if (da == NULL || db == NULL)
        return da == db;
      return g_date_time_equal (da, db);
    }

  if (type == G_TYPE_STRV)
    {
      const char * const *sa = g_value_get_boxed (a), * const *sb = g_value_get_boxed (b);

      if (sa == NULL || sb == NULL)
        return sa == sb;
      return g_strv_equal (sa, sb);
    }

  if (type == G_TYPE_STRING)
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;

  if (type == OPS_TYPE_CREDENTIAL_LOG)
    return ops_credential_log_equal (g_value_get_boxed (a), g_value_get_boxed (b));

  return g_param_values_cmp (pspec, a, b) == 0;
}

static guint64
current_revision (OpsPlanHistory *self)
{
  Step *top = g_queue_peek_head (&self->undo);

  return top != NULL ? top->revision : self->base_revision;
}

static void
push_step (OpsPlanHistory *self,
           Step           *step)
{
  g_queue_clear_full (&self->redo, step_free);
  step->revision = ++self->last_revision;
  g_queue_push_head (&self->undo, step);

  while (g_queue_get_length (&self->undo) > MAX_STEPS)
    {
      Step *oldest = g_queue_pop_tail (&self->undo);

      self->base_revision = oldest->revision;
      step_free (oldest);
    }
}

/* Typing into a field extends the step of the previous keystroke, until
 * something else happens in between or the GUI seals the step. */
static gboolean
try_coalesce (OpsPlanHistory *self,
              OpsPlanChange  *change)
{
  Step *top = g_queue_peek_head (&self->undo);
  OpsPlanChange *last;

  if (top == NULL || !top->open || top->changes->len != 1 || !g_queue_is_empty (&self->redo))
    return FALSE;

  last = g_ptr_array_index (top->changes, 0);
  if (last->type != OPS_PLAN_CHANGE_VALUE || change->type != OPS_PLAN_CHANGE_VALUE ||
      last->object != change->object || last->pspec != change->pspec)
    return FALSE;

  g_value_copy (&change->new_value, &last->new_value);
  top->revision = ++self->last_revision;

  /* Typed and erased again: there is nothing left to undo. */
  if (ops_plan_value_equal (last->pspec, &last->old_value, &last->new_value))
    step_free (g_queue_pop_head (&self->undo));

  return TRUE;
}

/* Takes @change, which the caller has already applied. */
void
ops_plan_history_record (OpsPlanHistory *self,
                         OpsPlanChange  *change,
                         gboolean        coalesce)
{
  g_autoptr(OpsPlanChange) owned = change;
  Step *step;

  g_return_if_fail (self != NULL);
  g_return_if_fail (change != NULL);
  /* An edit made while undoing (say, by a handler of a notification) would
   * corrupt both stacks. */
  g_return_if_fail (!self->applying);

  if (self->depth > 0)
    {
      if (self->group == NULL)
        self->group = step_new ();
      g_ptr_array_add (self->group->changes, g_steal_pointer (&owned));
      return;
    }

  if (coalesce && try_coalesce (self, change))
    return;

  step = step_new ();
  step->open = coalesce;
  g_ptr_array_add (step->changes, g_steal_pointer (&owned));
  push_step (self, step);
}

void
ops_plan_history_begin_group (OpsPlanHistory *self)
{
  g_return_if_fail (self != NULL);

  self->depth++;
}

/* Returns whether a step was completed: the outermost group closed and
 * something was changed inside it. */
gboolean
ops_plan_history_end_group (OpsPlanHistory *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (--self->depth > 0 || self->group == NULL)
    return FALSE;

  push_step (self, g_steal_pointer (&self->group));

  return TRUE;
}

guint
ops_plan_history_get_depth (OpsPlanHistory *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->depth;
}

gboolean
ops_plan_history_undo (OpsPlanHistory *self)
{
  Step *step;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  step = g_queue_pop_head (&self->undo);
  if (step == NULL)
    return FALSE;

  self->applying = TRUE;
  for (guint i = step->changes->len; i > 0; i--)
    self->apply (g_ptr_array_index (step->changes, i - 1), TRUE, self->user_data);
  self->applying = FALSE;

  step->open = FALSE;
  g_queue_push_head (&self->redo, step);

  return TRUE;
}

gboolean
ops_plan_history_redo (OpsPlanHistory *self)
{
  Step *step;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  step = g_queue_pop_head (&self->redo);
  if (step == NULL)
    return FALSE;

  self->applying = TRUE;
  for (guint i = 0; i < step->changes->len; i++)
    self->apply (g_ptr_array_index (step->changes, i), FALSE, self->user_data);
  self->applying = FALSE;

  g_queue_push_head (&self->undo, step);

  return TRUE;
}

gboolean
ops_plan_history_can_undo (OpsPlanHistory *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return !g_queue_is_empty (&self->undo);
}

gboolean
ops_plan_history_can_redo (OpsPlanHistory *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return !g_queue_is_empty (&self->redo);
}

/* The next edit starts a step of its own, whatever it is. */
void
ops_plan_history_seal (OpsPlanHistory *self)
{
  Step *top;

  g_return_if_fail (self != NULL);

  top = g_queue_peek_head (&self->undo);
  if (top != NULL)
    top->open = FALSE;
}

/* Identifies the current state: equal revisions mean equal content. */
guint64
ops_plan_history_get_revision (OpsPlanHistory *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return current_revision (self);
}

/* Forgets every step but keeps the revision, so a saved state stays
 * recognisable. */
void
ops_plan_history_clear (OpsPlanHistory *self)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (self->depth == 0);

  self->base_revision = current_revision (self);
  g_queue_clear_full (&self->undo, step_free);
  g_queue_clear_full (&self->redo, step_free);
}
