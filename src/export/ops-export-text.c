/* ops-export-text.c: every word an exported plan prints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ops-credential.h"
#include "ops-error.h"
#include "ops-export-text.h"
#include "ops-plan-file.h"

#define SEPARATOR " · "

const char *
ops_export_text (OpsText text)
{
  switch (text)
    {
    case OPS_TEXT_CAREER_PLAN: return _("Career plan");
    case OPS_TEXT_SUMMARY: return _("Summary");
    case OPS_TEXT_TARGET_DATE: return _("Target date");
    case OPS_TEXT_EXPORTED: return _("Exported");
    case OPS_TEXT_ITEMS: return _("Items");
    /* Translators: shown for a date the person has not chosen */
    case OPS_TEXT_NOT_SET: return _("Not set");
    case OPS_TEXT_PROGRESS: return _("Progress");
    case OPS_TEXT_WHY: return _("Why this goal");
    case OPS_TEXT_PATH: return _("Path to the target role");
    case OPS_TEXT_YOU_ARE_HERE: return _("You are here");
    case OPS_TEXT_TARGET: return _("Target");
    case OPS_TEXT_TODAY: return _("Today");
    case OPS_TEXT_TIMELINE: return _("Timeline");
    case OPS_TEXT_TIMELINE_CAPTION:
      return _("Each mark is an item with a target date; its number refers to the list of items.");
    case OPS_TEXT_TIMELINE_CAPTION_DENSE:
      return _("Each dot is an item with a target date.");
    /* Translators: on the timeline, when the pace projection says the plan
     * or an item will be done */
    case OPS_TEXT_PROJECTED: return _("Projected");
    case OPS_TEXT_PROJECTION_CAPTION:
      return _("A diamond at the end of a line is when the item is projected to finish at your hours a week; a "
               "line reaching right of its mark means it finishes after its target date.");
    case OPS_TEXT_PLAN_ITEMS: return _("Plan items");
    case OPS_TEXT_NO_ITEMS: return _("This plan has no items yet.");
    /* Translators: at the top of a page, above the rest of a note that did
     * not fit on the page before */
    case OPS_TEXT_CONTINUED: return _("(continued)");
    case OPS_TEXT_GAP: return _("Gap to the target role");
    case OPS_TEXT_GAP_MISSING: return _("Not in the plan yet");
    case OPS_TEXT_GAP_OPEN: return _("In the plan, not finished");
    case OPS_TEXT_GAP_FINISHED: return _("Finished");
    case OPS_TEXT_GAP_NO_ROLE:
      return _("The target role is not in the catalog, so there is nothing to compare the plan with.");
    case OPS_TEXT_GAP_ALL_DONE:
      return _("The plan covers everything the target role asks for, and all of it is finished.");
    case OPS_TEXT_CURRENT_UNKNOWN:
      return _("The current role is not in the catalog, so the ladder starts at the first stage.");
    /* Translators: the certifications a person holds, with their renewal */
    case OPS_TEXT_CREDENTIALS: return _("Credentials");
    /* Translators: a label above how far a credential's renewal is */
    case OPS_TEXT_RENEWAL: return _("Renewal");
    /* Translators: a label above the catalog's words on what renewal takes */
    case OPS_TEXT_RENEWAL_RULE: return _("What keeping it takes");
    case OPS_TEXT_MAINTENANCE_LOG: return _("Maintenance log");
    /* Translators: said of a maintenance activity outside the credential's current cycle */
    case OPS_TEXT_NOT_IN_CYCLE: return _("not in this cycle");
    case OPS_TEXT_ACHIEVEMENTS: return _("Achievements");
    /* Translators: interview answers in the Situation, Task, Action, Result form */
    case OPS_TEXT_STORIES: return _("STAR stories");
    case OPS_TEXT_NETWORKING: return _("Networking");
    case OPS_TEXT_APPLICATIONS: return _("Job applications");
    /* Translators: a label above the line computed for a resume */
    case OPS_TEXT_RESUME_LINE: return _("Resume line");
    case OPS_TEXT_SKILLS_SHOWN: return _("Skills shown");
    /* Translators: the four parts of a STAR interview answer */
    case OPS_TEXT_SITUATION: return _("Situation");
    case OPS_TEXT_TASK: return _("Task");
    case OPS_TEXT_ACTION: return _("Action");
    case OPS_TEXT_RESULT: return _("Result");
    /* Translators: a label above the interview questions a story answers */
    case OPS_TEXT_ANSWERS: return _("Answers");
    case OPS_TEXT_ACHIEVEMENTS_USED: return _("Achievements used");
    case OPS_TEXT_NOTES: return _("Notes");
    case OPS_TEXT_SOURCES: return _("Sources");
    case OPS_TEXT_SOURCES_INTRO:
      return _("Where the catalog facts in this plan come from, and the month each was last checked against "
               "its page. Pay, fees and requirements change: check the page before you rely on a figure.");
    default:
      g_return_val_if_reached ("");
    }
}

