/* ops-resume-check.c: what an applicant-tracking system would see in a
 * resume
 *
 * Given the resume's text, lists the catalog's resume keywords it holds,
 * what the target role expects that it lacks, and the bullet lines that
 * hold no number. Everything happens here, in memory: the text never
 * leaves the machine.
 *
 * Matching is by whole words and case-insensitive (Unicode case folding
 * after NFC normalization); runs of spaces and tabs count as one space, so
 * "lead   time" matches "Lead Time". "&" counts as "and", so "S&OP"
 * matches "S and OP" (the catalog cannot hold "&"). The last word of a
 * phrase matches in its regular English singular and plural forms (-s,
 * -es, -ies), either way round: "lead times" matches "Lead Time", "KPI"
 * matches "KPIs". A phrase is matched within a line, not across a line
 * break. An entry matches by its name or any synonym, in the UI's
 * language and in English; a certification by its name, full name or
 * former full name.
 *
 * With the German UI, the German terms also match in their common plural
 * and case forms ("Kennzahl", "Kennzahlen"; "Lieferkette", "Lieferketten";
 * "Durchsatzes"), and a German one-word term of eight or more letters also
 * at the start or end of a compound ("Lieferkettenmanagement",
 * "Produktionskennzahlen"): German writes such phrases as one word. Not in
 * the middle of one, and not for short terms, where a word would too often
 * hold another by chance.
 *
 * What a role "expects" is what the catalog says it relies on: its skills
 * and its certifications.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-resume-check.h"

struct _OpsResumeCheck
{
  GObject     parent_instance;

  GListStore *found;           /* catalog keywords in the resume */
  GListStore *expected_found;  /* the role's skills and certifications in it */
  GListStore *missing;         /* the role's skills and certifications not in it */
  GListStore *bare_bullets;    /* bullet lines with no digit */
  gboolean    has_target;      /* checked against a role */
};

G_DEFINE_FINAL_TYPE (OpsResumeCheck, ops_resume_check, G_TYPE_OBJECT)

