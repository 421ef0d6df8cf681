/* test-export.c: a career plan exported as a PDF to hand to a mentor
 *
 * Every PDF is checked the way its reader would see it, through poppler's
 * pdfinfo and pdftotext: the page count and size, the metadata, each item
 * printed exactly once, "Page N of M" on every page, user text taken as
 * text, and no word outside the paper.
 *
 * Set OPS_EXPORT_SAMPLES to a directory to keep the PDFs for looking at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include <glib/gstdio.h>

#include "ops-credential.h"
#include "ops-error.h"
#include "ops-export-command.h"
#include "ops-pace.h"
#include "ops-pdf-writer.h"
#include "ops-plan-document.h"
#include "ops-plan-serializer.h"
#include "ops-plan-snapshot.h"

#define A4_WIDTH       595.276
#define A4_HEIGHT      841.89
#define LETTER_WIDTH   612.0
#define LETTER_HEIGHT  792.0
#define MARGIN         (18.0 * 72.0 / 25.4)
#define LONG_NOTE_LINES 400

/* Plans */

static OpsCatalog *
load_catalog (void)
{
  g_autoptr(GError) error = NULL;
  OpsCatalog *catalog = ops_catalog_new_default (&error);

  g_assert_no_error (error);

  return catalog;
}

static GDateTime *
day (int year,
     int month,
     int day_of_month)
{
  return g_date_time_new_utc (year, month, day_of_month, 0, 0, 0);
}

typedef struct
{
  OpsPlanItemKind    kind;
  OpsPlanItemStatus  status;
  const char        *title;
  const char        *catalog_id;
  const char        *target;      /* YYYY-MM-DD */
  const char        *completed;
  double             hours;
  const char        *notes;
  const char        *link;
} ItemSpec;

static GDateTime *
parse_day (const char *text)
{
  int year, month, day_of_month;

  if (text == NULL)
    return NULL;
  g_assert_cmpint (sscanf (text, "%d-%d-%d", &year, &month, &day_of_month), ==, 3);

  return day (year, month, day_of_month);
}

static void
add_item (OpsPlan        *plan,
          const ItemSpec *spec)
{
  g_autoptr(OpsPlanItem) item = ops_plan_item_new (spec->kind, spec->title);
  g_autoptr(GDateTime) target = parse_day (spec->target);
  g_autoptr(GDateTime) completed = parse_day (spec->completed);
  const char *links[] = { spec->link, NULL };

  ops_plan_item_set_catalog_id (item, spec->catalog_id);
  ops_plan_item_set_status (item, spec->status);
  ops_plan_item_set_target_date (item, target);
  ops_plan_item_set_completion_date (item, completed);
  ops_plan_item_set_effort_hours (item, spec->hours);
  ops_plan_item_set_notes (item, spec->notes);
  if (spec->link != NULL)
    ops_plan_item_set_links (item, links);
  ops_plan_add_item (plan, item);
}

static const ItemSpec typical_items[] = {
  { OPS_PLAN_ITEM_KIND_CERTIFICATION, OPS_PLAN_ITEM_STATUS_IN_PROGRESS, "Pass the CPIM part one exam", "cpim",
    "2027-03-15", NULL, 120,
    "Study two evenings a week with the ASCM learning system.\nPractice exams every second Saturday; aim for 80 %.",
    "https://www.ascm.org/learning-development/certifications-credentials/cpim/" },
  { OPS_PLAN_ITEM_KIND_EXPERIENCE, OPS_PLAN_ITEM_STATUS_IN_PROGRESS, "Lead the cross-site changeover project", NULL,
    "2027-06-30", NULL, 200,
    "Sponsor: the plant director. Goal: cut changeover time on both packaging lines by a third, and write the "
    "playbook the other sites will use.", NULL },
  { OPS_PLAN_ITEM_KIND_SKILL, OPS_PLAN_ITEM_STATUS_IN_PROGRESS, "Own the packaging line budget", "budgeting",
    "2027-01-31", NULL, 0, NULL, NULL },
  { OPS_PLAN_ITEM_KIND_CERTIFICATION, OPS_PLAN_ITEM_STATUS_PLANNED, "Earn a Lean Six Sigma Black Belt",
    "lss-black-belt", "2027-11-30", NULL, 160, NULL, "https://asq.org/cert/six-sigma-black-belt" },
  { OPS_PLAN_ITEM_KIND_SKILL, OPS_PLAN_ITEM_STATUS_PLANNED, "Take the strategy course at the business school",
    "strategic-planning", "2028-02-28", NULL, 40, "Evening course, twelve weeks; the company pays half.", NULL },
  { OPS_PLAN_ITEM_KIND_EDUCATION, OPS_PLAN_ITEM_STATUS_PLANNED, "Apply for the part-time executive MBA",
    "mba-operations", "2028-09-01", NULL, 0,
    "Shortlist: two programs within an hour's drive.\nAsk HR about the tuition agreement before applying.", NULL },
  { OPS_PLAN_ITEM_KIND_NETWORKING, OPS_PLAN_ITEM_STATUS_PLANNED, "Join the regional ASCM chapter", NULL, NULL, NULL,
    0, NULL, "https://www.ascm.org/membership-community/chapters/" },
  { OPS_PLAN_ITEM_KIND_SKILL, OPS_PLAN_ITEM_STATUS_PLANNED, "Run a risk review of the supplier base",
    "risk-management", "2027-09-15", NULL, 30, NULL, NULL },
  { OPS_PLAN_ITEM_KIND_CERTIFICATION, OPS_PLAN_ITEM_STATUS_DONE, "Finish the Green Belt project", "lss-green-belt",
    "2026-06-01", "2026-05-20", 80, "Scrap on line 3 down 18 %; the control plan is in the shared drive.", NULL },
  { OPS_PLAN_ITEM_KIND_SKILL, OPS_PLAN_ITEM_STATUS_DONE, "Presentation coaching with the works council",
    "communication", "2026-09-30", "2026-09-10", 12, NULL, NULL },
  { OPS_PLAN_ITEM_KIND_EXPERIENCE, OPS_PLAN_ITEM_STATUS_DONE, "Shadow the plant director for a week", NULL,
    "2026-10-15", "2026-10-02", 40, "Notes from each day are in my journal.", NULL },
  { OPS_PLAN_ITEM_KIND_CERTIFICATION, OPS_PLAN_ITEM_STATUS_SKIPPED, "Sit the CSCP exam as well", "cscp", NULL, NULL,
    0, "Dropped in favour of the Black Belt: one certificate at a time.", NULL },
};

