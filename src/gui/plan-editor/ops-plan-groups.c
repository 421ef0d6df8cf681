/* ops-plan-groups.c: the plan's items in their groups, for the plan page
 *
 * A GListModel and GtkSectionModel of the plan's items grouped by status
 * (in progress first) or by kind, each group in the plan's own order,
 * finished items left out when asked. It is the order a stable sort by
 * group gives, as a GtkSortListModel with a section sorter gave it, but
 * worked out from the plan's item keys (ops_plan_get_item_keys (), one
 * byte an item, kept by the plan) with a counting sort: opening a plan of
 * 10,000 items no longer looks at each item, let alone sorts them
 * through a sorter's callback. Only the items shown are fetched.
 *
 * Each change of the plan's list, of an item's status or kind (through
 * ops_plan_groups_update ()) or of the grouping is one items-changed over
 * the span of positions whose item or group differs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-plan-groups.h"

/* More than there are statuses or kinds. */
#define N_GROUPS 8

struct _OpsPlanGroups
{
  GObject     parent_instance;

  OpsPlan    *plan;
  gboolean    group_by_kind;
  gboolean    hide_finished;

  GArray     *order;            /* guint: the plan position of each item shown */
  GByteArray *keys;             /* the plan's item keys the order was made from */
  guint       ends[N_GROUPS];   /* where each group's items end in @order */
  gboolean    regrouped;        /* an item changed group since the last update */
};

static guint
ops_plan_groups_get_n_items (GListModel *model)
{
  return OPS_PLAN_GROUPS (model)->order->len;
}

static GType
ops_plan_groups_get_item_type (GListModel *model)
{
  return OPS_TYPE_PLAN_ITEM;
}

static gpointer
ops_plan_groups_get_item (GListModel *model,
                          guint       position)
{
  OpsPlanGroups *self = OPS_PLAN_GROUPS (model);

  if (self->plan == NULL || position >= self->order->len)
    return NULL;

  return g_list_model_get_item (ops_plan_get_items (self->plan), g_array_index (self->order, guint, position));
}

static void
ops_plan_groups_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ops_plan_groups_get_item_type;
  iface->get_n_items = ops_plan_groups_get_n_items;
  iface->get_item = ops_plan_groups_get_item;
}

/* A group's section, found among the few groups' ends. */
static void
ops_plan_groups_get_section (GtkSectionModel *model,
                             guint            position,
                             guint           *out_start,
                             guint           *out_end)
{
  OpsPlanGroups *self = OPS_PLAN_GROUPS (model);

  if (position >= self->order->len)
    {
      *out_start = self->order->len;
      *out_end = G_MAXUINT;
      return;
    }

  for (guint g = 0; g < N_GROUPS; g++)
    if (position < self->ends[g])
      {
        *out_start = g > 0 ? self->ends[g - 1] : 0;
        *out_end = self->ends[g];
        return;
      }

  g_assert_not_reached ();
}

static void
ops_plan_groups_section_model_init (GtkSectionModelInterface *iface)
{
  iface->get_section = ops_plan_groups_get_section;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (OpsPlanGroups, ops_plan_groups, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, ops_plan_groups_model_init)
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SECTION_MODEL, ops_plan_groups_section_model_init))

/* In progress first: what a person is working on matters most. */
static guint
status_order (OpsPlanItemStatus status)
{
  switch (status)
    {
    case OPS_PLAN_ITEM_STATUS_IN_PROGRESS: return 0;
    case OPS_PLAN_ITEM_STATUS_PLANNED: return 1;
    case OPS_PLAN_ITEM_STATUS_DONE: return 2;
    case OPS_PLAN_ITEM_STATUS_SKIPPED: return 3;
    default: return 4;
    }
}

