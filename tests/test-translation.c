/* test-translation.c: the window as a German speaker meets it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include <string.h>

#include "ops-credential.h"
#include "ops-error.h"
#include "ops-plan-serializer.h"
#include "ops-resume-check.h"
#include "ops-test-util.h"

static const char *
content_title (OpsWindow *window)
{
  GtkWidget *content = ops_test_find_widget (GTK_WIDGET (window), ADW_TYPE_NAVIGATION_PAGE, "tag", "content");

  g_assert_nonnull (content);

  return adw_navigation_page_get_title (ADW_NAVIGATION_PAGE (content));
}

static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  return ops_test_find_widget (root, GTK_TYPE_LABEL, "label", text);
}

/* The gettext plumbing itself: a C string, a .ui string and a catalog
 * string looked up with its entry id as context. */
static void
test_translation_messages (void)
{
  g_assert_cmpstr (_("My Plan"), ==, "Mein Plan");
  g_assert_cmpstr (g_dpgettext2 (GETTEXT_PACKAGE, "operations-manager", "Operations Manager"), ==,
                   "Operations Manager/in");
  g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE, "%u role", "%u roles", 2), ==, "%u Rollen");

  /* A step's kind has one name, in the plan, its gaps and the PDF alike. */
  g_assert_cmpstr (ops_plan_item_kind_get_label (OPS_PLAN_ITEM_KIND_SKILL), ==, "Kompetenz");
  g_assert_cmpstr (ops_item_kind_get_label (OPS_ITEM_KIND_SKILL), ==, "Kompetenz");
  g_assert_null (ops_item_kind_get_label (OPS_ITEM_KIND_ROLE));
}

static void
test_translation_sidebar (void)
{
  g_autoptr(OpsApplication) app = ops_test_application_new ();
  OpsWindow *window = ops_test_window_new (app);
  GtkWidget *sidebar = ops_test_find_widget (GTK_WIDGET (window), ADW_TYPE_NAVIGATION_PAGE, "tag", "sidebar");

  g_assert_nonnull (sidebar);
  ops_test_iterate ();

  /* The row people use to reach their plan, a section heading, and a
   * ladder stage whose name comes from the catalog. */
  g_assert_nonnull (find_label (sidebar, "Mein Plan"));
  g_assert_null (find_label (sidebar, "My Plan"));
  g_assert_nonnull (find_label (sidebar, "Karriereleiter"));
  g_assert_nonnull (find_label (sidebar, "Berufseinstieg"));
  g_assert_null (find_label (sidebar, "Entry level"));

  ops_test_close_window (window);
}

static void
test_translation_role_page (void)
{
  g_autoptr(OpsApplication) app = ops_test_application_new ();
  OpsWindow *window = ops_test_window_new (app);
  AdwNavigationPage *page;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-item", "s", "operations-manager"));
  ops_test_iterate ();

  /* The header bar shows the role's German title. */
  g_assert_cmpstr (content_title (window), ==, "Operations Manager/in");
  page = ops_test_visible_page (window);
  g_assert_cmpstr (adw_navigation_page_get_title (page), ==, "Operations Manager/in");

  /* The eyebrow joins a C string and the stage's catalog name; the section
   * heading comes from the page's template. */
  g_assert_nonnull (find_label (GTK_WIDGET (page), "Rolle · Mittleres Management"));
  g_assert_nonnull (find_label (GTK_WIDGET (page), "Aufgaben"));
  g_assert_null (find_label (GTK_WIDGET (page), "Responsibilities"));

  ops_test_close_window (window);
}

static void
test_translation_plan_page (void)
{
  g_autoptr(OpsApplication) app = ops_test_application_new ();
  OpsWindow *window = ops_test_window_new (app);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-plan", NULL));
  ops_test_iterate ();

  g_assert_cmpstr (content_title (window), ==, "Mein Plan");

  ops_test_close_window (window);
}

static OpsPlan *
load_plan (const char  *text,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));

  return ops_plan_load_from_bytes (bytes, NULL, error);
}

/* What is wrong with a plan file reaches the plan page's banner, so it is
 * German too, down to the words it is put together from. */
static void
test_translation_plan_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsPlan) plan = NULL;

  plan = load_plan ("{ \"format\": 2, \"items\": [ 3 ] }", &error);
  g_assert_null (plan);
  g_assert_error (error, OPS_ERROR, OPS_ERROR_PLAN_INVALID);
  g_assert_cmpstr (error->message, ==, "Eintrag 1 muss ein Objekt sein, nicht eine Zahl");
  g_clear_error (&error);

  plan = load_plan ("{ \"format\": 2, \"achievements\": [ { \"id\": \"a\", \"title\": 3 } ] }", &error);
  g_assert_null (plan);
  g_assert_cmpstr (error->message, ==, "„title“ von Erfolg 1 muss ein Text sein, nicht eine Zahl");
  g_clear_error (&error);

  plan = load_plan ("{\n  \"format\": 2,\n  \"why\": \"a\",\n  \"why\": \"b\"\n}\n", &error);
  g_assert_null (plan);
  g_assert_true (g_str_has_prefix (error->message, "Zeile 4, Spalte "));
  g_assert_nonnull (strstr (error->message, "Der Schlüssel „why“ kommt im selben Objekt zweimal vor"));
}

/* A credential lapses on a day, and a German speaker reads that day in
 * German order: CPIM earned 14 May 2026 is valid through 13 May 2031. */
