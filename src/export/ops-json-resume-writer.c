/* ops-json-resume-writer.c: the person's record as JSON Resume data
 *
 * JSON Resume (https://jsonresume.org/schema) is the open resume format
 * that resume-cli and the themes listed on jsonresume.org turn into a
 * resume. A plan knows part of a resume, and only that part is written:
 *
 *   basics         name: the owner; label: the current role
 *   work           one entry per role the achievements were made in:
 *                  position, and the achievements' resume lines as
 *                  highlights
 *   education      finished education steps: area (the step's name), the
 *                  day it was finished as endDate
 *   certificates   finished certifications: name, issuer (the catalog's),
 *                  the day finished as date; not one whose credential has
 *                  lapsed (the schema has no field to say so, and a
 *                  resume lists what the person holds)
 *   skills         finished skill steps, then the skills achievements show:
 *                  name, and the catalog's other names for it as keywords
 *   projects       achievements made in no named role (name, highlights),
 *                  and finished experience steps (name, endDate)
 *
 * Nothing is made up to fill the format: no employer, no start dates, no
 * levels, no institution. Notes, stories, networking and applications are
 * the person's working notes and stay in the plan. Catalog entries are
 * named in the person's language, as in the PDF. Text is written as it is
 * (the generator escapes what JSON needs), and a section with nothing in
 * it is left out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "ops-certification.h"
#include "ops-credential.h"
#include "ops-export-text.h"
#include "ops-json-resume-writer.h"
#include "ops-skill.h"

static gboolean
is_set (const char *text)
{
  return text != NULL && text[0] != '\0';
}

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *text)
{
  if (!is_set (text))
    return;
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, text);
}

/* The schema's dates match ^[1-2][0-9]{3}…: a plan's day in year 1 to 999
 * or 3000 to 9999 (a typo, surely) would make the whole file invalid, so
 * it is left out. */
static void
add_date (JsonBuilder *builder,
          const char  *member,
          GDateTime   *date)
{
  g_autofree char *text = NULL;

  if (date == NULL || g_date_time_get_year (date) < 1000 || g_date_time_get_year (date) > 2999)
    return;
  text = g_date_time_format (date, "%Y-%m-%d");
  add_string (builder, member, text);
}

static void
add_strings (JsonBuilder        *builder,
             const char         *member,
             const char * const *texts)
{
  if (texts == NULL || texts[0] == NULL)
    return;
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; texts[i] != NULL; i++)
    json_builder_add_string_value (builder, texts[i]);
  json_builder_end_array (builder);
}

/* Ends @builder's array: its node, or %NULL when it is empty. */
static JsonNode *
finish_array (JsonBuilder *builder)
{
  g_autoptr(JsonNode) node = NULL;

  json_builder_end_array (builder);
  node = json_builder_get_root (builder);

  return json_array_get_length (json_node_get_array (node)) > 0 ? g_steal_pointer (&node) : NULL;
}

static OpsCatalogItem *
lookup (OpsCatalog *catalog,
        const char *id)
{
  return catalog != NULL && id != NULL ? ops_catalog_lookup (catalog, id) : NULL;
}

/* The catalog's name, in the person's language, wins over the title the
 * plan stored when the entry was picked. */
static const char *
item_name (OpsPlanItem    *item,
           OpsCatalogItem *entry)
{
  return entry != NULL ? ops_catalog_item_get_name (entry) : ops_plan_item_get_title (item);
}

/* The items of @kind that are done, in the plan's order: planned,
 * in-progress and skipped steps are not yet on a resume. */
static GPtrArray *
done_items (OpsPlan         *plan,
            OpsPlanItemKind  kind)
{
  GListModel *items = ops_plan_get_items (plan);
  GPtrArray *done = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(OpsPlanItem) item = g_list_model_get_item (items, i);

      if (ops_plan_item_get_kind (item) == kind && ops_plan_item_get_status (item) == OPS_PLAN_ITEM_STATUS_DONE)
        g_ptr_array_add (done, g_steal_pointer (&item));
    }

  return done;
}