static OpsPlan *
typical_plan (void)
{
  OpsPlan *plan = ops_plan_new ();
  g_autoptr(GDateTime) target = day (2029, 6, 30);

  ops_plan_set_owner_name (plan, "Alex Doe");
  ops_plan_set_current_role (plan, "operations-analyst", "Operations Analyst");
  ops_plan_set_target_role (plan, "director-of-operations", "Director of Operations");
  ops_plan_set_target_date (plan, target);
  ops_plan_set_why (plan, "I want to run operations across several sites and shape where they go, not only keep "
                          "this quarter on track.");
  for (guint i = 0; i < G_N_ELEMENTS (typical_items); i++)
    add_item (plan, &typical_items[i]);

  return plan;
}

static char *
bulk_title (guint i)
{
  return g_strdup_printf ("Bulk item %04u review", i);
}

static OpsPlan *
bulk_plan (guint n)
{
  OpsPlan *plan = ops_plan_new ();
  const OpsPlanItemStatus statuses[] = {
    OPS_PLAN_ITEM_STATUS_PLANNED, OPS_PLAN_ITEM_STATUS_IN_PROGRESS, OPS_PLAN_ITEM_STATUS_DONE,
    OPS_PLAN_ITEM_STATUS_PLANNED, OPS_PLAN_ITEM_STATUS_SKIPPED,
  };

  ops_plan_set_owner_name (plan, "Bulk Tester");
  ops_plan_set_current_role (plan, "operations-trainee", NULL);
  ops_plan_set_target_role (plan, "coo", NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = bulk_title (i);
      g_autofree char *notes = g_strdup_printf ("Notes for item %u: keep the weekly check-in short.", i);
      g_autoptr(GDateTime) start = day (2026, 1, 1);
      g_autoptr(GDateTime) due = g_date_time_add_days (start, i * 53 % 1400);
      g_autofree char *target = g_date_time_format (due, "%Y-%m-%d");
      ItemSpec spec = { (OpsPlanItemKind) (i % 6), statuses[i % G_N_ELEMENTS (statuses)], title, NULL,
                        i % 3 == 0 ? NULL : target, NULL, i % 7 * 10, i % 2 == 0 ? notes : NULL,
                        i % 5 == 0 ? "https://example.org/bulk" : NULL };

      add_item (plan, &spec);
    }

  return plan;
}

static const char * const script_titles[] = {
  "خطة تطوير مهارات القيادة",
  "תוכנית פיתוח מקצועי למנהלים",
  "运营管理认证学习计划",
  "生産管理の基礎講座を受ける",
  "리더십 교육 과정 수료",
};

static const char * const script_notes[G_N_ELEMENTS (script_titles)] = {
  "ملاحظة: حضور ورشة العمل في دبي مع فريق العمليات، ثم كتابة تقرير قصير.\n"
  "Mixed text: the workshop is in Dubai دبي next spring.",
  NULL,
  "每周学习两次，每次两个小时。在考试之前完成所有的练习题，并与导师讨论结果。",
  NULL,
  NULL,
};

static OpsPlan *
scripts_plan (void)
{
  OpsPlan *plan = ops_plan_new ();

  ops_plan_set_owner_name (plan, "سارة الأحمد");
  ops_plan_set_current_role (plan, NULL, "مشرفة العمليات");
  ops_plan_set_target_role (plan, "operations-manager", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (script_titles); i++)
    {
      gboolean done = i % 2 == 1;
      ItemSpec spec = { OPS_PLAN_ITEM_KIND_SKILL, done ? OPS_PLAN_ITEM_STATUS_DONE : OPS_PLAN_ITEM_STATUS_PLANNED,
                        script_titles[i], NULL, "2027-04-01", done ? "2026-08-01" : NULL, 10, script_notes[i],
                        NULL };

      add_item (plan, &spec);
    }

  return plan;
}

#define MARKUP_TITLE "<b>&amp; \"x\"</b> & <i>Tom's</i> plan 🎉🚀"
#define MARKUP_NOTE  "Use <span foreground=\"red\">this</span> &lt; literally & keep 100% ✅"

static OpsPlan *
markup_plan (void)
{
  OpsPlan *plan = ops_plan_new ();
  ItemSpec spec = { OPS_PLAN_ITEM_KIND_CUSTOM, OPS_PLAN_ITEM_STATUS_IN_PROGRESS, MARKUP_TITLE, NULL, "2027-01-01",
                    NULL, 0, MARKUP_NOTE, "https://example.org/?a=1&b=<2>'" };

  ops_plan_set_owner_name (plan, "Alex <Doe> & Co");
  ops_plan_set_target_role (plan, NULL, "Head of <Operations>");
  add_item (plan, &spec);

  return plan;
}

#define LONG_NOTE_TITLE "Keep a reflection journal"
#define LONG_WORD_TITLE "Supercalifragilistic"

static char *
long_note_line (guint i)
{
  return g_strdup_printf ("Reflection line %03u on the quarterly review.", i);
}

static OpsPlan *
long_note_plan (void)
{
  OpsPlan *plan = ops_plan_new ();
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autoptr(GString) word = g_string_new (LONG_WORD_TITLE);
  ItemSpec before = { OPS_PLAN_ITEM_KIND_SKILL, OPS_PLAN_ITEM_STATUS_IN_PROGRESS, "A short item first", NULL, NULL,
                      NULL, 0, "Just one line.", NULL };
  ItemSpec spec = { OPS_PLAN_ITEM_KIND_CUSTOM, OPS_PLAN_ITEM_STATUS_IN_PROGRESS, LONG_NOTE_TITLE, NULL, NULL,
                    NULL, 0, NULL, NULL };

  for (guint i = 0; i < LONG_NOTE_LINES; i++)
    {
      g_autofree char *line = long_note_line (i);

      g_string_append_printf (notes, "%s%s", i > 0 ? "\n" : "", line);
    }
  spec.notes = notes->str;
  while (word->len < 600)
    g_string_append (word, "Expialidocious");

  ops_plan_set_owner_name (plan, "Journal Keeper");
  add_item (plan, &before);
  add_item (plan, &spec);
  spec.title = word->str;
  spec.notes = word->str;
  spec.status = OPS_PLAN_ITEM_STATUS_PLANNED;
  add_item (plan, &spec);

  return plan;
}

/* Running poppler */

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
  g_assert_true (g_utf8_validate (out, -1, NULL));

  return out;
}

typedef struct
{
  guint  n_pages;
  double width;
  double height;
  char  *title;
  char  *author;
} PdfInfo;

static void
pdf_info_clear (PdfInfo *info)
{
  g_free (info->title);
  g_free (info->author);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PdfInfo, pdf_info_clear)

static char *
info_field (const char *info,
            const char *name)
{
  g_autofree char *key = g_strdup_printf ("\n%s:", name);
  g_autofree char *text = g_strconcat ("\n", info, NULL);
  const char *start = strstr (text, key);
  const char *end;

  if (start == NULL)
    return NULL;
  start += strlen (key);
  end = strchr (start, '\n');

  return g_strstrip (g_strndup (start, end != NULL ? end - start : (gssize) strlen (start)));
}

