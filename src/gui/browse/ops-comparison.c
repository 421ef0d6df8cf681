/* ops-comparison.c: cards side by side, their rows lined up, or stacked
 *
 * "CPIM or CSCP?" compares two certifications card by card. Where both
 * fit on a line at their natural widths they stand side by side, as wide
 * and as tall as each other, and row N of every card (a section: "Who It
 * Suits", "Prepares You For") is as tall as the tallest row N, so each
 * section starts at the same height across the line and the actions sit
 * at the same place at the foot. Where they do not fit (360 px) they
 * stack, each card as tall as its own rows, as an AdwWrapBox stacked them.
 *
 * The cards (OpsComparisonCard) lay out their own rows; this widget works
 * out the line's row heights before it allocates them and they ask for
 * them while it does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-comparison.h"

/* As the AdwWrapBox before: 12 px between cards, across and down. */
#define CARD_SPACING 12

struct _OpsComparison
{
  GtkWidget  parent_instance;

  GArray    *row_heights;   /* int: the line's rows, while side by side */
  gboolean   side_by_side;
};

G_DEFINE_FINAL_TYPE (OpsComparison, ops_comparison, GTK_TYPE_WIDGET)

static guint
count_cards (OpsComparison *self)
{
  guint n = 0;

  for (GtkWidget *card = gtk_widget_get_first_child (GTK_WIDGET (self)); card; card = gtk_widget_get_next_sibling (card))
    if (gtk_widget_should_layout (card))
      n++;

  return n;
}

/* Side by side only where every card gets its natural width, as the
 * wrap box decided; one card alone is never "side by side". */
static gboolean
fits_side_by_side (OpsComparison *self,
                   int            width)
{
  guint n = count_cards (self);
  int needed = CARD_SPACING * ((int) n - 1);

  if (n < 2)
    return FALSE;

  for (GtkWidget *card = gtk_widget_get_first_child (GTK_WIDGET (self)); card; card = gtk_widget_get_next_sibling (card))
    {
      int natural;

      if (!gtk_widget_should_layout (card))
        continue;
      gtk_widget_measure (card, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      needed += natural;
    }

  return width >= needed;
}

static int
column_width (OpsComparison *self,
              int            width)
{
  guint n = count_cards (self);

  return (width - CARD_SPACING * ((int) n - 1)) / (int) n;
}

/* A card's padding and border, measured (what GTK adds to what the card
 * asks for its rows) rather than copied from the style sheet. */
static void
card_extents (GtkWidget *card,
              int        card_width,
              int       *horizontal,
              int       *vertical)
{
  int card_min, card_height, rows_min, rows_height, unused;

  gtk_widget_measure (card, GTK_ORIENTATION_HORIZONTAL, -1, &card_min, NULL, NULL, NULL);
  _ops_comparison_card_measure_rows (OPS_COMPARISON_CARD (card), GTK_ORIENTATION_HORIZONTAL, -1, &rows_min, &unused);
  *horizontal = card_min - rows_min;

  gtk_widget_measure (card, GTK_ORIENTATION_VERTICAL, card_width, NULL, &card_height, NULL, NULL);
  _ops_comparison_card_measure_rows (OPS_COMPARISON_CARD (card), GTK_ORIENTATION_VERTICAL, card_width - *horizontal,
                                     &unused, &rows_height);
  *vertical = card_height - rows_height;
}

/* The height of each row of the line at @card_width into @heights, and
 * the cards' height. */
static int
line_up_rows (OpsComparison *self,
              int            card_width,
              GArray        *heights)
{
  int height = 0, vertical = 0;
  guint n_rows = 0;
  gboolean first = TRUE;

  g_array_set_size (heights, 0);
  for (GtkWidget *card = gtk_widget_get_first_child (GTK_WIDGET (self)); card; card = gtk_widget_get_next_sibling (card))
    {
      int horizontal, card_vertical;
      guint row_index = 0;

      if (!gtk_widget_should_layout (card))
        continue;
      card_extents (card, card_width, &horizontal, &card_vertical);
      if (first)
        vertical = card_vertical;
      first = FALSE;
      for (GtkWidget *row = gtk_widget_get_first_child (card); row;
           row = gtk_widget_get_next_sibling (row), row_index++)
        {
          int row_height = 0;

          if (row_index >= heights->len)
            g_array_set_size (heights, row_index + 1);
          if (gtk_widget_should_layout (row))
            gtk_widget_measure (row, GTK_ORIENTATION_VERTICAL, card_width - horizontal, NULL, &row_height, NULL, NULL);
          g_array_index (heights, int, row_index) = MAX (g_array_index (heights, int, row_index), row_height);
        }
    }

  for (guint i = 0; i < heights->len; i++)
    if (g_array_index (heights, int, i) > 0)
      {
        height += g_array_index (heights, int, i);
        n_rows++;
      }
  if (n_rows > 1)
    height += OPS_COMPARISON_ROW_SPACING * (int) (n_rows - 1);

  return height + vertical;
}

static int
stacked_height (OpsComparison *self,
                int            width)
{
  int height = 0;
  guint n = 0;

  for (GtkWidget *card = gtk_widget_get_first_child (GTK_WIDGET (self)); card; card = gtk_widget_get_next_sibling (card))
    {
      int natural;

      if (!gtk_widget_should_layout (card))
        continue;
      gtk_widget_measure (card, GTK_ORIENTATION_VERTICAL, width, NULL, &natural, NULL, NULL);
      height += natural;
      n++;
    }

  return n > 1 ? height + CARD_SPACING * ((int) n - 1) : height;
}

static GtkSizeRequestMode
ops_comparison_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
ops_comparison_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  OpsComparison *self = OPS_COMPARISON (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      guint n = 0;

      *minimum = *natural = 0;
      for (GtkWidget *card = gtk_widget_get_first_child (widget); card; card = gtk_widget_get_next_sibling (card))
        {
          int card_min, card_nat;

          if (!gtk_widget_should_layout (card))
            continue;
          gtk_widget_measure (card, orientation, -1, &card_min, &card_nat, NULL, NULL);
          *minimum = MAX (*minimum, card_min);
          *natural += card_nat;
          n++;
        }
      if (n > 1)
        *natural += CARD_SPACING * ((int) n - 1);
    }
  else
    {
      int width = for_size, unused;

      /* Down without a width: at the natural one. */
      if (width < 0)
        ops_comparison_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &unused, &width, NULL, NULL);
      if (fits_side_by_side (self, width))
        {
          g_autoptr(GArray) heights = g_array_new (FALSE, TRUE, sizeof (int));

          *natural = line_up_rows (self, column_width (self, width), heights);
        }
      else
        *natural = stacked_height (self, width);
      *minimum = *natural;
    }
}

