/* ops-checklist-row.c: choosing some of a list, by id
 *
 * An expander row with one check row per entry of a model whose items
 * have an "id" property: catalog skills and questions, or the plan's
 * achievements. The selected-ids property binds both ways to a record's
 * list of ids. Ids the model does not hold (an achievement removed a
 * moment ago, which undo may bring back) are kept as they are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-checklist-row.h"
#include "ops-screen-reader.h"

struct _OpsChecklistRow
{
  AdwExpanderRow  parent_instance;

  GListModel     *model;
  GSignalGroup   *model_signals;  /* a page may give the row another plan's list */
  char           *label_property;
  GStrv           selected_ids;
  GArray         *lines;         /* of Line, in model order */
  char           *empty_text;    /* what the row says with nothing to choose */
  gboolean        syncing;
};

enum {
  PROP_0,
  PROP_SELECTED_IDS,
  PROP_EMPTY_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsChecklistRow, ops_checklist_row, ADW_TYPE_EXPANDER_ROW)

/* One check row: the expander holds the widgets. */
typedef struct
{
  AdwActionRow   *row;
  GtkCheckButton *check;
  char           *id;
} Line;

static void
line_clear (gpointer data)
{
  Line *line = data;

  g_clear_pointer (&line->id, g_free);
}

static char *
dup_id (GObject *item)
{
  char *id = NULL;

  g_object_get (item, "id", &id, NULL);

  return id;
}

static gboolean
is_selected (OpsChecklistRow *self,
             const char      *id)
{
  return self->selected_ids != NULL && id != NULL && g_strv_contains ((const char * const *) self->selected_ids, id);
}

/* The chosen entries' names, so the folded row still says what is set. */
static void
update_subtitle (OpsChecklistRow *self)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < self->lines->len; i++)
    {
      Line *line = &g_array_index (self->lines, Line, i);

      if (!gtk_check_button_get_active (line->check))
        continue;
      if (names->len > 0)
        /* Translators: between the names of chosen skills or questions */
        g_string_append (names, _(", "));
      g_string_append (names, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (line->row)));
    }

  if (self->lines->len == 0 && self->empty_text != NULL)
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), self->empty_text);
  else
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), names->len > 0 ? names->str : _("None"));
}

/* The row's arrow, libadwaita's documented image.expander-row-arrow. */
static GtkWidget *
find_arrow (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_IMAGE (child) && gtk_widget_has_css_class (child, "expander-row-arrow"))
        return child;
      /* Not into the rows it reveals. */
      if (GTK_IS_REVEALER (child))
        continue;
      if ((found = find_arrow (child)) != NULL)
        return found;
    }

  return NULL;
}

/* Nothing to choose is a state the subtitle says, with the row as legible
 * as any other: not a greyed-out row (issue 19), nor an arrow that opens
 * onto nothing. */
static void
show_empty (OpsChecklistRow *self,
            gboolean         empty)
{
  GtkWidget *arrow = find_arrow (GTK_WIDGET (self));

  if (empty)
    adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (self), FALSE);
  else if (!adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (self)))
    {
      /* Enabling expands it, which no one asked for. */
      adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (self), TRUE);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), FALSE);
    }
  g_return_if_fail (arrow != NULL);
  gtk_widget_set_visible (arrow, !empty);
}

static void
sync_checks (OpsChecklistRow *self)
{
  self->syncing = TRUE;
  for (guint i = 0; i < self->lines->len; i++)
    {
      Line *line = &g_array_index (self->lines, Line, i);

      gtk_check_button_set_active (line->check, is_selected (self, line->id));
    }
  self->syncing = FALSE;
  update_subtitle (self);
}

static void
check_toggled_cb (OpsChecklistRow *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;

  if (self->syncing)
    return;

  /* Ids the list does not show stay, first; then the checked ones in the
   * list's order. */
  for (guint i = 0; self->selected_ids != NULL && self->selected_ids[i] != NULL; i++)
    {
      gboolean shown = FALSE;

      for (guint r = 0; r < self->lines->len && !shown; r++)
        shown = g_strcmp0 (g_array_index (self->lines, Line, r).id, self->selected_ids[i]) == 0;
      if (!shown)
        g_strv_builder_add (builder, self->selected_ids[i]);
    }
  for (guint r = 0; r < self->lines->len; r++)
    {
      Line *line = &g_array_index (self->lines, Line, r);

      if (gtk_check_button_get_active (line->check))
        g_strv_builder_add (builder, line->id);
    }

  ids = g_strv_builder_end (builder);
  ops_checklist_row_set_selected_ids (self, (const char * const *) ids);
}