static void
pdf_info (const char *path,
          PdfInfo    *info)
{
  const char *argv[] = { "pdfinfo", "-enc", "UTF-8", path, NULL };
  g_autofree char *out = run (argv);
  g_autofree char *pages = info_field (out, "Pages");
  g_autofree char *size = info_field (out, "Page size");
  g_autofree char *creator = info_field (out, "Creator");

  g_assert_nonnull (pages);
  g_assert_nonnull (size);
  info->n_pages = atoi (pages);
  g_assert_cmpint (sscanf (size, "%lf x %lf", &info->width, &info->height), ==, 2);
  info->title = info_field (out, "Title");
  info->author = info_field (out, "Author");
  g_assert_cmpstr (creator, ==, "OpsLadder");
}

/* Runs of white space become one space: pdftotext -layout pads columns.
 * The bidi embedding marks poppler puts around right-to-left runs go. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      /* U+202A to U+202E */
      if (strncmp (p, "\xe2\x80", 2) == 0 && (guchar) p[2] >= 0xaa && (guchar) p[2] <= 0xae)
        {
          p += 2;
          continue;
        }
      if (*p == ' ' || *p == '\t')
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0 && out->str[out->len - 1] != '\n' && *p != '\n')
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free_and_steal (out);
}

/* The text of each page, in reading order. */
static GStrv
pdf_pages (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-layout", path, "-", NULL };
  g_autofree char *out = run (argv);
  g_autofree char *text = squeeze (out);
  GStrv pages = g_strsplit (text, "\f", -1);
  guint n = g_strv_length (pages);

  /* pdftotext ends the last page with a form feed too */
  if (n > 0 && pages[n - 1][0] == '\0')
    {
      g_free (pages[n - 1]);
      pages[n - 1] = NULL;
    }

  return pages;
}

static guint
count (const char *text,
       const char *needle)
{
  guint n = 0;
  gsize length = strlen (needle);

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + length, needle))
    n++;

  return n;
}

static void
assert_once (const char *text,
             const char *needle)
{
  guint n = count (text, needle);

  if (n != 1)
    g_error ("“%s” is printed %u times, not once", needle, n);
}

static void
assert_page_numbers (GStrv   pages,
                     guint   n_pages)
{
  g_assert_cmpuint (g_strv_length (pages), ==, n_pages);
  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *expected = g_strdup_printf ("Page %u of %u", i + 1, n_pages);

      if (count (pages[i], expected) != 1)
        g_error ("page %u does not say “%s”:\n%s", i + 1, expected, pages[i]);
    }
}

/* Numbers in poppler's output use a dot whatever the locale. */
static double
attribute_value (const char *tag,
                 const char *name)
{
  g_autofree char *key = g_strdup_printf (" %s=\"", name);
  const char *value = strstr (tag, key);

  g_assert_nonnull (value);

  return g_ascii_strtod (value + strlen (key), NULL);
}

/* Every word lies inside the margins (give or take a timeline mark at the
 * very edge of the axis) and above the paper's bottom edge. */
static void
assert_words_inside (const char *path,
                     double      width,
                     double      height)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-bbox", path, "-", NULL };
  g_autofree char *out = run (argv);
  guint n_words = 0;

  for (const char *p = strstr (out, "<word "); p != NULL; p = strstr (p + 1, "<word "))
    {
      const char *end = strstr (p, "</word>");
      double x_min = attribute_value (p, "xMin");
      double y_min = attribute_value (p, "yMin");
      double x_max = attribute_value (p, "xMax");
      double y_max = attribute_value (p, "yMax");

      if (x_min < MARGIN - 8 || x_max > width - MARGIN + 8 || y_min < 0 || y_max > height - 12)
        g_error ("a word lies outside the margins: %.*s", (int) (end - p), p);
      n_words++;
    }
  g_assert_cmpuint (n_words, >, 0);
}

/* Exporting */

static void
keep_sample (const char *path)
{
  const char *dir = g_getenv ("OPS_EXPORT_SAMPLES");
  g_autofree char *contents = NULL;
  g_autofree char *copy = NULL;
  gsize length;

  if (dir == NULL)
    return;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  copy = g_build_filename (dir, strrchr (path, '/') + 1, NULL);
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
}

static char *
export_with (OpsPlan     *plan,
             OpsCatalog  *catalog,
             const char  *name,
             OpsPageSize  size)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (g_get_tmp_dir (), name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (ops_pdf_writer_write (plan, catalog, file, size, NULL, &error));
  g_assert_no_error (error);
  keep_sample (path);

  return path;
}

static char *
export (OpsPlan     *plan,
        const char  *name,
        OpsPageSize  size)
{
  g_autoptr(OpsCatalog) catalog = load_catalog ();

  return export_with (plan, catalog, name, size);
}

/* No page ends on a section heading: the screenshot plan once left "STAR
 * stories" alone at the bottom of page 3, its first story on page 4. */
