/* ops-plan-fields.c: the keys of a plan file and the order they are
 * written in, described in docs/plan-format.md
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-plan-fields-private.h"
#include "ops-plan-serializer.h"

const OpsPlanField _ops_plan_fields[] = {
  { "owner-name", FALSE },
  { "current-role-id", FALSE },
  { "current-role-title", FALSE },
  { "target-role-id", FALSE },
  { "target-role-title", FALSE },
  { "target-date", FALSE },
  { "why", FALSE },
  { "hours-per-week", FALSE },
};

const OpsPlanField _ops_plan_item_fields[] = {
  { "kind", TRUE },
  { "catalog-id", FALSE },
  { "title", TRUE },
  { "status", FALSE },
  { "target-date", FALSE },
  { "completion-date", FALSE },
  { "effort-hours", FALSE },
  { "links", FALSE },
  { "notes", FALSE },
  { "credential-log", FALSE },
};

/* Every record also has an "id", read and written separately. */
static const OpsPlanField achievement_fields[] = {
  { "title", FALSE },
  { "role", FALSE },
  { "method", FALSE, TRUE },
  { "dmaic-phase", FALSE, TRUE },
  { "metric", FALSE, TRUE },
  { "metric-name", FALSE },
  { "baseline", FALSE },
  { "result", FALSE },
  { "unit", FALSE },
  { "period", FALSE },
  { "savings", FALSE },
  { "skill-ids", FALSE },
};

static const OpsPlanField story_fields[] = {
  { "title", FALSE },
  { "situation", FALSE },
  { "task", FALSE },
  { "action", FALSE },
  { "result", FALSE },
  { "achievement-ids", FALSE },
  { "skill-ids", FALSE },
  { "question-ids", FALSE },
};

static const OpsPlanField networking_fields[] = {
  { "organization", FALSE },
  { "organization-id", FALSE },
  { "event", FALSE },
  { "date", FALSE },
  { "contact", FALSE },
  { "follow-up-date", FALSE },
  { "notes", FALSE },
};

static const OpsPlanField application_fields[] = {
  { "organization", FALSE },
  { "title", FALSE },
  { "stage", FALSE },
  { "applied-date", FALSE },
  { "contact", FALSE },
  { "achievement-ids", FALSE },
  { "follow-up-date", FALSE },
  { "notes", FALSE },
};

const OpsPlanSection _ops_plan_sections[] = {
  /* Translators: a list's elements in errors: “title” of achievement 2, Achievement 2 has no “id” */
  { "achievements", N_("achievement"), N_("Achievement"), ops_achievement_get_type, ops_plan_get_achievements,
    achievement_fields, G_N_ELEMENTS (achievement_fields) },
  { "stories", N_("story"), N_("Story"), ops_star_story_get_type, ops_plan_get_stories,
    story_fields, G_N_ELEMENTS (story_fields) },
  { "networking", N_("networking entry"), N_("Networking entry"), ops_networking_entry_get_type,
    ops_plan_get_networking, networking_fields, G_N_ELEMENTS (networking_fields) },
  { "applications", N_("application"), N_("Application"), ops_job_application_get_type, ops_plan_get_applications,
    application_fields, G_N_ELEMENTS (application_fields) },
};

const gsize _ops_plan_n_fields = G_N_ELEMENTS (_ops_plan_fields);
const gsize _ops_plan_item_n_fields = G_N_ELEMENTS (_ops_plan_item_fields);
const gsize _ops_plan_n_sections = G_N_ELEMENTS (_ops_plan_sections);

/**
 * ops_plan_max_chars:
 * @key: the key of one of a plan's texts, its property name ("title",
 *   "notes", "situation", …)
 *
 * The most characters the plan file's reader takes in a text under @key
 * (or in each element of a list of texts such as "links"); a longer one
 * fails the load. The widgets that edit a plan's texts stop there too,
 * so what a person types can always be saved and read back.
 *
 * Returns: %OPS_PLAN_MAX_TEXT_CHARS for the texts that may span lines,
 *   else %OPS_PLAN_MAX_LINE_CHARS
 */
gsize
ops_plan_max_chars (const char *key)
{
  static const char * const long_texts[] = { "why", "notes", "situation", "task", "action", "result" };

  g_return_val_if_fail (key != NULL, OPS_PLAN_MAX_LINE_CHARS);

  for (gsize i = 0; i < G_N_ELEMENTS (long_texts); i++)
    if (g_str_equal (key, long_texts[i]))
      return OPS_PLAN_MAX_TEXT_CHARS;

  return OPS_PLAN_MAX_LINE_CHARS;
}
