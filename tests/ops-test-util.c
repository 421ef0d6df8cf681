/* ops-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>

#include "ops-plan-serializer.h"
#include "ops-resume-check.h"
#include "ops-test-util.h"

/* Call before gtk_test_init (): GLib reads XDG_DATA_HOME once, and every
 * test process needs a plan file of its own. */
void
ops_test_isolate_data_dir (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;

  /* A test's subprocess is the same person's next start: same files. */
  if (g_getenv ("OPS_TEST_DATA_HOME") != NULL)
    {
      g_setenv ("XDG_DATA_HOME", g_getenv ("OPS_TEST_DATA_HOME"), TRUE);
      return;
    }

  dir = g_dir_make_tmp ("opsladder-test-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", dir, TRUE);
}

/* What every test of the real window starts with. */
void
ops_test_init (int    *argc,
               char ***argv)
{
  /* flatpak-builder runs the tests in a sandbox with no display; windows
   * cannot be shown there, so these tests report themselves skipped. */
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display to show windows on\n");
      exit (0);
    }

  ops_test_isolate_data_dir ();
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  /* Reduced motion, as people may choose: panes and toasts appear at
   * once, so a test sees the state it caused in the next frame, and no
   * page is laid out half-way through a transition. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}

/* Every key of the application's settings back at its default: the
 * window's size, whether it is maximized, and the sidebar's selection,
 * all the state a window saves when it closes. GSETTINGS_BACKEND=memory
 * lasts as long as the test process, so without this a test's window
 * opened as the previous test's had closed: the "wide" visual tests ran
 * at 360 px, and the pane the last test chose opened in place of the
 * map. Every key of the schema, so a key added later is reset too. */
void
ops_test_reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr(GVariant) left = g_settings_get_user_value (settings, keys[i]);
      g_autoptr(GVariant) fresh = g_settings_get_default_value (settings, keys[i]);

      if (left == NULL)
        continue;
      /* Which test would have run in another test's window, for the log. */
      if (!g_variant_equal (left, fresh))
        {
          g_autofree char *text = g_variant_print (left, FALSE);

          g_test_message ("settings: %s back to its default from %s", keys[i], text);
        }
      g_settings_reset (settings, keys[i]);
    }
}

static void
reset_and_run (gconstpointer data)
{
  GTestFunc func = (GTestFunc) data;

  ops_test_reset_settings ();
  func ();
}

/* g_test_add_func () for a test of the window: it starts from the
 * default settings, as the fixtures' set-ups do. */
void
ops_test_add_func (const char *path,
                   GTestFunc   func)
{
  g_test_add_data_func (path, (gconstpointer) func, reset_and_run);
}

/* A timeout callback that sets the gboolean @flag points to. */
gboolean
ops_test_set_flag_cb (gpointer flag)
{
  *(gboolean *) flag = TRUE;

  return G_SOURCE_REMOVE;
}

