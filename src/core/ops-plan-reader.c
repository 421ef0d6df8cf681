/* ops-plan-reader.c: reading plan files, described in docs/plan-format.md
 *
 * Reading checks everything a file could get wrong before the plan sees
 * it, and says where: a hand-edited or damaged file gives an error naming
 * the line, or the key and item, never a crash or a half-read plan.
 * Members this version does not know are kept in the plan and written back
 * after the known ones (ops-plan-writer.c), so a newer OpsLadder's data
 * survives a save here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdio.h>

#include <glib/gi18n.h>

#include "ops-error.h"
#include "ops-plan-fields-private.h"
#include "ops-plan-private.h"
#include "ops-plan-serializer.h"

/* A file OpsLadder wrote has an object's keys in the fields' order, so
 * the search starts after the field found last (*@next): comparing each
 * key with the fields before it was 1 % of a load. */
static const OpsPlanField *
find_field (const OpsPlanField *fields,
            gsize               n_fields,
            gsize              *next,
            const char         *key)
{
  for (gsize k = 0, i = *next; k < n_fields; k++, i++)
    {
      if (i >= n_fields)
        i = 0;
      if (g_str_equal (fields[i].key, key))
        {
          *next = i + 1;
          return &fields[i];
        }
    }

  return NULL;
}

G_GNUC_PRINTF (2, 3)
static void
set_error (GError     **error,
           const char  *format,
           ...)
{
  va_list args;
  g_autofree char *message = NULL;

  /* A first, unnamed read of a value passes no error (read_members ()). */
  if (error == NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, OPS_ERROR, OPS_ERROR_PLAN_INVALID, message);
}

/* Text checks, before the JSON parser */

static void
position_of (const char *data,
             gsize       offset,
             guint      *line,
             guint      *column)
{
  const char *line_start = data;

  *line = 1;
  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          line_start = data + i + 1;
        }
    }

  /* Everything before @offset is valid UTF-8, so characters can be counted. */
  *column = g_utf8_strlen (line_start, data + offset - line_start) + 1;
}

/* json-glib stops a string at an escaped NUL without a word, which would
 * silently cut the person's text. Sets *@surrogates when the text has an
 * escaped UTF-16 surrogate ("\\ud83d"): only those can decode to a string
 * that is not UTF-8, as the text itself is, so without one no string
 * read from the tree needs validating again (get_text ()). */
static gboolean
find_escaped_nul (const char *data,
                  gsize       len,
                  gsize      *offset,
                  gboolean   *surrogates)
{
  const char *end = data + len;

  *surrogates = FALSE;
  /* memchr () jumps from backslash to backslash: a plan has few. */
  for (const char *p = memchr (data, '\\', len); p != NULL && p + 1 < end; p = memchr (p, '\\', end - p))
    {
      if (p[1] == 'u' && end - p > 5 && strncmp (p + 2, "0000", 4) == 0)
        {
          *offset = p - data;
          return TRUE;
        }
      /* D800 to DFFF; "\\u" is followed by four hex digits, or is not JSON. */
      if (p[1] == 'u' && end - p > 3 && g_ascii_tolower (p[2]) == 'd' && g_ascii_xdigit_value (p[3]) >= 8)
        *surrogates = TRUE;
      p += 2;  /* past the escaped character, which may be a backslash */
    }

  return FALSE;
}

/* json-glib refuses text that is not UTF-8, but does not say where, so
 * this runs when the parse fails (parse_checked ()): checking every load
 * would read the whole text a second time to find nothing. */
static gboolean
check_text (const char  *data,
            gsize        len,
            GError     **error)
{
  const char *end = NULL;
  gsize offset;
  guint line, column;
  gboolean surrogates;

  if (!g_utf8_validate_len (data, len, &end))
    {
      position_of (data, end - data, &line, &column);
      if (*end == '\0')
        set_error (error, _("Line %u, column %u: the file contains a NUL byte; it is not a text file"), line, column);
      else
        set_error (error, _("Line %u, column %u: the file is not valid UTF-8 text"), line, column);
      return FALSE;
    }

  if (find_escaped_nul (data, len, &offset, &surrogates))
    {
      position_of (data, offset, &line, &column);
      set_error (error, _("Line %u, column %u: text may not contain the character \\u0000"), line, column);
      return FALSE;
    }

  return TRUE;
}

/* Parsing */

typedef struct
{
  GHashTable *sizes;          /* JsonObject → members seen so far */
  char       *duplicate;
  guint       line;
  guint       column;
} DuplicateCheck;

/* json-glib lets the last of two equal keys win without a word. Which of
 * the two the person meant is anyone's guess, so it is an error. */
static void
object_member_cb (JsonParser *parser,
                  JsonObject *object,
                  const char *name,
                  gpointer    user_data)
{
  DuplicateCheck *check = user_data;
  guint size = json_object_get_size (object);
  guint seen = GPOINTER_TO_UINT (g_hash_table_lookup (check->sizes, object));

  if (size == seen && check->duplicate == NULL)
    {
      check->duplicate = g_strdup (name);
      check->line = json_parser_get_current_line (parser);
      check->column = json_parser_get_current_pos (parser);
    }
  g_hash_table_insert (check->sizes, object, GUINT_TO_POINTER (size));
}

