/* ops-export-toolkit.c: credentials and the career toolkit in the
 * exported plan
 *
 * The credentials the person holds (done catalog certifications: their
 * state on the export day, their renewal progress and maintenance log),
 * then achievements with their resume lines, STAR stories, networking and job
 * applications, each a section of its own after the gap, and only when
 * the plan has some. The snapshot turns every record into a title, a line
 * of facts and labelled paragraphs on the thread that owns the plan; the
 * builder then sets them all the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-certification.h"
#include "ops-credential.h"
#include "ops-export-builder.h"
#include "ops-export-text.h"
#include "ops-pace.h"

#define TEXT_X 12.0

/* Snapshot */

static void
record_snapshot_free (gpointer data)
{
  OpsRecordSnapshot *record = data;

  g_free (record->title);
  g_free (record->meta);
  g_ptr_array_unref (record->labels);
  g_ptr_array_unref (record->texts);
  g_free (record);
}

static void
toolkit_snapshot_free (gpointer data)
{
  OpsToolkitSnapshot *section = data;

  g_ptr_array_unref (section->records);
  g_free (section);
}

static OpsRecordSnapshot *
record_new (const char *title,
            char       *meta)
{
  OpsRecordSnapshot *record = g_new0 (OpsRecordSnapshot, 1);

  record->title = g_strdup (title);
  record->meta = meta;
  record->labels = g_ptr_array_new_with_free_func (g_free);
  record->texts = g_ptr_array_new_with_free_func (g_free);

  return record;
}

/* Takes @text; nothing is added for an empty one. */
static void
add_text (OpsRecordSnapshot *record,
          OpsText            label,
          char              *text)
{
  if (text == NULL || text[0] == '\0')
    {
      g_free (text);
      return;
    }

  g_ptr_array_add (record->labels, g_strdup (ops_export_text (label)));
  g_ptr_array_add (record->texts, text);
}

/* The catalog names of @ids, one per line; an id the catalog lacks is
 * shown as it is. */
static char *
catalog_names (OpsCatalog         *catalog,
               const char * const *ids,
               const char         *separator)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      OpsCatalogItem *item = catalog != NULL ? ops_catalog_lookup (catalog, ids[i]) : NULL;

      if (names->len > 0)
        g_string_append (names, separator);
      g_string_append (names, item != NULL ? ops_catalog_item_get_name (item) : ids[i]);
    }

  return g_string_free_and_steal (g_steal_pointer (&names));
}

/* Titles of the plan's achievements with @ids; links that resolve to
 * nothing are left out. */
static char *
achievement_titles (OpsPlan            *plan,
                    const char * const *ids)
{
  g_autoptr(GString) titles = g_string_new (NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      OpsPlanRecord *record = ops_plan_find_record (plan, ids[i]);

      if (!OPS_IS_ACHIEVEMENT (record))
        continue;
      if (titles->len > 0)
        g_string_append_c (titles, '\n');
      g_string_append (titles, ops_achievement_get_title (OPS_ACHIEVEMENT (record)));
    }

  return g_string_free_and_steal (g_steal_pointer (&titles));
}

static OpsRecordSnapshot *
achievement_snapshot (OpsAchievement *achievement,
                      OpsCatalog     *catalog)
{
  OpsAchievementMethod method = ops_achievement_get_method (achievement);
  g_autofree char *phase = NULL;
  const char *parts[4] = { NULL };
  OpsRecordSnapshot *record;
  guint n = 0;

  if (ops_achievement_get_role (achievement) != NULL)
    parts[n++] = ops_achievement_get_role (achievement);
  if (method == OPS_ACHIEVEMENT_METHOD_DMAIC)
    /* The phase tells a reader whether the project is finished. */
    parts[n++] = phase = g_strdup_printf ("%s: %s", ops_achievement_method_get_label (method),
                                          ops_dmaic_phase_get_label (ops_achievement_get_dmaic_phase (achievement)));
  else if (method != OPS_ACHIEVEMENT_METHOD_NONE)
    parts[n++] = ops_achievement_method_get_label (method);

  record = record_new (ops_achievement_get_title (achievement), ops_export_format_meta (parts));
  add_text (record, OPS_TEXT_RESUME_LINE, ops_achievement_dup_resume_line (achievement));
  add_text (record, OPS_TEXT_SKILLS_SHOWN, catalog_names (catalog, ops_achievement_get_skill_ids (achievement), ", "));

  return record;
}

