/* ops-achievement.c: a result the person achieved, with its numbers
 *
 * The numbers are what makes an achievement worth a resume line, so the
 * line is computed from them (ops_achievement_dup_resume_line()) rather
 * than typed, and stays right when a number is corrected.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>

#include "ops-achievement.h"
#include "ops-plan-private.h"

struct _OpsAchievement
{
  OpsPlanRecord parent_instance;
};

/* In the order they are written to a file. */
enum {
  PROP_0,
  PROP_TITLE,
  PROP_ROLE,
  PROP_METHOD,
  PROP_DMAIC_PHASE,
  PROP_METRIC,
  PROP_METRIC_NAME,
  PROP_BASELINE,
  PROP_RESULT,
  PROP_UNIT,
  PROP_PERIOD,
  PROP_SAVINGS,
  PROP_SKILL_IDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsAchievement, ops_achievement, OPS_TYPE_PLAN_RECORD)

G_DEFINE_ENUM_TYPE (OpsAchievementMethod, ops_achievement_method,
  G_DEFINE_ENUM_VALUE (OPS_ACHIEVEMENT_METHOD_NONE, "none"),
  G_DEFINE_ENUM_VALUE (OPS_ACHIEVEMENT_METHOD_LEAN, "lean"),
  G_DEFINE_ENUM_VALUE (OPS_ACHIEVEMENT_METHOD_VALUE_STREAM_MAPPING, "value-stream-mapping"),
  G_DEFINE_ENUM_VALUE (OPS_ACHIEVEMENT_METHOD_FIVE_S, "5s"),
  G_DEFINE_ENUM_VALUE (OPS_ACHIEVEMENT_METHOD_KAIZEN, "kaizen"),
  G_DEFINE_ENUM_VALUE (OPS_ACHIEVEMENT_METHOD_DMAIC, "dmaic"),
  G_DEFINE_ENUM_VALUE (OPS_ACHIEVEMENT_METHOD_OTHER, "other"))

G_DEFINE_ENUM_TYPE (OpsDmaicPhase, ops_dmaic_phase,
  G_DEFINE_ENUM_VALUE (OPS_DMAIC_PHASE_DEFINE, "define"),
  G_DEFINE_ENUM_VALUE (OPS_DMAIC_PHASE_MEASURE, "measure"),
  G_DEFINE_ENUM_VALUE (OPS_DMAIC_PHASE_ANALYZE, "analyze"),
  G_DEFINE_ENUM_VALUE (OPS_DMAIC_PHASE_IMPROVE, "improve"),
  G_DEFINE_ENUM_VALUE (OPS_DMAIC_PHASE_CONTROL, "control"))

G_DEFINE_ENUM_TYPE (OpsAchievementMetric, ops_achievement_metric,
  G_DEFINE_ENUM_VALUE (OPS_ACHIEVEMENT_METRIC_CUSTOM, "custom"),
  G_DEFINE_ENUM_VALUE (OPS_ACHIEVEMENT_METRIC_LEAD_TIME, "lead-time"),
  G_DEFINE_ENUM_VALUE (OPS_ACHIEVEMENT_METRIC_THROUGHPUT, "throughput"),
  G_DEFINE_ENUM_VALUE (OPS_ACHIEVEMENT_METRIC_COST, "cost"),
  G_DEFINE_ENUM_VALUE (OPS_ACHIEVEMENT_METRIC_DEFECTS, "defects"),
  G_DEFINE_ENUM_VALUE (OPS_ACHIEVEMENT_METRIC_INVENTORY, "inventory"))

