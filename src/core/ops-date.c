/* ops-date.c: how OpsLadder writes a day
 *
 * One format for every day the app shows (a plan item's due date, a
 * credential's last valid day, an activity in its log), so one screen
 * never mixes "Mar 12, 2027" with "March 12, 2027".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-date.h"

/**
 * ops_date_format:
 * @date: (nullable): a date
 *
 * Returns: (nullable): @date as OpsLadder writes dates, "Mar 12, 2027",
 *   its spaces non-breaking
 */
char *
ops_date_format (GDateTime *date)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) words = NULL;

  if (date == NULL)
    return NULL;

  /* Translators: a date as g_date_time_format () writes it, "Mar 12,
   * 2027"; reorder for your language ("12. März 2027") */
  /* xgettext:no-c-format */
  text = g_date_time_format (date, _("%b %-d, %Y"));

  /* A wrapped row broke a date in two ("due Mar 31, / 2027", "fällig am
   * 30. September / 2027") at 360 px: the date is one word to the line
   * breaker, the text around it wraps instead. */
  words = g_strsplit (text, " ", -1);

  return g_strjoinv ("\u00a0", words);
}