static void
add_basics (JsonBuilder *builder,
            OpsPlan     *plan,
            OpsCatalog  *catalog)
{
  OpsCatalogItem *role = lookup (catalog, ops_plan_get_current_role_id (plan));

  json_builder_set_member_name (builder, "basics");
  json_builder_begin_object (builder);
  add_string (builder, "name", ops_plan_get_owner_name (plan));
  add_string (builder, "label", role != NULL ? ops_catalog_item_get_name (role) : ops_plan_get_current_role_title (plan));
  json_builder_end_object (builder);
}

/* Two spellings of one role ("Shift Lead", "shift lead ") are one job. */
static char *
role_key (const char *role)
{
  g_autofree char *stripped = g_strstrip (g_strdup (role != NULL ? role : ""));
  g_autofree char *normal = g_utf8_normalize (stripped, -1, G_NORMALIZE_NFC);

  return stripped[0] != '\0' ? g_utf8_casefold (normal, -1) : NULL;
}

typedef struct
{
  char      *position;  /* the first spelling */
  GPtrArray *highlights;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->position);
  g_ptr_array_unref (job->highlights);
  g_free (job);
}

/* Achievements grouped by the role they were made in, in the order the
 * roles first appear; those of no role go to @unplaced. */
static GPtrArray *
collect_jobs (OpsPlan   *plan,
              GPtrArray *unplaced)
{
  GListModel *achievements = ops_plan_get_achievements (plan);
  g_autoptr(GHashTable) by_role = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *jobs = g_ptr_array_new_with_free_func (job_free);

  for (guint i = 0; i < g_list_model_get_n_items (achievements); i++)
    {
      g_autoptr(OpsAchievement) achievement = g_list_model_get_item (achievements, i);
      const char *role = ops_achievement_get_role (achievement);
      char *key = role_key (role);
      char *line = ops_achievement_dup_resume_line (achievement);
      Job *job;

      if (key == NULL)
        {
          g_ptr_array_add (unplaced, g_object_ref (achievement));
          g_free (line);
          continue;
        }
      job = g_hash_table_lookup (by_role, key);
      if (job == NULL)
        {
          job = g_new0 (Job, 1);
          job->position = g_strdup (role);
          job->highlights = g_ptr_array_new_null_terminated (1, g_free, TRUE);
          g_ptr_array_add (jobs, job);
          g_hash_table_insert (by_role, key, job);
        }
      else
        g_free (key);
      /* An achievement with neither numbers nor a title says nothing. */
      if (line[0] != '\0')
        g_ptr_array_add (job->highlights, line);
      else
        g_free (line);
    }

  return jobs;
}

static JsonNode *
build_work (GPtrArray *jobs)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < jobs->len; i++)
    {
      Job *job = g_ptr_array_index (jobs, i);

      json_builder_begin_object (builder);
      add_string (builder, "position", job->position);
      add_strings (builder, "highlights", (const char * const *) job->highlights->pdata);
      json_builder_end_object (builder);
    }

  return finish_array (builder);
}

static JsonNode *
build_education (OpsPlan    *plan,
                 OpsCatalog *catalog)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GPtrArray) items = done_items (plan, OPS_PLAN_ITEM_KIND_EDUCATION);

  json_builder_begin_array (builder);
  for (guint i = 0; i < items->len; i++)
    {
      OpsPlanItem *item = g_ptr_array_index (items, i);
      OpsCatalogItem *entry = lookup (catalog, ops_plan_item_get_catalog_id (item));

      /* "Bachelor’s in Supply Chain Management" is the study; the plan
       * does not know the school. */
      json_builder_begin_object (builder);
      add_string (builder, "area", item_name (item, entry));
      add_date (builder, "endDate", ops_plan_item_get_completion_date (item));
      json_builder_end_object (builder);
    }

  return finish_array (builder);
}

