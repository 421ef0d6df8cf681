/* first-frame.c: ends any GTK 4 program at its first painted frame
 *
 * LD_PRELOAD=libops-first-frame.so PROGRAM: the process exits, status 0,
 * at the end of the first frame in which a surface was rendered. The
 * benchmark times start-up as the life of such a process, exec to exit,
 * and reads its peak memory from wait4 (): the same measurement for
 * OpsLadder, the bare window and GNOME's own apps, none of which has to
 * know about it.
 *
 * Two signal emission hooks do it, so no function is replaced:
 * GdkSurface::render marks that a surface has drawn, and the frame
 * clock's after-paint, which ends every frame, exits once one has. Exiting
 * with _exit () leaves out the shutdown, which is not start-up and which
 * programs do differently.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <gtk/gtk.h>
#include <unistd.h>

static gboolean rendered;

static gboolean
render_hook_cb (GSignalInvocationHint *hint,
                guint                  n_params,
                const GValue          *params,
                gpointer               user_data)
{
  rendered = TRUE;

  return TRUE;
}

static gboolean
after_paint_hook_cb (GSignalInvocationHint *hint,
                     guint                  n_params,
                     const GValue          *params,
                     gpointer               user_data)
{
  if (rendered)
    _exit (0);

  return TRUE;
}

/* Signals are looked up by name on classes referenced here; GTK itself
 * is not initialised yet, nor needs to be. */
__attribute__ ((constructor)) static void
first_frame_init (void)
{
  g_type_class_ref (GDK_TYPE_SURFACE);
  g_type_class_ref (GDK_TYPE_FRAME_CLOCK);
  g_signal_add_emission_hook (g_signal_lookup ("render", GDK_TYPE_SURFACE), 0, render_hook_cb, NULL, NULL);
  g_signal_add_emission_hook (g_signal_lookup ("after-paint", GDK_TYPE_FRAME_CLOCK), 0,
                              after_paint_hook_cb, NULL, NULL);
}
