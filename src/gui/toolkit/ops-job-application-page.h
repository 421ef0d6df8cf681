/* ops-job-application-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-job-application.h"

G_BEGIN_DECLS

#define OPS_TYPE_JOB_APPLICATION_PAGE (ops_job_application_page_get_type ())

G_DECLARE_FINAL_TYPE (OpsJobApplicationPage, ops_job_application_page, OPS, JOB_APPLICATION_PAGE, AdwNavigationPage)

GtkWidget *ops_job_application_page_new (OpsJobApplication *application);

G_END_DECLS