static OpsRecordSnapshot *
story_snapshot (OpsStarStory *story,
                OpsPlan      *plan,
                OpsCatalog   *catalog)
{
  OpsRecordSnapshot *record = record_new (ops_star_story_get_title (story), NULL);

  add_text (record, OPS_TEXT_ANSWERS, catalog_names (catalog, ops_star_story_get_question_ids (story), "\n"));
  add_text (record, OPS_TEXT_SITUATION, g_strdup (ops_star_story_get_situation (story)));
  add_text (record, OPS_TEXT_TASK, g_strdup (ops_star_story_get_task (story)));
  add_text (record, OPS_TEXT_ACTION, g_strdup (ops_star_story_get_action (story)));
  add_text (record, OPS_TEXT_RESULT, g_strdup (ops_star_story_get_result (story)));
  add_text (record, OPS_TEXT_ACHIEVEMENTS, achievement_titles (plan, ops_star_story_get_achievement_ids (story)));
  add_text (record, OPS_TEXT_SKILLS_SHOWN, catalog_names (catalog, ops_star_story_get_skill_ids (story), ", "));

  return record;
}

static OpsRecordSnapshot *
networking_snapshot (OpsNetworkingEntry *entry)
{
  const char *organization = ops_networking_entry_get_organization (entry);
  const char *event = ops_networking_entry_get_event (entry);
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;
  g_autofree char *follow_up = NULL;
  const char *parts[4] = { NULL };
  OpsRecordSnapshot *record;
  guint n = 0;

  title = ops_export_format_networking_title (organization, event);

  if (ops_networking_entry_get_date (entry) != NULL)
    parts[n++] = date = ops_export_format_date (ops_networking_entry_get_date (entry));
  if (ops_networking_entry_get_contact (entry) != NULL)
    parts[n++] = ops_networking_entry_get_contact (entry);
  if (ops_networking_entry_get_follow_up_date (entry) != NULL)
    parts[n++] = follow_up = ops_export_format_follow_up (ops_networking_entry_get_follow_up_date (entry));

  record = record_new (title, ops_export_format_meta (parts));
  add_text (record, OPS_TEXT_NOTES, g_strdup (ops_networking_entry_get_notes (entry)));

  return record;
}

static OpsRecordSnapshot *
application_snapshot (OpsJobApplication *application,
                      OpsPlan           *plan)
{
  g_autofree char *title = ops_export_format_job (ops_job_application_get_title (application),
                                                  ops_job_application_get_organization (application));
  g_autofree char *applied = NULL;
  g_autofree char *follow_up = NULL;
  const char *parts[5] = { NULL };
  OpsRecordSnapshot *record;
  guint n = 0;

  parts[n++] = ops_application_stage_get_label (ops_job_application_get_stage (application));
  if (ops_job_application_get_applied_date (application) != NULL)
    parts[n++] = applied = ops_export_format_applied (ops_job_application_get_applied_date (application));
  if (ops_job_application_get_follow_up_date (application) != NULL)
    parts[n++] = follow_up = ops_export_format_follow_up (ops_job_application_get_follow_up_date (application));
  if (ops_job_application_get_contact (application) != NULL)
    parts[n++] = ops_job_application_get_contact (application);

  record = record_new (title, ops_export_format_meta (parts));
  add_text (record, OPS_TEXT_ACHIEVEMENTS_USED,
            achievement_titles (plan, ops_job_application_get_achievement_ids (application)));
  add_text (record, OPS_TEXT_NOTES, g_strdup (ops_job_application_get_notes (application)));

  return record;
}

