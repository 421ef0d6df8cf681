/* ops-resume-finding.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-catalog-item.h"

G_BEGIN_DECLS

#define OPS_TYPE_RESUME_FINDING (ops_resume_finding_get_type ())

G_DECLARE_FINAL_TYPE (OpsResumeFinding, ops_resume_finding, OPS, RESUME_FINDING, GObject)

OpsResumeFinding *ops_resume_finding_new              (OpsCatalogItem   *catalog_item,
                                                       guint             line,
                                                       const char       *text);
OpsCatalogItem   *ops_resume_finding_get_catalog_item (OpsResumeFinding *self);
guint             ops_resume_finding_get_line         (OpsResumeFinding *self);
const char       *ops_resume_finding_get_text         (OpsResumeFinding *self);

G_END_DECLS
