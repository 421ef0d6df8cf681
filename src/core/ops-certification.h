/* ops-certification.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-catalog-item.h"

G_BEGIN_DECLS

#define OPS_TYPE_CERTIFICATION (ops_certification_get_type ())

G_DECLARE_FINAL_TYPE (OpsCertification, ops_certification, OPS, CERTIFICATION, OpsCatalogItem)

/* What the issuer counts renewal activity in: the catalog's <renewal unit>. */
typedef enum
{
  OPS_RENEWAL_UNIT_UNNAMED,  /* the catalog does not say */
  OPS_RENEWAL_UNIT_POINTS,   /* professional development points (ASCM) */
  OPS_RENEWAL_UNIT_HOURS,    /* hours of continuing education, CPE hours */
  OPS_RENEWAL_UNIT_UNITS,    /* recertification units (ASQ) */
  OPS_RENEWAL_UNIT_PDUS,     /* professional development units (PMI) */
} OpsRenewalUnit;

const char         *ops_certification_get_full_name      (OpsCertification *self);
OpsCatalogItem     *ops_certification_get_issuer         (OpsCertification *self);
OpsCertification   *ops_certification_get_counterpart    (OpsCertification *self);
const char         *ops_certification_get_focus          (OpsCertification *self);
const char         *ops_certification_get_suits          (OpsCertification *self);
const char         *ops_certification_get_prepares       (OpsCertification *self);
const char * const *ops_certification_get_topics         (OpsCertification *self);
GListModel         *ops_certification_get_skills         (OpsCertification *self);
GListModel         *ops_certification_get_roles          (OpsCertification *self);
const char         *ops_certification_get_eligibility    (OpsCertification *self);
const char * const *ops_certification_get_exams          (OpsCertification *self);
const char         *ops_certification_get_renewal        (OpsCertification *self);
guint               ops_certification_get_renewal_years  (OpsCertification *self);
guint               ops_certification_get_renewal_points (OpsCertification *self);
OpsRenewalUnit      ops_certification_get_renewal_unit   (OpsCertification *self);
const char         *ops_certification_get_cost           (OpsCertification *self);

G_END_DECLS