/* Lets the main loop run for a while, for things that must not happen. */
void
ops_test_spin (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, ops_test_set_flag_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* (transfer none): the plan holds the item. */
OpsPlanItem *
ops_test_plan_item_at (OpsPlan *plan,
                       guint    position)
{
  g_autoptr(OpsPlanItem) item = g_list_model_get_item (ops_plan_get_items (plan), position);

  g_assert_nonnull (item);

  return item;
}

/* The pane on top of the window's content. */
AdwNavigationPage *
ops_test_visible_page (OpsWindow *window)
{
  GtkWidget *content = ops_test_find_widget (GTK_WIDGET (window), ADW_TYPE_NAVIGATION_PAGE, "tag", "content");

  g_assert_nonnull (content);

  return adw_navigation_view_get_visible_page (ADW_NAVIGATION_VIEW (adw_navigation_page_get_child (ADW_NAVIGATION_PAGE (content))));
}

/* Whether @page is in the stack of the window's content, shown or under
 * another page, where Back would bring it again. */
gboolean
ops_test_page_in_stack (OpsWindow *window,
                        GtkWidget *page)
{
  GtkWidget *view = gtk_widget_get_ancestor (GTK_WIDGET (ops_test_visible_page (window)), ADW_TYPE_NAVIGATION_VIEW);
  g_autoptr(GListModel) stack = adw_navigation_view_get_navigation_stack (ADW_NAVIGATION_VIEW (view));

  for (guint i = 0; i < g_list_model_get_n_items (stack); i++)
    {
      g_autoptr(AdwNavigationPage) other = g_list_model_get_item (stack, i);

      if (GTK_WIDGET (other) == page)
        return TRUE;
    }

  return FALSE;
}

OpsApplication *
ops_test_application_new (void)
{
  static guint counter;
  OpsApplication *app = ops_application_new ();
  g_autofree char *app_id = g_strdup_printf ("%s.Test%u", BASE_ID, ++counter);
  g_autoptr(GError) error = NULL;

  /* Tests run side by side on one session bus, and one process may hold
   * several applications: each gets a name and object path of its own. */
  g_application_set_application_id (G_APPLICATION (app), app_id);
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  return app;
}

static gboolean
widget_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

OpsWindow *
ops_test_window_new (OpsApplication *app)
{
  OpsWindow *window = ops_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  ops_test_wait_for (widget_is_mapped, window);

  return window;
}

#define RESUME_SKILL(id, name) "<skill id=\"" id "\" kind=\"hard\"><name>" name "</name><summary>S</summary></skill>"
#define RESUME_ROLE(id, skills) "<role id=\"" id "\" stage=\"s\"><name>R</name><summary>S</summary>" \
  "<responsibility>R</responsibility>" skills \
  "<source url=\"https://www.example.org/page\" checked=\"2024-05\">Label</source></role>"

/* A catalog with a role that expects one skill, and one that expects
 * three. */
static const char resume_catalog[] =
  "<catalog format=\"1\"><overview id=\"overview\"><name>O</name><summary>S</summary><para>P</para></overview>"
  "<stage id=\"s\" rank=\"1\"><name>S</name><summary>S</summary><work>W</work></stage>"
  RESUME_SKILL ("kaizen", "Kaizen") RESUME_SKILL ("lean", "Lean") RESUME_SKILL ("sigma", "Six Sigma")
  RESUME_ROLE ("one", "<skill ref=\"kaizen\"/>")
  RESUME_ROLE ("three", "<skill ref=\"kaizen\"/><skill ref=\"lean\"/><skill ref=\"sigma\"/>")
  "</catalog>";

/**
 * ops_test_describe_resume:
 * @role_id: "one" (a role that expects one skill) or "three" (three)
 * @text: the resume
 *
 * The Resume Check's summary of @text against a role of a small catalog:
 * no shipped role expects a single thing, and the summary words that case
 * apart.
 *
 * Returns: (transfer full): the summary, in the current language
 */
char *
ops_test_describe_resume (const char *role_id,
                          const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (resume_catalog, sizeof resume_catalog - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsCatalog) catalog = ops_catalog_new_from_bytes (bytes, &error);
  g_autoptr(OpsResumeCheck) check = NULL;

  g_assert_no_error (error);
  check = ops_resume_check_new (catalog, role_id, text);

  return ops_resume_check_describe (check);
}

/* The contents of tests/@dir/@name, which must be there. */
GBytes *
ops_test_read_fixture (const char *dir,
                       const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, dir, name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize len = 0;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, len);
}

void
ops_test_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* How long a state may take to come before ops_test_wait_for () fails:
 * far beyond what any wait takes on a busy machine. The bound was 3000
 * turns of a millisecond, about 3 s, and a gate run beside screenshots
 * and other tests once ran out of them in
 * /window-close/conflict-quit-use-theirs, which waits for a file
 * monitor's event, a dialog and the windows to close; each test's own
 * meson timeout is longer still. */