/* An item's group, or N_GROUPS for an item not shown. */
static guint
group_of (guint8   key,
          gboolean group_by_kind,
          gboolean hide_finished)
{
  OpsPlanItemStatus status = OPS_PLAN_ITEM_KEY_STATUS (key);

  if (hide_finished && (status == OPS_PLAN_ITEM_STATUS_DONE || status == OPS_PLAN_ITEM_STATUS_SKIPPED))
    return N_GROUPS;

  return MIN (group_by_kind ? (guint) OPS_PLAN_ITEM_KEY_KIND (key) : status_order (status), N_GROUPS - 1);
}

/* A stable counting sort of the items by group: two passes over a byte
 * an item. */
static GArray *
make_order (OpsPlanGroups *self,
            const guint8  *keys,
            guint          n)
{
  guint next[N_GROUPS + 1] = { 0 };
  guint counts[N_GROUPS + 1] = { 0 };
  GArray *order;
  guint shown = 0;

  for (guint i = 0; i < n; i++)
    counts[group_of (keys[i], self->group_by_kind, self->hide_finished)]++;
  for (guint g = 0; g < N_GROUPS; g++)
    {
      next[g] = shown;
      shown += counts[g];
      self->ends[g] = shown;
    }

  order = g_array_sized_new (FALSE, FALSE, sizeof (guint), shown);
  g_array_set_size (order, shown);
  for (guint i = 0; i < n; i++)
    {
      guint g = group_of (keys[i], self->group_by_kind, self->hide_finished);

      if (g < N_GROUPS)
        g_array_index (order, guint, next[g]++) = i;
    }

  return order;
}

/* Where an item of the old list is in the new one after the list's
 * items-changed (@removed items at @position gave way to @added), or
 * G_MAXUINT for one removed. */
static guint
map_position (guint v,
              guint position,
              guint removed,
              guint added)
{
  if (v < position)
    return v;
  if (v < position + removed)
    return G_MAXUINT;

  return v - removed + added;
}

/* Makes the order again from the plan's keys, grouping the old way
 * (@was_by_kind, @was_hiding) until now, and tells the views what
 * changed. @position, @removed and @added describe the change to the
 * plan's list since the last time, if any. */
static void
refresh (OpsPlanGroups *self,
         gboolean       was_by_kind,
         gboolean       was_hiding,
         guint          position,
         guint          removed,
         guint          added)
{
  g_autoptr(GArray) old_order = g_steal_pointer (&self->order);
  g_autoptr(GByteArray) old_keys = g_steal_pointer (&self->keys);
  const guint8 *keys = NULL;
  guint n = 0, start, end_old, end_new;

  if (self->plan != NULL)
    keys = ops_plan_get_item_keys (self->plan, &n);
  self->keys = g_byte_array_sized_new (n);
  g_byte_array_append (self->keys, keys, n);
  self->order = make_order (self, keys, n);

  /* A header shows its first item's group; the page binds the headers
   * again when an item went to another group. */
  for (guint v = 0; v < old_keys->len && !self->regrouped; v++)
    {
      guint m = map_position (v, position, removed, added);

      self->regrouped = m != G_MAXUINT &&
                        group_of (old_keys->data[v], was_by_kind, FALSE) !=
                        group_of (keys[m], self->group_by_kind, FALSE);
    }

  /* The span of positions whose item, or the item's group, differs. */
#define SAME(OLD_P, NEW_P) \
  (map_position (g_array_index (old_order, guint, OLD_P), position, removed, added) == \
     g_array_index (self->order, guint, NEW_P) && \
   group_of (old_keys->data[g_array_index (old_order, guint, OLD_P)], was_by_kind, was_hiding) == \
     group_of (keys[g_array_index (self->order, guint, NEW_P)], self->group_by_kind, self->hide_finished))

  for (start = 0; start < old_order->len && start < self->order->len && SAME (start, start); start++)
    ;
  for (end_old = old_order->len, end_new = self->order->len;
       end_old > start && end_new > start && SAME (end_old - 1, end_new - 1);
       end_old--, end_new--)
    ;
#undef SAME

  if (end_old > start || end_new > start)
    g_list_model_items_changed (G_LIST_MODEL (self), start, end_old - start, end_new - start);
}