static void
test_heading_keeps_first_block (void)
{
  g_autofree char *file = g_test_build_filename (G_TEST_DIST, "..", "build-aux", "screenshot-plan.json", NULL);
  g_autoptr(OpsCatalog) catalog = load_catalog ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(OpsPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  g_auto(GStrv) pages = NULL;
  gsize length;
  const char * const headings[] = { "Credentials", "Achievements", "STAR stories", "Networking", "Job applications",
                                    NULL };

  g_assert_true (g_file_get_contents (file, &contents, &length, &error));
  g_assert_no_error (error);
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  plan = ops_plan_load_from_bytes (bytes, catalog, &error);
  g_assert_no_error (error);
  path = export_with (plan, catalog, "headings.pdf", OPS_PAGE_SIZE_A4);
  pages = pdf_pages (path);

  for (guint i = 0; pages[i] != NULL; i++)
    {
      g_auto(GStrv) lines = g_strsplit (pages[i], "\n", -1);
      const char *last = NULL;

      /* The last line is the footer; the one above it ends the body. */
      for (guint j = 0; lines[j] != NULL; j++)
        {
          g_strstrip (lines[j]);
          if (lines[j][0] != '\0' && !g_str_has_prefix (lines[j], "Exported from OpsLadder"))
            last = lines[j];
        }
      if (last != NULL)
        g_assert_false (g_strv_contains (headings, last));
    }
}

static void
test_empty (void)
{
  g_autoptr(OpsPlan) plan = ops_plan_new ();
  g_autofree char *path = export (plan, "empty.pdf", OPS_PAGE_SIZE_A4);
  g_auto(PdfInfo) info = { 0 };
  g_auto(GStrv) pages = NULL;

  pdf_info (path, &info);
  g_assert_cmpuint (info.n_pages, ==, 1);
  g_assert_cmpfloat_with_epsilon (info.width, A4_WIDTH, 0.01);
  g_assert_cmpfloat_with_epsilon (info.height, A4_HEIGHT, 0.01);
  g_assert_cmpstr (info.title, ==, "Career plan");

  pages = pdf_pages (path);
  assert_page_numbers (pages, 1);
  assert_once (pages[0], "This plan has no items yet.");
  g_assert_null (strstr (pages[0], "Timeline"));
  /* Nothing from the catalog is printed, so nothing is cited. */
  g_assert_null (strstr (pages[0], "Where the catalog facts"));
}

static void
test_typical (void)
{
  g_autoptr(OpsPlan) plan = typical_plan ();
  g_autofree char *path = export (plan, "typical.pdf", OPS_PAGE_SIZE_A4);
  g_auto(PdfInfo) info = { 0 };
  g_auto(GStrv) pages = NULL;
  g_autofree char *text = NULL;

  pdf_info (path, &info);
  g_assert_cmpuint (info.n_pages, >=, 2);
  g_assert_cmpuint (info.n_pages, <=, 5);
  g_assert_cmpfloat_with_epsilon (info.width, A4_WIDTH, 0.01);
  g_assert_cmpstr (info.title, ==, "Career plan — Alex Doe");
  g_assert_cmpstr (info.author, ==, "Alex Doe");

  pages = pdf_pages (path);
  assert_page_numbers (pages, info.n_pages);
  text = g_strjoinv ("\n", pages);
  /* A done catalog certification is a credential, printed again under
   * Credentials with its state. */
  for (guint i = 0; i < G_N_ELEMENTS (typical_items); i++)
    if (typical_items[i].kind != OPS_PLAN_ITEM_KIND_CERTIFICATION ||
        typical_items[i].status != OPS_PLAN_ITEM_STATUS_DONE)
      assert_once (text, typical_items[i].title);
  g_assert_cmpuint (count (text, "Finish the Green Belt project"), ==, 2);
  assert_once (text, "Credentials");
  assert_once (text, "Operations Analyst → Director of Operations");
  assert_once (text, "Practice exams every second Saturday; aim for 80 %.");
  assert_once (text, "https://asq.org/cert/six-sigma-black-belt");
  g_assert_nonnull (strstr (text, "Timeline"));
  g_assert_nonnull (strstr (text, "Path to the target role"));
  g_assert_nonnull (strstr (text, "You are here"));
  g_assert_nonnull (strstr (text, "Mid-level management"));
  g_assert_nonnull (strstr (text, "Gap to Director of Operations"));
  /* Black Belt is in the plan but not done; Financial modeling is not in it */
  g_assert_nonnull (strstr (text, "Financial modeling"));
  g_assert_nonnull (strstr (text, "Black Belt"));
  g_assert_nonnull (strstr (text, "In progress (3)"));
  g_assert_nonnull (strstr (text, "Skipped (1)"));
  g_assert_nonnull (strstr (text, "33% complete"));
  g_assert_null (strstr (text, "(continued)"));
  /* The roles cite their occupation profiles. */
  assert_once (text, "Where the catalog facts in this plan come from");
  assert_words_inside (path, info.width, info.height);
}

/* A credential the person holds prints in a section of its own: its state
 * on the export day, when it was earned, its renewal progress and its log,
 * with the activity before the cycle marked. CPIM was earned 30 days ago,
 * so it lapses five years after that and is valid through the day before. */
static void
test_credentials (void)
{
  g_autoptr(OpsPlan) plan = ops_plan_new ();
  g_autoptr(OpsPlanItem) item = ops_plan_item_new (OPS_PLAN_ITEM_KIND_CERTIFICATION, "CPIM");
  guint32 earned_day = ops_credential_today () - 30;
  g_autoptr(GDateTime) earned = ops_pace_day_to_date (earned_day);
  g_autoptr(GDateTime) lapse = g_date_time_add_years (earned, 5);
  g_autoptr(GDateTime) last = g_date_time_add_days (lapse, -1);
  /* The PDF keeps the date's non-breaking spaces together on a line; its
   * text layer gives them back as spaces. */
  g_autofree char *last_day = g_date_time_format (last, "%b %-d, %Y");
  g_autofree char *state = g_strdup_printf ("Valid until %s", last_day);
  const char *progress = "20 of 75 points";
  g_autofree char *earned_text = g_date_time_format (earned, "earned %-d %b %Y");
  g_autoptr(OpsCredentialLog) one = ops_credential_log_add_activity (NULL, earned_day + 1, 20, "APICS <b>course</b>");
  g_autoptr(OpsCredentialLog) log = ops_credential_log_add_activity (one, earned_day - 3, 4.5, "Early webinar");
  g_autofree char *path = NULL;
  g_auto(GStrv) pages = NULL;
  g_autofree char *text = NULL;
  g_auto(PdfInfo) info = { 0 };

  ops_plan_item_set_catalog_id (item, "cpim");
  ops_plan_item_set_status (item, OPS_PLAN_ITEM_STATUS_DONE);
  ops_plan_item_set_completion_date (item, earned);
  ops_plan_item_set_credential_log (item, log);
  ops_plan_add_item (plan, item);

  path = export (plan, "credentials.pdf", OPS_PAGE_SIZE_A4);
  pages = pdf_pages (path);
  text = g_strjoinv ("\n", pages);
  g_test_message ("%s", text);
  assert_once (text, "Credentials");
  assert_once (text, state);
  assert_once (text, earned_text);
  assert_once (text, progress);
  /* The state names the last day; the progress does not repeat it. */
  assert_once (text, last_day);
  assert_once (text, "Maintenance log");
  assert_once (text, "20 points · APICS <b>course</b>");
  assert_once (text, "4.5 points · Early webinar · not in this cycle");
  assert_once (text, "What keeping it takes");
  pdf_info (path, &info);
  assert_words_inside (path, info.width, info.height);
}

/* Roles and a certification whose sources the test controls: the role and
 * the certification cite one page between them, and the skill in the gap
 * has its own. */
static const char sourced_catalog[] =
  "<catalog format=\"1\"><overview id=\"overview\"><name>O</name><summary>S</summary><para>P</para></overview>"
  "<stage id=\"s1\" rank=\"1\"><name>First</name><summary>S</summary><work>W</work></stage>"
  "<stage id=\"s2\" rank=\"2\"><name>Second</name><summary>S</summary><work>W</work></stage>"
  "<role id=\"analyst\" stage=\"s1\"><name>Analyst</name><summary>S</summary><responsibility>R</responsibility>"
  "<skill ref=\"k\"/><next ref=\"manager\"/>"
  "<source url=\"https://www.onetonline.org/link/summary/13-1111.00\" checked=\"2024-05\">O*NET: Analyst</source></role>"
  "<role id=\"manager\" stage=\"s2\"><name>Manager</name><summary>S</summary><responsibility>R</responsibility>"
  "<skill ref=\"k\"/><skill ref=\"m\"/><certification ref=\"c\"/>"
  "<source url=\"https://www.bls.gov/ooh/management/top-executives.htm\" checked=\"2023-11\">BLS: Managers</source>"
  "</role>"
  "<certification id=\"c\"><name>CX</name><full-name>Certified X</full-name><issuer ref=\"o\"/>"
  "<summary>S</summary><focus>F</focus><suits>S</suits><prepares>P</prepares>"
  "<eligibility>E</eligibility><exam>X</exam><renewal>R</renewal>"
  "<source url=\"https://www.example.org/cx\" checked=\"2024-05\">Example body: CX</source>"
  "<source url=\"https://www.bls.gov/ooh/management/top-executives.htm\" checked=\"2023-11\">BLS: Managers</source>"
  "</certification>"
  "<skill id=\"k\" kind=\"hard\"><name>K</name><summary>S</summary></skill>"
  "<skill id=\"m\" kind=\"hard\"><name>Modeling</name><summary>S</summary>"
  "<source url=\"https://www.example.org/modeling\" checked=\"2022-01\">Modeling page</source></skill>"
  "<skill id=\"unused\" kind=\"hard\"><name>U</name><summary>S</summary>"
  "<source url=\"https://www.example.org/not-printed\" checked=\"2022-01\">Not printed</source></skill>"
  "<organization id=\"o\"><name>Org</name><summary>S</summary>"
  "<source url=\"https://www.example.org/org\" checked=\"2021-03\">Org page</source></organization></catalog>";

static void
test_sources (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (sourced_catalog, sizeof sourced_catalog - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsCatalog) catalog = ops_catalog_new_from_bytes (bytes, &error);
  g_autoptr(OpsPlan) plan = ops_plan_new ();
  g_autoptr(OpsPlanItem) item = ops_plan_item_new (OPS_PLAN_ITEM_KIND_CERTIFICATION, "Earn CX");
  g_autofree char *path = NULL;
  g_auto(PdfInfo) info = { 0 };
  g_auto(GStrv) pages = NULL;
  g_autofree char *text = NULL;
  const char *gap, *sources;

  g_assert_no_error (error);
  ops_plan_set_current_role (plan, "analyst", "Analyst");
  ops_plan_set_target_role (plan, "manager", "Manager");
  ops_plan_item_set_catalog_id (item, "c");
  ops_plan_add_item (plan, item);
  path = export_with (plan, catalog, "sources.pdf", OPS_PAGE_SIZE_A4);

  pdf_info (path, &info);
  pages = pdf_pages (path);
  text = g_strjoinv ("\n", pages);

  /* The last section, after the gap, lists every page once with its
   * month: the roles', the certification's, and the gap skill's. */
  gap = strstr (text, "Gap to Manager");
  sources = strstr (text, "Where the catalog facts in this plan come from");
  g_assert_nonnull (gap);
  g_assert_nonnull (sources);
  g_assert_true (sources > gap);
  assert_once (text, "O*NET: Analyst");
  assert_once (text, "https://www.onetonline.org/link/summary/13-1111.00");
  assert_once (text, "BLS: Managers");
  assert_once (text, "https://www.bls.gov/ooh/management/top-executives.htm");
  assert_once (text, "Example body: CX");
  assert_once (text, "https://www.example.org/cx");
  assert_once (text, "Modeling page");
  assert_once (text, "Checked Nov 2023");
  assert_once (text, "Checked Jan 2022");
  g_assert_cmpuint (count (text, "Checked May 2024"), ==, 2);
  g_assert_null (strstr (text, "Not printed"));
  g_assert_null (strstr (text, "Org page"));
  g_assert_true (strstr (text, "O*NET: Analyst") < strstr (text, "BLS: Managers"));
  g_assert_true (strstr (text, "BLS: Managers") < strstr (text, "Example body: CX"));
  assert_words_inside (path, info.width, info.height);
}

/* A long ESCO address, as the catalog cites for European readers. */
#define ESCO_URL "https://esco.ec.europa.eu/en/classification/occupation?uri=" \
                 "http://data.europa.eu/esco/occupation/c6bd511a-d966-4df9-a48e-4f800354f268"

static const char esco_catalog[] =
  "<catalog format=\"1\"><overview id=\"overview\"><name>O</name><summary>S</summary><para>P</para></overview>"
  "<stage id=\"s1\" rank=\"1\"><name>First</name><summary>S</summary><work>W</work></stage>"
  "<role id=\"manager\" stage=\"s1\"><name>Manager</name><summary>S</summary><responsibility>R</responsibility>"
  "<skill ref=\"k\"/>"
  "<source url=\"" ESCO_URL "\" checked=\"2024-05\">ESCO: operations manager</source></role>"
  "<skill id=\"k\" kind=\"hard\"><name>K</name><summary>S</summary></skill></catalog>";

/* Issue 18: a long address wrapped wherever the margin fell, splitting a
 * word or the occupation's id. It now goes on to the next line only after
 * a slash, "?", "&" or "=", and reads as the whole address when the lines
 * are put back together. */
static void
test_long_source_url_breaks_between_parts (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (esco_catalog, sizeof esco_catalog - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsCatalog) catalog = ops_catalog_new_from_bytes (bytes, &error);
  g_autoptr(OpsPlan) plan = ops_plan_new ();
  g_autofree char *path = NULL;
  g_auto(PdfInfo) info = { 0 };
  g_auto(GStrv) pages = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GString) joined = g_string_new (NULL);
  const char *start, *end;
  guint n;

  g_assert_no_error (error);
  ops_plan_set_target_role (plan, "manager", "Manager");
  path = export_with (plan, catalog, "esco.pdf", OPS_PAGE_SIZE_A4);
  pdf_info (path, &info);
  pages = pdf_pages (path);
  text = g_strjoinv ("\n", pages);

  start = strstr (text, "https://esco.ec.europa.eu/");
  g_assert_nonnull (start);
  end = strstr (start, "Checked May 2024");
  g_assert_nonnull (end);
  {
    g_autofree char *chunk = g_strndup (start, end - start);

    lines = g_strsplit (g_strstrip (chunk), "\n", -1);
  }
  n = g_strv_length (lines);
  /* It does not fit on one line of an A4 page at the link size. */
  g_assert_cmpuint (n, >=, 2);
  for (guint i = 0; i < n; i++)
    {
      const char *line = g_strstrip (lines[i]);
      gsize length = strlen (line);

      g_test_message ("line %u: %s", i, line);
      g_assert_cmpuint (length, >, 0);
      if (i + 1 < n)
        g_assert_nonnull (strchr ("/?&=#", line[length - 1]));
      g_string_append (joined, line);
    }
  g_assert_cmpstr (joined->str, ==, ESCO_URL);
  /* The occupation's id is never split. */
  assert_once (text, "c6bd511a-d966-4df9-a48e-4f800354f268");
  assert_words_inside (path, info.width, info.height);
}

