/* ops-star-story.c: a behavioural interview answer in the STAR form
 *
 * Situation, Task, Action, Result, linked to the achievements it tells of,
 * the skills it shows and the catalog's interview questions it answers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-plan-private.h"
#include "ops-star-story.h"

struct _OpsStarStory
{
  OpsPlanRecord parent_instance;
};

/* In the order they are written to a file. */
enum {
  PROP_0,
  PROP_TITLE,
  PROP_SITUATION,
  PROP_TASK,
  PROP_ACTION,
  PROP_RESULT,
  PROP_ACHIEVEMENT_IDS,
  PROP_SKILL_IDS,
  PROP_QUESTION_IDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsStarStory, ops_star_story, OPS_TYPE_PLAN_RECORD)

#define VALUE(prop) (_ops_plan_record_get_value (OPS_PLAN_RECORD (self), (prop)))

#define STRING_ACCESSORS(name, PROP)                                              \
  const char *                                                                    \
  ops_star_story_get_##name (OpsStarStory *self)                                  \
  {                                                                               \
    g_return_val_if_fail (OPS_IS_STAR_STORY (self), NULL);                        \
    return g_value_get_string (VALUE (PROP));                                     \
  }                                                                               \
  void                                                                            \
  ops_star_story_set_##name (OpsStarStory *self,                                  \
                             const char   *text)                                  \
  {                                                                               \
    g_return_if_fail (OPS_IS_STAR_STORY (self));                                  \
    _ops_plan_record_set_string (OPS_PLAN_RECORD (self), properties[PROP], text); \
  }

#define STRV_ACCESSORS(name, PROP)                                               \
  const char * const *                                                           \
  ops_star_story_get_##name (OpsStarStory *self)                                 \
  {                                                                              \
    g_return_val_if_fail (OPS_IS_STAR_STORY (self), NULL);                       \
    return g_value_get_boxed (VALUE (PROP));                                     \
  }                                                                              \
  void                                                                           \
  ops_star_story_set_##name (OpsStarStory       *self,                           \
                             const char * const *ids)                            \
  {                                                                              \
    g_return_if_fail (OPS_IS_STAR_STORY (self));                                 \
    _ops_plan_record_set_boxed (OPS_PLAN_RECORD (self), properties[PROP], ids);  \
  }

/* Each text is never %NULL; free text, possibly several lines. */
STRING_ACCESSORS (title, PROP_TITLE)
STRING_ACCESSORS (situation, PROP_SITUATION)
STRING_ACCESSORS (task, PROP_TASK)
STRING_ACCESSORS (action, PROP_ACTION)
STRING_ACCESSORS (result, PROP_RESULT)

/* Ids of the plan's achievements the story tells of, catalog skill ids,
 * catalog question ids; %NULL for none. An id that no longer resolves is
 * kept (undo may bring its achievement back) and shown as nothing. */
STRV_ACCESSORS (achievement_ids, PROP_ACHIEVEMENT_IDS)
STRV_ACCESSORS (skill_ids, PROP_SKILL_IDS)
STRV_ACCESSORS (question_ids, PROP_QUESTION_IDS)

/**
 * ops_star_story_new:
 * @title: (nullable): a short name for the story
 *
 * Returns: (transfer full): a story with a new id, in no plan
 */
OpsStarStory *
ops_star_story_new (const char *title)
{
  return g_object_new (OPS_TYPE_STAR_STORY, "title", title, NULL);
}

/* Whether the story is tagged with the catalog question @question_id. */
gboolean
ops_star_story_answers (OpsStarStory *self,
                        const char   *question_id)
{
  const char * const *ids;

  g_return_val_if_fail (OPS_IS_STAR_STORY (self), FALSE);
  g_return_val_if_fail (question_id != NULL, FALSE);

  ids = ops_star_story_get_question_ids (self);

  return ids != NULL && g_strv_contains (ids, question_id);
}

static void
ops_star_story_class_init (OpsStarStoryClass *klass)
{
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_SITUATION] = g_param_spec_string ("situation", NULL, NULL, "", flags);
  properties[PROP_TASK] = g_param_spec_string ("task", NULL, NULL, "", flags);
  properties[PROP_ACTION] = g_param_spec_string ("action", NULL, NULL, "", flags);
  properties[PROP_RESULT] = g_param_spec_string ("result", NULL, NULL, "", flags);
  properties[PROP_ACHIEVEMENT_IDS] = g_param_spec_boxed ("achievement-ids", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_SKILL_IDS] = g_param_spec_boxed ("skill-ids", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_QUESTION_IDS] = g_param_spec_boxed ("question-ids", NULL, NULL, G_TYPE_STRV, flags);

  _ops_plan_record_class_install (OPS_PLAN_RECORD_CLASS (klass), N_PROPS, properties);
}

static void
ops_star_story_init (OpsStarStory *self)
{
}