/* One comparable form for a line and a phrase. */
static char *
fold (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text, -1, G_NORMALIZE_DEFAULT_COMPOSE);
  g_autofree char *folded = g_utf8_casefold (normalized ? normalized : "", -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = TRUE;
          continue;
        }
      if (c == '&')
        {
          /* "S&OP" and "S & OP" both read "s and op". */
          if (out->len > 0)
            g_string_append_c (out, ' ');
          g_string_append (out, "and");
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static gboolean
is_word_char (const char *p)
{
  return g_unichar_isalnum (g_utf8_get_char (p));
}

/* Whether @phrase occurs in @line as whole words, or, if @compound, also
 * as the first or last part of a longer word. Both are folded. */
static gboolean
has_phrase (const char *line,
            const char *phrase,
            gboolean    compound)
{
  gsize n = strlen (phrase);

  if (n == 0)
    return FALSE;

  for (const char *p = strstr (line, phrase); p != NULL; p = strstr (p + 1, phrase))
    {
      gboolean starts = p == line || !is_word_char (g_utf8_find_prev_char (line, p));
      gboolean ends = p[n] == '\0' || !is_word_char (p + n);

      if ((starts && ends) || (compound && (starts || ends)))
        return TRUE;
    }

  return FALSE;
}

static gboolean
ends_with (const char *word,
           gsize       len,
           const char *suffix)
{
  gsize n = strlen (suffix);

  return len > n && memcmp (word + len - n, suffix, n) == 0;
}

/* Whether a word of @len bytes takes "-es" in the plural: "process",
 * "box", "batch", "push". */
static gboolean
takes_es (const char *word,
          gsize       len)
{
  return ends_with (word, len, "s") || ends_with (word, len, "x") || ends_with (word, len, "z") ||
         ends_with (word, len, "ch") || ends_with (word, len, "sh");
}

/* Adds @term (folded) and the regular English singular and plural forms of
 * its last word: "lead time" also as "lead times", "kpis" also as "kpi",
 * "process" also as "processes", "inventories" also as "inventory". A
 * word that does not end in a letter ("S and OP" does) is left alone. */
static void
add_forms (GPtrArray  *terms,
           const char *term)
{
  gsize len = strlen (term);
  const char *space = strrchr (term, ' ');
  const char *last = space ? space + 1 : term;
  gsize last_len = strlen (last);

  g_ptr_array_add (terms, g_strdup (term));
  if (last_len < 2 || !g_ascii_isalpha (term[len - 1]))
    return;

  /* Plural to singular. */
  if (ends_with (last, last_len, "ies"))
    g_ptr_array_add (terms, g_strdup_printf ("%.*sy", (int) (len - 3), term));
  else if (ends_with (last, last_len, "es") && takes_es (last, last_len - 2))
    g_ptr_array_add (terms, g_strndup (term, len - 2));
  else if (ends_with (last, last_len, "s") && !ends_with (last, last_len, "ss") &&
           !ends_with (last, last_len, "us") && !ends_with (last, last_len, "is"))
    g_ptr_array_add (terms, g_strndup (term, len - 1));

  /* Singular to plural. */
  if (ends_with (last, last_len, "y") && strchr ("aeiou", last[last_len - 2]) == NULL)
    g_ptr_array_add (terms, g_strdup_printf ("%.*sies", (int) (len - 1), term));
  else if (takes_es (last, last_len))
    g_ptr_array_add (terms, g_strconcat (term, "es", NULL));
  else
    g_ptr_array_add (terms, g_strconcat (term, "s", NULL));
}

/* Adds @word (folded, German) with its common plural and case endings:
 * "kennzahlen" also as "kennzahl", "lieferkette" as "lieferketten",
 * "durchlaufzeit" as "durchlaufzeiten", "durchsatz" as "durchsatzes".
 * Umlaut plurals ("Sätze") are not made. Forms that are no word never
 * occur in a resume, so making a few does no harm. */
static void
add_german_endings (GPtrArray  *terms,
                    const char *word)
{
  gsize len = strlen (word);

  g_ptr_array_add (terms, g_strdup (word));
  if (g_utf8_strlen (word, -1) < 4 || !g_unichar_isalpha (g_utf8_get_char (g_utf8_find_prev_char (word, word + len))))
    return;

  if (ends_with (word, len, "en"))
    {
      g_ptr_array_add (terms, g_strndup (word, len - 1));
      g_ptr_array_add (terms, g_strndup (word, len - 2));
    }
  else if (ends_with (word, len, "e") || ends_with (word, len, "el") || ends_with (word, len, "er"))
    {
      g_ptr_array_add (terms, g_strconcat (word, "n", NULL));
      g_ptr_array_add (terms, g_strconcat (word, "s", NULL));
    }
  else
    {
      static const char *endings[] = { "e", "en", "es", "s" };

      for (guint i = 0; i < G_N_ELEMENTS (endings); i++)
        g_ptr_array_add (terms, g_strconcat (word, endings[i], NULL));
    }
}

/* Adds the German forms of @term (folded): its last word with its endings
 * and, when the first of several words ends in "e" (an adjective:
 * "kontinuierliche verbesserung"), that word with the endings "en", "er",
 * "es" and "em" too. */
static void
add_german_forms (GPtrArray  *terms,
                  const char *term)
{
  const char *first_space = strchr (term, ' ');
  const char *last_space = strrchr (term, ' ');
  g_autoptr(GPtrArray) lasts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) firsts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *middle = NULL;

  add_german_endings (lasts, last_space ? last_space + 1 : term);
  if (first_space == NULL)
    {
      g_ptr_array_extend_and_steal (terms, g_steal_pointer (&lasts));
      return;
    }

  g_ptr_array_add (firsts, g_strndup (term, first_space - term));
  if (first_space - term > 1 && first_space[-1] == 'e')
    {
      static const char *endings[] = { "n", "r", "s", "m" };

      for (guint i = 0; i < G_N_ELEMENTS (endings); i++)
        g_ptr_array_add (firsts, g_strdup_printf ("%.*s%s", (int) (first_space - term), term, endings[i]));
    }
  /* The words between the first and the last, with their spaces. */
  middle = g_strndup (first_space, last_space - first_space + 1);
  for (guint f = 0; f < firsts->len; f++)
    for (guint l = 0; l < lasts->len; l++)
      g_ptr_array_add (terms, g_strconcat (g_ptr_array_index (firsts, f), middle,
                                           g_ptr_array_index (lasts, l), NULL));
}