/* json-glib's messages look like "<data>:3:5: Parse error: unexpected …". */
static void
set_syntax_error (GError       **error,
                  const GError  *json_error)
{
  const char *message = json_error->message;
  const char *detail;
  guint line = 0, column = 0;

  if (sscanf (message, "<data>:%u:%u:", &line, &column) != 2)
    {
      /* Translators: %s is the JSON parser's reason, in English */
      set_error (error, _("The file is not valid JSON: %s"), message);
      return;
    }

  if (g_error_matches (json_error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_NESTING))
    {
      set_error (error, _("Line %u, column %u: the data is nested too deeply"), line, column);
      return;
    }

  detail = strstr (message, "Parse error: ");
  detail = detail ? detail + strlen ("Parse error: ") : message;
  /* Translators: the last %s is the JSON parser's reason, in English */
  set_error (error, _("Line %u, column %u: not valid JSON: %s"), line, column, detail);
}

/* The index of the quote that ends the string opening at @i, or @len.
 * Most strings hold no backslash, so memchr () finds the end. */
static gsize
skip_string (const char *data,
             gsize       len,
             gsize       i)
{
  char quote = data[i];

  for (i++; i < len; i++)
    {
      const char *close = memchr (data + i, quote, len - i);
      gsize end = close != NULL ? (gsize) (close - data) : len;
      const char *escape = memchr (data + i, '\\', end - i);

      if (escape == NULL)
        return end;
      i = escape - data + 1;  /* the escaped character, which may be a quote */
    }

  return len;
}

/* The members the text holds: its colons outside strings (and comments,
 * which json-glib skips), one per member in JSON. */
static gsize
count_members_in_text (const char *data,
                       gsize       len)
{
  /* The characters that matter outside strings. Most of a plan's text
   * outside strings is indentation; one look-up a byte passes over it
   * faster than a comparison with each. */
  static const gboolean special[256] = { ['"'] = TRUE, ['\''] = TRUE, ['/'] = TRUE, [':'] = TRUE };
  gsize n = 0;

  for (gsize i = 0; i < len; i++)
    {
      char c;

      while (i < len && !special[(guchar) data[i]])
        i++;
      if (i == len)
        break;
      c = data[i];
      if (c == '"' || c == '\'')
        i = skip_string (data, len, i);
      else if (c == '/' && i + 1 < len && data[i + 1] == '/')
        {
          while (i < len && data[i] != '\n')
            i++;
        }
      else if (c == '/' && i + 1 < len && data[i + 1] == '*')
        {
          for (i += 2; i + 1 < len && !(data[i] == '*' && data[i + 1] == '/'); i++)
            ;
          i++;
        }
      else if (c == ':')
        n++;
    }

  return n;
}

/* The members the parsed tree holds, nesting being limited by json-glib. */
static gsize
count_members_in_tree (JsonNode *node)
{
  gsize n = 0;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, NULL, &member))
        n += 1 + count_members_in_tree (member);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        n += count_members_in_tree (json_array_get_element (array, i));
    }

  return n;
}

static JsonNode *
parse_checked (const char  *data,
               gsize        len,
               gboolean     find_duplicate,
               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) json_error = NULL;
  DuplicateCheck check = { 0 };
  JsonNode *root;

  if (find_duplicate)
    {
      check.sizes = g_hash_table_new (NULL, NULL);
      g_signal_connect (parser, "object-member", G_CALLBACK (object_member_cb), &check);
    }

  if (!json_parser_load_from_data (parser, data, len, &json_error))
    {
      if (check_text (data, len, error))
        set_syntax_error (error, json_error);
      root = NULL;
    }
  else if (check.duplicate != NULL)
    {
      set_error (error, _("Line %u, column %u: the key “%s” appears twice in the same object"),
                 check.line, check.column, check.duplicate);
      root = NULL;
    }
  else if (json_parser_get_root (parser) == NULL)
    {
      set_error (error, _("The file is empty"));
      root = NULL;
    }
  else
    root = json_node_ref (json_parser_get_root (parser));

  g_clear_pointer (&check.sizes, g_hash_table_unref);
  g_free (check.duplicate);

  return root;
}

/* Reading values */

typedef struct
{
  OpsCatalog *catalog;
  /* A newer format is read as far as it can be; what does not fit is kept
   * aside. The plan is read-only, so nothing is written back. */
  gboolean    lenient;
  /* Whether a string in the tree may not be UTF-8 (find_escaped_nul ()). */
  gboolean    validate_text;
  /* The members read so far, for the duplicate-key check (read_plan ()). */
  gsize       n_members;
  /* Of them, those of the items whose part of the tree is already freed. */
  gsize      *n_released;
  /* The properties of the fields last read, by field: looking one up by
   * name takes a lock and a hash lookup, which for every member was a
   * twentieth of a load. */
  const OpsPlanField *pspecs_of;
  GParamSpec         *pspecs[32];
  gsize               max_chars[32];  /* ops_plan_max_chars (), likewise */
} LoadContext;

static const char *
describe_node (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    /* Translators: what a member holds, in "“title” must be a string, not an object" */
    case JSON_NODE_OBJECT: return _("an object");
    case JSON_NODE_ARRAY: return _("an array");
    case JSON_NODE_NULL: return _("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING: return _("a string");
    case G_TYPE_BOOLEAN: return _("a boolean");
    default: return _("a number");
    }
}

