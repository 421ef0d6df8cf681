/* ops-link-section.c: a heading over links to other catalog entries, or
 * to the web pages an entry's facts come from
 *
 * Every role, certification, skill or degree a pane mentions is a row
 * that opens that entry's own pane through win.show-item, so navigation
 * goes through the window's stack and Back works everywhere.
 *
 * A model of OpsCatalogSource makes the same rows for "Sources": the label
 * says what the page is, the subtitle which site and when the fact was
 * last checked against it, and activating one opens the page in the
 * browser through GtkUriLauncher (the OpenURI portal in the Flatpak).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ops-catalog-item.h"
#include "ops-catalog-source.h"
#include "ops-heading.h"
#include "ops-link-section.h"
#include "ops-role-label.h"

struct _OpsLinkSection
{
  GtkWidget            parent_instance;

  GtkLabel            *heading;
  GtkListBox          *list;
  GListModel          *model;
  GSignalGroup        *model_signals;  /* a page may show another entry's list */
  gboolean             show_summary;
  OpsLinkSubtitleFunc  subtitle_func;
};

enum {
  PROP_0,
  PROP_TITLE,
  PROP_MODEL,
  PROP_SHOW_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static OpsLinkLaunchFunc launch_func;
static gpointer          launch_data;

G_DEFINE_FINAL_TYPE (OpsLinkSection, ops_link_section, GTK_TYPE_WIDGET)

void
_ops_link_section_set_launch_func (OpsLinkLaunchFunc func,
                                   gpointer          user_data)
{
  launch_func = func;
  launch_data = user_data;
}

static char *
source_subtitle (OpsCatalogSource *source)
{
  g_autofree char *month = ops_catalog_source_format_checked (source);

  /* Translators: under a source's name: the website, then the month the
   * fact was last checked against it, e.g. "www.ascm.org · Checked Dec 2026" */
  return g_strdup_printf (_("%s · Checked %s"), ops_catalog_source_get_host (source), month);
}

static GtkWidget *
create_source_row (OpsCatalogSource *source)
{
  g_autofree char *subtitle = source_subtitle (source);
  g_autofree char *description = NULL;
  GtkWidget *row = g_object_new (ADW_TYPE_ACTION_ROW,
                                 "activatable", TRUE,
                                 "use-markup", FALSE,
                                 "title", ops_catalog_source_get_label (source),
                                 "subtitle", subtitle,
                                 "subtitle-lines", 2,
                                 "tooltip-text", ops_catalog_source_get_url (source),
                                 NULL);
  /* Decorative: presentation keeps it off the accessibility bus, where
   * GTK 4.18 still lists a node marked hidden, as an image without a name. */
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE, "icon-name", "adw-external-link-symbolic",
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);

  /* The icon says "opens outside the app" to the eye only; screen
   * readers get it in words, with the site and the month the fact was
   * checked: without them a screen reader user hears a source's name but
   * not how fresh it is. AdwActionRow points "described by" at its
   * subtitle label, but GTK's AT-SPI bridge turns that relation into an
   * empty Description (seen over AT-SPI with GTK 4.18), and the relation
   * wins over a description property; so the relation goes and the row
   * says it all itself. */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY);
  /* Translators: what a screen reader says of a source after its name: the
   * line under it ("www.ascm.org · Checked Dec 2026"), then where it opens */
  description = g_strdup_printf (_("%s; opens in the web browser"), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);

  return row;
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  OpsLinkSection *self = user_data;
  GtkWidget *row, *arrow;

  if (OPS_IS_CATALOG_SOURCE (item))
    return create_source_row (item);

  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "activatable", TRUE,
                      "use-markup", FALSE,
                      "subtitle-lines", 2,
                      NULL);
  arrow = g_object_new (GTK_TYPE_IMAGE, "icon-name", "go-next-symbolic",
                        "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  g_object_bind_property (item, "name", row, "title", G_BINDING_SYNC_CREATE);
  if (self->subtitle_func != NULL)
    {
      g_autofree char *subtitle = self->subtitle_func (item);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
    }
  else if (self->show_summary)
    g_object_bind_property (item, "summary", row, "subtitle", G_BINDING_SYNC_CREATE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  /* Role names, and summaries that name roles ("Schichtleiter/innen"). */
  ops_role_label_keep_row (ADW_ACTION_ROW (row));

  return row;
}

/* Through the window's action: this pane does not know the window's type,
 * and may be gone by now. */
static void
launch_failed (GtkWindow  *window,
               const char *uri,
               GError     *error)
{
  g_debug ("Could not open %s: %s", uri, error->message);
  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-error-toast", "s",
                                _("Could not open the page in a web browser"));
}