const char *
ops_export_status_name (OpsPlanItemStatus status)
{
  switch (status)
    {
    case OPS_PLAN_ITEM_STATUS_PLANNED: return C_("plan item status", "Planned");
    case OPS_PLAN_ITEM_STATUS_IN_PROGRESS: return C_("plan item status", "In progress");
    case OPS_PLAN_ITEM_STATUS_DONE: return C_("plan item status", "Done");
    case OPS_PLAN_ITEM_STATUS_SKIPPED: return C_("plan item status", "Skipped");
    default:
      g_return_val_if_reached ("");
    }
}

/* Singular names for the catalog entries a role asks for. */
const char *
ops_export_catalog_kind_name (OpsItemKind kind)
{
  const char *label = ops_item_kind_get_label (kind);

  return label != NULL ? label : ops_item_kind_get_title (kind);
}

/* Plan dates are days kept as midnight UTC: formatting them in their own
 * zone keeps the day the person chose. */
char *
ops_export_format_date (GDateTime *date)
{
  /* Translators: a day as printed in an exported plan, in
   * g_date_time_format() notation, e.g. "22 Nov 2026" */
  /* xgettext:no-c-format */
  return g_date_time_format (date, _("%-d %b %Y"));
}

char *
ops_export_format_month (int month,
                         int year)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (year, month, 1, 0, 0, 0);

  /* Translators: a month on the timeline's axis, in g_date_time_format()
   * notation, e.g. "Mar" */
  /* xgettext:no-c-format */
  return g_date_time_format (date, _("%b"));
}

char *
ops_export_format_year (int year)
{
  return g_strdup_printf ("%d", year);
}

char *
ops_export_format_path (const char *current_role,
                        const char *target_role)
{
  if (current_role != NULL && target_role != NULL)
    {
      /* Translators: the current role, then the target role */
      return g_strdup_printf (_("%s → %s"), current_role, target_role);
    }
  if (target_role != NULL)
    {
      /* Translators: %s is the target role */
      return g_strdup_printf (_("Aiming for %s"), target_role);
    }

  return g_strdup (current_role);
}

char *
ops_export_format_progress (double progress)
{
  /* Translators: a percentage, e.g. "42% complete" */
  return g_strdup_printf (_("%d%% complete"), (int) CLAMP (progress * 100 + 0.5, 0, 100));
}

char *
ops_export_format_item_count (guint n_items,
                              guint n_finished)
{
  if (n_items == 0)
    return g_strdup ("0");

  /* Translators: e.g. "12 (5 finished)"; finished counts done and skipped items */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u (%u finished)", "%u (%u finished)", n_items),
                          n_items, n_finished);
}

static void
append_part (GString    *meta,
             const char *part)
{
  if (meta->len > 0)
    g_string_append (meta, SEPARATOR);
  g_string_append (meta, part);
}

/* Facts on one line, the empty ones left out; %NULL when there are none. */
char *
ops_export_format_meta (const char * const *parts)
{
  g_autoptr(GString) meta = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] != '\0')
      append_part (meta, parts[i]);

  return meta->len > 0 ? g_string_free_and_steal (g_steal_pointer (&meta)) : NULL;
}

char *
ops_export_format_earned (GDateTime *date)
{
  g_autofree char *day = ops_export_format_date (date);

  /* Translators: when a credential was earned; %s is a day */
  return g_strdup_printf (_("earned %s"), day);
}

char *
ops_export_format_follow_up (GDateTime *date)
{
  g_autofree char *day = ops_export_format_date (date);

  /* Translators: %s is the day to get back in touch */
  return g_strdup_printf (_("Follow up %s"), day);
}