static gboolean
holds_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
holds_number (JsonNode *node)
{
  GType type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;

  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

/* A lone surrogate escape ("\udc00") decodes to bytes that are not UTF-8. */
static gboolean
get_text (LoadContext  *ctx,
          JsonNode     *node,
          const char   *where,
          const char  **text,
          GError      **error)
{
  if (!holds_string (node))
    {
      /* Translators: a member such as “title” of item 2, then what it holds, such as “a number” */
      set_error (error, _("%s must be a string, not %s"), where, describe_node (node));
      return FALSE;
    }

  *text = json_node_get_string (node);
  if (ctx->validate_text && !g_utf8_validate (*text, -1, NULL))
    {
      set_error (error, _("%s holds an escape sequence that is not a character"), where);
      return FALSE;
    }

  return TRUE;
}

/* Whether @text fits in @max characters (see ops_plan_max_chars ()). */
static gboolean
check_length (const char  *text,
              gsize        max,
              const char  *where,
              GError     **error)
{
  gsize len = strlen (text);
  glong chars;

  if (len <= max)
    return TRUE;
  chars = g_utf8_strlen (text, len);
  if ((gsize) chars <= max)
    return TRUE;

  /* Translators: a member such as “notes” of item 2, its length, then the longest text OpsLadder shows */
  set_error (error, _("%s has %ld characters, more than the %lu OpsLadder can show"),
             where, chars, (gulong) max);
  return FALSE;
}

/* The number the @n ASCII digits at @text make. */
static int
digits (const char *text,
        guint       n)
{
  int number = 0;

  for (guint i = 0; i < n; i++)
    number = number * 10 + (text[i] - '0');

  return number;
}

static gboolean
parse_date (const char *text,
            GDateTime **date)
{
  static const char pattern[] = "dddd-dd-dd";
  int year, month, day;

  if (strlen (text) != strlen (pattern))
    return FALSE;
  for (guint i = 0; pattern[i] != '\0'; i++)
    if (pattern[i] == 'd' ? !g_ascii_isdigit (text[i]) : text[i] != pattern[i])
      return FALSE;

  /* The digits are checked above; atoi () would go through strtol (). */
  year = digits (text, 4);
  month = digits (text + 5, 2);
  day = digits (text + 8, 2);
  if (year < 1 || !g_date_valid_dmy (day, month, year))
    return FALSE;

  *date = _ops_plan_date_new (year, month, day);

  return *date != NULL;
}

static gboolean
read_enum (LoadContext *ctx,
           JsonNode    *node,
           const char  *where,
           GValue      *value,
           GError     **error)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (G_VALUE_TYPE (value));
  g_autoptr(GString) allowed = NULL;
  const char *text;
  GEnumValue *found;

  if (!get_text (ctx, node, where, &text, error))
    return FALSE;

  found = g_enum_get_value_by_nick (klass, text);
  if (found != NULL)
    {
      g_value_set_enum (value, found->value);
      return TRUE;
    }

  /* Only a message needs the list: every item has two enums. */
  allowed = g_string_new (NULL);
  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (allowed, "%s%s", i > 0 ? ", " : "", klass->values[i].value_nick);
  /* Translators: a member such as “status” of item 2, its value, then the values allowed */
  set_error (error, _("%s: “%s” is not one of %s"), where, text, allowed->str);

  return FALSE;
}

static gboolean
read_number (JsonNode    *node,
             GParamSpec  *pspec,
             const char  *where,
             GValue      *value,
             GError     **error)
{
  GParamSpecDouble *range = G_PARAM_SPEC_DOUBLE (pspec);
  double number;

  if (!holds_number (node))
    {
      set_error (error, _("%s must be a number, not %s"), where, describe_node (node));
      return FALSE;
    }

  /* json-glib reads 1e999 as infinity and clamps huge integers. */
  number = json_node_get_double (node);
  if (!isfinite (number) || number < range->minimum || number > range->maximum)
    {
      if (g_str_equal (pspec->name, "effort-hours"))
        set_error (error, _("%s must be between 0 and %g hours"), where, OPS_PLAN_ITEM_MAX_EFFORT_HOURS);
      else
        set_error (error, _("%s must be between %g and %g"), where, range->minimum, range->maximum);
      return FALSE;
    }

  g_value_set_double (value, number);

  return TRUE;
}

static gboolean
read_strv (LoadContext *ctx,
           JsonNode    *node,
           const char  *where,
           GValue      *value,
           GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      set_error (error, _("%s must be an array of strings, not %s"), where, describe_node (node));
      return FALSE;
    }

  array = json_node_get_array (node);
  /* An empty list is stored as none (_ops_plan_normalize_value ()). */
  if (json_array_get_length (array) == 0)
    return TRUE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *element = NULL;
      const char *text;

      if (where != NULL)
        /* Translators: a member such as “links” of item 2, then the position in its list */
        element = g_strdup_printf (_("%s (element %u)"), where, i + 1);
      if (!get_text (ctx, json_array_get_element (array, i), element, &text, error) ||
          !check_length (text, OPS_PLAN_MAX_LINE_CHARS, element, error))
        return FALSE;
      g_strv_builder_add (builder, text);
    }

  g_value_take_boxed (value, g_strv_builder_end (builder));

  return TRUE;
}

