/* ops-credential.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-catalog.h"
#include "ops-certification.h"
#include "ops-credential-log.h"
#include "ops-plan-item.h"

G_BEGIN_DECLS

typedef enum
{
  OPS_CREDENTIAL_STATE_NOT_EARNED,  /* not done, or no date earned */
  OPS_CREDENTIAL_STATE_PERMANENT,   /* the catalog gives no cycle: no lapse date to track */
  OPS_CREDENTIAL_STATE_VALID,
  OPS_CREDENTIAL_STATE_DUE,         /* less than OPS_CREDENTIAL_WARNING_MONTHS before it lapses */
  OPS_CREDENTIAL_STATE_LAPSED,
} OpsCredentialState;

/* How long before a credential lapses the app starts to warn: long enough
 * to find and finish the last activities and the issuer's paperwork. */
#define OPS_CREDENTIAL_WARNING_MONTHS 6

/* Days are GDate Julian day numbers, 0 for none. */
typedef struct
{
  OpsCredentialState state;
  guint32            earned;
  guint32            cycle_start;    /* the first day of the current cycle */
  guint32            lapse;          /* the first day it is no longer valid, or 0 */
  guint32            warn_from;      /* the first day of the warning, or 0 */
  guint              cycle;          /* 1 for the cycle that began when it was earned */
  double             points;         /* logged in the current cycle */
  guint              points_needed;  /* per cycle; 0 when the catalog names none */
  guint              n_counted;      /* activities in the current cycle */
  OpsRenewalUnit     unit;           /* what points are counted in */
} OpsCredentialStatus;

void      ops_credential_compute           (guint32                    earned,
                                            guint                      years,
                                            guint                      points_needed,
                                            OpsRenewalUnit             unit,
                                            const OpsCredentialLog    *log,
                                            guint32                    today,
                                            OpsCredentialStatus       *status);
gboolean  ops_credential_status_for_item   (OpsPlanItem               *item,
                                            OpsCatalog                *catalog,
                                            guint32                    today,
                                            OpsCredentialStatus       *status);
gboolean  ops_credential_counts            (const OpsCredentialStatus *status,
                                            guint32                    day);
guint32   ops_credential_last_valid_day    (const OpsCredentialStatus *status);
guint32   ops_credential_next_cycle_start  (const OpsCredentialStatus *status,
                                            guint32                    today);
guint32   ops_credential_today             (void);
guint32   ops_credential_months_before     (guint32                    day,
                                            guint                      months);

char     *ops_credential_format_day         (guint32                    day);
char     *ops_credential_describe_state    (const OpsCredentialStatus *status);
char     *ops_credential_describe_progress (const OpsCredentialStatus *status);
char     *ops_credential_format_points     (double                     points);
char     *ops_credential_format_amount     (double                     points,
                                            OpsRenewalUnit             unit);

G_END_DECLS