char *
ops_export_format_applied (GDateTime *date)
{
  g_autofree char *day = ops_export_format_date (date);

  /* Translators: %s is the day the person applied for a job */
  return g_strdup_printf (_("Applied %s"), day);
}

char *
ops_export_format_job (const char *title,
                       const char *organization)
{
  if (title == NULL || title[0] == '\0')
    return g_strdup (organization);
  if (organization == NULL || organization[0] == '\0')
    return g_strdup (title);

  /* Translators: a job title and its employer, e.g. "Operations Manager at Acme" */
  return g_strdup_printf (_("%s at %s"), title, organization);
}

/* "ASCM: Chapter meeting", or whichever of the two a networking entry has. */
char *
ops_export_format_networking_title (const char *organization,
                                    const char *event)
{
  if (event == NULL || event[0] == '\0')
    return g_strdup (organization);
  if (organization == NULL || organization[0] == '\0')
    return g_strdup (event);

  /* Translators: a networking entry in the calendar and the PDF; %1$s is an organization such as "ASCM", %2$s an event such as "Chapter meeting" */
  return g_strdup_printf (C_("calendar", "%1$s: %2$s"), organization, event);
}

/* The gap's note for a skill an achievement shows. */
char *
ops_export_format_evidence (const char *kind,
                            const char *achievement)
{
  /* Translators: %1$s is "Skill", %2$s the title of an achievement that shows it */
  return g_strdup_printf (_("%1$s · shown by “%2$s”"), kind, achievement);
}

char *
ops_export_format_item_meta (guint            number,
                             OpsPlanItemKind  kind,
                             GDateTime       *target_date,
                             GDateTime       *completion_date,
                             double           effort_hours)
{
  g_autoptr(GString) meta = g_string_new (NULL);

  /* Translators: the item's number in the exported list, e.g. "No. 4" */
  g_string_append_printf (meta, _("No. %u"), number);
  append_part (meta, ops_plan_item_kind_get_label (kind));
  if (target_date != NULL)
    {
      g_autofree char *day = ops_export_format_date (target_date);
      /* Translators: %s is the item's target date */
      g_autofree char *part = g_strdup_printf (_("Due %s"), day);

      append_part (meta, part);
    }
  if (completion_date != NULL)
    {
      g_autofree char *day = ops_export_format_date (completion_date);
      /* Translators: %s is the day the item was done */
      g_autofree char *part = g_strdup_printf (_("Completed %s"), day);

      append_part (meta, part);
    }
  if (effort_hours > 0)
    {
      /* Translators: an effort estimate in hours, e.g. "40 h" */
      g_autofree char *part = g_strdup_printf (_("%g h"), effort_hours);

      append_part (meta, part);
    }

  return g_string_free_and_steal (g_steal_pointer (&meta));
}

char *
ops_export_format_group (OpsPlanItemStatus status,
                         guint             n_items)
{
  /* Translators: a group of items, e.g. "In progress (3)" */
  return g_strdup_printf (_("%s (%u)"), ops_export_status_name (status), n_items);
}

char *
ops_export_format_gap_heading (const char *target_role)
{
  if (target_role == NULL)
    return g_strdup (ops_export_text (OPS_TEXT_GAP));

  /* Translators: %s is the target role, e.g. "Gap to Director of Operations" */
  return g_strdup_printf (_("Gap to %s"), target_role);
}

char *
ops_export_format_gap_group (OpsText group,
                             guint   n_entries)
{
  /* Translators: a group of the target role's requirements, e.g. "Not in the plan yet (4)" */
  return g_strdup_printf (_("%s (%u)"), ops_export_text (group), n_entries);
}

/* "Checked Dec 2026", under a source in the Sources section. */
char *
ops_export_format_checked (const char *month)
{
  /* Translators: under a source's address in the exported plan; %s is
   * the month the fact was last checked against the page, e.g. "Dec 2026" */
  return g_strdup_printf (_("Checked %s"), month);
}

/* "Certified in Planning and Inventory Management (CPIM)": the full name
 * for a reader, the short one that keyword searches look for; once only
 * when the full name holds it already ("Lean Six Sigma Green Belt"). */