/* The name of part of a member for messages, or %NULL when the member is
 * read unnamed (see read_members ()). */
static char *
describe_part (const char *where,
               const char *part,
               guint       index)
{
  if (where == NULL)
    return NULL;
  if (part == NULL)
    /* Translators: a member such as “links” of item 2, then the position in its list */
    return g_strdup_printf (_("%s (element %u)"), where, index + 1);

  /* Translators: a member such as “credential-log” of item 2, then one of its parts such as “activities” */
  return g_strdup_printf (_("%s, “%s”"), where, part);
}

/* The object @node holds; fails on anything else, and on a member not in
 * @known: a name this version cannot write back would be lost on the next
 * save. */
static JsonObject *
get_object (JsonNode           *node,
            const char * const *known,
            const char         *where,
            GError            **error)
{
  JsonObjectIter iter;
  const char *key;
  JsonNode *member;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      /* Translators: a member such as “credential-log” of item 2, then what it holds, such as “a number” */
      set_error (error, _("%s must be an object, not %s"), where, describe_node (node));
      return NULL;
    }

  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &key, &member))
    {
      if (!g_strv_contains (known, key))
        {
          /* Translators: a member such as “credential-log” of item 2, then a key OpsLadder does not know */
          set_error (error, _("%s has a member “%s” OpsLadder does not know"), where, key);
          return NULL;
        }
    }

  return json_node_get_object (node);
}

static gboolean
read_day (LoadContext *ctx,
          JsonNode    *node,
          const char  *where,
          guint32     *day,
          GError     **error)
{
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(GDate) gdate = NULL;
  const char *text;

  if (!get_text (ctx, node, where, &text, error))
    return FALSE;
  if (!parse_date (text, &date))
    {
      set_error (error, _("%s: “%s” is not a date written as YYYY-MM-DD"), where, text);
      return FALSE;
    }
  gdate = g_date_new_dmy (g_date_time_get_day_of_month (date), g_date_time_get_month (date),
                          g_date_time_get_year (date));
  *day = g_date_get_julian (gdate);

  return TRUE;
}

/* The array @key of @object holds, or %NULL when it is missing or null. */
static gboolean
get_array (JsonObject  *object,
           const char  *key,
           const char  *where,
           JsonArray  **array,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);
  g_autofree char *part = NULL;

  *array = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      *array = json_node_get_array (node);
      return TRUE;
    }

  part = describe_part (where, key, 0);
  /* Translators: a member such as “credential-log” of item 2, then what it holds, such as “a number” */
  set_error (error, _("%s must be an array, not %s"), part, describe_node (node));

  return FALSE;
}

static OpsCredentialLog *
read_activity (LoadContext       *ctx,
               OpsCredentialLog  *log,
               JsonNode          *node,
               const char        *where,
               GError           **error)
{
  static const char * const known[] = { "date", "points", "note", NULL };
  JsonObject *object;
  JsonNode *member;
  guint32 day = 0;
  double points = 0;
  const char *note = NULL;

  object = get_object (node, known, where, error);
  if (object == NULL)
    return NULL;

  member = json_object_get_member (object, "date");
  if (member == NULL)
    {
      set_error (error, _("%s has no “%s”"), where, "date");
      return NULL;
    }
  if (!read_day (ctx, member, where, &day, error))
    return NULL;

  member = json_object_get_member (object, "points");
  if (member != NULL && !JSON_NODE_HOLDS_NULL (member))
    {
      if (!holds_number (member))
        {
          set_error (error, _("%s must be a number, not %s"), where, describe_node (member));
          return NULL;
        }
      points = json_node_get_double (member);
      if (!isfinite (points) || points < 0 || points > OPS_CREDENTIAL_MAX_POINTS)
        {
          set_error (error, _("%s must be between %g and %g"), where, 0.0, OPS_CREDENTIAL_MAX_POINTS);
          return NULL;
        }
    }

  member = json_object_get_member (object, "note");
  if (member != NULL && !JSON_NODE_HOLDS_NULL (member) &&
      (!get_text (ctx, member, where, &note, error) || !check_length (note, OPS_PLAN_MAX_LINE_CHARS, where, error)))
    return NULL;

  return ops_credential_log_add_activity (log, day, points, note);
}

/* {"renewals": ["YYYY-MM-DD"…], "activities": [{"date", "points", "note"}…]} */
static gboolean
read_credential_log (LoadContext  *ctx,
                     JsonNode     *node,
                     const char   *where,
                     GValue       *value,
                     GError      **error)
{
  static const char * const known[] = { "renewals", "activities", NULL };
  g_autoptr(OpsCredentialLog) log = ops_credential_log_new ();
  JsonObject *object;
  JsonArray *renewals, *activities;

  object = get_object (node, known, where, error);
  if (object == NULL)
    return FALSE;

  if (!get_array (object, "renewals", where, &renewals, error) ||
      !get_array (object, "activities", where, &activities, error))
    return FALSE;

  for (guint i = 0; renewals != NULL && i < json_array_get_length (renewals); i++)
    {
      g_autofree char *part = describe_part (where, "renewals", 0);
      g_autofree char *element = describe_part (part, NULL, i);
      guint32 day;
      OpsCredentialLog *next;

      if (!read_day (ctx, json_array_get_element (renewals, i), element, &day, error))
        return FALSE;
      next = ops_credential_log_add_renewal (log, day);
      ops_credential_log_unref (log);
      log = next;
    }

  for (guint i = 0; activities != NULL && i < json_array_get_length (activities); i++)
    {
      g_autofree char *part = describe_part (where, "activities", 0);
      g_autofree char *element = describe_part (part, NULL, i);
      OpsCredentialLog *next = read_activity (ctx, log, json_array_get_element (activities, i), element, error);

      if (next == NULL)
        return FALSE;
      ops_credential_log_unref (log);
      log = next;
    }

  /* An empty log is stored as none (_ops_plan_normalize_value ()). */
  if (!ops_credential_log_is_empty (log))
    g_value_set_boxed (value, log);

  return TRUE;
}

