/* ops-credential.c: when a credential lapses and how far its renewal is
 *
 * The model, as help/C/credentials.page tells it:
 *
 * - The first cycle starts on the day the credential was earned (the
 *   item's completion date); each renewal in the log starts another. A
 *   renewal dated on or before the day earned is ignored.
 * - A cycle lasts the catalog's `years`; the credential lapses on the
 *   cycle's first day plus that many years (GDate's rule: 29 February
 *   plus a number of years that is not a leap year is 28 February). It is
 *   valid up to the day before. Without `years` there is no lapse date to
 *   track: the catalog's renewal text says what keeping it takes.
 * - From OPS_CREDENTIAL_WARNING_MONTHS months before the lapse date it is
 *   due for renewal; from the lapse date on it has lapsed.
 * - Only activities dated inside the current cycle count toward the
 *   catalog's `points`; older ones stay in the log as its history.
 * - Recording a renewal before the lapse date starts the next cycle on
 *   the lapse date, so renewing early loses no time; after it, the new
 *   cycle starts on the day recorded.
 *
 * Pure: "today" is a parameter, so every case can be worked by hand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ops-certification.h"
#include "ops-credential.h"
#include "ops-date.h"
#include "ops-pace.h"

static guint32
add_years (guint32 day,
           guint   years)
{
  g_autoptr(GDate) date = g_date_new_julian (day);

  g_date_add_years (date, years);

  return g_date_get_julian (date);
}

/* @day less @months months, clamped to the month's last day (31 August
 * less six months is 28 or 29 February). */
guint32
ops_credential_months_before (guint32 day,
                              guint   months)
{
  g_autoptr(GDate) date = g_date_new_julian (day);

  g_date_subtract_months (date, months);

  return g_date_get_julian (date);
}

static void
count_points (const OpsCredentialLog *log,
              OpsCredentialStatus    *status)
{
  for (guint i = 0; i < ops_credential_log_get_n_activities (log); i++)
    {
      const OpsCredentialActivity *activity = ops_credential_log_get_activity (log, i);

      if (ops_credential_counts (status, activity->day))
        {
          status->points += activity->points;
          status->n_counted++;
        }
    }
}

/**
 * ops_credential_compute:
 * @earned: the day the credential was earned, or 0 if it is not
 * @years: the catalog's cycle, 0 for a credential that does not lapse
 * @points_needed: the catalog's points per cycle, 0 for none named
 * @unit: what the points are counted in
 * @log: (nullable): the maintenance log
 * @today: the day to judge from
 * @status: (out caller-allocates): where it stands on @today
 */
void
ops_credential_compute (guint32                 earned,
                        guint                   years,
                        guint                   points_needed,
                        OpsRenewalUnit          unit,
                        const OpsCredentialLog *log,
                        guint32                 today,
                        OpsCredentialStatus    *status)
{
  g_return_if_fail (status != NULL);
  g_return_if_fail (earned == 0 || g_date_valid_julian (earned));

  *status = (OpsCredentialStatus) { OPS_CREDENTIAL_STATE_NOT_EARNED, .points_needed = points_needed,
                                    .unit = unit };
  if (earned == 0)
    return;

  status->earned = earned;
  status->cycle_start = earned;
  status->cycle = 1;
  for (guint i = 0; i < ops_credential_log_get_n_renewals (log); i++)
    {
      guint32 renewal = ops_credential_log_get_renewal (log, i);

      if (renewal > status->cycle_start)
        {
          status->cycle_start = renewal;
          status->cycle++;
        }
    }

  if (years == 0)
    status->state = OPS_CREDENTIAL_STATE_PERMANENT;
  else
    {
      status->lapse = add_years (status->cycle_start, years);
      status->warn_from = ops_credential_months_before (status->lapse, OPS_CREDENTIAL_WARNING_MONTHS);
      status->state = today >= status->lapse ? OPS_CREDENTIAL_STATE_LAPSED
                      : today >= status->warn_from ? OPS_CREDENTIAL_STATE_DUE
                      : OPS_CREDENTIAL_STATE_VALID;
    }
  count_points (log, status);
}

/**
 * ops_credential_status_for_item:
 * @item: a plan item
 * @catalog: the catalog its id refers to
 * @today: the day to judge from
 * @status: (out caller-allocates): where it stands
 *
 * Returns: whether @item is a certification of @catalog, and so has a
 *   credential at all (@status is filled in only then; its state is
 *   %OPS_CREDENTIAL_STATE_NOT_EARNED until the item is done)
 */