/* One line per activity, oldest first: "10 Jan 2027 · 20 points ·
 * APICS course", in the issuer's unit, marked when it falls outside the current cycle. */
static char *
credential_log_text (OpsCredentialLog          *log,
                     const OpsCredentialStatus *status)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < ops_credential_log_get_n_activities (log); i++)
    {
      const OpsCredentialActivity *activity = ops_credential_log_get_activity (log, i);
      g_autoptr(GDateTime) date = ops_pace_day_to_date (activity->day);
      g_autofree char *day = ops_export_format_date (date);
      g_autofree char *points = ops_credential_format_amount (activity->points, status->unit);
      const char *parts[] = { day, points, activity->note,
                              ops_credential_counts (status, activity->day) ? "" : ops_export_text (OPS_TEXT_NOT_IN_CYCLE),
                              NULL };
      g_autofree char *line = ops_export_format_meta (parts);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
    }

  return g_string_free_and_steal (g_steal_pointer (&text));
}

static OpsRecordSnapshot *
credential_snapshot (OpsPlanItem               *item,
                     OpsCertification          *certification,
                     const OpsCredentialStatus *status)
{
  g_autofree char *state = ops_credential_describe_state (status);
  g_autoptr(GDateTime) earned = ops_pace_day_to_date (status->earned);
  g_autofree char *earned_text = ops_export_format_earned (earned);
  const char *parts[] = { state, earned_text, NULL };
  OpsRecordSnapshot *record = record_new (ops_plan_item_get_title (item), ops_export_format_meta (parts));

  add_text (record, OPS_TEXT_RENEWAL, ops_credential_describe_progress (status));
  add_text (record, OPS_TEXT_RENEWAL_RULE, g_strdup (ops_certification_get_renewal (certification)));
  add_text (record, OPS_TEXT_MAINTENANCE_LOG, credential_log_text (ops_plan_item_get_credential_log (item), status));

  return record;
}

static GPtrArray *
credential_records (OpsPlan    *plan,
                    OpsCatalog *catalog,
                    guint32     today)
{
  GListModel *items = ops_plan_get_items (plan);
  GPtrArray *records = g_ptr_array_new_with_free_func (record_snapshot_free);

  for (guint i = 0; catalog != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(OpsPlanItem) item = g_list_model_get_item (items, i);
      OpsCredentialStatus status;

      if (ops_credential_status_for_item (item, catalog, today, &status) &&
          status.state != OPS_CREDENTIAL_STATE_NOT_EARNED)
        g_ptr_array_add (records, credential_snapshot (item, OPS_CERTIFICATION (ops_catalog_lookup (
                                                         catalog, ops_plan_item_get_catalog_id (item))), &status));
    }

  return records;
}

static void
add_section (GPtrArray *toolkit,
             OpsText    heading,
             GPtrArray *records)
{
  OpsToolkitSnapshot *section;

  if (records->len == 0)
    {
      g_ptr_array_unref (records);
      return;
    }

  section = g_new0 (OpsToolkitSnapshot, 1);
  section->heading = heading;
  section->records = records;
  g_ptr_array_add (toolkit, section);
}

/**
 * ops_export_snapshot_toolkit:
 * @plan: the plan
 * @catalog: (nullable): for the names of skills and questions, and the
 *   renewal rules of credentials
 * @export_date: the day credentials are judged on
 *
 * Must run on the thread that owns @plan and @catalog.
 *
 * Returns: (transfer full): the #OpsToolkitSnapshot sections that have
 *   records, in printing order
 */