static void
launched_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GtkWindow) window = user_data;
  g_autoptr(GError) error = NULL;

  if (gtk_uri_launcher_launch_finish (GTK_URI_LAUNCHER (object), result, &error) ||
      g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  launch_failed (window, gtk_uri_launcher_get_uri (GTK_URI_LAUNCHER (object)), error);
}

static void
open_source (OpsLinkSection   *self,
             OpsCatalogSource *source)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWindow *parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  const char *uri = ops_catalog_source_get_url (source);
  g_autoptr(GtkUriLauncher) launcher = NULL;
  g_autoptr(GError) error = NULL;

  if (launch_func != NULL)
    {
      if (!launch_func (parent, uri, launch_data, &error))
        launch_failed (parent, uri, error);
      return;
    }

  launcher = gtk_uri_launcher_new (uri);
  gtk_uri_launcher_launch (launcher, parent, NULL, launched_cb,
                           parent != NULL ? g_object_ref (parent) : NULL);
}

static void
row_activated_cb (OpsLinkSection *self,
                  GtkListBoxRow  *row)
{
  g_autoptr(GObject) item = g_list_model_get_item (self->model, gtk_list_box_row_get_index (row));

  if (OPS_IS_CATALOG_SOURCE (item))
    open_source (self, OPS_CATALOG_SOURCE (item));
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-item", "s",
                                ops_catalog_item_get_id (OPS_CATALOG_ITEM (item)));
}

static void
update_visibility (OpsLinkSection *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self),
                          self->model != NULL && g_list_model_get_n_items (self->model) > 0);
}

/* The name screen readers give the list of a section without a title
 * (the page's own heading names it to the eye); a title names it too. */
void
ops_link_section_set_list_label (OpsLinkSection *self,
                                 const char     *label)
{
  g_return_if_fail (OPS_IS_LINK_SECTION (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* Rows show what @func returns under each entry's name, in full, instead
 * of its summary: the certification chooser shows focus and eligibility.
 * Set it before the model. */
void
ops_link_section_set_subtitle_func (OpsLinkSection      *self,
                                    OpsLinkSubtitleFunc  func)
{
  g_return_if_fail (OPS_IS_LINK_SECTION (self));
  g_return_if_fail (self->model == NULL);

  self->subtitle_func = func;
}

GListModel *
ops_link_section_get_model (OpsLinkSection *self)
{
  g_return_val_if_fail (OPS_IS_LINK_SECTION (self), NULL);

  return self->model;
}

void
ops_link_section_set_model (OpsLinkSection *self,
                            GListModel     *model)
{
  g_return_if_fail (OPS_IS_LINK_SECTION (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;

  g_set_object (&self->model, model);
  g_signal_group_set_target (self->model_signals, model);
  gtk_list_box_bind_model (self->list, model, create_row_cb, self, NULL);
  update_visibility (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

static void
ops_link_section_dispose (GObject *object)
{
  OpsLinkSection *self = OPS_LINK_SECTION (object);
  GtkWidget *child;

  if (self->list != NULL)
    gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  self->list = NULL;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))))
    gtk_widget_unparent (child);
  g_clear_object (&self->model_signals);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (ops_link_section_parent_class)->dispose (object);
}

static void
ops_link_section_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OpsLinkSection *self = OPS_LINK_SECTION (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, gtk_label_get_label (self->heading));
      break;

    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;

    case PROP_SHOW_SUMMARY:
      g_value_set_boolean (value, self->show_summary);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_link_section_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OpsLinkSection *self = OPS_LINK_SECTION (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      gtk_label_set_label (self->heading, g_value_get_string (value));
      gtk_widget_set_visible (GTK_WIDGET (self->heading), g_value_get_string (value) != NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      g_value_get_string (value), -1);
      break;

    case PROP_MODEL:
      ops_link_section_set_model (self, g_value_get_object (value));
      break;

    case PROP_SHOW_SUMMARY:
      self->show_summary = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_link_section_class_init (OpsLinkSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_link_section_dispose;
  object_class->get_property = ops_link_section_get_property;
  object_class->set_property = ops_link_section_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SHOW_SUMMARY] =
    g_param_spec_boolean ("show-summary", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "linksection");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ops_link_section_init (OpsLinkSection *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 8);

  self->heading = GTK_LABEL (ops_heading_new (NULL));
  gtk_widget_set_visible (GTK_WIDGET (self->heading), FALSE);
  gtk_widget_set_parent (GTK_WIDGET (self->heading), GTK_WIDGET (self));

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_widget_set_parent (GTK_WIDGET (self->list), GTK_WIDGET (self));
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (row_activated_cb), self, G_CONNECT_SWAPPED);
  self->model_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_object (self->model_signals, "items-changed", G_CALLBACK (update_visibility), self,
                                 G_CONNECT_SWAPPED);

  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
