/* ops-comparison-card.c: one side of a comparison, its rows lined up with the other side's
 *
 * A card is a column of rows: its name, a row a section, its action. Beside
 * another card each row starts at the same height in both, so "Who It
 * Suits" is read across at one glance however long the texts above it are:
 * the OpsComparison the card is in gives row N the height of the tallest
 * row N of the line. Stacked, at 360 px, each row is as tall as itself.
 * The last row takes what height is left, so an action with valign end
 * sits at the card's foot.
 *
 * The rows are the card's children in their order, so a screen reader and
 * Tab meet them card by card, as they did when a card was a GtkBox.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-comparison.h"
#include "ops-comparison-card.h"

struct _OpsComparisonCard
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (OpsComparisonCard, ops_comparison_card, GTK_TYPE_WIDGET)

static GtkSizeRequestMode
ops_comparison_card_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/*
 * _ops_comparison_card_measure_rows:
 * @self: a card
 * @orientation: across or down
 * @for_size: the rows' width when measuring down, or -1
 * @minimum: (out): the rows' minimum
 * @natural: (out): the rows' natural size
 *
 * What the card's rows ask for, without the card's own padding and
 * border: across, the widest row's; down, the rows one under another.
 * OpsComparison tells the card's edges from it.
 */
void
_ops_comparison_card_measure_rows (OpsComparisonCard *self,
                                   GtkOrientation     orientation,
                                   int                for_size,
                                   int               *minimum,
                                   int               *natural)
{
  guint n_shown = 0;

  g_return_if_fail (OPS_IS_COMPARISON_CARD (self));

  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;

      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
        }
      else
        {
          gtk_widget_measure (child, orientation, for_size, &child_min, &child_nat, NULL, NULL);
          *minimum += child_min;
          *natural += child_nat;
          n_shown++;
        }
    }

  if (n_shown > 1)
    {
      *minimum += OPS_COMPARISON_ROW_SPACING * (int) (n_shown - 1);
      *natural += OPS_COMPARISON_ROW_SPACING * (int) (n_shown - 1);
    }
}

static void
ops_comparison_card_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  _ops_comparison_card_measure_rows (OPS_COMPARISON_CARD (widget), orientation, for_size, minimum, natural);
}

static void
ops_comparison_card_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);
  OpsComparison *comparison = OPS_IS_COMPARISON (parent) ? OPS_COMPARISON (parent) : NULL;
  GtkWidget *last = NULL;
  guint row = 0;
  int y = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      last = child;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child), row++)
    {
      int row_height = 0;

      /* A row this card lacks or hides still holds the line's height for
       * it, so the rows under it stay lined up with the other card's. */
      if (comparison == NULL || !_ops_comparison_get_row_height (comparison, row, &row_height))
        {
          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, NULL, &row_height, NULL, NULL);
        }
      if (child == last)
        row_height = MAX (row_height, height - y);
      if (gtk_widget_should_layout (child))
        gtk_widget_size_allocate (child, &(GtkAllocation) { 0, y, width, row_height }, -1);
      if (row_height > 0)
        y += row_height + OPS_COMPARISON_ROW_SPACING;
    }
}

static void
ops_comparison_card_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ops_comparison_card_parent_class)->dispose (object);
}

static void
ops_comparison_card_class_init (OpsComparisonCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_comparison_card_dispose;
  widget_class->get_request_mode = ops_comparison_card_get_request_mode;
  widget_class->measure = ops_comparison_card_measure;
  widget_class->size_allocate = ops_comparison_card_size_allocate;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
ops_comparison_card_init (OpsComparisonCard *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");
  gtk_widget_add_css_class (GTK_WIDGET (self), "comparison-card");
}

GtkWidget *
ops_comparison_card_new (void)
{
  return g_object_new (OPS_TYPE_COMPARISON_CARD, NULL);
}

/**
 * ops_comparison_card_append:
 * @self: a card
 * @row: the next row; beside another card it lines up with that card's
 *   row at the same place
 *
 * A row is given the line's height for it, so it should not stretch: the
 * card sets its valign to start unless it asked for end (an action at
 * the foot).
 */
void
ops_comparison_card_append (OpsComparisonCard *self,
                            GtkWidget         *row)
{
  g_return_if_fail (OPS_IS_COMPARISON_CARD (self));
  g_return_if_fail (GTK_IS_WIDGET (row));
  g_return_if_fail (gtk_widget_get_parent (row) == NULL);

  if (gtk_widget_get_valign (row) != GTK_ALIGN_END)
    gtk_widget_set_valign (row, GTK_ALIGN_START);
  gtk_widget_set_parent (row, GTK_WIDGET (self));
}
