/* ops-credential-log.c: the maintenance log of one credential
 *
 * An immutable value: every change makes a new log, so a plan item holds
 * it as one property and the plan's undo history keeps the old one as it
 * keeps an old title. %NULL stands for the empty log everywhere.
 *
 * Activities are kept in date order (equal days in the order they were
 * added); renewals are the first days of the cycles after the first, in
 * date order. Nothing is ever dropped when a cycle ends: the activities
 * of earlier cycles stay as the credential's history (see
 * ops-credential.c for which of them count).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "ops-credential-log.h"

struct _OpsCredentialLog
{
  gatomicrefcount  ref_count;

  GArray          *activities;  /* of OpsCredentialActivity */
  GArray          *renewals;    /* of guint32 */
};

G_DEFINE_BOXED_TYPE (OpsCredentialLog, ops_credential_log, ops_credential_log_ref, ops_credential_log_unref)

static void
clear_activity (gpointer data)
{
  OpsCredentialActivity *activity = data;

  g_clear_pointer (&activity->note, g_free);
}

OpsCredentialLog *
ops_credential_log_new (void)
{
  OpsCredentialLog *self = g_new0 (OpsCredentialLog, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->activities = g_array_new (FALSE, FALSE, sizeof (OpsCredentialActivity));
  g_array_set_clear_func (self->activities, clear_activity);
  self->renewals = g_array_new (FALSE, FALSE, sizeof (guint32));

  return self;
}

OpsCredentialLog *
ops_credential_log_ref (OpsCredentialLog *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
ops_credential_log_unref (OpsCredentialLog *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_array_unref (self->activities);
  g_array_unref (self->renewals);
  g_free (self);
}

static OpsCredentialLog *
copy (const OpsCredentialLog *self)
{
  OpsCredentialLog *log = ops_credential_log_new ();

  for (guint i = 0; i < ops_credential_log_get_n_activities (self); i++)
    {
      OpsCredentialActivity activity = *ops_credential_log_get_activity (self, i);

      activity.note = g_strdup (activity.note);
      g_array_append_val (log->activities, activity);
    }
  if (self != NULL)
    g_array_append_vals (log->renewals, self->renewals->data, self->renewals->len);

  return log;
}

/* No activity and no renewal: what a credential starts with. */
gboolean
ops_credential_log_is_empty (const OpsCredentialLog *self)
{
  return self == NULL || (self->activities->len == 0 && self->renewals->len == 0);
}

/* By content; %NULL equals an empty log. */
gboolean
ops_credential_log_equal (const OpsCredentialLog *a,
                          const OpsCredentialLog *b)
{
  if (ops_credential_log_is_empty (a) || ops_credential_log_is_empty (b))
    return ops_credential_log_is_empty (a) && ops_credential_log_is_empty (b);

  if (a->activities->len != b->activities->len || a->renewals->len != b->renewals->len)
    return FALSE;

  for (guint i = 0; i < a->renewals->len; i++)
    if (g_array_index (a->renewals, guint32, i) != g_array_index (b->renewals, guint32, i))
      return FALSE;

  for (guint i = 0; i < a->activities->len; i++)
    {
      const OpsCredentialActivity *x = &g_array_index (a->activities, OpsCredentialActivity, i);
      const OpsCredentialActivity *y = &g_array_index (b->activities, OpsCredentialActivity, i);

      if (x->day != y->day || x->points != y->points || g_strcmp0 (x->note, y->note) != 0)
        return FALSE;
    }

  return TRUE;
}

guint
ops_credential_log_get_n_activities (const OpsCredentialLog *self)
{
  return self != NULL ? self->activities->len : 0;
}

/* (transfer none): valid as long as @self */
const OpsCredentialActivity *
ops_credential_log_get_activity (const OpsCredentialLog *self,
                                 guint                   index)
{
  g_return_val_if_fail (index < ops_credential_log_get_n_activities (self), NULL);

  return &g_array_index (self->activities, OpsCredentialActivity, index);
}

guint
ops_credential_log_get_n_renewals (const OpsCredentialLog *self)
{
  return self != NULL ? self->renewals->len : 0;
}

/* The first day of the cycle that renewal @index started. */
guint32
ops_credential_log_get_renewal (const OpsCredentialLog *self,
                                guint                   index)
{
  g_return_val_if_fail (index < ops_credential_log_get_n_renewals (self), 0);

  return g_array_index (self->renewals, guint32, index);
}

/**
 * ops_credential_log_add_activity:
 * @self: (nullable): a log, or %NULL for an empty one
 * @day: when it was done, a valid Julian day
 * @points: the points or hours it earned, 0 to #OPS_CREDENTIAL_MAX_POINTS
 * @note: (nullable): what it was, as the person wrote it
 *
 * Returns: (transfer full): a new log with the activity in date order,
 *   after the others of the same day
 */
OpsCredentialLog *
ops_credential_log_add_activity (const OpsCredentialLog *self,
                                 guint32                 day,
                                 double                  points,
                                 const char             *note)
{
  OpsCredentialLog *log;
  OpsCredentialActivity activity = { day, points, NULL };
  guint position;

  g_return_val_if_fail (g_date_valid_julian (day), NULL);
  g_return_val_if_fail (isfinite (points) && points >= 0 && points <= OPS_CREDENTIAL_MAX_POINTS, NULL);
  g_return_val_if_fail (note == NULL || g_utf8_validate (note, -1, NULL), NULL);

  log = copy (self);
  for (position = log->activities->len; position > 0; position--)
    if (g_array_index (log->activities, OpsCredentialActivity, position - 1).day <= day)
      break;
  activity.note = g_strdup (note != NULL ? note : "");
  g_array_insert_val (log->activities, position, activity);

  return log;
}

/* Returns: (transfer full): a new log without activity @index */
OpsCredentialLog *
ops_credential_log_remove_activity (const OpsCredentialLog *self,
                                    guint                   index)
{
  OpsCredentialLog *log;

  g_return_val_if_fail (index < ops_credential_log_get_n_activities (self), NULL);

  log = copy (self);
  g_array_remove_index (log->activities, index);

  return log;
}

/**
 * ops_credential_log_add_renewal:
 * @self: (nullable): a log, or %NULL for an empty one
 * @day: the first day of the new cycle, a valid Julian day
 *
 * Returns: (transfer full): a new log with the renewal in date order
 */
OpsCredentialLog *
ops_credential_log_add_renewal (const OpsCredentialLog *self,
                                guint32                 day)
{
  OpsCredentialLog *log;
  guint position;

  g_return_val_if_fail (g_date_valid_julian (day), NULL);

  log = copy (self);
  for (position = log->renewals->len; position > 0; position--)
    if (g_array_index (log->renewals, guint32, position - 1) <= day)
      break;
  g_array_insert_val (log->renewals, position, day);

  return log;
}