#define WAIT_FOR_SECONDS 60

void
ops_test_wait_for (gboolean (*done) (gpointer),
                   gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_FOR_SECONDS * G_USEC_PER_SEC;

  /* A bounded wait: a state that never comes fails the test rather than
   * hanging the suite. */
  while (!done (data) && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_true (done (data));
}

/* For ops_test_wait_for (): whether the pointer @location points to has
 * been cleared, as a weak pointer is when its object goes. */
gboolean
ops_test_is_cleared (gpointer location)
{
  return *(gpointer *) location == NULL;
}

/* Presses the button labelled @label below @root, as a click does. */
void
ops_test_press_button (GtkWidget  *root,
                       const char *label)
{
  GtkWidget *button = ops_test_find_widget (root, GTK_TYPE_BUTTON, "label", label);

  g_test_message ("pressing “%s”", label);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  ops_test_iterate ();
}

/* The first widget at or below @root, depth first, that @match accepts. */
GtkWidget *
ops_test_find_widget_matching (GtkWidget       *root,
                               OpsTestMatchFunc match,
                               gconstpointer    data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ops_test_find_widget_matching (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  GType       type;
  const char *property;
  const char *value;
} PropertyMatch;

static gboolean
has_property_value (GtkWidget     *widget,
                    gconstpointer  data)
{
  const PropertyMatch *wanted = data;
  g_autofree char *current = NULL;

  if (!G_TYPE_CHECK_INSTANCE_TYPE (widget, wanted->type))
    return FALSE;
  if (wanted->property == NULL)
    return TRUE;

  g_object_get (widget, wanted->property, &current, NULL);
  return g_strcmp0 (current, wanted->value) == 0;
}

/* The first widget below @root of @type whose string @property equals
 * @value (any, when @property is %NULL), depth first. */
GtkWidget *
ops_test_find_widget (GtkWidget  *root,
                      GType       type,
                      const char *property,
                      const char *value)
{
  PropertyMatch wanted = { type, property, value };

  return ops_test_find_widget_matching (root, has_property_value, &wanted);
}

/* Closes @window as its close button does, so it saves what it saves on
 * the way out, and checks nothing keeps it alive afterwards. */
static gboolean
widget_is_hidden (gpointer data)
{
  return !gtk_widget_get_visible (data);
}

/* Closes @window as its close button does; the last window first saves
 * the plan, in a worker thread, so this waits for it to go. */
void
ops_test_close_window (OpsWindow *window)
{
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  ops_test_wait_for (widget_is_hidden, window);
  ops_test_iterate ();
  g_assert_finalize_object (window);
}

/* A list takes the focus as one stop: Tab enters it on one row and leaves
 * it, and the arrow keys move between its rows. */
static gboolean
is_list (GtkWidget *widget)
{
  /* The career map is one stop too: the arrow keys follow its links. */
  return GTK_IS_LIST_BOX (widget) || GTK_IS_LIST_VIEW (widget) || GTK_IS_GRID_VIEW (widget)
         || GTK_IS_FLOW_BOX (widget) || GTK_IS_COLUMN_VIEW (widget)
         || g_str_equal (G_OBJECT_TYPE_NAME (widget), "OpsCareerMap");
}

static gboolean
has_tab_stop (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget) || !gtk_widget_is_sensitive (widget) || !gtk_widget_get_can_focus (widget))
    return FALSE;
  if (gtk_widget_get_focusable (widget))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (has_tab_stop (child))
      return TRUE;
  return FALSE;
}

/* The widgets below @widget Tab should stop at, in the order they are
 * laid out: every focusable control, and each list once. */