/* What an entry is found by: whole-word terms, and terms that may also
 * begin or end a longer word (German compounds). */
typedef struct
{
  GPtrArray *words;
  GPtrArray *compounds;
} Terms;

static gboolean
in_folded (const char * const *texts,
           const char         *folded)
{
  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    {
      g_autofree char *other = fold (texts[i]);

      if (g_str_equal (other, folded))
        return TRUE;
    }

  return FALSE;
}

/* Adds the forms of @entry's @field in the UI's language and in English
 * (the catalog's own text, kept as "C:" fields). With the German UI, a
 * translated text that is not also English gets its German forms; one of
 * a single long word may also be part of a compound. */
static void
add_field (Terms          *terms,
           OpsCatalogItem *entry,
           const char     *field,
           gboolean        german)
{
  g_autofree char *original_field = g_strconcat ("C:", field, NULL);
  const char * const *texts = ops_catalog_item_get_texts (entry, field);
  const char * const *originals = ops_catalog_item_get_texts (entry, original_field);

  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    {
      g_autofree char *folded = fold (texts[i]);

      if (german && !in_folded (originals, folded))
        {
          gboolean one_long_word = strchr (folded, ' ') == NULL && g_utf8_strlen (folded, -1) >= 8;

          add_german_forms (one_long_word ? terms->compounds : terms->words, folded);
        }
      else
        add_forms (terms->words, folded);
    }
  for (guint i = 0; originals != NULL && originals[i] != NULL; i++)
    {
      g_autofree char *folded = fold (originals[i]);

      add_forms (terms->words, folded);
    }
}

/* Whether the UI speaks German, where words take endings and join into
 * compounds. */
static gboolean
ui_is_german (void)
{
  const char * const *languages = g_get_language_names ();

  return languages[0] != NULL && (g_str_equal (languages[0], "de") || g_str_has_prefix (languages[0], "de_") ||
                                  g_str_has_prefix (languages[0], "de."));
}

/* An entry's terms in the UI's language and in English, each in its
 * singular and plural forms. */
static void
terms_of (OpsCatalogItem *entry,
          Terms          *terms)
{
  /* A certification's synonyms are the family it belongs to ("Six Sigma"
   * for a Black Belt): a Green Belt holder's resume has them too. */
  gboolean synonyms = ops_catalog_item_get_kind (entry) != OPS_ITEM_KIND_CERTIFICATION;
  gboolean german = ui_is_german ();

  terms->words = g_ptr_array_new_with_free_func (g_free);
  terms->compounds = g_ptr_array_new_with_free_func (g_free);
  add_field (terms, entry, "name", german);
  add_field (terms, entry, "full-name", german);
  /* A former full name still names this certification alone. */
  add_field (terms, entry, "former-name", german);
  if (synonyms)
    add_field (terms, entry, "synonym", german);
}

static gboolean
line_has_any (const char *line,
              GPtrArray  *terms,
              gboolean    compound)
{
  for (guint t = 0; t < terms->len; t++)
    if (has_phrase (line, g_ptr_array_index (terms, t), compound))
      return TRUE;

  return FALSE;
}

/* The first line (counted from 1) holding any of @entry's terms, or 0. */
static guint
find_entry (OpsCatalogItem *entry,
            GPtrArray      *folded_lines)
{
  Terms terms;
  guint found = 0;

  terms_of (entry, &terms);
  for (guint l = 0; l < folded_lines->len && found == 0; l++)
    {
      const char *line = g_ptr_array_index (folded_lines, l);

      if (line_has_any (line, terms.words, FALSE) || line_has_any (line, terms.compounds, TRUE))
        found = l + 1;
    }
  g_ptr_array_unref (terms.words);
  g_ptr_array_unref (terms.compounds);

  return found;
}

