/* ops-list-growth.c: a list view that shows its first rows first
 *
 * GtkListView keeps up to 200 rows alive around its first visible row,
 * whatever its height, and creates, binds and measures all of them in
 * the frame that shows a new model: 140 search results made a keystroke
 * cost 60 ms, a plan of 10,000 items twice what 100 items cost. Giving the
 * view a GtkSliceListModel that starts with the first rows, more than a
 * screen holds, and grows by a screenful a frame from the frame after,
 * keeps every frame to a screenful of new rows; nothing on screen
 * changes while it grows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-list-growth.h"

/* GtkListView's GTK_LIST_VIEW_MAX_LIST_ITEMS: past it, more items make
 * no more rows, so the rest can come at once. */
#define ROWS_KEPT_ALIVE 200

typedef struct
{
  GtkSliceListModel *slice;  /* (unowned): the view's model holds it */
  guint              step;
  guint              tick_id;
  gboolean           shown;   /* the first frame is done */
} Growth;

static GQuark
growth_quark (void)
{
  return g_quark_from_static_string ("ops-list-growth");
}

static gboolean
grow_cb (GtkWidget     *view,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  Growth *growth = user_data;
  guint size = gtk_slice_list_model_get_size (growth->slice);
  GListModel *model = gtk_slice_list_model_get_model (growth->slice);
  guint n_items = model ? g_list_model_get_n_items (model) : 0;

  /* This tick starts the frame that shows the first rows. */
  if (!growth->shown)
    {
      growth->shown = TRUE;
      return G_SOURCE_CONTINUE;
    }

  size = size + growth->step < ROWS_KEPT_ALIVE ? size + growth->step : G_MAXUINT;
  if (size >= n_items)
    size = G_MAXUINT;
  gtk_slice_list_model_set_size (growth->slice, size);
  if (size != G_MAXUINT)
    return G_SOURCE_CONTINUE;

  growth->tick_id = 0;
  return G_SOURCE_REMOVE;
}

static void
growth_free (gpointer data)
{
  Growth *growth = data;

  g_free (growth);
}

/**
 * ops_list_growth_start:
 * @view: a list view whose model shows @slice
 * @slice: the slice of the items @view shows
 * @size: how many items to show in the next frame
 * @step: how many more to show in each frame after it
 *
 * Shows the first @size items of @slice's model now and the rest from
 * the next frame on, @step a frame, until @slice shows them all. Starting
 * again while it grows starts over from @size.
 */
void
ops_list_growth_start (GtkListView       *view,
                       GtkSliceListModel *slice,
                       guint              size,
                       guint              step)
{
  Growth *growth;

  g_return_if_fail (GTK_IS_LIST_VIEW (view));
  g_return_if_fail (GTK_IS_SLICE_LIST_MODEL (slice));
  g_return_if_fail (step > 0);

  growth = g_object_get_qdata (G_OBJECT (view), growth_quark ());
  if (growth == NULL)
    {
      growth = g_new0 (Growth, 1);
      g_object_set_qdata_full (G_OBJECT (view), growth_quark (), growth, growth_free);
    }
  growth->slice = slice;
  growth->step = step;
  growth->shown = FALSE;
  gtk_slice_list_model_set_size (slice, size);
  if (growth->tick_id == 0)
    growth->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (view), grow_cb, growth, NULL);
}
