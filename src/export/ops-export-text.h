/* ops-export-text.h: every word an exported plan prints
 *
 * Private to src/export/. The translatable strings of the export layer all
 * live in ops-export-text.c, so translators find them in one file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ops-catalog-item.h"
#include "ops-plan-item.h"

G_BEGIN_DECLS

typedef enum
{
  OPS_TEXT_CAREER_PLAN,
  OPS_TEXT_SUMMARY,
  OPS_TEXT_TARGET_DATE,
  OPS_TEXT_EXPORTED,
  OPS_TEXT_ITEMS,
  OPS_TEXT_NOT_SET,
  OPS_TEXT_PROGRESS,
  OPS_TEXT_WHY,
  OPS_TEXT_PATH,
  OPS_TEXT_YOU_ARE_HERE,
  OPS_TEXT_TARGET,
  OPS_TEXT_TODAY,
  OPS_TEXT_TIMELINE,
  OPS_TEXT_TIMELINE_CAPTION,
  OPS_TEXT_TIMELINE_CAPTION_DENSE,
  OPS_TEXT_PROJECTED,
  OPS_TEXT_PROJECTION_CAPTION,
  OPS_TEXT_PLAN_ITEMS,
  OPS_TEXT_NO_ITEMS,
  OPS_TEXT_CONTINUED,
  OPS_TEXT_GAP,
  OPS_TEXT_GAP_MISSING,
  OPS_TEXT_GAP_OPEN,
  OPS_TEXT_GAP_FINISHED,
  OPS_TEXT_GAP_NO_ROLE,
  OPS_TEXT_GAP_ALL_DONE,
  OPS_TEXT_CURRENT_UNKNOWN,
  OPS_TEXT_CREDENTIALS,
  OPS_TEXT_RENEWAL,
  OPS_TEXT_RENEWAL_RULE,
  OPS_TEXT_MAINTENANCE_LOG,
  OPS_TEXT_NOT_IN_CYCLE,
  OPS_TEXT_ACHIEVEMENTS,
  OPS_TEXT_STORIES,
  OPS_TEXT_NETWORKING,
  OPS_TEXT_APPLICATIONS,
  OPS_TEXT_RESUME_LINE,
  OPS_TEXT_SKILLS_SHOWN,
  OPS_TEXT_SITUATION,
  OPS_TEXT_TASK,
  OPS_TEXT_ACTION,
  OPS_TEXT_RESULT,
  OPS_TEXT_ANSWERS,
  OPS_TEXT_ACHIEVEMENTS_USED,
  OPS_TEXT_NOTES,
  OPS_TEXT_SOURCES,
  OPS_TEXT_SOURCES_INTRO,
} OpsText;

const char *ops_export_text                   (OpsText            text);
const char *ops_export_status_name            (OpsPlanItemStatus  status);
const char *ops_export_catalog_kind_name      (OpsItemKind        kind);

char       *ops_export_format_date            (GDateTime         *date);
char       *ops_export_format_month           (int                month,
                                               int                year);
char       *ops_export_format_year            (int                year);
char       *ops_export_format_path            (const char        *current_role,
                                               const char        *target_role);
char       *ops_export_format_progress        (double             progress);
char       *ops_export_format_item_count      (guint              n_items,
                                               guint              n_finished);
char       *ops_export_format_item_meta       (guint              number,
                                               OpsPlanItemKind    kind,
                                               GDateTime         *target_date,
                                               GDateTime         *completion_date,
                                               double             effort_hours);
char       *ops_export_format_group           (OpsPlanItemStatus  status,
                                               guint              n_items);
char       *ops_export_format_gap_heading     (const char        *target_role);
char       *ops_export_format_gap_group       (OpsText            group,
                                               guint              n_entries);
char       *ops_export_format_meta            (const char * const *parts);
char       *ops_export_format_follow_up       (GDateTime         *date);
char       *ops_export_format_earned          (GDateTime         *date);
char       *ops_export_format_applied         (GDateTime         *date);
char       *ops_export_format_job             (const char        *title,
                                               const char        *organization);
char       *ops_export_format_networking_title (const char       *organization,
                                                const char       *event);
char       *ops_export_format_evidence        (const char        *kind,
                                               const char        *achievement);
char       *ops_export_format_checked         (const char        *month);
char       *ops_export_format_certificate_name (const char       *full_name,
                                                const char       *name);
char       *ops_export_format_plan_title      (const char        *owner);
char       *ops_export_format_page_number     (guint              page,
                                               guint              n_pages);
char       *ops_export_format_footer          (GDateTime         *export_date);
char       *ops_export_format_file_name       (const char        *owner,
                                               GDateTime         *date);

gboolean    ops_export_replace_file           (GFile             *file,
                                               const char        *data,
                                               gsize              len,
                                               GCancellable      *cancellable,
                                               GError           **error);

/* One of the ops_export_set_*_error() functions below. */
typedef void (*OpsExportErrorFunc) (GError       **error,
                                    GFile         *file,
                                    const GError  *cause);

gboolean    ops_export_save_bytes             (GFile             *file,
                                               GBytes            *bytes,
                                               OpsExportErrorFunc set_error,
                                               GCancellable      *cancellable,
                                               GError           **error);
void        ops_export_save_bytes_async       (GFile             *file,
                                               GBytes            *bytes,
                                               OpsExportErrorFunc set_error,
                                               gpointer           source_tag,
                                               GCancellable      *cancellable,
                                               GAsyncReadyCallback callback,
                                               gpointer           user_data);
gboolean    ops_export_save_bytes_finish      (GAsyncResult      *result,
                                               gpointer           source_tag,
                                               GError           **error);
void        ops_export_set_read_error         (GError           **error,
                                               GFile             *file,
                                               const GError      *cause);
void        ops_export_set_too_large_error    (GError           **error,
                                               GFile             *file);
void        ops_export_set_invalid_plan_error (GError           **error,
                                               GFile             *file,
                                               const GError      *cause);
void        ops_export_set_write_error        (GError           **error,
                                               GFile             *file,
                                               const GError      *cause);
void        ops_export_set_calendar_write_error (GError         **error,
                                                 GFile           *file,
                                                 const GError    *cause);
void        ops_export_set_resume_write_error (GError           **error,
                                               GFile             *file,
                                               const GError      *cause);
void        ops_export_set_render_error       (GError           **error,
                                               const char        *reason);

G_END_DECLS
