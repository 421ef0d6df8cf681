/* test-resume-check.c: the forms of a keyword a resume check finds, in
 * English and with the German UI
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "ops-test-util.h"
#include "ops-resume-check.h"

/* The same catalog loaded before and after the switch to German. */
static OpsCatalog *english;
static OpsCatalog *german;

/* The ids of the keywords @text holds, in catalog order, space-separated. */
static char *
keywords_in (OpsCatalog *catalog,
             const char *text)
{
  g_autoptr(OpsResumeCheck) check = ops_resume_check_new (catalog, NULL, text);
  GListModel *found = ops_resume_check_get_found (check);
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(OpsResumeFinding) finding = g_list_model_get_item (found, i);

      g_string_append_printf (ids, "%s%s", i > 0 ? " " : "",
                              ops_catalog_item_get_id (ops_resume_finding_get_catalog_item (finding)));
    }

  return g_string_free (ids, FALSE);
}

/* Whether the check of @text for @role_id finds the role's @expected_id. */
static gboolean
expects (OpsCatalog *catalog,
         const char *role_id,
         const char *text,
         const char *expected_id)
{
  g_autoptr(OpsResumeCheck) check = ops_resume_check_new (catalog, role_id, text);
  GListModel *found = ops_resume_check_get_expected_found (check);

  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(OpsResumeFinding) finding = g_list_model_get_item (found, i);

      if (g_str_equal (ops_catalog_item_get_id (ops_resume_finding_get_catalog_item (finding)), expected_id))
        return TRUE;
    }

  return FALSE;
}

#define assert_keywords(catalog, text, ids) \
  G_STMT_START { \
    g_autofree char *found_ = keywords_in ((catalog), (text)); \
    g_assert_cmpstr (found_, ==, (ids)); \
  } G_STMT_END

static void
test_plurals (gconstpointer data)
{
  OpsCatalog *catalog = *(OpsCatalog **) data;

  /* The keyword singular, the resume plural. */
  assert_keywords (catalog, "Cut lead times by 3 days", "lead-time");
  assert_keywords (catalog, "Built KPI dashboards", "kpi");
  /* The keyword plural ("key performance indicators"), the resume singular. */
  assert_keywords (catalog, "Owned one key performance indicator", "kpi");
  /* -ies both ways: the skill's synonym is "operations strategy". */
  g_assert_true (expects (catalog, "coo", "Wrote operations strategies", "strategic-planning"));
  g_assert_true (expects (catalog, "coo", "Wrote an operations strategy", "strategic-planning"));
  /* Only the last word of a phrase, and only whole words. */
  assert_keywords (catalog, "Leads time studies", "");
  assert_keywords (catalog, "Ran ERPsystems", "");
}

static void
test_ampersand (gconstpointer data)
{
  OpsCatalog *catalog = *(OpsCatalog **) data;

  /* The catalog's synonym is "S and OP": it cannot hold "&". */
  assert_keywords (catalog, "Led monthly S&OP meetings", "sales-and-operations-planning");
  assert_keywords (catalog, "Led monthly S & OP meetings", "sales-and-operations-planning");
  assert_keywords (catalog, "Led monthly Sales & Operations Planning", "sales-and-operations-planning");
  assert_keywords (catalog, "Owned the S&P budget", "");
}

static void
test_no_false_positives (gconstpointer data)
{
  OpsCatalog *catalog = *(OpsCatalog **) data;

  /* Output is not throughput, and cycle time is a part of lead time. */
  assert_keywords (catalog, "Raised output 12% and cut cycle times by 2 days", "");
  assert_keywords (catalog, "Raised throughput 12%", "throughput");
  /* English terms match whole words only, never as parts of a compound. */
  assert_keywords (catalog, "Ran throughputs", "throughput");
  assert_keywords (catalog, "Ran throughputboard", "");
}

/* With the German UI, an English resume finds its keywords by their
 * English terms, and a German one by the German terms. */
static void
test_german_ui (void)
{
  assert_keywords (german, "Lean Six Sigma Green Belt; led process improvement, cut lead times",
                   "process-improvement lean-six-sigma lead-time");
  assert_keywords (german, "Lean Six Sigma Green Belt; Prozessverbesserung, Durchlaufzeit halbiert",
                   "process-improvement lean-six-sigma lead-time");
  assert_keywords (german, "Leistungskennzahlen und KPI-Dashboards", "kpi");
  /* The English catalog knows no German. */
  assert_keywords (english, "Prozessverbesserung, Durchlaufzeit halbiert", "");
  g_assert_true (expects (german, "operations-manager", "Certified in Planning and Inventory Management", "cpim"));
}

