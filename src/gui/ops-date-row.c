/* ops-date-row.c: a row holding a date, chosen in a calendar
 *
 * Every date in OpsLadder is chosen with this row: a calendar popover
 * with a Today button, and a button that clears the date. The date
 * property binds to an item's or record's date both ways.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-date.h"
#include "ops-date-row.h"

struct _OpsDateRow
{
  AdwActionRow    parent_instance;

  GDateTime      *date;
  gboolean        space_pressed;

  GtkButton      *clear;
  GtkMenuButton  *choose;
  GtkCalendar    *calendar;
};

enum {
  PROP_0,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsDateRow, ops_date_row, ADW_TYPE_ACTION_ROW)

GDateTime *
ops_date_row_get_date (OpsDateRow *self)
{
  g_return_val_if_fail (OPS_IS_DATE_ROW (self), NULL);

  return self->date;
}

static void
update_subtitle (OpsDateRow *self)
{
  g_autofree char *text = ops_date_format (self->date);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), text ? text : _("No date"));
  /* "No date" is said in the subtitle; a greyed Clear button beside it
   * read as broken, so it is there only when there is a date to clear. */
  gtk_widget_set_visible (GTK_WIDGET (self->clear), self->date != NULL);
}

void
ops_date_row_set_date (OpsDateRow *self,
                       GDateTime  *date)
{
  g_return_if_fail (OPS_IS_DATE_ROW (self));

  if (self->date == date || (self->date && date && g_date_time_equal (self->date, date)))
    return;

  g_clear_pointer (&self->date, g_date_time_unref);
  self->date = date ? g_date_time_ref (date) : NULL;
  update_subtitle (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

static void
day_selected_cb (OpsDateRow *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);

  ops_date_row_set_date (self, date);
}

/* GtkCalendar emits day-selected only when the day of the month changes,
 * and moving to another month keeps that day: so in a month moved to, the
 * day with the same number could not be chosen. A click or Space on a day
 * is a choice whether or not the calendar says so. */
static void
day_clicked_cb (OpsDateRow      *self,
                int              n_press,
                double           x,
                double           y,
                GtkGestureClick *gesture)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->calendar), x, y, GTK_PICK_DEFAULT);

  if (picked != NULL && gtk_widget_has_css_class (picked, "day-number"))
    day_selected_cb (self);
}

/* Seen before the calendar acts on it: a Space released here whose press
 * went elsewhere (the one that opened the popover) chooses nothing. */
static gboolean
day_key_pressed_cb (OpsDateRow            *self,
                    guint                  keyval,
                    guint                  keycode,
                    GdkModifierType        state,
                    GtkEventControllerKey *controller)
{
  if (keyval == GDK_KEY_space || keyval == GDK_KEY_KP_Space)
    self->space_pressed = TRUE;

  return GDK_EVENT_PROPAGATE;
}

static void
day_key_released_cb (OpsDateRow            *self,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     GtkEventControllerKey *controller)
{
  if ((keyval == GDK_KEY_space || keyval == GDK_KEY_KP_Space) && self->space_pressed)
    {
      self->space_pressed = FALSE;
      day_selected_cb (self);
    }
}

/* The calendar opens on the date held, or today: not on a day chosen
 * before Clear Date, which is no longer the row's. */
static void
popover_shown_cb (OpsDateRow *self)
{
  g_autoptr(GDateTime) today = self->date ? NULL : g_date_time_new_now_local ();

  /* The calendar reports this like a click; opening chooses nothing. */
  g_signal_handlers_block_by_func (self->calendar, day_selected_cb, self);
  gtk_calendar_select_day (self->calendar, self->date ? self->date : today);
  g_signal_handlers_unblock_by_func (self->calendar, day_selected_cb, self);
}

/* GtkCalendar says nothing when the day it already shows is clicked, and
 * on a row without a date that day is today: so Today has a button. */
static void
today_cb (OpsDateRow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                                      g_date_time_get_day_of_month (now), 0, 0, 0);

  ops_date_row_set_date (self, today);
  gtk_menu_button_popdown (self->choose);
}

static void
clear_cb (OpsDateRow *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  gboolean had_focus = root != NULL && gtk_root_get_focus (root) == GTK_WIDGET (self->clear);

  ops_date_row_set_date (self, NULL);
  /* Clear Date goes with the date: the focus stays in the row, on the
   * button that chooses one, not lost to the top of the window. */
  if (had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (self->choose));
}

static void
ops_date_row_dispose (GObject *object)
{
  OpsDateRow *self = OPS_DATE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_DATE_ROW);

  G_OBJECT_CLASS (ops_date_row_parent_class)->dispose (object);
}

static void
ops_date_row_finalize (GObject *object)
{
  OpsDateRow *self = OPS_DATE_ROW (object);

  g_clear_pointer (&self->date, g_date_time_unref);

  G_OBJECT_CLASS (ops_date_row_parent_class)->finalize (object);
}

static void
ops_date_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  OpsDateRow *self = OPS_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_date_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  OpsDateRow *self = OPS_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      ops_date_row_set_date (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_date_row_class_init (OpsDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_date_row_dispose;
  object_class->finalize = ops_date_row_finalize;
  object_class->get_property = ops_date_row_get_property;
  object_class->set_property = ops_date_row_set_property;

  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/ops-date-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsDateRow, clear);
  gtk_widget_class_bind_template_child (widget_class, OpsDateRow, choose);
  gtk_widget_class_bind_template_child (widget_class, OpsDateRow, calendar);
  gtk_widget_class_bind_template_callback (widget_class, popover_shown_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_key_released_cb);
  gtk_widget_class_bind_template_callback (widget_class, today_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_cb);
}

static void
ops_date_row_init (OpsDateRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_subtitle (self);
}