static void
test_translation_credential (void)
{
  g_autoptr(GDate) earned = g_date_new_dmy (14, G_DATE_MAY, 2026);
  g_autoptr(GDate) today = g_date_new_dmy (2, G_DATE_DECEMBER, 2026);
  g_autoptr(GDate) due = g_date_new_dmy (1, G_DATE_MARCH, 2031);
  g_autoptr(OpsCredentialLog) log = ops_credential_log_add_activity (NULL, g_date_get_julian (today), 41, "Kurs");
  OpsCredentialStatus status;
  g_autofree char *state = NULL;
  g_autofree char *progress = NULL;
  g_autofree char *due_state = NULL;

  ops_credential_compute (g_date_get_julian (earned), 5, 75, OPS_RENEWAL_UNIT_POINTS, log,
                          g_date_get_julian (today), &status);
  state = ops_credential_describe_state (&status);
  progress = ops_credential_describe_progress (&status);
  g_assert_cmpstr (state, ==, "Gültig bis 13.\u00a0Mai\u00a02031");
  g_assert_cmpstr (progress, ==, "41 von 75 Punkten");

  ops_credential_compute (g_date_get_julian (earned), 5, 75, OPS_RENEWAL_UNIT_POINTS, log,
                          g_date_get_julian (due), &status);
  due_state = ops_credential_describe_state (&status);
  g_assert_cmpstr (due_state, ==, "Erneuern bis 13.\u00a0Mai\u00a02031");
}

static gboolean
is_resume_summary (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), "Zielrolle fehlen") != NULL;
}

/* "Für Ihre Zielrolle fehlen: 10 von 11. 2 Aufzählungspunkte …" read as
 * "the 11th": in German a number before a full stop is an ordinal, so no
 * sentence of the Resume Check's summary may end in a number where the
 * next one starts with one. Its verb agrees with the things missing and
 * its noun with those expected: it said "fehlen 1 von 1 Anforderungen"
 * where the target role expects one thing, and "fehlen 1 von 3". */
static void
test_translation_resume_summary (void)
{
  OpsTestApp f = { NULL, };
  OpsWindow *window;
  g_autoptr(GRegex) ordinal = g_regex_new ("[0-9]\\.\\s+[0-9]", 0, 0, NULL);
  GtkWidget *page, *text, *summary;

  ops_test_app_set_up (&f, NULL);
  window = f.window;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-to-plan", "s", "operations-manager"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-item", "s", "toolkit:resume"));
  ops_test_iterate ();
  page = ops_test_find_widget (GTK_WIDGET (window), ADW_TYPE_NAVIGATION_PAGE, "tag", "toolkit-resume");
  g_assert_nonnull (page);
  text = ops_test_find_widget (page, GTK_TYPE_TEXT_VIEW, NULL, NULL);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (text)),
                            "Operations Analyst\n- Led Lean projects\n- Managed the warehouse team\n", -1);
  g_assert_true (gtk_widget_activate_action (page, "resume.check", NULL));
  ops_test_iterate ();

  summary = ops_test_find_widget_matching (page, is_resume_summary, NULL);
  g_assert_nonnull (summary);
  g_test_message ("%s", gtk_label_get_label (GTK_LABEL (summary)));
  /* Both numbers of the missing sentence, and bullets without one. */
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (summary)), "Aufzählungspunkte haben keine Zahl."));
  g_assert_false (g_regex_match (ordinal, gtk_label_get_label (GTK_LABEL (summary)), 0, NULL));

  ops_test_app_tear_down (&f, NULL);

  {
    g_autofree char *one_of_one = ops_test_describe_resume ("one", "- Led a team\n");
    g_autofree char *one_of_three = ops_test_describe_resume ("three", "Kaizen and Lean\n");
    g_autofree char *three_of_three = ops_test_describe_resume ("three", "Led a team\n");

    g_assert_cmpstr (one_of_one, ==, "Keine Schlagwörter gefunden. Für Ihre Zielrolle fehlt 1\u00a0von\u00a01\u00a0Anforderung. "
                                     "1 Aufzählungspunkt hat keine Zahl.");
    g_assert_cmpstr (one_of_three, ==, "Keine Schlagwörter gefunden. Für Ihre Zielrolle fehlt 1\u00a0von\u00a03\u00a0"
                                       "Anforderungen. Jeder Aufzählungspunkt enthält eine Zahl.");
    g_assert_cmpstr (three_of_three, ==, "Keine Schlagwörter gefunden. Für Ihre Zielrolle fehlen 3\u00a0von\u00a03\u00a0"
                                         "Anforderungen. Jeder Aufzählungspunkt enthält eine Zahl.");
  }
}

static void
test_translation_no_locale (void)
{
  g_test_skip ("the de_DE.UTF-8 locale is not installed");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ops_test_init (&argc, &argv);

  if (!ops_test_switch_to_german ())
    {
      /* A system without the locale cannot show German at all; the SDK
       * generates it, so this only happens on other machines. */
      ops_test_add_func ("/translation/no-german-locale", test_translation_no_locale);
      status = g_test_run ();
      ops_test_remove_german ();
      return status;
    }

  ops_test_add_func ("/translation/messages", test_translation_messages);
  ops_test_add_func ("/translation/sidebar", test_translation_sidebar);
  ops_test_add_func ("/translation/role-page", test_translation_role_page);
  ops_test_add_func ("/translation/plan-page", test_translation_plan_page);
  ops_test_add_func ("/translation/plan-errors", test_translation_plan_errors);
  ops_test_add_func ("/translation/credential", test_translation_credential);
  ops_test_add_func ("/translation/resume-summary", test_translation_resume_summary);

  status = g_test_run ();
  ops_test_remove_german ();

  return status;
}