static void
collect_tab_stops (GtkWidget *widget,
                   GPtrArray *stops)
{
  if (!gtk_widget_get_mapped (widget) || !gtk_widget_is_sensitive (widget) || !gtk_widget_get_can_focus (widget))
    return;
  if (is_list (widget))
    {
      /* An empty list is no stop, though it is focusable. */
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
        if (has_tab_stop (child))
          {
            g_ptr_array_add (stops, widget);
            break;
          }
      return;
    }
  if (gtk_widget_get_focusable (widget))
    {
      gboolean inner = FALSE;

      /* A scrolled window is focusable, yet passes Tab to what it holds. */
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
        inner |= has_tab_stop (child);
      if (!inner)
        {
          g_ptr_array_add (stops, widget);
          return;
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_tab_stops (child, stops);
}

static const char *
describe (GtkWidget *widget)
{
  static char text[256];
  const char *label = NULL;

  if (GTK_IS_BUTTON (widget))
    label = gtk_button_get_label (GTK_BUTTON (widget));
  else if (ADW_IS_PREFERENCES_ROW (widget))
    label = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  else if (GTK_IS_LABEL (widget))
    label = gtk_label_get_label (GTK_LABEL (widget));
  if (label == NULL)
    label = gtk_widget_get_tooltip_text (widget);
  if (label == NULL && gtk_widget_get_parent (widget) != NULL)
    label = gtk_widget_get_tooltip_text (gtk_widget_get_parent (widget));
  g_snprintf (text, sizeof text, "%s “%s” in %s", G_OBJECT_TYPE_NAME (widget), label ? label : "",
              gtk_widget_get_parent (widget) ? G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)) : "nothing");
  return text;
}

/* Whether the window is laid out and stays so: a frame went by in which
 * nothing needed a new size or place. One frame is not enough: a list
 * builds rows while it is allocated and a scrolled window then queues
 * another allocation, so a page can take several frames to settle, more
 * on a loaded machine. The frame clock emits "layout" only in a frame
 * that needs one; a tick callback keeps frames coming meanwhile. */
typedef struct
{
  gboolean laid_out;   /* a layout since the last tick */
  guint    quiet;      /* frames in a row without one */
} Settle;

static void
layout_cb (GdkFrameClock *clock,
           gpointer       data)
{
  ((Settle *) data)->laid_out = TRUE;
}

static gboolean
settle_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  Settle *settle = data;

  settle->quiet = settle->laid_out ? 0 : settle->quiet + 1;
  settle->laid_out = FALSE;

  return settle->quiet < 2 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static gboolean
is_settled (gpointer data)
{
  return ((Settle *) data)->quiet >= 2;
}

/* Waits until @window is laid out whole, whatever the machine's load. */
void
ops_test_wait_for_layout (GtkWidget *window)
{
  Settle settle = { TRUE, 0 };
  GdkFrameClock *clock;
  gulong handler;

  g_assert_true (gtk_widget_get_realized (window));
  clock = gtk_widget_get_frame_clock (window);
  handler = g_signal_connect (clock, "layout", G_CALLBACK (layout_cb), &settle);
  gtk_widget_add_tick_callback (window, settle_tick_cb, &settle, NULL);
  ops_test_wait_for (is_settled, &settle);
  g_signal_handler_disconnect (clock, handler);
}

static gboolean
window_is_active (gpointer window)
{
  return gtk_window_is_active (GTK_WINDOW (window));
}

/**
 * ops_test_assert_tab_walks:
 * @window: the window, shown
 * @pane: the part of it to check
 *
 * Presses Tab (the window's move-focus binding) from nothing focused
 * round the whole window, and checks that no press leaves the focus
 * where it was, and that it reached every control of @pane (each list
 * as one stop) once, in the order GTK gives by layout.
 */