/* Reads @node into @value, initialized to the property's type and left at
 * its default for null, in the one form the model stores: what
 * _ops_plan_normalize_value () would make of it, which the reader does
 * not call, as it would validate each string and make each date again.
 * A string is not copied: it is the tree's, which outlives @value. */
static gboolean
read_value (LoadContext  *ctx,
            JsonNode     *node,
            GParamSpec   *pspec,
            gsize         max_chars,
            const char   *where,
            GValue       *value,
            GError      **error)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  const char *text;
  GDateTime *date = NULL;

  if (JSON_NODE_HOLDS_NULL (node))
    {
      g_param_value_set_default (pspec, value);
      return TRUE;
    }

  if (G_TYPE_IS_ENUM (type))
    return read_enum (ctx, node, where, value, error);
  if (type == G_TYPE_DOUBLE)
    return read_number (node, pspec, where, value, error);
  if (type == G_TYPE_STRV)
    return read_strv (ctx, node, where, value, error);
  if (type == OPS_TYPE_CREDENTIAL_LOG)
    return read_credential_log (ctx, node, where, value, error);

  if (!get_text (ctx, node, where, &text, error))
    return FALSE;

  if (type == G_TYPE_STRING)
    {
      if (!check_length (text, max_chars, where, error))
        return FALSE;
      /* "" is stored as none where none is allowed. */
      if (text[0] != '\0' || G_PARAM_SPEC_STRING (pspec)->default_value != NULL)
        g_value_set_static_string (value, text);
      return TRUE;
    }

  g_assert (type == G_TYPE_DATE_TIME);
  if (!parse_date (text, &date))
    {
      set_error (error, _("%s: “%s” is not a date written as YYYY-MM-DD"), where, text);
      return FALSE;
    }
  g_value_take_boxed (value, date);

  return TRUE;
}

/* Nothing this version writes can hold infinity, so a member it does not
 * know must not either: it could never be written back. */
static gboolean
check_finite (JsonNode    *node,
              const char  *where,
              GError     **error)
{
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_DOUBLE &&
      !isfinite (json_node_get_double (node)))
    {
      set_error (error, _("%s holds a number too large to represent"), where);
      return FALSE;
    }

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if (!check_finite (json_array_get_element (array, i), where, error))
          return FALSE;
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      JsonNode *member;

      json_object_iter_init_ordered (&iter, json_node_get_object (node));
      while (json_object_iter_next_ordered (&iter, NULL, &member))
        if (!check_finite (member, where, error))
          return FALSE;
    }

  return TRUE;
}

/* Reading objects */

static GParamSpec *
field_pspec (LoadContext        *ctx,
             GObject            *target,
             const OpsPlanField *fields,
             gsize               n_fields,
             const OpsPlanField *field)
{
  gsize i = field - fields;

  g_assert (n_fields <= G_N_ELEMENTS (ctx->pspecs));
  if (ctx->pspecs_of != fields)
    {
      memset (ctx->pspecs, 0, sizeof ctx->pspecs);
      ctx->pspecs_of = fields;
    }
  if (ctx->pspecs[i] == NULL)
    {
      ctx->pspecs[i] = g_object_class_find_property (G_OBJECT_GET_CLASS (target), field->key);
      ctx->max_chars[i] = ops_plan_max_chars (field->key);
    }

  return ctx->pspecs[i];
}

/* Keeps @node, a member this version does not read, in *@extra, which is
 * made on first use: most objects have none, and an empty JsonObject for
 * every item was a twentieth of a load. */
static void
keep_extra (JsonObject **extra,
            const char  *key,
            JsonNode    *node)
{
  if (*extra == NULL)
    *extra = json_object_new ();
  json_object_set_member (*extra, key, json_node_copy (node));
}

/* Where a member is, for messages: the plan (@index -1), or element
 * @index of the list whose elements are called @noun (untranslated). */
static char *
describe_member (const char *key,
                 const char *noun,
                 int         index)
{
  if (index < 0)
    return g_strdup_printf (_("“%s”"), key);

  /* Translators: a member's key, then what holds it, such as “title” of achievement 2 */
  return g_strdup_printf (_("“%s” of %s %d"), key, _(noun), index + 1);
}

/* Reads the known members of @object into @target's properties and
 * gathers the others, but for those in @skip, into *@extra. */