static JsonNode *
build_certificates (OpsPlan    *plan,
                    OpsCatalog *catalog,
                    guint32     today)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GPtrArray) items = done_items (plan, OPS_PLAN_ITEM_KIND_CERTIFICATION);

  json_builder_begin_array (builder);
  for (guint i = 0; i < items->len; i++)
    {
      OpsPlanItem *item = g_ptr_array_index (items, i);
      OpsCatalogItem *entry = lookup (catalog, ops_plan_item_get_catalog_id (item));
      OpsCertification *cert = OPS_IS_CERTIFICATION (entry) ? OPS_CERTIFICATION (entry) : NULL;
      OpsCatalogItem *issuer = cert != NULL ? ops_certification_get_issuer (cert) : NULL;
      g_autofree char *name = NULL;
      OpsCredentialStatus status;

      /* Held no longer: renewed, it comes back. */
      if (cert != NULL && ops_credential_status_for_item (item, catalog, today, &status) &&
          status.state == OPS_CREDENTIAL_STATE_LAPSED)
        continue;

      if (cert != NULL)
        name = ops_export_format_certificate_name (ops_certification_get_full_name (cert), item_name (item, entry));
      else
        name = g_strdup (item_name (item, entry));

      json_builder_begin_object (builder);
      add_string (builder, "name", name);
      add_string (builder, "issuer", issuer != NULL ? ops_catalog_item_get_name (issuer) : NULL);
      add_date (builder, "date", ops_plan_item_get_completion_date (item));
      json_builder_end_object (builder);
    }

  return finish_array (builder);
}

/* Adds a skill once: by its catalog id, or by its name for the person's
 * own. */
static void
add_skill (JsonBuilder    *builder,
           GHashTable     *seen,
           OpsCatalogItem *entry,
           const char     *title)
{
  const char *name = entry != NULL ? ops_catalog_item_get_name (entry) : title;
  g_autofree char *key = entry != NULL ? g_strconcat ("id:", ops_catalog_item_get_id (entry), NULL)
                                       : g_strconcat ("name:", title, NULL);

  if (!is_set (name) || !g_hash_table_add (seen, g_steal_pointer (&key)))
    return;

  json_builder_begin_object (builder);
  add_string (builder, "name", name);
  /* The catalog's other names ("VSM", "process mapping") are the words a
   * reader or a keyword search looks for. */
  if (entry != NULL)
    add_strings (builder, "keywords", ops_catalog_item_get_texts (entry, "synonym"));
  json_builder_end_object (builder);
}

static JsonNode *
build_skills (OpsPlan    *plan,
              OpsCatalog *catalog)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) items = done_items (plan, OPS_PLAN_ITEM_KIND_SKILL);
  GListModel *achievements = ops_plan_get_achievements (plan);

  json_builder_begin_array (builder);
  for (guint i = 0; i < items->len; i++)
    {
      OpsPlanItem *item = g_ptr_array_index (items, i);
      OpsCatalogItem *entry = lookup (catalog, ops_plan_item_get_catalog_id (item));

      add_skill (builder, seen, OPS_IS_SKILL (entry) ? entry : NULL, ops_plan_item_get_title (item));
    }

  /* A skill an achievement shows is one the person has, as the gap
   * analysis counts it; an id the catalog lacks names nothing. */
  for (guint i = 0; i < g_list_model_get_n_items (achievements); i++)
    {
      g_autoptr(OpsAchievement) achievement = g_list_model_get_item (achievements, i);
      const char * const *ids = ops_achievement_get_skill_ids (achievement);

      for (guint j = 0; ids != NULL && ids[j] != NULL; j++)
        {
          OpsCatalogItem *entry = lookup (catalog, ids[j]);

          if (OPS_IS_SKILL (entry))
            add_skill (builder, seen, entry, NULL);
        }
    }

  return finish_array (builder);
}

static JsonNode *
build_projects (OpsPlan   *plan,
                GPtrArray *unplaced)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GPtrArray) items = done_items (plan, OPS_PLAN_ITEM_KIND_EXPERIENCE);

  json_builder_begin_array (builder);
  for (guint i = 0; i < unplaced->len; i++)
    {
      OpsAchievement *achievement = g_ptr_array_index (unplaced, i);
      const char *title = ops_achievement_get_title (achievement);
      g_autofree char *bare_title = g_strstrip (g_strdup (title != NULL ? title : ""));
      g_autofree char *line = ops_achievement_dup_resume_line (achievement);
      const char *highlights[] = { line, NULL };

      if (!is_set (line))
        continue;
      json_builder_begin_object (builder);
      add_string (builder, "name", title);
      /* With no numbers, the line is the title: once is enough. */
      if (!g_str_equal (line, bare_title))
        add_strings (builder, "highlights", highlights);
      json_builder_end_object (builder);
    }

  for (guint i = 0; i < items->len; i++)
    {
      OpsPlanItem *item = g_ptr_array_index (items, i);

      json_builder_begin_object (builder);
      add_string (builder, "name", ops_plan_item_get_title (item));
      add_date (builder, "endDate", ops_plan_item_get_completion_date (item));
      json_builder_end_object (builder);
    }

  return finish_array (builder);
}

