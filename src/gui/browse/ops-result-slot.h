/* ops-result-slot.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ops-catalog-item.h"

G_BEGIN_DECLS

#define OPS_TYPE_RESULT_SLOT (ops_result_slot_get_type ())

G_DECLARE_FINAL_TYPE (OpsResultSlot, ops_result_slot, OPS, RESULT_SLOT, GObject)

OpsResultSlot  *ops_result_slot_new      (void);
OpsCatalogItem *ops_result_slot_get_item (OpsResultSlot  *self);
void            ops_result_slot_set_item (OpsResultSlot  *self,
                                          OpsCatalogItem *item);

G_END_DECLS
