/* ops-role-label.c: role names that wrap as words, not at a gender slash
 *
 * German role names carry a gender suffix: "Schichtleiter/in",
 * "Demand Planner/in", "Koordinator/innen". Pango may break a line after
 * a slash, so a narrow label showed "Demand Planner/" and "in" on two
 * lines. A Pango attribute that allows no break inside "/in" keeps the
 * suffix on the line of its word, also when a word longer than the line
 * is broken between characters (a word joiner after the slash would not
 * stop that). The text itself stays as it is: what a screen reader
 * reads, what is copied and what search looks in do not change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "ops-role-label.h"

/* The suffixes after the slash: "/in", "/-in", "/innen". */
static const char * const suffixes[] = { "innen", "-in", "in" };

/* The length of the gender suffix @slash, a '/' in @text, starts,
 * slash included, or 0: a letter before it, one of the suffixes after
 * it, and the word ending there. */
static gsize
gender_suffix_length (const char *text,
                      const char *slash)
{
  if (slash == text || !g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (slash))))
    return 0;

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      gsize length = strlen (suffixes[i]);
      const char *end = slash + 1 + length;

      if (strncmp (slash + 1, suffixes[i], length) == 0 &&
          (*end == '\0' || !g_unichar_isalpha (g_utf8_get_char (end))))
        return 1 + length;
    }

  return 0;
}

/**
 * ops_role_label_attributes:
 * @text: (nullable): a role's name, or a text holding role names
 *
 * Returns: (transfer full) (nullable): attributes that allow no line
 *   break inside any gender suffix of @text, nor between it and its
 *   word, or %NULL when @text has none
 */
PangoAttrList *
ops_role_label_attributes (const char *text)
{
  PangoAttrList *attributes = NULL;

  if (text == NULL)
    return NULL;

  for (const char *slash = strchr (text, '/'); slash != NULL; slash = strchr (slash + 1, '/'))
    {
      gsize length = gender_suffix_length (text, slash);
      PangoAttribute *no_breaks;

      if (length == 0)
        continue;
      if (attributes == NULL)
        attributes = pango_attr_list_new ();
      /* From the letter before the slash: a word too long for its line
       * is broken between characters, and not before the slash either. */
      no_breaks = pango_attr_allow_breaks_new (FALSE);
      no_breaks->start_index = (guint) (g_utf8_prev_char (slash) - text);
      no_breaks->end_index = (guint) (slash - text + length);
      pango_attr_list_insert (attributes, no_breaks);
    }

  return attributes;
}

/**
 * ops_role_label_set:
 * @label: a label that may wrap
 * @text: (nullable): what it shows
 *
 * Shows @text in @label, each gender suffix kept on the line of its word.
 */
void
ops_role_label_set (GtkLabel   *label,
                    const char *text)
{
  g_autoptr(PangoAttrList) attributes = NULL;

  g_return_if_fail (GTK_IS_LABEL (label));

  attributes = ops_role_label_attributes (text);
  gtk_label_set_text (label, text ? text : "");
  gtk_label_set_attributes (label, attributes);
}

static void
row_label_changed_cb (GtkLabel *label)
{
  g_autoptr(PangoAttrList) attributes = ops_role_label_attributes (gtk_label_get_text (label));

  gtk_label_set_attributes (label, attributes);
}

/* The labels found: the title, and the subtitle. */
static guint
keep_row_labels (GtkWidget *box)
{
  guint n_labels = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (box); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child) &&
        (gtk_widget_has_css_class (child, "title") || gtk_widget_has_css_class (child, "subtitle")))
      {
        g_signal_connect (child, "notify::label", G_CALLBACK (row_label_changed_cb), NULL);
        row_label_changed_cb (GTK_LABEL (child));
        n_labels++;
      }

  return n_labels;
}

/**
 * ops_role_label_keep_row:
 * @row: a row whose title or subtitle may hold role names
 *
 * Keeps each gender suffix in @row's title and subtitle on the line of
 * its word, now and whenever they change. libadwaita sets those labels
 * itself; they are the documented label.title and label.subtitle nodes
 * in the row's box.title, found by those style classes.
 */
void
ops_role_label_keep_row (AdwActionRow *row)
{
  GtkWidget *header;
  guint n_labels = 0;

  g_return_if_fail (ADW_IS_ACTION_ROW (row));

  /* Only box.title: a prefix or suffix may be a label too. */
  header = gtk_widget_get_first_child (GTK_WIDGET (row));
  for (GtkWidget *box = header ? gtk_widget_get_first_child (header) : NULL; box; box = gtk_widget_get_next_sibling (box))
    if (gtk_widget_has_css_class (box, "title"))
      n_labels += keep_row_labels (box);
  /* Another libadwaita may build its rows otherwise: say so, in the tests. */
  if (n_labels != 2)
    g_warning ("A row's title and subtitle labels were not found: gender suffixes may break");
}