static void
items_changed_cb (GListModel    *items,
                  guint          position,
                  guint          removed,
                  guint          added,
                  OpsPlanGroups *self)
{
  refresh (self, self->group_by_kind, self->hide_finished, position, removed, added);
}

OpsPlanGroups *
ops_plan_groups_new (void)
{
  return g_object_new (OPS_TYPE_PLAN_GROUPS, NULL);
}

/* Shows @plan's items, or none: all of them new, in one change. */
void
ops_plan_groups_set_plan (OpsPlanGroups *self,
                          OpsPlan       *plan)
{
  const guint8 *keys = NULL;
  guint n = 0, removed;

  g_return_if_fail (OPS_IS_PLAN_GROUPS (self));
  g_return_if_fail (plan == NULL || OPS_IS_PLAN (plan));

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (ops_plan_get_items (self->plan), items_changed_cb, self);
  g_set_object (&self->plan, plan);
  if (plan != NULL)
    {
      g_signal_connect_object (ops_plan_get_items (plan), "items-changed", G_CALLBACK (items_changed_cb), self, 0);
      keys = ops_plan_get_item_keys (plan, &n);
    }

  removed = self->order->len;
  g_array_unref (self->order);
  self->order = make_order (self, keys, n);
  g_byte_array_set_size (self->keys, 0);
  g_byte_array_append (self->keys, keys, n);
  self->regrouped = FALSE;
  if (removed > 0 || self->order->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->order->len);
}

void
ops_plan_groups_set_group_by_kind (OpsPlanGroups *self,
                                   gboolean       group_by_kind)
{
  g_return_if_fail (OPS_IS_PLAN_GROUPS (self));

  if (self->group_by_kind == !!group_by_kind)
    return;

  self->group_by_kind = !!group_by_kind;
  refresh (self, !group_by_kind, self->hide_finished, 0, 0, 0);
  self->regrouped = FALSE;
}

void
ops_plan_groups_set_hide_finished (OpsPlanGroups *self,
                                   gboolean       hide_finished)
{
  g_return_if_fail (OPS_IS_PLAN_GROUPS (self));

  if (self->hide_finished == !!hide_finished)
    return;

  self->hide_finished = !!hide_finished;
  refresh (self, self->group_by_kind, !hide_finished, 0, 0, 0);
}

/**
 * ops_plan_groups_update:
 * @self: the groups
 *
 * Follows a change to an item's status or kind (sort models do not watch
 * their items); a change to the plan's list it follows by itself.
 *
 * Returns: whether an item went to another group since the last call,
 *   so that the headers, which show their first item's group, must be
 *   bound again
 */
gboolean
ops_plan_groups_update (OpsPlanGroups *self)
{
  gboolean regrouped;

  g_return_val_if_fail (OPS_IS_PLAN_GROUPS (self), FALSE);

  refresh (self, self->group_by_kind, self->hide_finished, 0, 0, 0);
  regrouped = self->regrouped;
  self->regrouped = FALSE;

  return regrouped;
}

static void
ops_plan_groups_dispose (GObject *object)
{
  OpsPlanGroups *self = OPS_PLAN_GROUPS (object);

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (ops_plan_get_items (self->plan), items_changed_cb, self);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (ops_plan_groups_parent_class)->dispose (object);
}

static void
ops_plan_groups_finalize (GObject *object)
{
  OpsPlanGroups *self = OPS_PLAN_GROUPS (object);

  g_array_unref (self->order);
  g_byte_array_unref (self->keys);

  G_OBJECT_CLASS (ops_plan_groups_parent_class)->finalize (object);
}

static void
ops_plan_groups_class_init (OpsPlanGroupsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ops_plan_groups_dispose;
  object_class->finalize = ops_plan_groups_finalize;
}

static void
ops_plan_groups_init (OpsPlanGroups *self)
{
  self->order = g_array_new (FALSE, FALSE, sizeof (guint));
  self->keys = g_byte_array_new ();
}