void
ops_test_assert_tab_walks (OpsWindow *window,
                           GtkWidget *pane)
{
  g_autoptr(GPtrArray) stops = g_ptr_array_new ();
  g_autoptr(GPtrArray) visited = g_ptr_array_new ();

  /* Tab follows the layout: walk what a person sees, laid out. */
  ops_test_wait_for_layout (GTK_WIDGET (window));

  /* A list row answers Tab by whether it has the focus, and has-focus
   * needs an active window, or Tab would stay on the first row of any
   * list, a trap no person at an active window meets. With no window
   * manager a window is active once presented, until another program's
   * window is: the suites that walk run alone (tests/meson.build). The
   * walk used to be skipped when the window was not active, and in the
   * gate it then asserted nothing. */
  gtk_window_present (GTK_WINDOW (window));
  ops_test_wait_for (window_is_active, window);

  collect_tab_stops (pane, stops);
  g_assert_cmpuint (stops->len, >, 0);

  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  for (guint press = 0; press < 400; press++)
    {
      GtkWidget *before = gtk_root_get_focus (GTK_ROOT (window));
      GtkWidget *after;

      g_signal_emit_by_name (window, "move-focus", GTK_DIR_TAB_FORWARD);
      after = gtk_root_get_focus (GTK_ROOT (window));
      /* Focusing can scroll a row into view, and a row scrolled in is
       * built and laid out in the next frames: until then it cannot take
       * the focus. Once the window is laid out again, a press that still
       * leaves the focus in place is a trap. */
      if (after != NULL && after == before)
        {
          ops_test_wait_for_layout (GTK_WIDGET (window));
          g_signal_emit_by_name (window, "move-focus", GTK_DIR_TAB_FORWARD);
          after = gtk_root_get_focus (GTK_ROOT (window));
        }
      if (after == NULL)
        break; /* past the last control: round once */
      if (after == before)
        {
          g_error ("Tab stays on %s", describe (after));
        }
      if (visited->len > 0 && after == g_ptr_array_index (visited, 0))
        break;
      g_ptr_array_add (visited, after);
      g_test_message ("Tab %u: %s", press + 1, describe (after));
    }

  /* GTK orders them by where they are laid out; each is reached once. */
  for (guint i = 0; i < stops->len; i++)
    {
      GtkWidget *stop = g_ptr_array_index (stops, i);
      guint reached = 0;
      gboolean inside = FALSE;

      for (guint v = 0; v < visited->len; v++)
        {
          GtkWidget *focus = g_ptr_array_index (visited, v);
          gboolean in_stop = focus == stop || gtk_widget_is_ancestor (focus, stop);

          /* Count entries: Tab moves through a list row's own controls. */
          if (in_stop && !inside)
            reached++;
          inside = in_stop;
        }
      if (reached == 0)
        g_error ("Tab never reaches %s in %u stops", describe (stop), visited->len);
      if (reached > 1)
        g_error ("Tab reaches %s %u times in one round", describe (stop), reached);
    }
}

/* The German messages come from po/de.po, compiled by tests/meson.build into
 * the file OPS_TEST_DE_MO names; gettext wants it under LANG/LC_MESSAGES/. */
static char *locale_dir;

/* Switches gettext to German; FALSE when the locale is not installed.
 * Catalogs loaded from then on are German. */
gboolean
ops_test_switch_to_german (void)
{
  const char *mo = g_getenv ("OPS_TEST_DE_MO");
  g_autofree char *contents = NULL;
  g_autofree char *messages_dir = NULL;
  g_autofree char *target = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_nonnull (mo);
  g_file_get_contents (mo, &contents, &length, &error);
  g_assert_no_error (error);

  locale_dir = g_dir_make_tmp ("opsladder-locale-XXXXXX", &error);
  g_assert_no_error (error);
  messages_dir = g_build_filename (locale_dir, "de", "LC_MESSAGES", NULL);
  g_assert_cmpint (g_mkdir_with_parents (messages_dir, 0700), ==, 0);
  target = g_build_filename (messages_dir, GETTEXT_PACKAGE ".mo", NULL);
  g_file_set_contents (target, contents, length, &error);
  g_assert_no_error (error);

  /* gtk_test_init () pinned en_US.UTF-8; LANGUAGE would override LC_MESSAGES. */
  g_setenv ("LANGUAGE", "de", TRUE);
  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    return FALSE;

  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  return TRUE;
}