static void
test_letter (void)
{
  g_autoptr(OpsPlan) plan = typical_plan ();
  g_autofree char *path = export (plan, "typical-letter.pdf", OPS_PAGE_SIZE_LETTER);
  g_auto(PdfInfo) info = { 0 };
  g_auto(GStrv) pages = NULL;

  pdf_info (path, &info);
  g_assert_cmpfloat_with_epsilon (info.width, LETTER_WIDTH, 0.01);
  g_assert_cmpfloat_with_epsilon (info.height, LETTER_HEIGHT, 0.01);
  pages = pdf_pages (path);
  assert_page_numbers (pages, info.n_pages);
  assert_words_inside (path, info.width, info.height);
}

static void
test_thousand_items (void)
{
  g_autoptr(OpsPlan) plan = bulk_plan (1000);
  g_autofree char *path = export (plan, "thousand.pdf", OPS_PAGE_SIZE_A4);
  g_auto(PdfInfo) info = { 0 };
  g_auto(GStrv) pages = NULL;
  g_autofree char *text = NULL;

  pdf_info (path, &info);
  g_assert_cmpuint (info.n_pages, >, 30);
  g_assert_cmpuint (info.n_pages, <, 200);

  pages = pdf_pages (path);
  assert_page_numbers (pages, info.n_pages);
  text = g_strjoinv ("\n", pages);
  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *title = bulk_title (i);

      assert_once (text, title);
    }
  g_assert_nonnull (strstr (text, "Each dot is an item with a target date."));
  g_assert_null (strstr (text, "(continued)"));
  assert_words_inside (path, info.width, info.height);
}

