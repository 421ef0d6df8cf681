/* ops-networking-entry.c: one meeting, event or contact in the networking
 * log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-networking-entry.h"
#include "ops-plan-private.h"

struct _OpsNetworkingEntry
{
  OpsPlanRecord parent_instance;
};

/* In the order they are written to a file. */
enum {
  PROP_0,
  PROP_ORGANIZATION,
  PROP_ORGANIZATION_ID,
  PROP_EVENT,
  PROP_DATE,
  PROP_CONTACT,
  PROP_FOLLOW_UP_DATE,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsNetworkingEntry, ops_networking_entry, OPS_TYPE_PLAN_RECORD)

#define VALUE(prop) (_ops_plan_record_get_value (OPS_PLAN_RECORD (self), (prop)))

#define ACCESSORS(name, PROP, ctype, getter, setter)                          \
  ctype                                                                       \
  ops_networking_entry_get_##name (OpsNetworkingEntry *self)                  \
  {                                                                           \
    g_return_val_if_fail (OPS_IS_NETWORKING_ENTRY (self), NULL);              \
    return getter (VALUE (PROP));                                             \
  }                                                                           \
  void                                                                        \
  ops_networking_entry_set_##name (OpsNetworkingEntry *self,                  \
                                   ctype               value)                 \
  {                                                                           \
    g_return_if_fail (OPS_IS_NETWORKING_ENTRY (self));                        \
    setter (OPS_PLAN_RECORD (self), properties[PROP], value);                 \
  }

/* The organization's name as shown; never %NULL. */
ACCESSORS (organization, PROP_ORGANIZATION, const char *, g_value_get_string, _ops_plan_record_set_string)
/* The catalog organization (ASCM, POMS…) it was picked from, or %NULL. */
ACCESSORS (organization_id, PROP_ORGANIZATION_ID, const char *, g_value_get_string, _ops_plan_record_set_string)
/* The meeting, conference or forum, or %NULL. */
ACCESSORS (event, PROP_EVENT, const char *, g_value_get_string, _ops_plan_record_set_string)
/* When it happens or happened: a day at midnight UTC, or %NULL. */
ACCESSORS (date, PROP_DATE, GDateTime *, g_value_get_boxed, _ops_plan_record_set_boxed)
/* Whom the person met, or %NULL. */
ACCESSORS (contact, PROP_CONTACT, const char *, g_value_get_string, _ops_plan_record_set_string)
/* When to get back in touch, or %NULL. */
ACCESSORS (follow_up_date, PROP_FOLLOW_UP_DATE, GDateTime *, g_value_get_boxed, _ops_plan_record_set_boxed)
/* Never %NULL. */
ACCESSORS (notes, PROP_NOTES, const char *, g_value_get_string, _ops_plan_record_set_string)

/**
 * ops_networking_entry_new:
 * @organization: (nullable): whom the entry is with
 *
 * Returns: (transfer full): an entry with a new id, in no plan
 */
OpsNetworkingEntry *
ops_networking_entry_new (const char *organization)
{
  return g_object_new (OPS_TYPE_NETWORKING_ENTRY, "organization", organization, NULL);
}

/**
 * ops_networking_entry_new_for_organization:
 * @organization: a catalog organization, such as ASCM or POMS
 *
 * An entry pre-filled with the organization's short name ("ASCM") and
 * its catalog id.
 *
 * Returns: (transfer full): an entry with a new id, in no plan
 */
OpsNetworkingEntry *
ops_networking_entry_new_for_organization (OpsCatalogItem *organization)
{
  const char *short_name;

  g_return_val_if_fail (OPS_IS_CATALOG_ITEM (organization), NULL);
  g_return_val_if_fail (ops_catalog_item_get_kind (organization) == OPS_ITEM_KIND_ORGANIZATION, NULL);

  short_name = ops_catalog_item_get_text (organization, "short-name");

  return g_object_new (OPS_TYPE_NETWORKING_ENTRY,
                       "organization", short_name != NULL ? short_name : ops_catalog_item_get_name (organization),
                       "organization-id", ops_catalog_item_get_id (organization),
                       NULL);
}

static void
ops_networking_entry_class_init (OpsNetworkingEntryClass *klass)
{
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  properties[PROP_ORGANIZATION] = g_param_spec_string ("organization", NULL, NULL, "", flags);
  properties[PROP_ORGANIZATION_ID] = g_param_spec_string ("organization-id", NULL, NULL, NULL, flags);
  properties[PROP_EVENT] = g_param_spec_string ("event", NULL, NULL, NULL, flags);
  properties[PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_CONTACT] = g_param_spec_string ("contact", NULL, NULL, NULL, flags);
  properties[PROP_FOLLOW_UP_DATE] = g_param_spec_boxed ("follow-up-date", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", flags);

  _ops_plan_record_class_install (OPS_PLAN_RECORD_CLASS (klass), N_PROPS, properties);
}

static void
ops_networking_entry_init (OpsNetworkingEntry *self)
{
}