static gboolean
read_members (LoadContext         *ctx,
              JsonObject          *object,
              const char * const  *skip,
              GObject             *target,
              const OpsPlanField  *fields,
              gsize                n_fields,
              const char          *noun,
              const char          *Noun,
              int                  item_index,
              JsonObject         **extra,
              GError             **error)
{
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;
  gsize next = 0;
  guint32 present = 0;  /* the fields met, by index (field_pspec () allows 32) */

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &key, &node))
    {
      const OpsPlanField *field = find_field (fields, n_fields, &next, key);
      g_autofree char *where = NULL;
      g_auto(GValue) value = G_VALUE_INIT;
      g_autoptr(GError) local_error = NULL;
      GParamSpec *pspec;
      gsize max_chars;
      gboolean null_required;

      /* Each member counts, and those in its value, but for the plan's
       * lists and a record's id (@skip), which their readers count. */
      ctx->n_members++;
      if (field != NULL)
        present |= 1u << (field - fields);
      if (skip != NULL && g_strv_contains (skip, key))
        continue;
      if (JSON_NODE_HOLDS_OBJECT (node) || JSON_NODE_HOLDS_ARRAY (node))
        ctx->n_members += count_members_in_tree (node);

      if (field == NULL)
        {
          where = describe_member (key, noun, item_index);
          if (!ctx->lenient && !check_finite (node, where, error))
            return FALSE;
          keep_extra (extra, key, node);
          continue;
        }

      pspec = field_pspec (ctx, target, fields, n_fields, field);
      g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspec));
      null_required = field->required && JSON_NODE_HOLDS_NULL (node);
      /* Naming the member for a message is a formatted string per member,
       * 7 % of a whole load (docs/performance.md); so a value is read
       * unnamed, and only one that fails is read again, named, for the
       * message. */
      max_chars = ctx->max_chars[field - fields];
      if (null_required || !read_value (ctx, node, pspec, max_chars, NULL, &value, NULL))
        {
          where = describe_member (key, noun, item_index);
          g_value_reset (&value);
          if (null_required)
            g_set_error (&local_error, OPS_ERROR, OPS_ERROR_PLAN_INVALID, _("%s must be a string, not null"), where);
          else if (read_value (ctx, node, pspec, max_chars, where, &value, &local_error))
            g_assert_not_reached ();

          if (!ctx->lenient)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          keep_extra (extra, key, node);
          continue;
        }

      /* read_value () left @value normalized. */
      if (OPS_IS_PLAN_ITEM (target))
        _ops_plan_item_apply_value (OPS_PLAN_ITEM (target), pspec, &value);
      else if (OPS_IS_PLAN_RECORD (target))
        _ops_plan_record_apply_value (OPS_PLAN_RECORD (target), pspec, &value);
      else
        _ops_plan_apply_value (OPS_PLAN (target), pspec, &value);
    }

  for (gsize i = 0; i < n_fields && !ctx->lenient; i++)
    {
      if (fields[i].required && (present & (1u << i)) == 0)
        {
          /* Translators: a list element such as Achievement 2, then a key it lacks */
          set_error (error, _("%s %d has no “%s”"), _(Noun), item_index + 1, fields[i].key);
          return FALSE;
        }
    }

  return TRUE;
}

/* An item for a catalog entry this catalog does not have (a newer catalog
 * wrote it, or the entry was retired) is shown as a custom item with its
 * title; its id and kind are kept for the file. */
static void
resolve_catalog_id (LoadContext *ctx,
                    OpsPlanItem *item)
{
  const char *id = ops_plan_item_get_catalog_id (item);
  g_auto(GValue) custom = G_VALUE_INIT;

  if (ctx->catalog == NULL || id == NULL || ops_catalog_lookup (ctx->catalog, id) != NULL)
    return;

  _ops_plan_item_set_unresolved_kind (item, ops_plan_item_get_kind (item));
  g_value_init (&custom, OPS_TYPE_PLAN_ITEM_KIND);
  g_value_set_enum (&custom, OPS_PLAN_ITEM_KIND_CUSTOM);
  _ops_plan_item_apply_value (item, g_object_class_find_property (G_OBJECT_GET_CLASS (item), "kind"), &custom);
}

/* Reads item @index into @items. */
static gboolean
read_item (LoadContext  *ctx,
           GPtrArray    *items,
           JsonNode     *node,
           int           index,
           GError      **error)
{
  g_autoptr(OpsPlanItem) item = NULL;
  g_autoptr(JsonObject) extra = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      ctx->n_members += count_members_in_tree (node);
      if (ctx->lenient)
        return TRUE;
      set_error (error, _("Item %d must be an object, not %s"), index + 1, describe_node (node));
      return FALSE;
    }

  item = g_object_new (OPS_TYPE_PLAN_ITEM, NULL);
  if (!read_members (ctx, json_node_get_object (node), NULL, G_OBJECT (item),
                     _ops_plan_item_fields, _ops_plan_item_n_fields, N_("item"), N_("Item"), index, &extra, error))
    return FALSE;

  resolve_catalog_id (ctx, item);
  if (extra != NULL)
    _ops_plan_keep_extra (_ops_plan_item_extra (item), extra);
  g_ptr_array_add (items, g_steal_pointer (&item));

  return TRUE;
}