static void
test_scripts (void)
{
  g_autoptr(OpsPlan) plan = scripts_plan ();
  g_autofree char *path = export (plan, "scripts.pdf", OPS_PAGE_SIZE_A4);
  g_auto(PdfInfo) info = { 0 };
  g_auto(GStrv) pages = NULL;
  g_autofree char *text = NULL;

  pdf_info (path, &info);
  g_assert_cmpuint (info.n_pages, >=, 1);
  g_assert_cmpstr (info.author, ==, "سارة الأحمد");

  pages = pdf_pages (path);
  assert_page_numbers (pages, info.n_pages);
  text = g_strjoinv ("\n", pages);
  for (guint i = 0; i < G_N_ELEMENTS (script_titles); i++)
    assert_once (text, script_titles[i]);
  /* In the title block; the header's copy is "Career plan — " and the name */
  g_assert_cmpuint (count (text, "سارة الأحمد"), ==, 1 + info.n_pages);
  assert_once (text, "每周学习两次");
  g_assert_nonnull (strstr (text, "Dubai"));
  assert_words_inside (path, info.width, info.height);
}

static void
test_markup_is_text (void)
{
  g_autoptr(OpsPlan) plan = markup_plan ();
  g_autofree char *path = export (plan, "markup.pdf", OPS_PAGE_SIZE_A4);
  g_auto(PdfInfo) info = { 0 };
  g_auto(GStrv) pages = NULL;
  g_autofree char *text = NULL;

  pdf_info (path, &info);
  g_assert_cmpstr (info.title, ==, "Career plan — Alex <Doe> & Co");

  pages = pdf_pages (path);
  text = g_strjoinv ("\n", pages);
  assert_once (text, "<b>&amp; \"x\"</b> & <i>Tom's</i> plan");
  assert_once (text, "Use <span foreground=\"red\">this</span> &lt; literally & keep 100%");
  assert_once (text, "https://example.org/?a=1&b=<2>'");
  g_assert_nonnull (strstr (text, "Aiming for Head of <Operations>"));
  g_assert_nonnull (strstr (text, "The target role is not in the catalog"));
}

static void
test_long_note (void)
{
  g_autoptr(OpsPlan) plan = long_note_plan ();
  g_autofree char *path = export (plan, "long-note.pdf", OPS_PAGE_SIZE_A4);
  g_auto(PdfInfo) info = { 0 };
  g_auto(GStrv) pages = NULL;
  g_autofree char *text = NULL;

  pdf_info (path, &info);
  g_assert_cmpuint (info.n_pages, >=, 3);

  pages = pdf_pages (path);
  assert_page_numbers (pages, info.n_pages);
  text = g_strjoinv ("\n", pages);
  assert_once (text, LONG_NOTE_TITLE);
  assert_once (text, "A short item first");
  g_assert_cmpuint (count (text, "(continued)"), >=, 2);
  for (guint i = 0; i < LONG_NOTE_LINES; i++)
    {
      g_autofree char *line = long_note_line (i);

      assert_once (text, line);
    }
  /* The note continues on the pages after the one its item starts on. */
  for (guint i = 0; i < info.n_pages; i++)
    if (strstr (pages[i], "(continued)") != NULL)
      g_assert_null (strstr (pages[i], LONG_NOTE_TITLE));
  assert_words_inside (path, info.width, info.height);
}

