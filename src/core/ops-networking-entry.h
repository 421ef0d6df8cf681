/* ops-networking-entry.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-catalog-item.h"
#include "ops-plan-record.h"

G_BEGIN_DECLS

#define OPS_TYPE_NETWORKING_ENTRY (ops_networking_entry_get_type ())

G_DECLARE_FINAL_TYPE (OpsNetworkingEntry, ops_networking_entry, OPS, NETWORKING_ENTRY, OpsPlanRecord)

OpsNetworkingEntry *ops_networking_entry_new                   (const char         *organization);
OpsNetworkingEntry *ops_networking_entry_new_for_organization  (OpsCatalogItem     *organization);

const char         *ops_networking_entry_get_organization      (OpsNetworkingEntry *self);
void                ops_networking_entry_set_organization      (OpsNetworkingEntry *self,
                                                                const char         *organization);
const char         *ops_networking_entry_get_organization_id   (OpsNetworkingEntry *self);
void                ops_networking_entry_set_organization_id   (OpsNetworkingEntry *self,
                                                                const char         *organization_id);
const char         *ops_networking_entry_get_event             (OpsNetworkingEntry *self);
void                ops_networking_entry_set_event             (OpsNetworkingEntry *self,
                                                                const char         *event);
GDateTime          *ops_networking_entry_get_date              (OpsNetworkingEntry *self);
void                ops_networking_entry_set_date              (OpsNetworkingEntry *self,
                                                                GDateTime          *date);
const char         *ops_networking_entry_get_contact           (OpsNetworkingEntry *self);
void                ops_networking_entry_set_contact           (OpsNetworkingEntry *self,
                                                                const char         *contact);
GDateTime          *ops_networking_entry_get_follow_up_date    (OpsNetworkingEntry *self);
void                ops_networking_entry_set_follow_up_date    (OpsNetworkingEntry *self,
                                                                GDateTime          *date);
const char         *ops_networking_entry_get_notes             (OpsNetworkingEntry *self);
void                ops_networking_entry_set_notes             (OpsNetworkingEntry *self,
                                                                const char         *notes);

G_END_DECLS
