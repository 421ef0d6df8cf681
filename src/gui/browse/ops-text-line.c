/* ops-text-line.c: one line of text, ellipsized at its end, laid out once
 *
 * A search result shows its name and its summary on a line each. A
 * GtkLabel lays its text out three times for a new row (for its width,
 * for its height at that width, and again at its allocation), and a
 * keystroke that changes the results makes a screenful of rows: most of
 * such a keystroke went to Pango and HarfBuzz shaping the same text
 * again. A line that never wraps is as high as its font whatever its
 * text, so this widget takes its height from the font's metrics, asks
 * for no width of its own (the list gives it the row's), and lays its
 * text out once, at its width, when it is first drawn. Rebinding a row
 * to another result only redraws it.
 *
 * A summary is 80 to 210 characters, of which about 40 fit before the
 * ellipsis, and Pango shapes a whole paragraph before it ellipsizes it.
 * So the line lays out only as much of its text as could fit at its
 * width, and all of it when that much turns out not to fill the line:
 * what is drawn is the same, as the ellipsis ends the text shown where it
 * would have ended the whole.
 *
 * Screen readers read it as a label with its text as the name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-text-line.h"

struct _OpsTextLine
{
  GtkWidget    parent_instance;

  char        *text;
  PangoLayout *layout;    /* made at the first snapshot, then kept */
  gsize        laid_out;  /* how many bytes of @text @layout holds */
};

enum {
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsTextLine, ops_text_line, GTK_TYPE_WIDGET)

/* The metrics of the widget's font, cached by Pango: nothing is shaped. */
static PangoFontMetrics *
font_metrics (OpsTextLine *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  g_autoptr(PangoFont) font = pango_context_load_font (context, pango_context_get_font_description (context));

  return font ? pango_font_get_metrics (font, pango_context_get_language (context)) : NULL;
}

/* The height of a line of the widget's font, as GtkLabel's logical
 * extents give it for one line of text in that font. */
static int
line_height (OpsTextLine *self)
{
  PangoFontMetrics *metrics = font_metrics (self);
  int height;

  if (metrics == NULL)
    return 0;
  height = pango_font_metrics_get_ascent (metrics) + pango_font_metrics_get_descent (metrics);
  pango_font_metrics_unref (metrics);

  return PANGO_PIXELS_CEIL (height);
}

/* How many bytes of the text to lay out at @width pixels: the characters
 * that could fit were they half again narrower than the font's average
 * (wider than any line of words is), then a few more; or all of them. */
static gsize
bytes_to_lay_out (OpsTextLine *self,
                  int          width)
{
  PangoFontMetrics *metrics = font_metrics (self);
  const char *end = self->text;
  int average;
  gsize chars;

  if (metrics == NULL)
    return strlen (self->text);
  average = pango_font_metrics_get_approximate_char_width (metrics);
  pango_font_metrics_unref (metrics);
  if (average <= 0)
    return strlen (self->text);

  chars = (gsize) width * PANGO_SCALE * 3 / 2 / average + 8;
  for (gsize i = 0; i < chars && *end != '\0'; i++)
    end = g_utf8_next_char (end);

  return end - self->text;
}

/* Lays out the text at @width: only its start when that is ellipsized
 * there, since the whole would be ellipsized at the same place. */
static void
lay_out (OpsTextLine *self,
         int          width)
{
  gsize length = strlen (self->text);
  gsize wanted = bytes_to_lay_out (self, width);

  pango_layout_set_width (self->layout, width * PANGO_SCALE);
  if (wanted != self->laid_out)
    {
      pango_layout_set_text (self->layout, self->text, (int) wanted);
      self->laid_out = wanted;
    }
  if (self->laid_out < length && !pango_layout_is_ellipsized (self->layout))
    {
      pango_layout_set_text (self->layout, self->text, (int) length);
      self->laid_out = length;
    }
}

static void
ops_text_line_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  /* Across, the line takes what it is given and ellipsizes the rest. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = 0;
  else
    *minimum = *natural = line_height (OPS_TEXT_LINE (widget));
}

static void
ops_text_line_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  OpsTextLine *self = OPS_TEXT_LINE (widget);
  int width = gtk_widget_get_width (widget);
  PangoRectangle logical;
  GdkRGBA color;

  if (self->text == NULL || self->text[0] == '\0' || width <= 0)
    return;

  /* The widget's own context: Pango lays the text out again by itself
   * when the font, the scale or the direction change. */
  if (self->layout == NULL)
    {
      self->layout = pango_layout_new (gtk_widget_get_pango_context (widget));
      pango_layout_set_single_paragraph_mode (self->layout, TRUE);
      pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
      self->laid_out = G_MAXSIZE;
    }
  lay_out (self, width);
  pango_layout_get_extents (self->layout, NULL, &logical);
  gtk_widget_get_color (widget, &color);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (0, (gtk_widget_get_height (widget) -
                                                    PANGO_PIXELS_CEIL (logical.height)) / 2));
  gtk_snapshot_append_layout (snapshot, self->layout, &color);
  gtk_snapshot_restore (snapshot);
}

static void
ops_text_line_dispose (GObject *object)
{
  OpsTextLine *self = OPS_TEXT_LINE (object);

  g_clear_object (&self->layout);

  G_OBJECT_CLASS (ops_text_line_parent_class)->dispose (object);
}

static void
ops_text_line_finalize (GObject *object)
{
  OpsTextLine *self = OPS_TEXT_LINE (object);

  g_free (self->text);

  G_OBJECT_CLASS (ops_text_line_parent_class)->finalize (object);
}

static void
ops_text_line_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  OpsTextLine *self = OPS_TEXT_LINE (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_text_line_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  OpsTextLine *self = OPS_TEXT_LINE (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      ops_text_line_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_text_line_class_init (OpsTextLineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_text_line_dispose;
  object_class->finalize = ops_text_line_finalize;
  object_class->get_property = ops_text_line_get_property;
  object_class->set_property = ops_text_line_set_property;
  widget_class->measure = ops_text_line_measure;
  widget_class->snapshot = ops_text_line_snapshot;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
ops_text_line_init (OpsTextLine *self)
{
}

GtkWidget *
ops_text_line_new (void)
{
  return g_object_new (OPS_TYPE_TEXT_LINE, NULL);
}

const char *
ops_text_line_get_text (OpsTextLine *self)
{
  g_return_val_if_fail (OPS_IS_TEXT_LINE (self), NULL);

  return self->text;
}

/* Sets the text; the line keeps its height, so the row is only redrawn. */
void
ops_text_line_set_text (OpsTextLine *self,
                        const char  *text)
{
  g_return_if_fail (OPS_IS_TEXT_LINE (self));

  if (!g_set_str (&self->text, text))
    return;

  /* Laid out again, as much as shows, when it is next drawn. */
  self->laid_out = G_MAXSIZE;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text ? text : "", -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}
