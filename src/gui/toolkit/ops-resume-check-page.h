/* ops-resume-check-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-toolkit-page.h"

G_BEGIN_DECLS

#define OPS_TYPE_RESUME_CHECK_PAGE (ops_resume_check_page_get_type ())

G_DECLARE_FINAL_TYPE (OpsResumeCheckPage, ops_resume_check_page, OPS, RESUME_CHECK_PAGE, OpsToolkitPage)

GtkWidget *ops_resume_check_page_new  (OpsPlanStore       *store);
void       ops_resume_check_page_open (OpsResumeCheckPage *self,
                                       GFile              *file);

G_END_DECLS