/**
 * ops_resume_check_is_bullet:
 * @line: one line of text
 * @content: (out) (optional): where the text after the marker starts
 *
 * A bullet is a line whose first non-blank character is "-", "*" or "•",
 * or which starts with digits followed by "." ("1."), each followed by a
 * blank or the end of the line: what word processors and Markdown export
 * as list items.
 *
 * Returns: whether @line is a bullet
 */
gboolean
ops_resume_check_is_bullet (const char  *line,
                            const char **content)
{
  const char *p = line;
  const char *after = NULL;

  g_return_val_if_fail (line != NULL, FALSE);

  while (*p == ' ' || *p == '\t')
    p++;

  if (*p == '-' || *p == '*')
    after = p + 1;
  else if (g_str_has_prefix (p, "•"))
    after = p + strlen ("•");
  else if (g_ascii_isdigit (*p))
    {
      while (g_ascii_isdigit (*p))
        p++;
      if (*p == '.')
        after = p + 1;
    }

  if (after == NULL || (*after != '\0' && *after != ' ' && *after != '\t'))
    return FALSE;

  if (content != NULL)
    *content = after;

  return TRUE;
}

static gboolean
has_digit (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isdigit (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

static void
check_entries (GListModel *entries,
               GPtrArray  *folded_lines,
               char      **lines,
               GListStore *found,
               GListStore *missing)
{
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(OpsCatalogItem) entry = g_list_model_get_item (entries, i);
      guint line = find_entry (entry, folded_lines);
      g_autoptr(OpsResumeFinding) finding = NULL;

      finding = ops_resume_finding_new (entry, line, line > 0 ? lines[line - 1] : NULL);
      if (line > 0)
        g_list_store_append (found, finding);
      else if (missing != NULL)
        g_list_store_append (missing, finding);
    }
}

/**
 * ops_resume_check_new:
 * @catalog: the catalog
 * @target_role_id: (nullable): the role applied for; without one nothing
 *   is missing
 * @text: the resume as plain text (a .txt or .md file, or pasted)
 *
 * Checks @text at once; the results do not change afterwards.
 *
 * Returns: (transfer full): the check
 */
OpsResumeCheck *
ops_resume_check_new (OpsCatalog *catalog,
                      const char *target_role_id,
                      const char *text)
{
  g_autoptr(OpsResumeCheck) self = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) folded_lines = g_ptr_array_new_with_free_func (g_free);
  OpsCatalogItem *role = NULL;

  g_return_val_if_fail (OPS_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), NULL);

  self = g_object_new (OPS_TYPE_RESUME_CHECK, NULL);

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *content;
      gsize len = strlen (lines[i]);

      /* Files from Windows end their lines in CR LF. */
      if (len > 0 && lines[i][len - 1] == '\r')
        lines[i][len - 1] = '\0';
      g_ptr_array_add (folded_lines, fold (lines[i]));

      if (ops_resume_check_is_bullet (lines[i], &content) && !has_digit (content))
        {
          g_autoptr(OpsResumeFinding) finding = ops_resume_finding_new (NULL, i + 1, lines[i]);

          g_list_store_append (self->bare_bullets, finding);
        }
    }

  check_entries (ops_catalog_get_items (catalog, OPS_ITEM_KIND_KEYWORD), folded_lines, lines, self->found, NULL);

  if (target_role_id != NULL)
    role = ops_catalog_lookup (catalog, target_role_id);
  if (OPS_IS_ROLE (role))
    {
      self->has_target = TRUE;
      check_entries (ops_role_get_skills (OPS_ROLE (role)), folded_lines, lines,
                     self->expected_found, self->missing);
      check_entries (ops_role_get_certifications (OPS_ROLE (role)), folded_lines, lines,
                     self->expected_found, self->missing);
    }

  return g_steal_pointer (&self);
}

/* The catalog's resume keywords the text holds, in catalog order, each
 * with the first line it is on. (transfer none) */
GListModel *
ops_resume_check_get_found (OpsResumeCheck *self)
{
  g_return_val_if_fail (OPS_IS_RESUME_CHECK (self), NULL);

  return G_LIST_MODEL (self->found);
}

/* The target role's skills and certifications the text holds. */
GListModel *
ops_resume_check_get_expected_found (OpsResumeCheck *self)
{
  g_return_val_if_fail (OPS_IS_RESUME_CHECK (self), NULL);

  return G_LIST_MODEL (self->expected_found);
}