static void
test_document_pages (void)
{
  g_autoptr(OpsPlan) plan = typical_plan ();
  g_autoptr(OpsCatalog) catalog = load_catalog ();
  g_autoptr(GDateTime) now = day (2026, 11, 22);
  g_autoptr(OpsPlanDocument) document = ops_plan_document_new (plan, catalog, now);
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  guint n_pages, previous_page = 0, n_top = 0;

  g_assert_cmpuint (ops_plan_document_get_n_pages (document), ==, 0);
  g_assert_cmpstr (ops_plan_document_get_title (document), ==, "Career plan — Alex Doe");
  g_assert_cmpstr (ops_plan_document_get_subject (document), ==, "Operations Analyst → Director of Operations");

  /* Like a print dialog: paginate, draw in any order, paginate again. */
  n_pages = ops_plan_document_paginate (document, cr, LETTER_WIDTH, LETTER_HEIGHT);
  g_assert_cmpuint (n_pages, >, 0);
  for (guint i = n_pages; i-- > 0;)
    ops_plan_document_draw_page (document, cr, i);
  g_assert_cmpuint (ops_plan_document_paginate (document, cr, A4_WIDTH, A4_HEIGHT), >, 0);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  /* Editing the plan afterwards does not change the document. */
  ops_plan_set_owner_name (plan, "Someone Else");
  g_assert_cmpstr (ops_plan_document_get_title (document), ==, "Career plan — Alex Doe");

  g_assert_cmpuint (ops_plan_document_get_n_sections (document), >=, 8);
  for (guint i = 0; i < ops_plan_document_get_n_sections (document); i++)
    {
      guint level, page;
      double y;
      const char *title = ops_plan_document_get_section (document, i, &level, &page, &y);

      g_assert_nonnull (title);
      g_assert_cmpuint (page, >=, previous_page);
      g_assert_cmpuint (page, <, ops_plan_document_get_n_pages (document));
      g_assert_cmpfloat (y, >=, MARGIN - 0.01);
      g_assert_cmpfloat (y, <, A4_HEIGHT - MARGIN);
      previous_page = page;
      n_top += level == 0;
    }
  /* Summary, path, timeline, items, gap, the credentials (the Green Belt
   * is done), and the sources its roles cite. */
  g_assert_cmpuint (n_top, ==, 7);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_default_page_size (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_PAPER, NULL));
  double width, height;

  g_assert_nonnull (setlocale (LC_PAPER, "C.UTF-8"));
  g_assert_cmpint (ops_pdf_writer_default_page_size (), ==, OPS_PAGE_SIZE_A4);
  ops_page_size_get_points (OPS_PAGE_SIZE_DEFAULT, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, A4_WIDTH, 0.01);

  if (setlocale (LC_PAPER, "en_US.UTF-8") != NULL)
    {
      g_assert_cmpint (ops_pdf_writer_default_page_size (), ==, OPS_PAGE_SIZE_LETTER);
      ops_page_size_get_points (OPS_PAGE_SIZE_DEFAULT, &width, &height);
      g_assert_cmpfloat_with_epsilon (height, LETTER_HEIGHT, 0.01);
    }
  if (setlocale (LC_PAPER, "de_DE.UTF-8") != NULL)
    g_assert_cmpint (ops_pdf_writer_default_page_size (), ==, OPS_PAGE_SIZE_A4);

  setlocale (LC_PAPER, saved);
}

static void
test_file_name (void)
{
  g_autoptr(OpsPlan) plan = ops_plan_new ();
  g_autoptr(GDateTime) date = day (2026, 11, 22);
  g_autofree char *name = ops_pdf_writer_default_file_name (plan, date);
  g_autofree char *unsafe = NULL;
  g_autofree char *long_name = NULL;
  g_autoptr(GString) owner = g_string_new (NULL);

  g_assert_cmpstr (name, ==, "Career plan – 2026-11-22.pdf");

  ops_plan_set_owner_name (plan, "Alex Doe");
  g_free (name);
  name = ops_pdf_writer_default_file_name (plan, date);
  g_assert_cmpstr (name, ==, "Career plan – Alex Doe – 2026-11-22.pdf");

  ops_plan_set_owner_name (plan, "A/B: \"C\" <D>?*|\\");
  unsafe = ops_pdf_writer_default_file_name (plan, date);
  g_assert_cmpstr (unsafe, ==, "Career plan – A-B- -C- -D----- – 2026-11-22.pdf");

  while (owner->len < 1000)
    g_string_append (owner, "Zoë ");
  ops_plan_set_owner_name (plan, owner->str);
  long_name = ops_pdf_writer_default_file_name (plan, date);
  g_assert_cmpuint (strlen (long_name), <=, 255);
  g_assert_true (g_utf8_validate (long_name, -1, NULL));
  g_assert_true (g_str_has_suffix (long_name, " – 2026-11-22.pdf"));
}

/* The command line */

static char *
write_plan_file (OpsPlan    *plan,
                 const char *name)
{
  g_autoptr(GBytes) bytes = ops_plan_to_bytes (plan);
  char *path = g_build_filename (g_get_tmp_dir (), name, NULL);

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));

  return path;
}

static void
test_command_line (void)
{
  g_autoptr(OpsPlan) plan = typical_plan ();
  g_autofree char *plan_path = write_plan_file (plan, "plan.json");
  g_autofree char *out = g_build_filename (g_get_tmp_dir (), "from-command-line.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_auto(PdfInfo) info = { 0 };
  g_auto(GStrv) pages = NULL;

  g_assert_true (ops_export_command_line (out, plan_path, OPS_PAGE_SIZE_DEFAULT, &error));
  g_assert_no_error (error);

  pdf_info (out, &info);
  g_assert_cmpstr (info.title, ==, "Career plan — Alex Doe");
  g_assert_cmpfloat_with_epsilon (info.width, A4_WIDTH, 0.01); /* LC_ALL=C.UTF-8 */
  pages = pdf_pages (out);
  assert_page_numbers (pages, info.n_pages);

  /* Replacing an existing PDF works too. */
  g_assert_true (ops_export_command_line (out, plan_path, OPS_PAGE_SIZE_LETTER, &error));
  g_assert_no_error (error);
}

static void
assert_one_line_error (GError *error)
{
  g_assert_error (error, OPS_ERROR, error->code);
  g_test_message ("%s", error->message);
  g_assert_null (strchr (error->message, '\n'));
  g_assert_cmpuint (strlen (error->message), >, 10);
}

static void
assert_fails (const char *out,
              const char *plan_path,
              int         code)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (ops_export_command_line (out, plan_path, OPS_PAGE_SIZE_A4, &error));
  g_assert_error (error, OPS_ERROR, code);
  assert_one_line_error (error);
}

static void
test_command_line_errors (void)
{
  g_autoptr(OpsPlan) plan = typical_plan ();
  g_autofree char *plan_path = write_plan_file (plan, "good.json");
  g_autofree char *dir = g_build_filename (g_get_tmp_dir (), "out", NULL);
  g_autofree char *out = g_build_filename (dir, "plan.pdf", NULL);
  g_autofree char *missing = g_build_filename (g_get_tmp_dir (), "missing.json", NULL);
  g_autofree char *invalid = g_build_filename (g_get_tmp_dir (), "invalid.json", NULL);
  g_autofree char *nowhere = g_build_filename (g_get_tmp_dir (), "no-such-folder", "plan.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);

  assert_fails (out, missing, OPS_ERROR_EXPORT_FAILED);
  assert_fails (out, dir, OPS_ERROR_EXPORT_FAILED);
  g_assert_true (g_file_set_contents (invalid, "{ \"format\": 1, \"items\": [ ", -1, NULL));
  assert_fails (out, invalid, OPS_ERROR_PLAN_INVALID);
  g_assert_true (g_file_set_contents (invalid, "<html>not a plan</html>", -1, NULL));
  assert_fails (out, invalid, OPS_ERROR_PLAN_INVALID);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  /* Unwritable destinations: a missing folder, a folder, a read-only one */
  assert_fails (nowhere, plan_path, OPS_ERROR_EXPORT_FAILED);
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
  assert_fails (dir, plan_path, OPS_ERROR_EXPORT_FAILED);
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));

  g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
  if (g_access (dir, W_OK) != 0)
    {
      assert_fails (out, plan_path, OPS_ERROR_EXPORT_FAILED);
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }
  g_assert_cmpint (g_chmod (dir, 0700), ==, 0);

  /* A failed export leaves an existing file as it was. */
  g_assert_true (g_file_set_contents (out, "previous export", -1, NULL));
  assert_fails (out, invalid, OPS_ERROR_PLAN_INVALID);
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
  g_assert_true (ops_export_command_line (out, plan_path, OPS_PAGE_SIZE_A4, &error));
  g_assert_no_error (error);
}