static void
ops_comparison_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  OpsComparison *self = OPS_COMPARISON (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int x = 0, y = 0;

  /* Before the cards are allocated: they ask for the rows' heights. */
  self->side_by_side = fits_side_by_side (self, width);
  if (self->side_by_side)
    {
      int card_width = column_width (self, width);
      int card_height = line_up_rows (self, card_width, self->row_heights);

      for (GtkWidget *card = gtk_widget_get_first_child (widget); card; card = gtk_widget_get_next_sibling (card))
        {
          if (!gtk_widget_should_layout (card))
            continue;
          gtk_widget_size_allocate (card, &(GtkAllocation) { rtl ? width - x - card_width : x, 0, card_width, card_height },
                                    -1);
          x += card_width + CARD_SPACING;
        }
      return;
    }

  g_array_set_size (self->row_heights, 0);
  for (GtkWidget *card = gtk_widget_get_first_child (widget); card; card = gtk_widget_get_next_sibling (card))
    {
      int card_height;

      if (!gtk_widget_should_layout (card))
        continue;
      gtk_widget_measure (card, GTK_ORIENTATION_VERTICAL, width, NULL, &card_height, NULL, NULL);
      gtk_widget_size_allocate (card, &(GtkAllocation) { 0, y, width, card_height }, -1);
      y += card_height + CARD_SPACING;
    }
}

static void
ops_comparison_dispose (GObject *object)
{
  ops_comparison_remove_all (OPS_COMPARISON (object));

  G_OBJECT_CLASS (ops_comparison_parent_class)->dispose (object);
}

static void
ops_comparison_finalize (GObject *object)
{
  OpsComparison *self = OPS_COMPARISON (object);

  g_array_unref (self->row_heights);

  G_OBJECT_CLASS (ops_comparison_parent_class)->finalize (object);
}

static void
ops_comparison_class_init (OpsComparisonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_comparison_dispose;
  object_class->finalize = ops_comparison_finalize;
  widget_class->get_request_mode = ops_comparison_get_request_mode;
  widget_class->measure = ops_comparison_measure;
  widget_class->size_allocate = ops_comparison_size_allocate;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
ops_comparison_init (OpsComparison *self)
{
  self->row_heights = g_array_new (FALSE, TRUE, sizeof (int));
}

GtkWidget *
ops_comparison_new (void)
{
  return g_object_new (OPS_TYPE_COMPARISON, NULL);
}

void
ops_comparison_append (OpsComparison     *self,
                       OpsComparisonCard *card)
{
  g_return_if_fail (OPS_IS_COMPARISON (self));
  g_return_if_fail (OPS_IS_COMPARISON_CARD (card));
  g_return_if_fail (gtk_widget_get_parent (GTK_WIDGET (card)) == NULL);

  gtk_widget_set_parent (GTK_WIDGET (card), GTK_WIDGET (self));
}

void
ops_comparison_remove_all (OpsComparison *self)
{
  GtkWidget *card;

  g_return_if_fail (OPS_IS_COMPARISON (self));

  while ((card = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (card);
}

/*
 * _ops_comparison_get_row_height:
 * @self: a comparison
 * @row: a row's place in its card, from 0
 * @height: (out): the height of the line's tallest row at @row
 *
 * For the cards, while @self allocates them.
 *
 * Returns: %TRUE while the cards stand side by side; stacked, each row
 *   is as tall as itself
 */
gboolean
_ops_comparison_get_row_height (OpsComparison *self,
                                guint          row,
                                int           *height)
{
  g_return_val_if_fail (OPS_IS_COMPARISON (self), FALSE);

  if (!self->side_by_side || row >= self->row_heights->len)
    return FALSE;

  *height = g_array_index (self->row_heights, int, row);

  return TRUE;
}