static Line
new_line (OpsChecklistRow *self,
          GObject         *item)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  /* Catalog entries never change; an achievement's title may, and the row
   * follows it. */
  g_object_bind_property (item, self->label_property, row, "title", G_BINDING_SYNC_CREATE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  /* The check box is named by its row's title. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_RELATION_LABELLED_BY, row, NULL, -1);
  g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), self, G_CONNECT_SWAPPED);

  return (Line) { ADW_ACTION_ROW (row), GTK_CHECK_BUTTON (check), dup_id (item) };
}

static void
rebuild (OpsChecklistRow *self)
{
  guint n = self->model ? g_list_model_get_n_items (self->model) : 0;

  for (guint i = 0; i < self->lines->len; i++)
    adw_expander_row_remove (ADW_EXPANDER_ROW (self), GTK_WIDGET (g_array_index (self->lines, Line, i).row));
  g_array_set_size (self->lines, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (self->model, i);
      Line line = new_line (self, item);

      g_array_append_val (self->lines, line);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self), GTK_WIDGET (line.row));
    }

  show_empty (self, n == 0);
  sync_checks (self);
}

/**
 * ops_checklist_row_set_model:
 * @self: the row
 * @model: (nullable): items with an "id" string property
 * @label_property: the string property each check row shows
 *
 * Shows one check row per item of @model, following its changes.
 */
void
ops_checklist_row_set_model (OpsChecklistRow *self,
                             GListModel      *model,
                             const char      *label_property)
{
  g_return_if_fail (OPS_IS_CHECKLIST_ROW (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  g_set_object (&self->model, model);
  g_signal_group_set_target (self->model_signals, model);
  g_free (self->label_property);
  self->label_property = g_strdup (label_property ? label_property : "name");
  rebuild (self);
}

void
ops_checklist_row_set_selected_ids (OpsChecklistRow    *self,
                                    const char * const *ids)
{
  g_return_if_fail (OPS_IS_CHECKLIST_ROW (self));

  /* An empty list and none are the same choice. */
  if (ids != NULL && ids[0] == NULL)
    ids = NULL;
  if (ids == NULL && self->selected_ids == NULL)
    return;
  if (ids != NULL && self->selected_ids != NULL && g_strv_equal (ids, (const char * const *) self->selected_ids))
    return;

  g_strfreev (self->selected_ids);
  self->selected_ids = g_strdupv ((char **) ids);
  sync_checks (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_IDS]);
}

void
ops_checklist_row_set_empty_text (OpsChecklistRow *self,
                                  const char      *empty_text)
{
  g_return_if_fail (OPS_IS_CHECKLIST_ROW (self));

  if (g_set_str (&self->empty_text, empty_text))
    {
      update_subtitle (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPTY_TEXT]);
    }
}

static void
ops_checklist_row_dispose (GObject *object)
{
  OpsChecklistRow *self = OPS_CHECKLIST_ROW (object);

  g_clear_object (&self->model_signals);
  g_clear_object (&self->model);
  if (self->lines != NULL)
    g_array_set_size (self->lines, 0);

  G_OBJECT_CLASS (ops_checklist_row_parent_class)->dispose (object);
}

static void
ops_checklist_row_finalize (GObject *object)
{
  OpsChecklistRow *self = OPS_CHECKLIST_ROW (object);

  g_clear_pointer (&self->selected_ids, g_strfreev);
  g_clear_pointer (&self->label_property, g_free);
  g_clear_pointer (&self->empty_text, g_free);
  g_clear_pointer (&self->lines, g_array_unref);

  G_OBJECT_CLASS (ops_checklist_row_parent_class)->finalize (object);
}

static void
ops_checklist_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OpsChecklistRow *self = OPS_CHECKLIST_ROW (object);

  switch (prop_id)
    {
    case PROP_SELECTED_IDS:
      g_value_set_boxed (value, self->selected_ids);
      break;

    case PROP_EMPTY_TEXT:
      g_value_set_string (value, self->empty_text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_checklist_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OpsChecklistRow *self = OPS_CHECKLIST_ROW (object);

  switch (prop_id)
    {
    case PROP_SELECTED_IDS:
      ops_checklist_row_set_selected_ids (self, g_value_get_boxed (value));
      break;

    case PROP_EMPTY_TEXT:
      ops_checklist_row_set_empty_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The expander row and the list of its header take the focus, and
 * libadwaita names neither (the header row inside has the title). */
static void
title_changed_cb (OpsChecklistRow *self)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  ops_screen_reader_name_lists (GTK_WIDGET (self), title);
}

static void
ops_checklist_row_class_init (OpsChecklistRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ops_checklist_row_dispose;
  object_class->finalize = ops_checklist_row_finalize;
  object_class->get_property = ops_checklist_row_get_property;
  object_class->set_property = ops_checklist_row_set_property;

  properties[PROP_SELECTED_IDS] =
    g_param_spec_boxed ("selected-ids", NULL, NULL, G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* What the row says while its list holds nothing, "None" unless set. */
  properties[PROP_EMPTY_TEXT] =
    g_param_spec_string ("empty-text", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_checklist_row_init (OpsChecklistRow *self)
{
  /* Borrowed: the expander row owns its rows. */
  self->lines = g_array_new (FALSE, TRUE, sizeof (Line));
  g_array_set_clear_func (self->lines, line_clear);
  self->label_property = g_strdup ("name");
  self->model_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_object (self->model_signals, "items-changed", G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), _("None"));
  g_signal_connect (self, "notify::title", G_CALLBACK (title_changed_cb), NULL);
}