/* What to call the method in a sentence and a menu; %NULL for none. */
const char *
ops_achievement_method_get_label (OpsAchievementMethod method)
{
  switch (method)
    {
    case OPS_ACHIEVEMENT_METHOD_NONE: return NULL;
    case OPS_ACHIEVEMENT_METHOD_LEAN: return C_("improvement method", "Lean");
    case OPS_ACHIEVEMENT_METHOD_VALUE_STREAM_MAPPING: return C_("improvement method", "Value Stream Mapping");
    case OPS_ACHIEVEMENT_METHOD_FIVE_S: return C_("improvement method", "5S");
    case OPS_ACHIEVEMENT_METHOD_KAIZEN: return C_("improvement method", "Kaizen");
    case OPS_ACHIEVEMENT_METHOD_DMAIC: return C_("improvement method", "DMAIC");
    case OPS_ACHIEVEMENT_METHOD_OTHER: return C_("improvement method", "Other");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
ops_dmaic_phase_get_label (OpsDmaicPhase phase)
{
  switch (phase)
    {
    case OPS_DMAIC_PHASE_DEFINE: return C_("DMAIC phase", "Define");
    case OPS_DMAIC_PHASE_MEASURE: return C_("DMAIC phase", "Measure");
    case OPS_DMAIC_PHASE_ANALYZE: return C_("DMAIC phase", "Analyze");
    case OPS_DMAIC_PHASE_IMPROVE: return C_("DMAIC phase", "Improve");
    case OPS_DMAIC_PHASE_CONTROL: return C_("DMAIC phase", "Control");
    default: g_return_val_if_reached (NULL);
    }
}

/* Lower case, as it reads inside a resume line: "lead time". */
const char *
ops_achievement_metric_get_label (OpsAchievementMetric metric)
{
  switch (metric)
    {
    /* Translators: a measure the person tracked, mid-sentence in a resume
     * line such as "Cut lead time 32% (9.5 → 6.5 days)" */
    case OPS_ACHIEVEMENT_METRIC_CUSTOM: return C_("metric", "the result");
    case OPS_ACHIEVEMENT_METRIC_LEAD_TIME: return C_("metric", "lead time");
    case OPS_ACHIEVEMENT_METRIC_THROUGHPUT: return C_("metric", "throughput");
    case OPS_ACHIEVEMENT_METRIC_COST: return C_("metric", "costs");
    case OPS_ACHIEVEMENT_METRIC_DEFECTS: return C_("metric", "defects");
    case OPS_ACHIEVEMENT_METRIC_INVENTORY: return C_("metric", "inventory");
    default: g_return_val_if_reached (NULL);
    }
}

#define VALUE(prop) (_ops_plan_record_get_value (OPS_PLAN_RECORD (self), (prop)))
#define RECORD(self) (OPS_PLAN_RECORD (self))

/**
 * ops_achievement_new:
 * @title: (nullable): what the person did, in their words
 *
 * Returns: (transfer full): an achievement with a new id, in no plan; add
 *   it with ops_plan_add_record()
 */
OpsAchievement *
ops_achievement_new (const char *title)
{
  return g_object_new (OPS_TYPE_ACHIEVEMENT, "title", title, NULL);
}

/* Never %NULL. */
const char *
ops_achievement_get_title (OpsAchievement *self)
{
  g_return_val_if_fail (OPS_IS_ACHIEVEMENT (self), NULL);

  return g_value_get_string (VALUE (PROP_TITLE));
}

void
ops_achievement_set_title (OpsAchievement *self,
                           const char     *title)
{
  g_return_if_fail (OPS_IS_ACHIEVEMENT (self));

  _ops_plan_record_set_string (RECORD (self), properties[PROP_TITLE], title);
}

/* The role the person held at the time, as free text, or %NULL. */
const char *
ops_achievement_get_role (OpsAchievement *self)
{
  g_return_val_if_fail (OPS_IS_ACHIEVEMENT (self), NULL);

  return g_value_get_string (VALUE (PROP_ROLE));
}

void
ops_achievement_set_role (OpsAchievement *self,
                          const char     *role)
{
  g_return_if_fail (OPS_IS_ACHIEVEMENT (self));

  _ops_plan_record_set_string (RECORD (self), properties[PROP_ROLE], role);
}

OpsAchievementMethod
ops_achievement_get_method (OpsAchievement *self)
{
  g_return_val_if_fail (OPS_IS_ACHIEVEMENT (self), OPS_ACHIEVEMENT_METHOD_NONE);

  return g_value_get_enum (VALUE (PROP_METHOD));
}

void
ops_achievement_set_method (OpsAchievement       *self,
                            OpsAchievementMethod  method)
{
  g_return_if_fail (OPS_IS_ACHIEVEMENT (self));

  _ops_plan_record_set_enum (RECORD (self), properties[PROP_METHOD], method);
}

/* Where a DMAIC project stands; meaningful only when the method is DMAIC. */
OpsDmaicPhase
ops_achievement_get_dmaic_phase (OpsAchievement *self)
{
  g_return_val_if_fail (OPS_IS_ACHIEVEMENT (self), OPS_DMAIC_PHASE_DEFINE);

  return g_value_get_enum (VALUE (PROP_DMAIC_PHASE));
}

void
ops_achievement_set_dmaic_phase (OpsAchievement *self,
                                 OpsDmaicPhase   phase)
{
  g_return_if_fail (OPS_IS_ACHIEVEMENT (self));

  _ops_plan_record_set_enum (RECORD (self), properties[PROP_DMAIC_PHASE], phase);
}

OpsAchievementMetric
ops_achievement_get_metric (OpsAchievement *self)
{
  g_return_val_if_fail (OPS_IS_ACHIEVEMENT (self), OPS_ACHIEVEMENT_METRIC_CUSTOM);

  return g_value_get_enum (VALUE (PROP_METRIC));
}

void
ops_achievement_set_metric (OpsAchievement       *self,
                            OpsAchievementMetric  metric)
{
  g_return_if_fail (OPS_IS_ACHIEVEMENT (self));

  _ops_plan_record_set_enum (RECORD (self), properties[PROP_METRIC], metric);
}

/* The person's name for the measure ("order lead time"), or %NULL for
 * the metric's own label. It names a custom metric. */
const char *
ops_achievement_get_metric_name (OpsAchievement *self)
{
  g_return_val_if_fail (OPS_IS_ACHIEVEMENT (self), NULL);

  return g_value_get_string (VALUE (PROP_METRIC_NAME));
}

void
ops_achievement_set_metric_name (OpsAchievement *self,
                                 const char     *name)
{
  g_return_if_fail (OPS_IS_ACHIEVEMENT (self));

  _ops_plan_record_set_string (RECORD (self), properties[PROP_METRIC_NAME], name);
}

/* The value before; 0 together with a result of 0 means no numbers yet. */
double
ops_achievement_get_baseline (OpsAchievement *self)
{
  g_return_val_if_fail (OPS_IS_ACHIEVEMENT (self), 0);

  return g_value_get_double (VALUE (PROP_BASELINE));
}

void
ops_achievement_set_baseline (OpsAchievement *self,
                              double          baseline)
{
  g_return_if_fail (OPS_IS_ACHIEVEMENT (self));
  g_return_if_fail (isfinite (baseline) && fabs (baseline) <= OPS_ACHIEVEMENT_MAX_VALUE);

  _ops_plan_record_set_double (RECORD (self), properties[PROP_BASELINE], baseline);
}

double
ops_achievement_get_result (OpsAchievement *self)
{
  g_return_val_if_fail (OPS_IS_ACHIEVEMENT (self), 0);

  return g_value_get_double (VALUE (PROP_RESULT));
}

void
ops_achievement_set_result (OpsAchievement *self,
                            double          result)
{
  g_return_if_fail (OPS_IS_ACHIEVEMENT (self));
  g_return_if_fail (isfinite (result) && fabs (result) <= OPS_ACHIEVEMENT_MAX_VALUE);

  _ops_plan_record_set_double (RECORD (self), properties[PROP_RESULT], result);
}

/* "days", "units", "USD"… as typed, or %NULL. */
const char *
ops_achievement_get_unit (OpsAchievement *self)
{
  g_return_val_if_fail (OPS_IS_ACHIEVEMENT (self), NULL);

  return g_value_get_string (VALUE (PROP_UNIT));
}

void
ops_achievement_set_unit (OpsAchievement *self,
                          const char     *unit)
{
  g_return_if_fail (OPS_IS_ACHIEVEMENT (self));

  _ops_plan_record_set_string (RECORD (self), properties[PROP_UNIT], unit);
}

/* What the numbers are counted over, written to follow the unit: "per
 * week", "a month". %NULL when they are not rates. */
const char *
ops_achievement_get_period (OpsAchievement *self)
{
  g_return_val_if_fail (OPS_IS_ACHIEVEMENT (self), NULL);

  return g_value_get_string (VALUE (PROP_PERIOD));
}

void
ops_achievement_set_period (OpsAchievement *self,
                            const char     *period)
{
  g_return_if_fail (OPS_IS_ACHIEVEMENT (self));

  _ops_plan_record_set_string (RECORD (self), properties[PROP_PERIOD], period);
}

/* Money saved, as the person writes it with its currency ("$40,000 a
 * year"): amounts and currencies are too varied to compute with. */
const char *
ops_achievement_get_savings (OpsAchievement *self)
{
  g_return_val_if_fail (OPS_IS_ACHIEVEMENT (self), NULL);

  return g_value_get_string (VALUE (PROP_SAVINGS));
}

void
ops_achievement_set_savings (OpsAchievement *self,
                             const char     *savings)
{
  g_return_if_fail (OPS_IS_ACHIEVEMENT (self));

  _ops_plan_record_set_string (RECORD (self), properties[PROP_SAVINGS], savings);
}

/* Catalog ids of the skills it shows, or %NULL. */
const char * const *
ops_achievement_get_skill_ids (OpsAchievement *self)
{
  g_return_val_if_fail (OPS_IS_ACHIEVEMENT (self), NULL);

  return g_value_get_boxed (VALUE (PROP_SKILL_IDS));
}

void
ops_achievement_set_skill_ids (OpsAchievement     *self,
                               const char * const *skill_ids)
{
  g_return_if_fail (OPS_IS_ACHIEVEMENT (self));

  _ops_plan_record_set_boxed (RECORD (self), properties[PROP_SKILL_IDS], skill_ids);
}

gboolean
ops_achievement_has_skill (OpsAchievement *self,
                           const char     *skill_id)
{
  const char * const *ids;

  g_return_val_if_fail (OPS_IS_ACHIEVEMENT (self), FALSE);
  g_return_val_if_fail (skill_id != NULL, FALSE);

  ids = ops_achievement_get_skill_ids (self);

  return ids != NULL && g_strv_contains (ids, skill_id);
}

/* Resume lines */

/**
 * ops_achievement_format_number:
 * @number: a baseline or result
 *
 * Formats a number for display the same way everywhere: rounded to two
 * decimals with trailing zeros dropped ("9.5", "120", "0.25"), no
 * grouping of thousands, a minus sign only for a number that is still
 * negative once rounded, and the locale's decimal mark. Grouping is left
 * out because a number copied into a resume should not change with the
 * reader's locale conventions for grouping, which differ the most.
 *
 * Returns: (transfer full): the text
 */
char *
ops_achievement_format_number (double number)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  const char *mark = localeconv ()->decimal_point;
  g_autoptr(GString) text = NULL;
  char *end;

  g_return_val_if_fail (isfinite (number), g_strdup (""));

  g_ascii_formatd (buffer, sizeof buffer, "%.2f", number);
  end = buffer + strlen (buffer);
  while (end > buffer && end[-1] == '0')
    *--end = '\0';
  if (end > buffer && end[-1] == '.')
    *--end = '\0';
  if (g_str_equal (buffer, "-0"))
    strcpy (buffer, "0");

  text = g_string_new (buffer);
  if (mark != NULL && mark[0] != '\0' && !g_str_equal (mark, "."))
    g_string_replace (text, ".", mark, 1);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The size of the change relative to the baseline, or %NULL when there is
 * none to state: a zero baseline (any change would be "infinite"), or a
 * change that rounds to nothing. Small changes keep a decimal, larger ones
 * are whole percents: "4.5%", "32%". Never signed: the verb says which
 * way. */
static char *
format_percent (double baseline,
                double result)
{
  g_autofree char *number = NULL;
  double percent;

  /* From the numbers as shown, so that a baseline shown as "0" never
   * gets a percentage. */
  baseline = round (baseline * 100) / 100;
  result = round (result * 100) / 100;
  if (baseline == 0)
    return NULL;

  percent = fabs (result - baseline) / fabs (baseline) * 100;
  if (percent < 0.05)
    return NULL;

  percent = percent < 9.95 ? round (percent * 10) / 10 : round (percent);
  number = ops_achievement_format_number (percent);

  /* Translators: a percentage in a resume line, e.g. "32%"; use the
   * spacing and sign of your language ("32 %") */
  return g_strdup_printf (C_("resume line", "%s%%"), number);
}

/* "9.5 → 6.5 days per week" */
static char *
format_change (OpsAchievement *self,
               double          baseline,
               double          result)
{
  g_autofree char *from = ops_achievement_format_number (baseline);
  g_autofree char *to = ops_achievement_format_number (result);
  const char *unit = ops_achievement_get_unit (self);
  const char *period = ops_achievement_get_period (self);
  GString *text = g_string_new (NULL);

  if (baseline == result)
    g_string_append (text, to);
  else
    g_string_append_printf (text, "%s → %s", from, to);
  if (unit != NULL)
    g_string_append_printf (text, " %s", unit);
  if (period != NULL)
    g_string_append_printf (text, " %s", period);

  return g_string_free (text, FALSE);
}

static char *
capitalize (const char *text)
{
  gunichar first = g_utf8_get_char (text);
  char buffer[8] = { 0 };

  g_unichar_to_utf8 (g_unichar_totitle (first), buffer);

  return g_strconcat (buffer, g_utf8_next_char (text), NULL);
}

typedef enum
{
  DIRECTION_NONE,    /* a custom metric: neither way is better */
  DIRECTION_LOWER,
  DIRECTION_HIGHER,
} Direction;

static Direction
better_direction (OpsAchievementMetric metric)
{
  switch (metric)
    {
    case OPS_ACHIEVEMENT_METRIC_THROUGHPUT:
      return DIRECTION_HIGHER;
    case OPS_ACHIEVEMENT_METRIC_LEAD_TIME:
    case OPS_ACHIEVEMENT_METRIC_COST:
    case OPS_ACHIEVEMENT_METRIC_DEFECTS:
    case OPS_ACHIEVEMENT_METRIC_INVENTORY:
      return DIRECTION_LOWER;
    case OPS_ACHIEVEMENT_METRIC_CUSTOM:
    default:
      return DIRECTION_NONE;
    }
}

/* The clause with the numbers, and whether the change went the wrong way. */
static char *
numbers_clause (OpsAchievement *self,
                gboolean       *wrong_way)
{
  double baseline = ops_achievement_get_baseline (self);
  double result = ops_achievement_get_result (self);
  Direction better = better_direction (ops_achievement_get_metric (self));
  gboolean down = result < baseline;
  const char *metric = ops_achievement_get_metric_name (self);
  g_autofree char *percent = format_percent (baseline, result);
  g_autofree char *change = format_change (self, baseline, result);
  g_autofree char *capital = NULL;

  if (metric == NULL)
    metric = ops_achievement_metric_get_label (ops_achievement_get_metric (self));

  *wrong_way = FALSE;

  if (baseline == result)
    /* Translators: a resume line for a measure kept steady, e.g. "Held
     * on-time delivery at 98 %"; %1$s is the measure, %2$s its value */
    return g_strdup_printf (C_("resume line", "Held %1$s at %2$s"), metric, change);

  if (better == DIRECTION_NONE)
    {
      if (down)
        return percent != NULL
          /* Translators: a resume line: %1$s a measure, %2$s a percentage,
           * %3$s the numbers, e.g. "Reduced changeover time 20% (50 → 40 minutes)" */
          ? g_strdup_printf (C_("resume line", "Reduced %1$s %2$s (%3$s)"), metric, percent, change)
          /* Translators: as above, without a percentage */
          : g_strdup_printf (C_("resume line", "Reduced %1$s (%2$s)"), metric, change);
      return percent != NULL
        /* Translators: a resume line, e.g. "Increased first-pass yield 5% (90 → 94.5 %)" */
        ? g_strdup_printf (C_("resume line", "Increased %1$s %2$s (%3$s)"), metric, percent, change)
        : g_strdup_printf (C_("resume line", "Increased %1$s (%2$s)"), metric, change);
    }

  if (down && better == DIRECTION_LOWER)
    return percent != NULL
      /* Translators: a resume line for a measure that is better lower, e.g.
       * "Cut order lead time 32% (9.5 → 6.5 days)" */
      ? g_strdup_printf (C_("resume line", "Cut %1$s %2$s (%3$s)"), metric, percent, change)
      : g_strdup_printf (C_("resume line", "Cut %1$s (%2$s)"), metric, change);

  if (!down && better == DIRECTION_HIGHER)
    return percent != NULL
      /* Translators: a resume line for a measure that is better higher,
       * e.g. "Raised throughput 25% (120 → 150 units per shift)" */
      ? g_strdup_printf (C_("resume line", "Raised %1$s %2$s (%3$s)"), metric, percent, change)
      /* Translators: as above, from a baseline of zero */
      : g_strdup_printf (C_("resume line", "Raised %1$s (%2$s)"), metric, change);

  /* The honest line: the numbers moved the wrong way. */
  *wrong_way = TRUE;
  capital = capitalize (metric);
  if (down)
    return percent != NULL
      /* Translators: a resume line stating honestly that a measure that
       * should rise fell, e.g. "Throughput fell 8% (150 → 138 units)" */
      ? g_strdup_printf (C_("resume line", "%1$s fell %2$s (%3$s)"), capital, percent, change)
      : g_strdup_printf (C_("resume line", "%1$s fell (%2$s)"), capital, change);
  return percent != NULL
    /* Translators: a resume line stating honestly that a measure that
     * should fall rose, e.g. "Lead time rose 12% (5 → 5.6 days)" */
    ? g_strdup_printf (C_("resume line", "%1$s rose %2$s (%3$s)"), capital, percent, change)
    : g_strdup_printf (C_("resume line", "%1$s rose (%2$s)"), capital, change);
}

/**
 * ops_achievement_dup_resume_line:
 * @self: an achievement
 *
 * A quantified resume line computed from the numbers, such as "Cut order
 * lead time 32% (9.5 → 6.5 days) by applying Value Stream Mapping, saving
 * $40,000 a year". The verb follows the metric's better direction: lead
 * time, cost, defects and inventory are "cut", throughput "raised"; a
 * change the wrong way is stated as it is ("Lead time rose 12% …"), and a
 * custom metric is "increased" or "reduced". The percentage is left out
 * when the baseline is 0. With no numbers (baseline and result both 0) the
 * line is the title. A pure function of the fields; not markup.
 *
 * Returns: (transfer full): the line, "" when there is nothing to say
 */
char *
ops_achievement_dup_resume_line (OpsAchievement *self)
{
  g_autoptr(GString) line = NULL;
  g_autofree char *clause = NULL;
  const char *method_label;
  const char *savings;
  gboolean wrong_way = FALSE;

  g_return_val_if_fail (OPS_IS_ACHIEVEMENT (self), NULL);

  if (ops_achievement_get_baseline (self) == 0 && ops_achievement_get_result (self) == 0)
    clause = g_strstrip (g_strdup (ops_achievement_get_title (self)));
  else
    clause = numbers_clause (self, &wrong_way);

  line = g_string_new (clause);
  method_label = ops_achievement_method_get_label (ops_achievement_get_method (self));
  if (method_label != NULL && ops_achievement_get_method (self) != OPS_ACHIEVEMENT_METHOD_OTHER && line->len > 0)
    g_string_append_printf (line, wrong_way
                            /* Translators: appended to a resume line that went the wrong way; %s is a method such as "Kaizen" */
                            ? C_("resume line", " while applying %s")
                            /* Translators: appended to a resume line; %s is a method such as "Value Stream Mapping" */
                            : C_("resume line", " by applying %s"),
                            method_label);

  savings = ops_achievement_get_savings (self);
  if (savings != NULL && line->len > 0)
    /* Translators: appended to a resume line; %s is an amount as the person typed it, e.g. "$40,000 a year" */
    g_string_append_printf (line, C_("resume line", ", saving %s"), savings);

  return g_string_free (g_steal_pointer (&line), FALSE);
}

static void
ops_achievement_class_init (OpsAchievementClass *klass)
{
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  /* As for plan items: a string whose default is NULL may be unset. */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, NULL, flags);
  properties[PROP_METHOD] =
    g_param_spec_enum ("method", NULL, NULL, OPS_TYPE_ACHIEVEMENT_METHOD, OPS_ACHIEVEMENT_METHOD_NONE, flags);
  properties[PROP_DMAIC_PHASE] =
    g_param_spec_enum ("dmaic-phase", NULL, NULL, OPS_TYPE_DMAIC_PHASE, OPS_DMAIC_PHASE_DEFINE, flags);
  properties[PROP_METRIC] =
    g_param_spec_enum ("metric", NULL, NULL, OPS_TYPE_ACHIEVEMENT_METRIC, OPS_ACHIEVEMENT_METRIC_CUSTOM, flags);
  properties[PROP_METRIC_NAME] =
    g_param_spec_string ("metric-name", NULL, NULL, NULL, flags);
  properties[PROP_BASELINE] =
    g_param_spec_double ("baseline", NULL, NULL, -OPS_ACHIEVEMENT_MAX_VALUE, OPS_ACHIEVEMENT_MAX_VALUE, 0, flags);
  properties[PROP_RESULT] =
    g_param_spec_double ("result", NULL, NULL, -OPS_ACHIEVEMENT_MAX_VALUE, OPS_ACHIEVEMENT_MAX_VALUE, 0, flags);
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL, flags);
  properties[PROP_PERIOD] =
    g_param_spec_string ("period", NULL, NULL, NULL, flags);
  properties[PROP_SAVINGS] =
    g_param_spec_string ("savings", NULL, NULL, NULL, flags);
  properties[PROP_SKILL_IDS] =
    g_param_spec_boxed ("skill-ids", NULL, NULL, G_TYPE_STRV, flags);

  _ops_plan_record_class_install (OPS_PLAN_RECORD_CLASS (klass), N_PROPS, properties);
}

static void
ops_achievement_init (OpsAchievement *self)
{
}
