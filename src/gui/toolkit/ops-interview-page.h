/* ops-interview-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-toolkit-page.h"

G_BEGIN_DECLS

#define OPS_TYPE_INTERVIEW_PAGE (ops_interview_page_get_type ())

G_DECLARE_FINAL_TYPE (OpsInterviewPage, ops_interview_page, OPS, INTERVIEW_PAGE, OpsToolkitPage)

GtkWidget *ops_interview_page_new (OpsPlanStore *store);

G_END_DECLS
