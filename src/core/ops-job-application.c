/* ops-job-application.c: one job the person wants or applied for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-job-application.h"
#include "ops-plan-private.h"

struct _OpsJobApplication
{
  OpsPlanRecord parent_instance;
};

/* In the order they are written to a file. */
enum {
  PROP_0,
  PROP_ORGANIZATION,
  PROP_TITLE,
  PROP_STAGE,
  PROP_APPLIED_DATE,
  PROP_CONTACT,
  PROP_ACHIEVEMENT_IDS,
  PROP_FOLLOW_UP_DATE,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsJobApplication, ops_job_application, OPS_TYPE_PLAN_RECORD)

G_DEFINE_ENUM_TYPE (OpsApplicationStage, ops_application_stage,
  G_DEFINE_ENUM_VALUE (OPS_APPLICATION_STAGE_WISHLIST, "wishlist"),
  G_DEFINE_ENUM_VALUE (OPS_APPLICATION_STAGE_APPLIED, "applied"),
  G_DEFINE_ENUM_VALUE (OPS_APPLICATION_STAGE_INTERVIEW, "interview"),
  G_DEFINE_ENUM_VALUE (OPS_APPLICATION_STAGE_OFFER, "offer"),
  G_DEFINE_ENUM_VALUE (OPS_APPLICATION_STAGE_CLOSED, "closed"))

const char *
ops_application_stage_get_label (OpsApplicationStage stage)
{
  switch (stage)
    {
    case OPS_APPLICATION_STAGE_WISHLIST: return C_("application stage", "Wishlist");
    case OPS_APPLICATION_STAGE_APPLIED: return C_("application stage", "Applied");
    case OPS_APPLICATION_STAGE_INTERVIEW: return C_("application stage", "Interview");
    case OPS_APPLICATION_STAGE_OFFER: return C_("application stage", "Offer");
    case OPS_APPLICATION_STAGE_CLOSED: return C_("application stage", "Closed");
    default: g_return_val_if_reached (NULL);
    }
}

#define VALUE(prop) (_ops_plan_record_get_value (OPS_PLAN_RECORD (self), (prop)))

#define ACCESSORS(name, PROP, ctype, fallback, getter, setter)               \
  ctype                                                                      \
  ops_job_application_get_##name (OpsJobApplication *self)                   \
  {                                                                          \
    g_return_val_if_fail (OPS_IS_JOB_APPLICATION (self), fallback);          \
    return getter (VALUE (PROP));                                            \
  }                                                                          \
  void                                                                       \
  ops_job_application_set_##name (OpsJobApplication *self,                   \
                                  ctype              value)                  \
  {                                                                          \
    g_return_if_fail (OPS_IS_JOB_APPLICATION (self));                        \
    setter (OPS_PLAN_RECORD (self), properties[PROP], value);                \
  }

/* The employer; never %NULL. */
ACCESSORS (organization, PROP_ORGANIZATION, const char *, NULL, g_value_get_string, _ops_plan_record_set_string)
/* The job title, or %NULL. */
ACCESSORS (title, PROP_TITLE, const char *, NULL, g_value_get_string, _ops_plan_record_set_string)
ACCESSORS (stage, PROP_STAGE, OpsApplicationStage, OPS_APPLICATION_STAGE_WISHLIST, g_value_get_enum, _ops_plan_record_set_enum)
/* Days at midnight UTC, or %NULL. */
ACCESSORS (applied_date, PROP_APPLIED_DATE, GDateTime *, NULL, g_value_get_boxed, _ops_plan_record_set_boxed)
ACCESSORS (contact, PROP_CONTACT, const char *, NULL, g_value_get_string, _ops_plan_record_set_string)
/* Ids of the plan's achievements used in the application, or %NULL. */
ACCESSORS (achievement_ids, PROP_ACHIEVEMENT_IDS, const char * const *, NULL, g_value_get_boxed, _ops_plan_record_set_boxed)
ACCESSORS (follow_up_date, PROP_FOLLOW_UP_DATE, GDateTime *, NULL, g_value_get_boxed, _ops_plan_record_set_boxed)
/* Never %NULL. */
ACCESSORS (notes, PROP_NOTES, const char *, NULL, g_value_get_string, _ops_plan_record_set_string)

/**
 * ops_job_application_new:
 * @organization: (nullable): the employer
 * @title: (nullable): the job title
 *
 * Returns: (transfer full): an application on the wishlist, with a new id,
 *   in no plan
 */
OpsJobApplication *
ops_job_application_new (const char *organization,
                         const char *title)
{
  return g_object_new (OPS_TYPE_JOB_APPLICATION, "organization", organization, "title", title, NULL);
}

static void
ops_job_application_class_init (OpsJobApplicationClass *klass)
{
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  properties[PROP_ORGANIZATION] = g_param_spec_string ("organization", NULL, NULL, "", flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_STAGE] =
    g_param_spec_enum ("stage", NULL, NULL, OPS_TYPE_APPLICATION_STAGE, OPS_APPLICATION_STAGE_WISHLIST, flags);
  properties[PROP_APPLIED_DATE] = g_param_spec_boxed ("applied-date", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_CONTACT] = g_param_spec_string ("contact", NULL, NULL, NULL, flags);
  properties[PROP_ACHIEVEMENT_IDS] = g_param_spec_boxed ("achievement-ids", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_FOLLOW_UP_DATE] = g_param_spec_boxed ("follow-up-date", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", flags);

  _ops_plan_record_class_install (OPS_PLAN_RECORD_CLASS (klass), N_PROPS, properties);
}

static void
ops_job_application_init (OpsJobApplication *self)
{
}