/* Asynchronous export */

typedef struct
{
  GMainLoop *loop;
  gboolean   ok;
  GError    *error;
} AsyncResult;

static void
write_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  AsyncResult *async = user_data;

  async->ok = ops_pdf_writer_write_finish (result, &async->error);
  g_main_loop_quit (async->loop);
}

static void
test_async (void)
{
  g_autoptr(OpsPlan) plan = typical_plan ();
  g_autoptr(OpsCatalog) catalog = load_catalog ();
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "async.pdf", NULL);
  g_autofree char *bad = g_build_filename (g_get_tmp_dir (), "no-such-folder", "async.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  AsyncResult async = { loop, FALSE, NULL };
  g_auto(PdfInfo) info = { 0 };
  g_auto(GStrv) pages = NULL;
  g_autofree char *text = NULL;

  ops_pdf_writer_write_async (plan, catalog, file, OPS_PAGE_SIZE_LETTER, NULL, write_cb, &async);
  /* The export shows the plan as it was when it began. */
  ops_plan_set_owner_name (plan, "Changed Later");
  {
    g_autoptr(OpsPlanItem) first = g_list_model_get_item (ops_plan_get_items (plan), 0);

    ops_plan_remove_item (plan, first);
  }
  g_main_loop_run (loop);
  g_assert_no_error (async.error);
  g_assert_true (async.ok);

  pdf_info (path, &info);
  g_assert_cmpstr (info.title, ==, "Career plan — Alex Doe");
  g_assert_cmpfloat_with_epsilon (info.width, LETTER_WIDTH, 0.01);
  pages = pdf_pages (path);
  text = g_strjoinv ("\n", pages);
  assert_once (text, typical_items[0].title);

  ops_pdf_writer_write_async (plan, catalog, bad_file, OPS_PAGE_SIZE_A4, NULL, write_cb, &async);
  g_main_loop_run (loop);
  g_assert_false (async.ok);
  g_assert_error (async.error, OPS_ERROR, OPS_ERROR_EXPORT_FAILED);
  assert_one_line_error (async.error);
  g_clear_error (&async.error);
}

static void
test_async_cancelled (void)
{
  g_autoptr(OpsPlan) plan = bulk_plan (200);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "cancelled.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncResult async = { loop, FALSE, NULL };

  ops_pdf_writer_write_async (plan, NULL, file, OPS_PAGE_SIZE_A4, cancellable, write_cb, &async);
  g_cancellable_cancel (cancellable);
  g_main_loop_run (loop);
  g_assert_false (async.ok);
  g_assert_error (async.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&async.error);
}

/* Whether the snapshot's gap has @name covered. */
static gboolean
gap_covers (OpsPlanSnapshot *snapshot,
            const char      *name)
{
  for (guint i = 0; i < snapshot->gap->len; i++)
    {
      OpsGapSnapshot *gap = g_ptr_array_index (snapshot->gap, i);

      if (g_str_equal (gap->name, name))
        return gap->covered && gap->finished;
    }
  g_assert_not_reached ();
}

/* CPIM earned 1 June 2020 lapsed on 1 June 2025. A PDF dated January
 * 2024 judges by its own date, as it prints it: then CPIM was held and
 * is no gap; one dated January 2026 counts it as a gap, whatever the
 * clock says on the day it is made. */
static void
test_gap_on_export_date (void)
{
  g_autoptr(OpsCatalog) catalog = load_catalog ();
  g_autoptr(OpsPlan) plan = ops_plan_new ();
  g_autoptr(OpsPlanItem) item = ops_plan_item_new (OPS_PLAN_ITEM_KIND_CERTIFICATION, "CPIM");
  g_autoptr(GDateTime) earned = day (2020, 6, 1);
  g_autoptr(GDateTime) before = day (2024, 1, 15);
  g_autoptr(GDateTime) after = day (2026, 1, 15);
  g_autoptr(OpsPlanSnapshot) held = NULL;
  g_autoptr(OpsPlanSnapshot) lapsed = NULL;

  ops_plan_set_target_role (plan, "production-scheduler", NULL);
  ops_plan_item_set_catalog_id (item, "cpim");
  ops_plan_item_set_status (item, OPS_PLAN_ITEM_STATUS_DONE);
  ops_plan_item_set_completion_date (item, earned);
  ops_plan_add_item (plan, item);

  held = ops_plan_snapshot_new (plan, catalog, before);
  lapsed = ops_plan_snapshot_new (plan, catalog, after);
  g_assert_true (gap_covers (held, "CPIM"));
  g_assert_false (gap_covers (lapsed, "CPIM"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/export/empty", test_empty);
  g_test_add_func ("/export/typical", test_typical);
  g_test_add_func ("/export/letter", test_letter);
  g_test_add_func ("/export/sources", test_sources);
  g_test_add_func ("/export/credentials", test_credentials);
  g_test_add_func ("/export/gap-on-export-date", test_gap_on_export_date);
  g_test_add_func ("/export/long-source-url-breaks-between-parts", test_long_source_url_breaks_between_parts);
  g_test_add_func ("/export/thousand-items", test_thousand_items);
  g_test_add_func ("/export/scripts", test_scripts);
  g_test_add_func ("/export/markup-is-text", test_markup_is_text);
  g_test_add_func ("/export/long-note", test_long_note);
  g_test_add_func ("/export/document-pages", test_document_pages);
  g_test_add_func ("/export/default-page-size", test_default_page_size);
  g_test_add_func ("/export/file-name", test_file_name);
  g_test_add_func ("/export/command-line", test_command_line);
  g_test_add_func ("/export/command-line-errors", test_command_line_errors);
  g_test_add_func ("/export/heading-keeps-first-block", test_heading_keeps_first_block);
  g_test_add_func ("/export/async", test_async);
  g_test_add_func ("/export/async-cancelled", test_async_cancelled);

  return g_test_run ();
}
