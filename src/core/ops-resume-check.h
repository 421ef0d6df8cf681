/* ops-resume-check.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-catalog.h"
#include "ops-resume-finding.h"

G_BEGIN_DECLS

#define OPS_TYPE_RESUME_CHECK (ops_resume_check_get_type ())

G_DECLARE_FINAL_TYPE (OpsResumeCheck, ops_resume_check, OPS, RESUME_CHECK, GObject)

OpsResumeCheck *ops_resume_check_new                (OpsCatalog     *catalog,
                                                     const char     *target_role_id,
                                                     const char     *text);
GListModel     *ops_resume_check_get_found          (OpsResumeCheck *self);
GListModel     *ops_resume_check_get_expected_found (OpsResumeCheck *self);
GListModel     *ops_resume_check_get_missing        (OpsResumeCheck *self);
GListModel     *ops_resume_check_get_bare_bullets   (OpsResumeCheck *self);
char           *ops_resume_check_describe           (OpsResumeCheck *self);

gboolean        ops_resume_check_is_bullet          (const char     *line,
                                                     const char    **content);

G_END_DECLS