/* The target role's skills and certifications the text lacks; line 0. */
GListModel *
ops_resume_check_get_missing (OpsResumeCheck *self)
{
  g_return_val_if_fail (OPS_IS_RESUME_CHECK (self), NULL);

  return G_LIST_MODEL (self->missing);
}

/* Bullet lines without a digit, in order: results read stronger with a
 * number. */
GListModel *
ops_resume_check_get_bare_bullets (OpsResumeCheck *self)
{
  g_return_val_if_fail (OPS_IS_RESUME_CHECK (self), NULL);

  return G_LIST_MODEL (self->bare_bullets);
}

/**
 * ops_resume_check_describe:
 * @self: a check
 *
 * The outcome in one place ("5 keywords found. Missing for your target
 * role: 10 of 11 expected. 1 bullet has no number."): the Resume Check
 * shows it right under its button, since the lists start below the fold.
 *
 * Returns: (transfer full): the summary
 */
char *
ops_resume_check_describe (OpsResumeCheck *self)
{
  guint n_found, n_missing, n_expected, n_bare;
  GString *summary;

  g_return_val_if_fail (OPS_IS_RESUME_CHECK (self), NULL);

  n_found = g_list_model_get_n_items (G_LIST_MODEL (self->found));
  n_missing = g_list_model_get_n_items (G_LIST_MODEL (self->missing));
  n_expected = n_missing + g_list_model_get_n_items (G_LIST_MODEL (self->expected_found));
  n_bare = g_list_model_get_n_items (G_LIST_MODEL (self->bare_bullets));
  summary = g_string_new (NULL);
  if (n_found == 0)
    g_string_append (summary, _("No keywords found."));
  else
    g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE, "%u keyword found.", "%u keywords found.", n_found),
                            n_found);
  g_string_append_c (summary, ' ');
  if (self->has_target && n_missing == 0)
    g_string_append (summary, _("Nothing your target role expects is missing."));
  else if (self->has_target && n_expected == 1)
    /* Translators: the one skill or certification the target role expects
     * is missing from the resume. In German "fehlt 1 von 1 Anforderung":
     * the verb agrees with one thing missing, the noun with one expected. */
    g_string_append (summary, _("Missing for your target role: 1 of 1 expected."));
  else if (self->has_target)
    /* Translators: "Missing for your target role: 10 of 11 expected." – of
     * the skills and certifications the role expects, here always two or
     * more ("1 of 1" has a message of its own). The form is chosen by the
     * first number, the things missing: "fehlt 1 von 11 Anforderungen",
     * "fehlen 10 von 11 Anforderungen". It ends in a word, as "11. 2
     * bullets" read as one number or an ordinal. */
    g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE, "Missing for your target role: %u of %u expected.",
                                                  "Missing for your target role: %u of %u expected.", n_missing),
                            n_missing, n_expected);
  if (self->has_target)
    g_string_append_c (summary, ' ');
  if (n_bare == 0)
    g_string_append (summary, _("Every bullet holds a number."));
  else
    g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE, "%u bullet has no number.",
                                                  "%u bullets have no number.", n_bare),
                            n_bare);

  return g_string_free (summary, FALSE);
}

static void
ops_resume_check_dispose (GObject *object)
{
  OpsResumeCheck *self = OPS_RESUME_CHECK (object);

  g_clear_object (&self->found);
  g_clear_object (&self->expected_found);
  g_clear_object (&self->missing);
  g_clear_object (&self->bare_bullets);

  G_OBJECT_CLASS (ops_resume_check_parent_class)->dispose (object);
}

static void
ops_resume_check_class_init (OpsResumeCheckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ops_resume_check_dispose;
}

static void
ops_resume_check_init (OpsResumeCheck *self)
{
  self->found = g_list_store_new (OPS_TYPE_RESUME_FINDING);
  self->expected_found = g_list_store_new (OPS_TYPE_RESUME_FINDING);
  self->missing = g_list_store_new (OPS_TYPE_RESUME_FINDING);
  self->bare_bullets = g_list_store_new (OPS_TYPE_RESUME_FINDING);
}