static void
add_section (JsonBuilder *builder,
             const char  *member,
             JsonNode    *array)
{
  if (array == NULL)
    return;
  json_builder_set_member_name (builder, member);
  json_builder_add_value (builder, array);
}

/**
 * ops_json_resume_writer_render:
 * @plan: the plan
 * @catalog: (nullable): names the catalog entries the plan refers to
 *
 * The person's record as a JSON Resume document (see the top of this
 * file for what goes where), as of today, indented by two spaces, ending
 * in a newline. An empty plan gives `{"basics": {}}`. Must run on the
 * thread that owns @plan and @catalog.
 *
 * Returns: (transfer full): UTF-8 JSON text
 */
GBytes *
ops_json_resume_writer_render (OpsPlan    *plan,
                               OpsCatalog *catalog)
{
  return ops_json_resume_writer_render_on (plan, catalog, ops_credential_today ());
}

/**
 * ops_json_resume_writer_render_on:
 * @plan: the plan
 * @catalog: (nullable): names the catalog entries the plan refers to
 * @today: the day a credential's lapse is judged from, a Julian day
 *
 * Like ops_json_resume_writer_render(), as of @today.
 *
 * Returns: (transfer full): UTF-8 JSON text
 */
GBytes *
ops_json_resume_writer_render_on (OpsPlan    *plan,
                                  OpsCatalog *catalog,
                                  guint32     today)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) unplaced = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) jobs = NULL;
  GString *text;

  g_return_val_if_fail (OPS_IS_PLAN (plan), NULL);
  g_return_val_if_fail (catalog == NULL || OPS_IS_CATALOG (catalog), NULL);

  jobs = collect_jobs (plan, unplaced);

  /* In the schema's order of sections. */
  json_builder_begin_object (builder);
  add_basics (builder, plan, catalog);
  add_section (builder, "work", build_work (jobs));
  add_section (builder, "education", build_education (plan, catalog));
  add_section (builder, "certificates", build_certificates (plan, catalog, today));
  add_section (builder, "skills", build_skills (plan, catalog));
  add_section (builder, "projects", build_projects (plan, unplaced));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_gstring (generator, g_string_new (NULL));
  g_string_append_c (text, '\n');

  return g_string_free_to_bytes (text);
}

/**
 * ops_json_resume_writer_write:
 * @plan: the plan
 * @catalog: (nullable): the catalog
 * @file: where to write; an existing file is replaced atomically
 * @cancellable: (nullable): a #GCancellable
 * @error: %OPS_ERROR_EXPORT_FAILED with a one-line message, or
 *   %G_IO_ERROR_CANCELLED
 *
 * The synchronous form, for the thread that owns the plan (the command
 * line, tests). The GUI uses ops_json_resume_writer_write_async().
 *
 * Returns: %TRUE on success
 */
gboolean
ops_json_resume_writer_write (OpsPlan       *plan,
                              OpsCatalog    *catalog,
                              GFile         *file,
                              GCancellable  *cancellable,
                              GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (OPS_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = ops_json_resume_writer_render (plan, catalog);

  return ops_export_save_bytes (file, bytes, ops_export_set_resume_write_error, cancellable, error);
}

/**
 * ops_json_resume_writer_write_async:
 * @plan: the plan
 * @catalog: (nullable): the catalog
 * @file: where to write
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the calling thread's main context when done
 * @user_data: for @callback
 *
 * Renders the document at once, from the plan as it is now, and writes it
 * on a worker thread, so the person can keep editing.
 */
void
ops_json_resume_writer_write_async (OpsPlan             *plan,
                                    OpsCatalog          *catalog,
                                    GFile               *file,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_if_fail (OPS_IS_PLAN (plan));
  g_return_if_fail (G_IS_FILE (file));

  bytes = ops_json_resume_writer_render (plan, catalog);
  ops_export_save_bytes_async (file, bytes, ops_export_set_resume_write_error, ops_json_resume_writer_write_async,
                               cancellable, callback, user_data);
}

gboolean
ops_json_resume_writer_write_finish (GAsyncResult  *result,
                                     GError       **error)
{
  return ops_export_save_bytes_finish (result, ops_json_resume_writer_write_async, error);
}