char *
ops_export_format_certificate_name (const char *full_name,
                                    const char *name)
{
  if (full_name == NULL || full_name[0] == '\0' || strstr (full_name, name) != NULL)
    return g_strdup (full_name != NULL && full_name[0] != '\0' ? full_name : name);

  /* Translators: a certificate in the resume export; %1$s is its full
   * name, %2$s its abbreviation, e.g. "Certified Supply Chain Professional (CSCP)" */
  return g_strdup_printf (C_("certificate", "%1$s (%2$s)"), full_name, name);
}

char *
ops_export_format_plan_title (const char *owner)
{
  if (owner == NULL || owner[0] == '\0')
    return g_strdup (ops_export_text (OPS_TEXT_CAREER_PLAN));

  /* Translators: the document's title; %s is the plan owner's name */
  return g_strdup_printf (_("Career plan — %s"), owner);
}

char *
ops_export_format_page_number (guint page,
                               guint n_pages)
{
  /* Translators: in every page's footer */
  return g_strdup_printf (_("Page %u of %u"), page, n_pages);
}

char *
ops_export_format_footer (GDateTime *export_date)
{
  g_autofree char *day = ops_export_format_date (export_date);

  /* Translators: in every page's footer; %s is the day of the export */
  return g_strdup_printf (_("Exported from OpsLadder on %s"), day);
}

char *
ops_export_format_file_name (const char *owner,
                             GDateTime  *date)
{
  g_autofree char *day = g_date_time_format (date, "%Y-%m-%d");

  if (owner == NULL || owner[0] == '\0')
    {
      /* Translators: a PDF file name; %s is the day, e.g. "2026-11-22" */
      return g_strdup_printf (_("Career plan – %s.pdf"), day);
    }

  /* Translators: a PDF file name; the owner's name, then the day */
  return g_strdup_printf (_("Career plan – %s – %s.pdf"), owner, day);
}

/* GIO's messages for local files repeat the path we already name, so the
 * usual causes get a short phrase of their own. */
static char *
describe_io_error (const GError *cause)
{
  char *message;

  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    message = g_strdup (_("No such file or folder"));
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    message = g_strdup (_("It is a folder"));
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    message = g_strdup (_("Permission denied"));
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    message = g_strdup (_("The disk is full"));
  else
    message = g_strdup (cause->message);

  return g_strdelimit (message, "\r\n", ' ');
}

/* @file's name and why @cause happened, for a message; FALSE when @cause
 * is a cancellation, which is passed on as it is. */
static gboolean
describe_file_error (GError       **error,
                     GFile         *file,
                     const GError  *cause,
                     char         **name,
                     char         **reason)
{
  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, g_error_copy (cause));
      return FALSE;
    }

  *name = g_file_get_parse_name (file);
  *reason = describe_io_error (cause);

  return TRUE;
}

void
ops_export_set_read_error (GError      **error,
                           GFile        *file,
                           const GError *cause)
{
  g_autofree char *name = NULL;
  g_autofree char *reason = NULL;

  if (describe_file_error (error, file, cause, &name, &reason))
    g_set_error (error, OPS_ERROR, OPS_ERROR_EXPORT_FAILED,
                 /* Translators: the plan file, then why it could not be read */
                 _("Could not read the plan “%s”: %s"), name, reason);
}

void
ops_export_set_too_large_error (GError **error,
                                GFile   *file)
{
  g_autofree char *name = g_file_get_parse_name (file);

  g_set_error (error, OPS_ERROR, OPS_ERROR_PLAN_INVALID,
               _("Could not read the plan “%s”: the file is too large to be a plan"), name);
}

void
ops_export_set_invalid_plan_error (GError      **error,
                                   GFile        *file,
                                   const GError *cause)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *reason = g_strdelimit (g_strdup (cause->message), "\r\n", ' ');
  int code = cause->domain == OPS_ERROR ? cause->code : OPS_ERROR_PLAN_INVALID;

  g_set_error (error, OPS_ERROR, code,
               /* Translators: the plan file, then what is wrong with it */
               _("“%s” is not a plan OpsLadder can read: %s"), name, reason);
}

/**
 * ops_export_replace_file:
 * @file: where to write
 * @data: (array length=len): the bytes
 * @len: how many
 * @cancellable: (nullable): a #GCancellable
 * @error: GIO's own error, for the caller to wrap with what was written
 *
 * Replaces @file with @data as the plan is saved (ops_file_replace()): a
 * failure part way, a full disk say, leaves an earlier export as it was
 * and no new file behind.
 *
 * Returns: %TRUE on success
 */
