/* ops-text-section.c: a heading over paragraphs or a bulleted list
 *
 * Catalog text is shown literally (never parsed as markup) and is
 * selectable so people can copy a responsibility into a resume. The
 * section hides itself when it has nothing to say.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-heading.h"
#include "ops-role-label.h"
#include "ops-text-section.h"

struct _OpsTextSection
{
  GtkWidget  parent_instance;

  GtkLabel  *heading;
  GtkBox    *body;
  gboolean   bulleted;
};

enum {
  PROP_0,
  PROP_TITLE,
  PROP_BULLETED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsTextSection, ops_text_section, GTK_TYPE_WIDGET)

static GtkWidget *
create_paragraph (const char *text)
{
  GtkWidget *label = gtk_label_new (NULL);

  /* German paragraphs speak of "Absolvent/innen": no break after the slash. */
  ops_role_label_set (GTK_LABEL (label), text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  /* Selectable labels take focus; Tab should move between links and
   * buttons, not stop at every paragraph. A selectable label answers
   * Tab as if it took the focus even when it is not focusable
   * (gtk_label_focus returns TRUE), which kept Tab on the Back button:
   * can-focus keeps Tab from asking it at all. */
  gtk_widget_set_focusable (label, FALSE);
  gtk_widget_set_can_focus (label, FALSE);

  return label;
}

static GtkWidget *
create_bullet (const char *text)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *bullet = gtk_label_new ("•");

  gtk_widget_set_valign (bullet, GTK_ALIGN_START);
  gtk_widget_add_css_class (bullet, "dimmed");
  gtk_accessible_update_state (GTK_ACCESSIBLE (bullet), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (row), bullet);
  gtk_box_append (GTK_BOX (row), create_paragraph (text));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);

  return row;
}

void
ops_text_section_set_texts (OpsTextSection     *self,
                            const char * const *texts)
{
  GtkWidget *child;
  guint n = 0;

  g_return_if_fail (OPS_IS_TEXT_SECTION (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->body))))
    gtk_box_remove (self->body, child);

  for (; texts != NULL && texts[n] != NULL; n++)
    gtk_box_append (self->body, self->bulleted ? create_bullet (texts[n]) : create_paragraph (texts[n]));

  gtk_widget_set_visible (GTK_WIDGET (self), n > 0);
}

static void
ops_text_section_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ops_text_section_parent_class)->dispose (object);
}

static void
ops_text_section_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OpsTextSection *self = OPS_TEXT_SECTION (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, gtk_label_get_label (self->heading));
      break;

    case PROP_BULLETED:
      g_value_set_boolean (value, self->bulleted);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_text_section_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OpsTextSection *self = OPS_TEXT_SECTION (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      gtk_label_set_label (self->heading, g_value_get_string (value));
      gtk_widget_set_visible (GTK_WIDGET (self->heading), g_value_get_string (value) != NULL);
      break;

    case PROP_BULLETED:
      self->bulleted = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_text_section_class_init (OpsTextSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_text_section_dispose;
  object_class->get_property = ops_text_section_get_property;
  object_class->set_property = ops_text_section_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_BULLETED] =
    g_param_spec_boolean ("bulleted", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "textsection");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ops_text_section_init (OpsTextSection *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  self->heading = GTK_LABEL (ops_heading_new (NULL));
  gtk_widget_set_visible (GTK_WIDGET (self->heading), FALSE);
  gtk_widget_set_parent (GTK_WIDGET (self->heading), GTK_WIDGET (self));

  self->body = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  gtk_widget_set_parent (GTK_WIDGET (self->body), GTK_WIDGET (self));

  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