/* Removes what ops_test_switch_to_german () wrote. */
void
ops_test_remove_german (void)
{
  g_autofree char *messages_dir = g_build_filename (locale_dir, "de", "LC_MESSAGES", NULL);
  g_autofree char *mo = g_build_filename (messages_dir, GETTEXT_PACKAGE ".mo", NULL);
  g_autofree char *lang_dir = g_build_filename (locale_dir, "de", NULL);

  g_unlink (mo);
  g_rmdir (messages_dir);
  g_rmdir (lang_dir);
  g_rmdir (locale_dir);
  g_clear_pointer (&locale_dir, g_free);
}

/* The AdwSpinRow titled @title on @page reaches a screen reader as a spin
 * button: GTK's AT-SPI bridge drops a "presentation" node (AdwSpinRow's
 * role) with its whole subtree, so the row must have a role of its own. */
void
ops_test_assert_spin_row_named (GtkWidget  *page,
                                const char *title)
{
  GtkWidget *row = ops_test_find_widget (page, ADW_TYPE_SPIN_ROW, "title", title);
  GtkWidget *spin;
  GtkAccessibleRole role;

  g_test_message ("checking the field “%s”", title);
  g_assert_nonnull (row);
  role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (row));
  g_assert_cmpint (role, !=, GTK_ACCESSIBLE_ROLE_PRESENTATION);
  g_assert_cmpint (role, !=, GTK_ACCESSIBLE_ROLE_NONE);

  spin = ops_test_find_widget (row, GTK_TYPE_SPIN_BUTTON, NULL, NULL);
  g_assert_nonnull (spin);
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_ROLE_SPIN_BUTTON));
}

/* Whether @store has read its plan: a #OpsPlanStore. */
gboolean
ops_test_store_ready (gpointer store)
{
  return !ops_plan_store_get_loading (store);
}

/* Starts the application with one window and waits for its plan. */
void
ops_test_app_open (OpsTestApp *f)
{
  f->app = ops_test_application_new ();
  f->window = ops_test_window_new (f->app);
  ops_test_wait_for (ops_test_store_ready, ops_application_get_store (f->app));
}

/* Closes the window, if a test has not, and lets the application go;
 * ops_test_app_open () starts it again, as a person would. */
void
ops_test_app_close (OpsTestApp *f)
{
  if (f->window != NULL)
    ops_test_close_window (g_steal_pointer (&f->window));
  g_clear_object (&f->app);
}

/* Each test starts from no plan at all and the default settings, as on
 * a first start. */
void
ops_test_app_set_up (OpsTestApp    *f,
                     gconstpointer  data)
{
  g_autoptr(GFile) file = ops_plan_store_get_default_file ();

  g_file_delete (file, NULL, NULL);
  ops_test_reset_settings ();
  ops_test_app_open (f);
}

void
ops_test_app_tear_down (OpsTestApp    *f,
                        gconstpointer  data)
{
  ops_test_app_close (f);
}

OpsPlan *
ops_test_app_get_plan (OpsTestApp *f)
{
  return ops_plan_store_get_plan (ops_application_get_store (f->app));
}

/* Runs the main loop until *@flag is set, for work done off the main
 * thread (a save), which a busy machine can hold up for seconds; gives
 * up, failing the test, after a minute. */
static void
wait_for_flag (gboolean *flag)
{
  gboolean gave_up = FALSE;
  guint id = g_timeout_add_seconds (60, ops_test_set_flag_cb, &gave_up);

  while (!*flag && !gave_up)
    g_main_context_iteration (NULL, TRUE);
  if (!gave_up)
    g_source_remove (id);
  g_assert_true (*flag);
}