gboolean
ops_export_replace_file (GFile         *file,
                         const char    *data,
                         gsize          len,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, len);

  return ops_file_replace (file, bytes, NULL, OPS_REPLACE_NONE, NULL, cancellable, error);
}

/**
 * ops_export_save_bytes:
 * @file: where to write
 * @bytes: what
 * @set_error: wraps GIO's error in a message that says what was written
 * @cancellable: (nullable): a #GCancellable
 * @error: from @set_error
 *
 * ops_export_replace_file() for an export already rendered to @bytes.
 *
 * Returns: %TRUE on success
 */
gboolean
ops_export_save_bytes (GFile               *file,
                       GBytes              *bytes,
                       OpsExportErrorFunc   set_error,
                       GCancellable        *cancellable,
                       GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  if (ops_export_replace_file (file, data, len, cancellable, &local_error))
    return TRUE;

  set_error (error, file, local_error);
  return FALSE;
}

typedef struct
{
  GFile              *file;
  GBytes             *bytes;
  OpsExportErrorFunc  set_error;
} SaveData;

static void
save_data_free (gpointer data)
{
  SaveData *save = data;

  g_object_unref (save->file);
  g_bytes_unref (save->bytes);
  g_free (save);
}

static void
save_thread_cb (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  SaveData *save = task_data;
  GError *error = NULL;

  if (ops_export_save_bytes (save->file, save->bytes, save->set_error, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * ops_export_save_bytes_async:
 * @file: where to write
 * @bytes: what, rendered on the calling thread
 * @set_error: as for ops_export_save_bytes()
 * @source_tag: the writer's _async function, for its _finish to check
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the calling thread's main context when done
 * @user_data: for @callback
 *
 * Writes @bytes on a worker thread. The task has no source object, so
 * nothing of the plan is released on the worker.
 */
void
ops_export_save_bytes_async (GFile               *file,
                             GBytes              *bytes,
                             OpsExportErrorFunc   set_error,
                             gpointer             source_tag,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  SaveData *save = g_new0 (SaveData, 1);

  save->file = g_object_ref (file);
  save->bytes = g_bytes_ref (bytes);
  save->set_error = set_error;
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, save, save_data_free);
  g_task_run_in_thread (task, save_thread_cb);
}

gboolean
ops_export_save_bytes_finish (GAsyncResult  *result,
                              gpointer       source_tag,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_async_result_is_tagged (result, source_tag), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
ops_export_set_write_error (GError      **error,
                            GFile        *file,
                            const GError *cause)
{
  g_autofree char *name = NULL;
  g_autofree char *reason = NULL;

  if (describe_file_error (error, file, cause, &name, &reason))
    g_set_error (error, OPS_ERROR, OPS_ERROR_EXPORT_FAILED,
                 /* Translators: the PDF file, then why it could not be written */
                 _("Could not save the PDF “%s”: %s"), name, reason);
}

/* Like ops_export_set_write_error(), for the iCalendar export. */
void
ops_export_set_calendar_write_error (GError      **error,
                                     GFile        *file,
                                     const GError *cause)
{
  g_autofree char *name = NULL;
  g_autofree char *reason = NULL;

  if (describe_file_error (error, file, cause, &name, &reason))
    g_set_error (error, OPS_ERROR, OPS_ERROR_EXPORT_FAILED,
                 /* Translators: the .ics calendar file, then why it could not be written */
                 _("Could not save the calendar “%s”: %s"), name, reason);
}

/* Like ops_export_set_write_error(), for the JSON Resume export. */
void
ops_export_set_resume_write_error (GError      **error,
                                   GFile        *file,
                                   const GError *cause)
{
  g_autofree char *name = NULL;
  g_autofree char *reason = NULL;

  if (describe_file_error (error, file, cause, &name, &reason))
    g_set_error (error, OPS_ERROR, OPS_ERROR_EXPORT_FAILED,
                 /* Translators: the JSON Resume file (resume data for resume tools), then why it could not be written */
                 _("Could not save the resume data “%s”: %s"), name, reason);
}

void
ops_export_set_render_error (GError     **error,
                             const char  *reason)
{
  g_set_error (error, OPS_ERROR, OPS_ERROR_EXPORT_FAILED,
               /* Translators: %s is cairo's reason, in English */
               _("Could not draw the PDF: %s"), reason);
}