/* The array a list member (@key: "items", "achievements"…) holds, or
 * %NULL for null, or for something else that a newer format may mean,
 * which is kept aside in *@extra. */
static gboolean
get_list (LoadContext  *ctx,
          JsonNode     *node,
          const char   *key,
          JsonObject  **extra,
          JsonArray   **array,
          GError      **error)
{
  *array = NULL;
  if (JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      ctx->n_members += count_members_in_tree (node);
      if (ctx->lenient)
        {
          keep_extra (extra, key, node);
          return TRUE;
        }
      set_error (error, _("“%s” must be an array, not %s"), key, describe_node (node));
      return FALSE;
    }

  *array = json_node_get_array (node);

  return TRUE;
}

static gboolean
read_items (LoadContext  *ctx,
            OpsPlan      *plan,
            JsonNode     *node,
            JsonObject  **extra,
            GError      **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  JsonArray *array;

  if (!get_list (ctx, node, "items", extra, &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      gsize before = ctx->n_members;

      if (!read_item (ctx, items, element, i, error))
        return FALSE;
      /* The item holds what it needs of its object now. Freeing the object
       * here lets the next items take its memory: with the whole tree kept
       * to the end, 100,000 items made the heap grow by the plan's size
       * and cost thousands of page faults that the parse does not pay. */
      json_node_init_null (element);
      *ctx->n_released += ctx->n_members - before;
    }

  _ops_plan_append_loaded_items (plan, (OpsPlanItem **) items->pdata, items->len);

  return TRUE;
}

/* A record's "id": required, a non-empty string, unique in the plan, so
 * that stories and applications can name achievements. */
static gboolean
read_record_id (LoadContext           *ctx,
                JsonObject            *object,
                const OpsPlanSection  *section,
                int                    index,
                GHashTable            *ids,
                OpsPlanRecord         *record,
                GError               **error)
{
  JsonNode *node = json_object_get_member (object, "id");
  g_autofree char *where = NULL;
  const char *id;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      set_error (error, _("%s %d has no “%s”"), _(section->Noun), index + 1, "id");
      return FALSE;
    }

  /* Named only when it fails, as read_members () names values. */
  if (get_text (ctx, node, NULL, &id, NULL) && id[0] != '\0' && g_hash_table_add (ids, g_strdup (id)))
    {
      _ops_plan_record_set_id (record, id);
      return TRUE;
    }

  where = describe_member ("id", section->noun, index);
  if (!get_text (ctx, node, where, &id, error))
    return FALSE;
  if (id[0] == '\0')
    set_error (error, _("%s is empty"), where);
  else
    set_error (error, _("%s: “%s” is the id of another entry too"), where, id);

  return FALSE;
}

static gboolean
read_record (LoadContext           *ctx,
             OpsPlan               *plan,
             const OpsPlanSection  *section,
             JsonNode              *node,
             int                    index,
             GHashTable            *ids,
             GError               **error)
{
  static const char * const skip[] = { "id", NULL };
  g_autoptr(OpsPlanRecord) record = NULL;
  g_autoptr(JsonObject) extra = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      ctx->n_members += count_members_in_tree (node);
      if (ctx->lenient)
        return TRUE;
      /* Translators: a list element such as Achievement 2, then what it is instead, such as “a string” */
      set_error (error, _("%s %d must be an object, not %s"), _(section->Noun), index + 1, describe_node (node));
      return FALSE;
    }

  record = g_object_new (section->get_type (), NULL);
  if (!read_record_id (ctx, json_node_get_object (node), section, index, ids, record, &local_error))
    {
      /* A newer version may identify records differently; without an id
       * this one cannot link to it, so it is only left out. */
      ctx->n_members += count_members_in_tree (node);
      if (ctx->lenient)
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!read_members (ctx, json_node_get_object (node), skip, G_OBJECT (record),
                     section->fields, section->n_fields, section->noun, section->Noun, index, &extra, error))
    return FALSE;

  if (extra != NULL)
    _ops_plan_keep_extra (_ops_plan_record_extra (record), extra);
  _ops_plan_append_loaded_record (plan, record);

  return TRUE;
}

