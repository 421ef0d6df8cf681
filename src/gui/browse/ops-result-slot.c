/* ops-result-slot.c: a place in the search results, holding one result
 *
 * The results view shows slots (ops-result-slots.c), not the results
 * themselves: a keystroke that changes the results changes what its
 * slots hold, and each row, bound to its slot for as long as the slot is
 * shown, follows its "item". A row is made once for a place in the list,
 * not once for every result that passes through it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-result-slot.h"

struct _OpsResultSlot
{
  GObject         parent_instance;

  OpsCatalogItem *item;
};

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsResultSlot, ops_result_slot, G_TYPE_OBJECT)

static void
ops_result_slot_dispose (GObject *object)
{
  OpsResultSlot *self = OPS_RESULT_SLOT (object);

  g_clear_object (&self->item);

  G_OBJECT_CLASS (ops_result_slot_parent_class)->dispose (object);
}

static void
ops_result_slot_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OpsResultSlot *self = OPS_RESULT_SLOT (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_result_slot_class_init (OpsResultSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ops_result_slot_dispose;
  object_class->get_property = ops_result_slot_get_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, OPS_TYPE_CATALOG_ITEM,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_result_slot_init (OpsResultSlot *self)
{
}

OpsResultSlot *
ops_result_slot_new (void)
{
  return g_object_new (OPS_TYPE_RESULT_SLOT, NULL);
}

/**
 * ops_result_slot_get_item:
 * @self: a slot
 *
 * Returns: (transfer none) (nullable): the result the slot holds
 */
OpsCatalogItem *
ops_result_slot_get_item (OpsResultSlot *self)
{
  g_return_val_if_fail (OPS_IS_RESULT_SLOT (self), NULL);

  return self->item;
}

/**
 * ops_result_slot_set_item:
 * @self: a slot
 * @item: (nullable): the result it holds now
 *
 * Notifies "item" only when the result is another one.
 */
void
ops_result_slot_set_item (OpsResultSlot  *self,
                          OpsCatalogItem *item)
{
  g_return_if_fail (OPS_IS_RESULT_SLOT (self));
  g_return_if_fail (item == NULL || OPS_IS_CATALOG_ITEM (item));

  if (g_set_object (&self->item, item))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}
