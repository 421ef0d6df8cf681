/* ops-job-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-plan-record.h"

G_BEGIN_DECLS

/* The nicks are the spelling in plan files. */
typedef enum
{
  OPS_APPLICATION_STAGE_WISHLIST,
  OPS_APPLICATION_STAGE_APPLIED,
  OPS_APPLICATION_STAGE_INTERVIEW,
  OPS_APPLICATION_STAGE_OFFER,
  OPS_APPLICATION_STAGE_CLOSED,
} OpsApplicationStage;

#define OPS_TYPE_APPLICATION_STAGE (ops_application_stage_get_type ())
GType       ops_application_stage_get_type  (void) G_GNUC_CONST;
const char *ops_application_stage_get_label (OpsApplicationStage stage);

#define OPS_TYPE_JOB_APPLICATION (ops_job_application_get_type ())

G_DECLARE_FINAL_TYPE (OpsJobApplication, ops_job_application, OPS, JOB_APPLICATION, OpsPlanRecord)

OpsJobApplication   *ops_job_application_new                 (const char          *organization,
                                                              const char          *title);

const char          *ops_job_application_get_organization    (OpsJobApplication   *self);
void                 ops_job_application_set_organization    (OpsJobApplication   *self,
                                                              const char          *organization);
const char          *ops_job_application_get_title           (OpsJobApplication   *self);
void                 ops_job_application_set_title           (OpsJobApplication   *self,
                                                              const char          *title);
OpsApplicationStage  ops_job_application_get_stage           (OpsJobApplication   *self);
void                 ops_job_application_set_stage           (OpsJobApplication   *self,
                                                              OpsApplicationStage  stage);
GDateTime           *ops_job_application_get_applied_date    (OpsJobApplication   *self);
void                 ops_job_application_set_applied_date    (OpsJobApplication   *self,
                                                              GDateTime           *date);
const char          *ops_job_application_get_contact         (OpsJobApplication   *self);
void                 ops_job_application_set_contact         (OpsJobApplication   *self,
                                                              const char          *contact);
const char * const  *ops_job_application_get_achievement_ids (OpsJobApplication   *self);
void                 ops_job_application_set_achievement_ids (OpsJobApplication   *self,
                                                              const char * const  *ids);
GDateTime           *ops_job_application_get_follow_up_date  (OpsJobApplication   *self);
void                 ops_job_application_set_follow_up_date  (OpsJobApplication   *self,
                                                              GDateTime           *date);
const char          *ops_job_application_get_notes           (OpsJobApplication   *self);
void                 ops_job_application_set_notes           (OpsJobApplication   *self,
                                                              const char          *notes);

G_END_DECLS