gboolean
ops_credential_status_for_item (OpsPlanItem         *item,
                                OpsCatalog          *catalog,
                                guint32              today,
                                OpsCredentialStatus *status)
{
  OpsCatalogItem *entry = NULL;
  GDateTime *earned;
  OpsCertification *certification;

  g_return_val_if_fail (OPS_IS_PLAN_ITEM (item), FALSE);
  g_return_val_if_fail (OPS_IS_CATALOG (catalog), FALSE);
  g_return_val_if_fail (status != NULL, FALSE);

  if (ops_plan_item_get_kind (item) != OPS_PLAN_ITEM_KIND_CERTIFICATION ||
      ops_plan_item_get_catalog_id (item) == NULL)
    return FALSE;
  entry = ops_catalog_lookup (catalog, ops_plan_item_get_catalog_id (item));
  if (!OPS_IS_CERTIFICATION (entry))
    return FALSE;

  certification = OPS_CERTIFICATION (entry);
  earned = ops_plan_item_get_status (item) == OPS_PLAN_ITEM_STATUS_DONE ? ops_plan_item_get_completion_date (item)
                                                                         : NULL;
  ops_credential_compute (earned != NULL ? ops_pace_day_from_date (earned) : 0,
                          ops_certification_get_renewal_years (certification),
                          ops_certification_get_renewal_points (certification),
                          ops_certification_get_renewal_unit (certification),
                          ops_plan_item_get_credential_log (item), today, status);

  return TRUE;
}

/* Whether an activity on @day counts toward the current cycle. */
gboolean
ops_credential_counts (const OpsCredentialStatus *status,
                       guint32                    day)
{
  g_return_val_if_fail (status != NULL, FALSE);

  if (status->state == OPS_CREDENTIAL_STATE_NOT_EARNED || day < status->cycle_start)
    return FALSE;

  return status->lapse == 0 || day < status->lapse;
}

/* The day before the lapse date, or 0 for none. */
guint32
ops_credential_last_valid_day (const OpsCredentialStatus *status)
{
  g_return_val_if_fail (status != NULL, 0);

  return status->lapse != 0 ? status->lapse - 1 : 0;
}

/* Where the cycle that a renewal recorded on @today starts, or 0 when the
 * credential cannot be renewed (not earned, or it does not lapse). */
guint32
ops_credential_next_cycle_start (const OpsCredentialStatus *status,
                                 guint32                    today)
{
  g_return_val_if_fail (status != NULL, 0);

  switch (status->state)
    {
    case OPS_CREDENTIAL_STATE_VALID:
    case OPS_CREDENTIAL_STATE_DUE:
      return status->lapse;
    case OPS_CREDENTIAL_STATE_LAPSED:
      return MAX (today, status->lapse);
    case OPS_CREDENTIAL_STATE_NOT_EARNED:
    case OPS_CREDENTIAL_STATE_PERMANENT:
    default:
      return 0;
    }
}

/* The day the clock on this computer says, as a Julian day. */
guint32
ops_credential_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return ops_pace_day_from_date (now);
}

/* "41", or "7.5" in the locale's way: hours come in halves. */
char *
ops_credential_format_points (double points)
{
  return g_strdup_printf ("%.*f", points == floor (points) ? 0 : 1, points);
}

/* A day, "May 13, 2031", written as every other day in the app: a
 * credential lapses on a day, and naming only its month would leave
 * someone who renews at the month's end up to four weeks late. */
char *
ops_credential_format_day (guint32 day)
{
  g_autoptr(GDateTime) date = NULL;

  g_return_val_if_fail (g_date_valid_julian (day), NULL);

  date = ops_pace_day_to_date (day);

  return ops_date_format (date);
}

/* What the credential's state is called: "Valid until May 13, 2031",
 * the last day it is valid. */