/* Inserts @text at the cursor of @widget, an entry row or a text view, as
 * a paste does once the clipboard has delivered the text: the same call
 * (gtk_editable_insert_text (), gtk_text_buffer_insert_interactive ()),
 * so the same limits hold. Not through the clipboard itself: with two
 * CPU burners beside the gate, a read of our own clipboard on Xvfb
 * stalled for over a minute, and the limits are not the clipboard's. */
void
ops_test_paste (GtkWidget  *widget,
                const char *text)
{
  g_assert_true (ADW_IS_ENTRY_ROW (widget) || GTK_IS_TEXT_VIEW (widget));
  g_test_message ("inserting %ld characters as a paste into %s “%s”", g_utf8_strlen (text, -1),
                  G_OBJECT_TYPE_NAME (widget),
                  ADW_IS_PREFERENCES_ROW (widget) ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget))
                                                  : gtk_widget_get_name (widget));
  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextView *view = GTK_TEXT_VIEW (widget);

      g_assert_true (gtk_text_buffer_insert_interactive_at_cursor (gtk_text_view_get_buffer (view), text, -1,
                                                                   gtk_text_view_get_editable (view)));
    }
  else
    {
      GtkEditable *editable = GTK_EDITABLE (widget);
      int position = gtk_editable_get_position (editable);

      g_assert_true (gtk_editable_get_editable (editable));
      gtk_editable_insert_text (editable, text, -1, &position);
    }
}

/* @n_lines lines of @line_chars characters each, none of them ASCII, so
 * that a limit counted in bytes would show. */
char *
ops_test_long_text (gsize n_lines,
                    gsize line_chars)
{
  g_autoptr(GString) text = g_string_sized_new (n_lines * (line_chars * 2 + 1));

  for (gsize i = 0; i < n_lines; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      for (gsize j = 0; j < line_chars; j++)
        g_string_append (text, "ä");
    }

  return g_string_free_and_steal (g_steal_pointer (&text));
}

static gboolean
collect_text_widget (GtkWidget     *widget,
                     gconstpointer  data)
{
  if (ADW_IS_ENTRY_ROW (widget) || GTK_IS_TEXT_VIEW (widget))
    g_ptr_array_add ((GPtrArray *) data, widget);

  return FALSE;
}

/* Pastes more than the plan file takes into every entry row and text
 * view under @root: a line into rows, many lines into text views. */
void
ops_test_paste_too_much (GtkWidget *root)
{
  g_autofree char *line = ops_test_long_text (1, OPS_PLAN_MAX_LINE_CHARS + 10);
  g_autofree char *text = ops_test_long_text (OPS_PLAN_MAX_TEXT_CHARS / 100 + 1, 100);
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();

  ops_test_find_widget_matching (root, collect_text_widget, widgets);
  g_assert_cmpuint (widgets->len, >, 0);
  for (guint i = 0; i < widgets->len; i++)
    ops_test_paste (widgets->pdata[i], GTK_IS_TEXT_VIEW (widgets->pdata[i]) ? text : line);
}

typedef struct
{
  GAsyncResult *result;
  gboolean      done;
} SaveWait;

static void
store_result_cb (GObject      *store,
                 GAsyncResult *result,
                 gpointer      data)
{
  SaveWait *wait = data;

  wait->result = g_object_ref (result);
  wait->done = TRUE;
}

/* Saves the plan through the store the window saves with; fails the test
 * on an error, such as the read-back of a text the reader refuses. */
void
ops_test_app_assert_saves (OpsTestApp *f)
{
  OpsPlanStore *store = ops_application_get_store (f->app);
  g_autoptr(GError) error = NULL;
  SaveWait wait = { NULL, FALSE };

  ops_plan_store_save_async (store, NULL, store_result_cb, &wait);
  wait_for_flag (&wait.done);
  ops_plan_store_save_finish (store, wait.result, &error);
  g_object_unref (wait.result);
  g_assert_no_error (error);
}
