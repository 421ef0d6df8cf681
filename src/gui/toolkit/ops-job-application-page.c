/* ops-job-application-page.c: editing one job application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-checklist-row.h"
#include "ops-date-row.h"
#include "ops-combo-row-bind.h"
#include "ops-job-application-page.h"
#include "ops-plan.h"
#include "ops-screen-reader.h"
#include "ops-text-view-bind.h"
#include "ops-editor-focus.h"
#include "ops-toolkit-util.h"

struct _OpsJobApplicationPage
{
  AdwNavigationPage  parent_instance;

  OpsJobApplication *application;

  AdwEntryRow       *organization_row;
  AdwEntryRow       *title_row;
  AdwComboRow       *stage_row;
  OpsDateRow        *applied_row;
  AdwEntryRow       *contact_row;
  OpsDateRow        *follow_up_row;
  OpsChecklistRow   *achievements_row;
  GtkTextView       *notes;
};

G_DEFINE_FINAL_TYPE (OpsJobApplicationPage, ops_job_application_page, ADW_TYPE_NAVIGATION_PAGE)

static void
remove_cb (OpsJobApplicationPage *self)
{
  const char *title = ops_job_application_get_title (self->application);

  ops_toolkit_remove_record (GTK_WIDGET (self), OPS_PLAN_RECORD (self->application),
                             title ? title : ops_job_application_get_organization (self->application));
}

static gboolean
title_or_default (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  const char *title = g_value_get_string (from);

  g_value_set_string (to, title && title[0] ? title : _("Job Application"));
  return TRUE;
}

GtkWidget *
ops_job_application_page_new (OpsJobApplication *application)
{
  OpsJobApplicationPage *self;
  OpsPlan *plan;
  GObject *a;

  g_return_val_if_fail (OPS_IS_JOB_APPLICATION (application), NULL);

  self = g_object_new (OPS_TYPE_JOB_APPLICATION_PAGE, NULL);
  self->application = g_object_ref (application);
  a = G_OBJECT (application);
  plan = ops_plan_record_get_plan (OPS_PLAN_RECORD (application));

  ops_toolkit_bind_string (a, "organization", self->organization_row);
  ops_toolkit_bind_string (a, "title", self->title_row);
  g_object_bind_property_full (a, "title", self, "title", G_BINDING_SYNC_CREATE, title_or_default, NULL, NULL, NULL);
  ops_combo_row_bind_enum (a, "stage", self->stage_row);
  g_object_bind_property (a, "applied-date", self->applied_row, "date", G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  ops_toolkit_bind_string (a, "contact", self->contact_row);
  g_object_bind_property (a, "follow-up-date", self->follow_up_row, "date", G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  if (plan != NULL)
    ops_checklist_row_set_model (self->achievements_row, ops_plan_get_achievements (plan), "title");
  g_object_bind_property (a, "achievement-ids", self->achievements_row, "selected-ids",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  ops_text_view_bind (self->notes, a, "notes");
  if (plan != NULL)
    ops_toolkit_pop_when_removed (GTK_WIDGET (self), OPS_PLAN_RECORD (application));

  return GTK_WIDGET (self);
}

static void
ops_job_application_page_dispose (GObject *object)
{
  OpsJobApplicationPage *self = OPS_JOB_APPLICATION_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_JOB_APPLICATION_PAGE);
  g_clear_object (&self->application);

  G_OBJECT_CLASS (ops_job_application_page_parent_class)->dispose (object);
}

static gboolean
ops_job_application_page_focus (GtkWidget        *widget,
                                GtkDirectionType  direction)
{
  return ops_editor_focus (widget, direction, GTK_WIDGET_CLASS (ops_job_application_page_parent_class));
}

static void
ops_job_application_page_class_init (OpsJobApplicationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_job_application_page_dispose;
  GTK_WIDGET_CLASS (klass)->focus = ops_job_application_page_focus;

  g_type_ensure (OPS_TYPE_CHECKLIST_ROW);
  g_type_ensure (OPS_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/toolkit/ops-job-application-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsJobApplicationPage, organization_row);
  gtk_widget_class_bind_template_child (widget_class, OpsJobApplicationPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, OpsJobApplicationPage, stage_row);
  gtk_widget_class_bind_template_child (widget_class, OpsJobApplicationPage, applied_row);
  gtk_widget_class_bind_template_child (widget_class, OpsJobApplicationPage, contact_row);
  gtk_widget_class_bind_template_child (widget_class, OpsJobApplicationPage, follow_up_row);
  gtk_widget_class_bind_template_child (widget_class, OpsJobApplicationPage, achievements_row);
  gtk_widget_class_bind_template_child (widget_class, OpsJobApplicationPage, notes);
  gtk_widget_class_bind_template_callback (widget_class, remove_cb);
}

static void
ops_job_application_page_init (OpsJobApplicationPage *self)
{
  g_autoptr(GtkStringList) stages = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (int s = OPS_APPLICATION_STAGE_WISHLIST; s <= OPS_APPLICATION_STAGE_CLOSED; s++)
    gtk_string_list_append (stages, ops_application_stage_get_label (s));
  adw_combo_row_set_model (self->stage_row, G_LIST_MODEL (stages));
  /* Groups without a title, whose lists screen readers read nameless. */
  ops_screen_reader_name_group (GTK_WIDGET (self->organization_row), _("Details"));
  ops_screen_reader_name_group (GTK_WIDGET (self->achievements_row), _("Achievements Used"));
}