char *
ops_credential_describe_state (const OpsCredentialStatus *status)
{
  g_autofree char *last = NULL;

  g_return_val_if_fail (status != NULL, NULL);

  if (status->lapse != 0)
    last = ops_credential_format_day (ops_credential_last_valid_day (status));

  switch (status->state)
    {
    case OPS_CREDENTIAL_STATE_NOT_EARNED:
      return g_strdup (_("Not earned yet"));
    case OPS_CREDENTIAL_STATE_PERMANENT:
      /* Not "does not lapse": most entries without a cycle do lapse, on
       * terms the catalog gives only as text, shown beside this state. */
      return g_strdup (_("No lapse date to track"));
    case OPS_CREDENTIAL_STATE_VALID:
      /* Translators: %s is the last day it is valid, "May 13, 2031" */
      return g_strdup_printf (_("Valid until %s"), last);
    case OPS_CREDENTIAL_STATE_DUE:
      /* Translators: %s is the last day it is valid, "May 13, 2031" */
      return g_strdup_printf (_("Renew by %s"), last);
    case OPS_CREDENTIAL_STATE_LAPSED:
      return g_strdup (_("Lapsed"));
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Which plural form a logged amount takes: a fraction is plural, as in
 * "7.5 points" (ceil would make "0.5 point"). */
static gulong
plural_count (double points)
{
  return points == floor (points) ? (gulong) points : 2;
}

/* What an activity earned, in the issuer's unit: "5 points", "7.5 hours";
 * "5 points or hours" when the catalog does not name it. */
char *
ops_credential_format_amount (double         points,
                              OpsRenewalUnit unit)
{
  g_autofree char *number = ops_credential_format_points (points);
  gulong n = plural_count (points);

  switch (unit)
    {
    case OPS_RENEWAL_UNIT_POINTS:
      /* Translators: professional development points; %s is a number */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s point", "%s points", n), number);
    case OPS_RENEWAL_UNIT_HOURS:
      /* Translators: hours of continuing education; %s is a number */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s hour", "%s hours", n), number);
    case OPS_RENEWAL_UNIT_UNITS:
      /* Translators: recertification units; %s is a number */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s unit", "%s units", n), number);
    case OPS_RENEWAL_UNIT_PDUS:
      /* Translators: PMI's professional development units, "PDUs"; %s is a number */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s PDU", "%s PDUs", n), number);
    case OPS_RENEWAL_UNIT_UNNAMED:
    default:
      /* Translators: when the catalog does not say what the issuer counts; %s is a number */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s point or hour", "%s points or hours", n), number);
    }
}

/* "41 of 75 points": what was logged against what the issuer asks for. */
static char *
format_progress (const char     *points,
                 guint           needed,
                 OpsRenewalUnit  unit)
{
  switch (unit)
    {
    case OPS_RENEWAL_UNIT_POINTS:
      /* Translators: "41 of 75 points"; %1$s is what was logged, %2$u what the issuer asks for */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s of %2$u point", "%1$s of %2$u points", needed),
                              points, needed);
    case OPS_RENEWAL_UNIT_HOURS:
      /* Translators: "41 of 60 hours"; %1$s is what was logged, %2$u what the issuer asks for */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s of %2$u hour", "%1$s of %2$u hours", needed),
                              points, needed);
    case OPS_RENEWAL_UNIT_UNITS:
      /* Translators: "12 of 18 units" (recertification units); %1$s is what was logged, %2$u what is asked */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s of %2$u unit", "%1$s of %2$u units", needed),
                              points, needed);
    case OPS_RENEWAL_UNIT_PDUS:
      /* Translators: "20 of 60 PDUs" (PMI's professional development units); %1$s is what was logged, %2$u what is asked */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s of %2$u PDU", "%1$s of %2$u PDUs", needed),
                              points, needed);
    case OPS_RENEWAL_UNIT_UNNAMED:
    default:
      /* Translators: "41 of 75 points or hours", when the catalog does not say which */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s of %2$u point or hour",
                                           "%1$s of %2$u points or hours", needed), points, needed);
    }
}

/* What keeping it takes, so far: "41 of 75 points"; "41 of 75 points,
 * lapsed after May 13, 2031" once lapsed. The state beside it names the
 * day while it is valid or due ("Valid until May 13, 2031"), so this does
 * not say it again. %NULL when nothing is asked (not earned, or it does
 * not lapse). */
char *
ops_credential_describe_progress (const OpsCredentialStatus *status)
{
  g_autofree char *last = NULL;
  g_autofree char *logged = NULL;

  g_return_val_if_fail (status != NULL, NULL);

  if (status->state == OPS_CREDENTIAL_STATE_NOT_EARNED || status->state == OPS_CREDENTIAL_STATE_PERMANENT)
    return NULL;

  if (status->points_needed > 0)
    {
      g_autofree char *points = ops_credential_format_points (status->points);

      logged = format_progress (points, status->points_needed, status->unit);
    }
  else
    {
      g_autofree char *amount = ops_credential_format_amount (status->points, status->unit);

      /* Translators: "12 points logged", when the issuer names no number; %s is "12 points" */
      logged = g_strdup_printf (_("%s logged"), amount);
    }

  if (status->state != OPS_CREDENTIAL_STATE_LAPSED)
    return g_steal_pointer (&logged);

  last = ops_credential_format_day (ops_credential_last_valid_day (status));
  /* Translators: %1$s is "41 of 75 points", %2$s the last day it was valid, "May 13, 2031" */
  return g_strdup_printf (_("%1$s, lapsed after %2$s"), logged, last);
}