static gboolean
read_section (LoadContext           *ctx,
              OpsPlan               *plan,
              const OpsPlanSection  *section,
              JsonNode              *node,
              JsonObject           **extra,
              GHashTable            *ids,
              GError               **error)
{
  JsonArray *array;

  if (!get_list (ctx, node, section->key, extra, &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    if (!read_record (ctx, plan, section, json_array_get_element (array, i), i, ids, error))
      return FALSE;

  return TRUE;
}

static gboolean
read_format (JsonObject  *root,
             gint64      *format,
             GError     **error)
{
  JsonNode *node = json_object_get_member (root, "format");

  if (node == NULL)
    {
      set_error (error, _("This is not an OpsLadder plan: it has no “%s”"), "format");
      return FALSE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) < 1)
    {
      set_error (error, _("“%s” must be a whole number of 1 or more"), "format");
      return FALSE;
    }

  *format = json_node_get_int (node);

  return TRUE;
}

/* Sets *@n_members to the members read, which on success are all the
 * tree had, and *@n_released to those of the items freed from the tree
 * as they were read (read_items ()), which a failed read does not hold. */
static OpsPlan *
plan_from_node (JsonNode    *root,
                OpsCatalog  *catalog,
                gboolean     validate_text,
                gsize       *n_members,
                gsize       *n_released,
                GError     **error)
{
  static const char * const handled[] = {
    "format", "items", "achievements", "stories", "networking", "applications", NULL
  };
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(OpsPlan) plan = NULL;
  g_autoptr(JsonObject) extra = NULL;
  LoadContext ctx = { .catalog = catalog, .validate_text = validate_text, .n_released = n_released };
  JsonNode *items;
  gint64 format;

  *n_released = 0;
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      set_error (error, _("This is not an OpsLadder plan: the file holds %s, not an object"), describe_node (root));
      return NULL;
    }

  if (!read_format (json_node_get_object (root), &format, error))
    return NULL;
  ctx.lenient = format > OPS_PLAN_FORMAT;

  plan = ops_plan_new ();
  if (!read_members (&ctx, json_node_get_object (root), handled, G_OBJECT (plan),
                     _ops_plan_fields, _ops_plan_n_fields, NULL, N_("Plan"), -1, &extra, error))
    return NULL;

  items = json_object_get_member (json_node_get_object (root), "items");
  if (items != NULL && !read_items (&ctx, plan, items, &extra, error))
    return NULL;

  for (gsize i = 0; i < _ops_plan_n_sections; i++)
    {
      JsonNode *node = json_object_get_member (json_node_get_object (root), _ops_plan_sections[i].key);

      if (node != NULL && !read_section (&ctx, plan, &_ops_plan_sections[i], node, &extra, ids, error))
        return NULL;
    }

  if (extra != NULL)
    _ops_plan_keep_extra (_ops_plan_extra (plan), extra);
  /* An older format is migrated as it is read: format 1 is format 2
   * without the toolkit, so nothing changes but the number, and the next
   * save writes the current format. A newer one stays as it is. */
  _ops_plan_set_format (plan, MAX (format, OPS_PLAN_FORMAT));
  _ops_plan_reset_history (plan, TRUE);
  *n_members = ctx.n_members;

  return g_steal_pointer (&plan);
}

/* json-glib lets the last of two equal keys win without a word. Watching
 * every member as it is parsed (JsonParser::object-member) would cost a
 * fifth of a load, so the parse is checked afterwards: a tree with fewer
 * members than the text has lost one to a duplicate, and only then is
 * the text parsed again, watched, to say which key and where. The reader
 * counts the members as it goes: a walk of its own over a tree too large
 * for the cache cost a load more time than its instructions suggest
 * (docs/performance.md). A read that fails stops part-way, so then what
 * is left of the tree is counted, with the items already freed from it,
 * and a duplicate is the error said, as it may be what made the read
 * fail. */
static OpsPlan *
read_plan (const char  *data,
           gsize        len,
           OpsCatalog  *catalog,
           gboolean     validate_text,
           GError     **error)
{
  g_autoptr(JsonNode) root = parse_checked (data, len, FALSE, error);
  g_autoptr(OpsPlan) plan = NULL;
  g_autoptr(GError) read_error = NULL;
  gsize n_members = 0;
  gsize n_released = 0;

  if (root == NULL)
    return NULL;

  plan = plan_from_node (root, catalog, validate_text, &n_members, &n_released, &read_error);
  if (plan == NULL)
    n_members = n_released + count_members_in_tree (root);
  if (n_members != count_members_in_text (data, len))
    {
      g_autoptr(JsonNode) watched = parse_checked (data, len, TRUE, error);

      if (watched == NULL)
        return NULL;
    }

  if (plan == NULL)
    g_propagate_error (error, g_steal_pointer (&read_error));

  return g_steal_pointer (&plan);
}

/**
 * ops_plan_load_from_bytes:
 * @bytes: the contents of a plan file
 * @catalog: (nullable): the catalog, to recognise items whose catalog
 *   entry it lacks
 * @error: where to put what is wrong with the file
 *
 * Reads a plan. A file of a newer format gives a read-only plan, not an
 * error.
 *
 * Returns: (transfer full) (nullable): an unmodified plan with no undo
 *   history, or %NULL with @error in %OPS_ERROR, code
 *   %OPS_ERROR_PLAN_INVALID, whose message names the line and column or
 *   the key and item at fault
 */
OpsPlan *
ops_plan_load_from_bytes (GBytes      *bytes,
                          OpsCatalog  *catalog,
                          GError     **error)
{
  g_autofree char *size = NULL;
  gboolean surrogates;
  gsize offset;
  const char *data;
  gsize len;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (catalog == NULL || OPS_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &len);
  if (len > OPS_PLAN_MAX_FILE_SIZE)
    {
      size = g_format_size (len);
      set_error (error, _("The file is too large (%s); a plan file is at most 32 MB"), size);
      return NULL;
    }

  if (data == NULL)
    data = "";
  /* Windows editors like to start UTF-8 files with a byte order mark. */
  if (len >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      len -= 3;
    }

  /* json-glib would take an escaped NUL; check_text () says where, or
   * finds text that is not UTF-8 before it, which is said first. */
  if (find_escaped_nul (data, len, &offset, &surrogates))
    {
      if (check_text (data, len, error))
        g_assert_not_reached ();
      return NULL;
    }

  return read_plan (data, len, catalog, surrogates, error);
}