GPtrArray *
ops_export_snapshot_toolkit (OpsPlan    *plan,
                             OpsCatalog *catalog,
                             GDateTime  *export_date)
{
  GPtrArray *toolkit = g_ptr_array_new_with_free_func (toolkit_snapshot_free);
  GListModel *list;
  GPtrArray *records;

  add_section (toolkit, OPS_TEXT_CREDENTIALS, credential_records (plan, catalog, ops_pace_day_from_date (export_date)));

  list = ops_plan_get_achievements (plan);
  records = g_ptr_array_new_with_free_func (record_snapshot_free);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(OpsAchievement) achievement = g_list_model_get_item (list, i);

      g_ptr_array_add (records, achievement_snapshot (achievement, catalog));
    }
  add_section (toolkit, OPS_TEXT_ACHIEVEMENTS, records);

  list = ops_plan_get_stories (plan);
  records = g_ptr_array_new_with_free_func (record_snapshot_free);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(OpsStarStory) story = g_list_model_get_item (list, i);

      g_ptr_array_add (records, story_snapshot (story, plan, catalog));
    }
  add_section (toolkit, OPS_TEXT_STORIES, records);

  list = ops_plan_get_networking (plan);
  records = g_ptr_array_new_with_free_func (record_snapshot_free);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(OpsNetworkingEntry) entry = g_list_model_get_item (list, i);

      g_ptr_array_add (records, networking_snapshot (entry));
    }
  add_section (toolkit, OPS_TEXT_NETWORKING, records);

  list = ops_plan_get_applications (plan);
  records = g_ptr_array_new_with_free_func (record_snapshot_free);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(OpsJobApplication) application = g_list_model_get_item (list, i);

      g_ptr_array_add (records, application_snapshot (application, plan));
    }
  add_section (toolkit, OPS_TEXT_APPLICATIONS, records);

  return toolkit;
}

/* Layout */

static void
decorate_record (OpsExportBlock *block,
                 cairo_t        *cr,
                 double          from,
                 double          to)
{
  /* A thin bar down the record's left edge ties its parts together. */
  ops_export_set_ink (cr, OPS_INK_RULE);
  cairo_rectangle (cr, 0, from, 2, to - from);
  cairo_fill (cr);
}

/* Title, facts, then each labelled text. Only the texts may continue on
 * the next page, and only when the record is taller than a page. */
static OpsExportBlock *
record_block_new (OpsExportBuilder  *builder,
                  OpsRecordSnapshot *record,
                  double             space_before)
{
  OpsExportBlock *block = ops_export_block_new (space_before);
  double width = builder->width - TEXT_X;
  OpsExportPiece *piece;
  double y;

  piece = ops_export_block_add_text (block, builder->context, OPS_FONT_ITEM_TITLE, record->title, TEXT_X, 0, width);
  ops_export_layout_keep_left (piece->layout);
  y = ops_export_piece_bottom (piece);
  if (record->meta != NULL)
    {
      piece = ops_export_block_add_text (block, builder->context, OPS_FONT_META, record->meta, TEXT_X, y + 1, width);
      y = ops_export_piece_bottom (piece);
    }

  for (guint i = 0; i < record->texts->len; i++)
    {
      piece = ops_export_block_add_text (block, builder->context, OPS_FONT_LABEL,
                                         g_ptr_array_index (record->labels, i), TEXT_X, y + 5, width);
      ops_export_layout_set_composed (piece->layout);
      y = ops_export_piece_bottom (piece);
      piece = ops_export_block_add_text (block, builder->context, OPS_FONT_BODY,
                                         g_ptr_array_index (record->texts, i), TEXT_X, y + 1, width);
      piece->splittable = TRUE;
      y = ops_export_piece_bottom (piece);
    }

  block->height = y;
  block->splittable = TRUE;
  block->continuation_x = TEXT_X;
  ops_export_block_set_data (block, decorate_record, NULL, NULL);

  return block;
}

void
ops_export_build_toolkit (OpsExportBuilder *builder,
                          OpsPlanSnapshot  *snapshot)
{
  for (guint s = 0; s < snapshot->toolkit->len; s++)
    {
      OpsToolkitSnapshot *section = g_ptr_array_index (snapshot->toolkit, s);

      ops_export_builder_add_heading (builder, ops_export_text (section->heading), NULL);
      for (guint i = 0; i < section->records->len; i++)
        ops_export_builder_add (builder, record_block_new (builder, g_ptr_array_index (section->records, i),
                                                           i == 0 ? 10 : 14));
    }
}
