/* ops-result-slots.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ops-catalog-item.h"

G_BEGIN_DECLS

#define OPS_TYPE_RESULT_SLOTS (ops_result_slots_get_type ())

G_DECLARE_FINAL_TYPE (OpsResultSlots, ops_result_slots, OPS, RESULT_SLOTS, GObject)

OpsResultSlots *ops_result_slots_new         (void);
gboolean        ops_result_slots_set_results (OpsResultSlots *self,
                                              GListModel     *groups);
OpsCatalogItem *ops_result_slots_get_result  (OpsResultSlots *self,
                                              guint           position);

G_END_DECLS
