/* ops-result-slots.c: the search results as places that keep their rows
 *
 * GtkListView keeps a row only for an item it sees again, and a keystroke
 * that changes the results brings new results: for each it made a row,
 * styled, bound and measured it, and it unparented the row of each
 * result gone, about half of such a keystroke before anything was drawn
 * (docs/performance.md). This model lists slots (ops-result-slot.c)
 * instead, one a place in the list: new results go into the slots that
 * are there, each row follows its slot's result, and only a list that
 * grows or shrinks changes the items the view sees, at its end.
 *
 * It is a section model, a section for each group of results, as the
 * flattened groups were: a heading over each.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "ops-result-slot.h"
#include "ops-result-slots.h"

struct _OpsResultSlots
{
  GObject    parent_instance;

  GPtrArray *slots;  /* (element-type OpsResultSlot) */
  GArray    *ends;   /* (element-type guint): where each section ends */
};

static void ops_result_slots_list_model_init    (GListModelInterface      *iface);
static void ops_result_slots_section_model_init (GtkSectionModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OpsResultSlots, ops_result_slots, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, ops_result_slots_list_model_init)
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SECTION_MODEL, ops_result_slots_section_model_init))

static GType
ops_result_slots_get_item_type (GListModel *model)
{
  return OPS_TYPE_RESULT_SLOT;
}

static guint
ops_result_slots_get_n_items (GListModel *model)
{
  return OPS_RESULT_SLOTS (model)->slots->len;
}

static gpointer
ops_result_slots_get_item (GListModel *model,
                           guint       position)
{
  OpsResultSlots *self = OPS_RESULT_SLOTS (model);

  if (position >= self->slots->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->slots, position));
}

static void
ops_result_slots_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ops_result_slots_get_item_type;
  iface->get_n_items = ops_result_slots_get_n_items;
  iface->get_item = ops_result_slots_get_item;
}

static void
ops_result_slots_get_section (GtkSectionModel *model,
                              guint            position,
                              guint           *out_start,
                              guint           *out_end)
{
  OpsResultSlots *self = OPS_RESULT_SLOTS (model);
  guint start = 0;

  /* As GtkSectionModel asks of a position past the end. */
  if (position >= self->slots->len)
    {
      *out_start = self->slots->len;
      *out_end = G_MAXUINT;
      return;
    }

  /* A search has a handful of headings: a walk is as quick as a search. */
  for (guint i = 0; i < self->ends->len; i++)
    {
      guint end = g_array_index (self->ends, guint, i);

      if (position < end)
        {
          *out_start = start;
          *out_end = end;
          return;
        }
      start = end;
    }
  g_assert_not_reached ();
}

static void
ops_result_slots_section_model_init (GtkSectionModelInterface *iface)
{
  iface->get_section = ops_result_slots_get_section;
}

static void
ops_result_slots_finalize (GObject *object)
{
  OpsResultSlots *self = OPS_RESULT_SLOTS (object);

  g_ptr_array_unref (self->slots);
  g_array_unref (self->ends);

  G_OBJECT_CLASS (ops_result_slots_parent_class)->finalize (object);
}

static void
ops_result_slots_class_init (OpsResultSlotsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ops_result_slots_finalize;
}

static void
ops_result_slots_init (OpsResultSlots *self)
{
  self->slots = g_ptr_array_new_with_free_func (g_object_unref);
  self->ends = g_array_new (FALSE, FALSE, sizeof (guint));
}

OpsResultSlots *
ops_result_slots_new (void)
{
  return g_object_new (OPS_TYPE_RESULT_SLOTS, NULL);
}

/* Whether the sections of @a and @b differ before @n. */
static gboolean
sections_differ (GArray *a,
                 GArray *b,
                 guint   n)
{
  for (guint i = 0; i < MIN (a->len, b->len); i++)
    {
      guint end_a = g_array_index (a, guint, i);
      guint end_b = g_array_index (b, guint, i);

      if (end_a != end_b)
        return MIN (end_a, end_b) < n;
      if (end_a >= n)
        return FALSE;
    }

  return FALSE;
}

/**
 * ops_result_slots_set_results:
 * @self: the slots
 * @groups: (element-type GListModel): the results, a list of them for
 *   each heading, in the order they are shown
 *
 * Puts the results in the slots, in order, and adds or drops slots at
 * the end so that there is one for each.
 *
 * Returns: whether a slot holds another result, or the slots or their
 *   sections changed: another ranking may group into the same list
 */
gboolean
ops_result_slots_set_results (OpsResultSlots *self,
                              GListModel     *groups)
{
  g_autoptr(GArray) ends = NULL;
  gboolean sections_changed;
  gboolean changed = FALSE;
  guint old_n;
  guint kept;
  guint n = 0;

  g_return_val_if_fail (OPS_IS_RESULT_SLOTS (self), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (groups), FALSE);

  ends = g_array_new (FALSE, FALSE, sizeof (guint));
  old_n = self->slots->len;

  for (guint g = 0; g < g_list_model_get_n_items (groups); g++)
    {
      g_autoptr(GListModel) group = g_list_model_get_item (groups, g);
      guint size = g_list_model_get_n_items (group);

      for (guint i = 0; i < size; i++, n++)
        {
          g_autoptr(OpsCatalogItem) item = g_list_model_get_item (group, i);

          if (n == self->slots->len)
            g_ptr_array_add (self->slots, ops_result_slot_new ());
          else if (ops_result_slot_get_item (g_ptr_array_index (self->slots, n)) != item)
            changed = TRUE;
          ops_result_slot_set_item (g_ptr_array_index (self->slots, n), item);
        }
      if (size > 0)
        g_array_append_val (ends, n);
    }

  /* The view asks the sections while it takes the change, so they are
   * the new ones before it is told. */
  kept = MIN (old_n, n);
  sections_changed = sections_differ (self->ends, ends, kept);
  g_array_unref (self->ends);
  self->ends = g_steal_pointer (&ends);

  if (n < old_n)
    g_ptr_array_remove_range (self->slots, n, old_n - n);
  if (n != old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), kept, old_n - kept, n - kept);
  if (sections_changed)
    gtk_section_model_sections_changed (GTK_SECTION_MODEL (self), 0, kept);

  return changed || sections_changed || n != old_n;
}

/**
 * ops_result_slots_get_result:
 * @self: the slots
 * @position: a slot's place
 *
 * Returns: (transfer none) (nullable): the result at @position
 */
OpsCatalogItem *
ops_result_slots_get_result (OpsResultSlots *self,
                             guint           position)
{
  g_return_val_if_fail (OPS_IS_RESULT_SLOTS (self), NULL);

  if (position >= self->slots->len)
    return NULL;

  return ops_result_slot_get_item (g_ptr_array_index (self->slots, position));
}