/* With the German UI, German terms match in their plural and case forms
 * and as the first or last part of a compound, as German writes them. */
static void
test_german_forms (void)
{
  /* Plural to singular and back: "Kennzahlen" is a synonym of KPIs,
   * "Lieferkette" of Supply Chain Management, "Durchlaufzeit" Lead Time. */
  assert_keywords (german, "Drei Kennzahlen eingeführt", "kpi");
  assert_keywords (german, "Jede Kennzahl wöchentlich berichtet", "kpi");
  assert_keywords (german, "Zwei Lieferketten in Asien aufgebaut", "supply-chain");
  assert_keywords (german, "Durchlaufzeiten um 30 % gesenkt", "lead-time");
  assert_keywords (german, "Prozessverbesserungen begleitet", "process-improvement");
  assert_keywords (german, "Kosteneinsparung von 2 Mio. EUR", "cost-reduction");
  /* Case endings: genitive, and the adjective of a two-word term. */
  assert_keywords (german, "Steigerung des Durchsatzes um 12 %", "throughput");
  assert_keywords (german, "Kultur der kontinuierlichen Verbesserung", "continuous-improvement");
  /* Compounds: the term at the start or the end of a longer word. */
  assert_keywords (german, "Lieferkettenmanagement für 40 Lieferanten", "supply-chain");
  assert_keywords (german, "Produktionskennzahlen und Leistungskennzahl", "kpi");
  assert_keywords (german, "Durchlaufzeitverkürzung um 3 Tage", "lead-time");
  assert_keywords (german, "Lagerbestandssteuerung im Zentrallager", "inventory-control");
  assert_keywords (german, "Ursachenanalysen geleitet", "root-cause-analysis");
}

/* Only whole words, the start or the end of one, and no term inside
 * another by chance. */
static void
test_german_no_false_positives (void)
{
  /* Parts of a term are not the term. */
  assert_keywords (german, "Planung, Zeit, Kette, Zahlen, Lieferant", "");
  /* A long term in the middle of a word does not count. */
  assert_keywords (german, "Vorkennzahlenbericht", "");
  /* Short terms match whole words only, in German too. */
  assert_keywords (german, "Rechnungsprüfung (RCAP)", "");
  /* The English catalog knows no German forms. */
  assert_keywords (english, "Lieferketten und Kennzahlen", "");
}

/* CPIM's name before 2021 still names it; a synonym such as "APICS" (the
 * former issuer, of several certifications) does not. */
static void
test_former_name (gconstpointer data)
{
  OpsCatalog *catalog = *(OpsCatalog **) data;

  g_assert_true (expects (catalog, "operations-manager", "Certified in Production and Inventory Management", "cpim"));
  g_assert_true (expects (catalog, "operations-manager", "CPIM, 2019", "cpim"));
  g_assert_false (expects (catalog, "operations-manager", "APICS member since 2015", "cpim"));
}

static void
test_no_german_locale (void)
{
  g_test_skip ("the de_DE.UTF-8 locale is not installed");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  english = ops_catalog_new_default (&error);
  g_assert_no_error (error);

  g_test_add_data_func ("/resume-check/en/plurals", &english, test_plurals);
  g_test_add_data_func ("/resume-check/en/ampersand", &english, test_ampersand);
  g_test_add_data_func ("/resume-check/en/no-false-positives", &english, test_no_false_positives);
  g_test_add_data_func ("/resume-check/en/former-name", &english, test_former_name);

  if (ops_test_switch_to_german ())
    {
      german = ops_catalog_new_default (&error);
      g_assert_no_error (error);
      g_test_add_data_func ("/resume-check/de/plurals", &german, test_plurals);
      g_test_add_data_func ("/resume-check/de/ampersand", &german, test_ampersand);
      g_test_add_data_func ("/resume-check/de/no-false-positives", &german, test_no_false_positives);
      g_test_add_data_func ("/resume-check/de/former-name", &german, test_former_name);
      g_test_add_func ("/resume-check/de/english-and-german", test_german_ui);
      g_test_add_func ("/resume-check/de/german-forms", test_german_forms);
      g_test_add_func ("/resume-check/de/german-no-false-positives", test_german_no_false_positives);
    }
  else
    {
      /* The SDK generates the locale; other machines may lack it. */
      g_test_add_func ("/resume-check/de/no-german-locale", test_no_german_locale);
    }

  status = g_test_run ();
  ops_test_remove_german ();
  g_clear_object (&german);
  g_assert_finalize_object (english);

  return status;
}
