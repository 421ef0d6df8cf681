/* ops-credential-log.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What a person did to keep a credential: a course, a conference, a
 * webinar. Days are GDate Julian day numbers (g_date_get_julian ()). */
typedef struct
{
  guint32  day;
  double   points;   /* points or hours, as the issuer counts them; >= 0 */
  char    *note;     /* never %NULL */
} OpsCredentialActivity;

/* The largest points one activity may claim: more is a typo. */
#define OPS_CREDENTIAL_MAX_POINTS 10000.0

typedef struct _OpsCredentialLog OpsCredentialLog;

#define OPS_TYPE_CREDENTIAL_LOG (ops_credential_log_get_type ())

GType                        ops_credential_log_get_type        (void) G_GNUC_CONST;

OpsCredentialLog            *ops_credential_log_new             (void);
OpsCredentialLog            *ops_credential_log_ref             (OpsCredentialLog *self);
void                         ops_credential_log_unref           (OpsCredentialLog *self);

gboolean                     ops_credential_log_is_empty        (const OpsCredentialLog *self);
gboolean                     ops_credential_log_equal           (const OpsCredentialLog *a,
                                                                 const OpsCredentialLog *b);

guint                        ops_credential_log_get_n_activities (const OpsCredentialLog *self);
const OpsCredentialActivity *ops_credential_log_get_activity    (const OpsCredentialLog *self,
                                                                 guint                   index);
guint                        ops_credential_log_get_n_renewals  (const OpsCredentialLog *self);
guint32                      ops_credential_log_get_renewal     (const OpsCredentialLog *self,
                                                                 guint                   index);

OpsCredentialLog            *ops_credential_log_add_activity    (const OpsCredentialLog *self,
                                                                 guint32                 day,
                                                                 double                  points,
                                                                 const char             *note);
OpsCredentialLog            *ops_credential_log_remove_activity (const OpsCredentialLog *self,
                                                                 guint                   index);
OpsCredentialLog            *ops_credential_log_add_renewal     (const OpsCredentialLog *self,
                                                                 guint32                 day);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpsCredentialLog, ops_credential_log_unref)

G_END_DECLS
