/* ops-catalog.c: the career catalog, loaded and checked
 *
 * The catalog is an XML file compiled into the GResource. The loader is
 * driven by one table of what each kind of entry may hold, so a broken
 * catalog fails with a message that names the line and the entry rather
 * than with a crash or a half-filled pane.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-catalog.h"
#include "ops-catalog-private.h"
#include "ops-error.h"

struct _OpsCatalog
{
  GObject     parent_instance;

  GHashTable *by_id;                        /* id → OpsCatalogItem */
  GListStore *by_kind[OPS_N_ITEM_KINDS];

  /* The last search's words and every entry they matched, for a search
   * that can only match fewer (typing on, a letter at a time). */
  char      **last_words;
  GPtrArray  *last_matches;                 /* OpsCatalogItem, of by_id */
};

G_DEFINE_FINAL_TYPE (OpsCatalog, ops_catalog, G_TYPE_OBJECT)

typedef enum
{
  FIELD_TEXT,       /* <name>…</name>, translated */
  FIELD_LINK,       /* <skill ref="…"/> */
  FIELD_ATTR,       /* rank="1", kept as written */
  FIELD_ATTR_LINK,  /* stage="trainee" */
  FIELD_SOURCE,     /* <source url="https://…" checked="2026-12">label</source> */
} FieldType;

#define MANY G_MAXUINT

typedef struct
{
  OpsItemKind  kind;
  const char  *name;
  FieldType    type;
  OpsItemKind  target;      /* for links */
  guint        min;
  guint        max;
  const char  *values;      /* for attributes: "a|b", or "#" for a positive number */
  gboolean     searchable;
} FieldRule;

#define K(x) OPS_ITEM_KIND_##x
static const FieldRule rules[] = {
  { K (OVERVIEW), "name", FIELD_TEXT, 0, 1, 1, NULL, TRUE },
  { K (OVERVIEW), "summary", FIELD_TEXT, 0, 1, 1, NULL, TRUE },
  { K (OVERVIEW), "para", FIELD_TEXT, 0, 1, MANY, NULL, FALSE },

  { K (STAGE), "rank", FIELD_ATTR, 0, 1, 1, "#", FALSE },
  { K (STAGE), "name", FIELD_TEXT, 0, 1, 1, NULL, TRUE },
  { K (STAGE), "summary", FIELD_TEXT, 0, 1, 1, NULL, TRUE },
  { K (STAGE), "work", FIELD_TEXT, 0, 1, MANY, NULL, FALSE },
  { K (STAGE), "advance", FIELD_TEXT, 0, 0, MANY, NULL, FALSE },
  { K (STAGE), "source", FIELD_SOURCE, 0, 0, MANY, NULL, FALSE },

  /* Never searched: a branch has no pane of its own to open. */
  { K (BRANCH), "name", FIELD_TEXT, 0, 1, 1, NULL, FALSE },
  { K (BRANCH), "summary", FIELD_TEXT, 0, 1, 1, NULL, FALSE },
  { K (BRANCH), "source", FIELD_SOURCE, 0, 0, MANY, NULL, FALSE },

  { K (ROLE), "stage", FIELD_ATTR_LINK, K (STAGE), 1, 1, NULL, FALSE },
  { K (ROLE), "branch", FIELD_ATTR_LINK, K (BRANCH), 0, 1, NULL, FALSE },
  { K (ROLE), "name", FIELD_TEXT, 0, 1, 1, NULL, TRUE },
  { K (ROLE), "summary", FIELD_TEXT, 0, 1, 1, NULL, TRUE },
  { K (ROLE), "responsibility", FIELD_TEXT, 0, 1, MANY, NULL, FALSE },
  { K (ROLE), "path", FIELD_TEXT, 0, 0, 1, NULL, FALSE },
  { K (ROLE), "skill", FIELD_LINK, K (SKILL), 1, MANY, NULL, TRUE },
  { K (ROLE), "education", FIELD_LINK, K (EDUCATION), 0, MANY, NULL, FALSE },
  { K (ROLE), "certification", FIELD_LINK, K (CERTIFICATION), 0, MANY, NULL, FALSE },
  { K (ROLE), "next", FIELD_LINK, K (ROLE), 0, MANY, NULL, FALSE },
  { K (ROLE), "title", FIELD_TEXT, 0, 0, MANY, NULL, TRUE },
  { K (ROLE), "synonym", FIELD_TEXT, 0, 0, MANY, NULL, TRUE },
  { K (ROLE), "source", FIELD_SOURCE, 0, 1, MANY, NULL, FALSE },

  { K (CERTIFICATION), "counterpart", FIELD_ATTR_LINK, K (CERTIFICATION), 0, 1, NULL, FALSE },
  { K (CERTIFICATION), "name", FIELD_TEXT, 0, 1, 1, NULL, TRUE },
  { K (CERTIFICATION), "full-name", FIELD_TEXT, 0, 1, 1, NULL, TRUE },
  { K (CERTIFICATION), "issuer", FIELD_LINK, K (ORGANIZATION), 0, 1, NULL, TRUE },
  { K (CERTIFICATION), "summary", FIELD_TEXT, 0, 1, 1, NULL, TRUE },
  { K (CERTIFICATION), "focus", FIELD_TEXT, 0, 1, 1, NULL, FALSE },
  { K (CERTIFICATION), "suits", FIELD_TEXT, 0, 1, 1, NULL, FALSE },
  { K (CERTIFICATION), "prepares", FIELD_TEXT, 0, 1, 1, NULL, FALSE },
  { K (CERTIFICATION), "eligibility", FIELD_TEXT, 0, 1, 1, NULL, FALSE },
  { K (CERTIFICATION), "exam", FIELD_TEXT, 0, 1, 3, NULL, FALSE },
  { K (CERTIFICATION), "renewal", FIELD_TEXT, 0, 1, 1, NULL, FALSE },
  { K (CERTIFICATION), "cost", FIELD_TEXT, 0, 0, 1, NULL, FALSE },
  { K (CERTIFICATION), "topic", FIELD_TEXT, 0, 0, MANY, NULL, TRUE },
  { K (CERTIFICATION), "skill", FIELD_LINK, K (SKILL), 0, MANY, NULL, TRUE },
  { K (CERTIFICATION), "synonym", FIELD_TEXT, 0, 0, MANY, NULL, TRUE },
  { K (CERTIFICATION), "former-name", FIELD_TEXT, 0, 0, MANY, NULL, TRUE },
  { K (CERTIFICATION), "source", FIELD_SOURCE, 0, 1, MANY, NULL, FALSE },

  { K (SKILL), "kind", FIELD_ATTR, 0, 1, 1, "hard|soft", FALSE },
  { K (SKILL), "name", FIELD_TEXT, 0, 1, 1, NULL, TRUE },
  { K (SKILL), "summary", FIELD_TEXT, 0, 1, 1, NULL, TRUE },
  { K (SKILL), "detail", FIELD_TEXT, 0, 0, MANY, NULL, TRUE },
  { K (SKILL), "synonym", FIELD_TEXT, 0, 0, MANY, NULL, TRUE },
  { K (SKILL), "source", FIELD_SOURCE, 0, 0, MANY, NULL, FALSE },

  { K (EDUCATION), "level", FIELD_ATTR, 0, 1, 1, "bachelor|master|coursework", FALSE },
  { K (EDUCATION), "name", FIELD_TEXT, 0, 1, 1, NULL, TRUE },
  { K (EDUCATION), "summary", FIELD_TEXT, 0, 1, 1, NULL, TRUE },
  { K (EDUCATION), "pays-off", FIELD_TEXT, 0, 0, 1, NULL, FALSE },
  { K (EDUCATION), "course", FIELD_TEXT, 0, 0, MANY, NULL, TRUE },
  { K (EDUCATION), "source", FIELD_SOURCE, 0, 0, MANY, NULL, FALSE },

  { K (ORGANIZATION), "name", FIELD_TEXT, 0, 1, 1, NULL, TRUE },
  { K (ORGANIZATION), "short-name", FIELD_TEXT, 0, 0, 1, NULL, TRUE },
  { K (ORGANIZATION), "summary", FIELD_TEXT, 0, 1, 1, NULL, TRUE },
  { K (ORGANIZATION), "point", FIELD_TEXT, 0, 0, MANY, NULL, FALSE },
  { K (ORGANIZATION), "synonym", FIELD_TEXT, 0, 0, MANY, NULL, TRUE },
  { K (ORGANIZATION), "source", FIELD_SOURCE, 0, 1, MANY, NULL, FALSE },

  { K (GUIDE), "section", FIELD_ATTR, 0, 1, 1, "ways-in|job-search|industries|choosing", FALSE },
  { K (GUIDE), "name", FIELD_TEXT, 0, 1, 1, NULL, TRUE },
  { K (GUIDE), "summary", FIELD_TEXT, 0, 1, 1, NULL, TRUE },
  { K (GUIDE), "point", FIELD_TEXT, 0, 0, MANY, NULL, FALSE },
  { K (GUIDE), "skill", FIELD_LINK, K (SKILL), 0, MANY, NULL, FALSE },
  { K (GUIDE), "source", FIELD_SOURCE, 0, 0, MANY, NULL, FALSE },

  { K (QUESTION), "name", FIELD_TEXT, 0, 1, 1, NULL, TRUE },
  { K (QUESTION), "summary", FIELD_TEXT, 0, 0, 1, NULL, FALSE },
  { K (QUESTION), "skill", FIELD_LINK, K (SKILL), 0, MANY, NULL, FALSE },

  { K (KEYWORD), "name", FIELD_TEXT, 0, 1, 1, NULL, TRUE },
  { K (KEYWORD), "synonym", FIELD_TEXT, 0, 0, MANY, NULL, TRUE },
};
#undef K

typedef enum
{
  CHECK_NUMBER,   /* a positive whole number */
  CHECK_HTTPS,    /* an https:// address */
  CHECK_MONTH,    /* YYYY-MM, not after this month */
  CHECK_UNIT,     /* points, hours or units */
} AttrCheck;

/* The attributes a text element may carry besides its text. */
typedef struct
{
  const char *element;
  const char *name;
  gboolean    required;
  AttrCheck   check;
} ElementAttr;

static const ElementAttr element_attrs[] = {
  { "source", "url", TRUE, CHECK_HTTPS },
  { "source", "checked", TRUE, CHECK_MONTH },
  { "renewal", "years", FALSE, CHECK_NUMBER },
  { "renewal", "points", FALSE, CHECK_NUMBER },
  { "renewal", "unit", FALSE, CHECK_UNIT },
};

static const ElementAttr *
find_element_attr (const char *element,
                   const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (element_attrs); i++)
    if (g_str_equal (element_attrs[i].element, element) && g_str_equal (element_attrs[i].name, name))
      return &element_attrs[i];

  return NULL;
}

static const FieldRule *
find_rule (OpsItemKind  kind,
           const char  *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (rules[i].kind == kind && g_str_equal (rules[i].name, name))
      return &rules[i];

  return NULL;
}

typedef struct
{
  OpsCatalogItem  *item;
  const FieldRule *rule;
  char            *target_id;
  int              line;
} PendingLink;

static void
pending_link_free (gpointer data)
{
  PendingLink *link = data;

  g_free (link->target_id);
  g_free (link);
}

typedef struct
{
  OpsCatalog          *catalog;
  GMarkupParseContext *context;
  guint                depth;
  OpsCatalogItem      *item;       /* the entry being read */
  int                  item_line;
  GHashTable          *counts;     /* field → count, for the current entry */
  const FieldRule     *rule;       /* the text field being read */
  GString             *text;
  char                *url;        /* a <source>'s attributes, until its text ends */
  guint                checked_year;
  guint                checked_month;
  guint                this_month;  /* year * 12 + month today, 0 until asked */
  GPtrArray           *pending;
} ParseState;

static int
current_line (ParseState *state)
{
  int line = 0;

  g_markup_parse_context_get_position (state->context, &line, NULL);

  return line;
}

/* Every loader error names the line and, where there is one, the entry. */
G_GNUC_PRINTF (3, 4)
static void
set_error (ParseState  *state,
           GError     **error,
           const char  *format,
           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (state->item != NULL)
    g_set_error (error, OPS_ERROR, OPS_ERROR_CATALOG_INVALID, "Catalog line %d: %s “%s”: %s",
                 current_line (state),
                 ops_item_kind_to_string (ops_catalog_item_get_kind (state->item)),
                 ops_catalog_item_get_id (state->item), message);
  else
    g_set_error (error, OPS_ERROR, OPS_ERROR_CATALOG_INVALID, "Catalog line %d: %s",
                 current_line (state), message);
}

static gboolean
count_field (ParseState      *state,
             const FieldRule *rule,
             GError         **error)
{
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (state->counts, rule->name)) + 1;

  if (count > rule->max)
    {
      set_error (state, error, "more than %u <%s>", rule->max, rule->name);
      return FALSE;
    }
  g_hash_table_insert (state->counts, (gpointer) rule->name, GUINT_TO_POINTER (count));

  return TRUE;
}

static void
add_pending_link (ParseState      *state,
                  const FieldRule *rule,
                  const char      *target_id)
{
  PendingLink *link = g_new0 (PendingLink, 1);

  link->item = state->item;
  link->rule = rule;
  link->target_id = g_strdup (target_id);
  link->line = current_line (state);
  g_ptr_array_add (state->pending, link);
}

static gboolean
check_number (ParseState  *state,
              const char  *name,
              const char  *value,
              GError     **error)
{
  guint64 number = 0;

  if (!g_ascii_string_to_unsigned (value, 10, 1, G_MAXUINT, &number, NULL))
    {
      set_error (state, error, "%s=“%s” is not a positive whole number", name, value);
      return FALSE;
    }

  return TRUE;
}

/* What renewal activity is counted in; the app says the word. */
static gboolean
check_unit (ParseState  *state,
            const char  *name,
            const char  *value,
            GError     **error)
{
  static const char * const units[] = { "points", "hours", "units", "pdus", NULL };

  if (!g_strv_contains (units, value))
    {
      set_error (state, error, "%s=“%s” is not points, hours, units or pdus", name, value);
      return FALSE;
    }

  return TRUE;
}

/* Only https: a reader follows these links to check a fact, and a page
 * served in the clear could say anything by the time it arrives. */
static gboolean
check_https (ParseState  *state,
             const char  *name,
             const char  *value,
             GError     **error)
{
  g_autoptr(GUri) uri = g_uri_parse (value, G_URI_FLAGS_NONE, NULL);

  if (uri == NULL || g_strcmp0 (g_uri_get_scheme (uri), "https") != 0 ||
      g_uri_get_host (uri) == NULL || g_uri_get_host (uri)[0] == '\0')
    {
      set_error (state, error, "%s=“%s” is not an https:// address", name, value);
      return FALSE;
    }

  return TRUE;
}

/* YYYY-MM, and not after the month it is now: a check date in the future
 * is a typo, and it would make a stale fact look fresh. */
/* Today's month as year * 12 + month, read from the clock once a load:
 * each reading of the local time zone stats and reads /etc/localtime,
 * and every entry has a checked month. */
static guint
this_month (ParseState *state)
{
  if (state->this_month == 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      state->this_month = (guint) g_date_time_get_year (now) * 12 + (guint) g_date_time_get_month (now);
    }

  return state->this_month;
}

static gboolean
check_month (ParseState  *state,
             const char  *name,
             const char  *value,
             guint       *year,
             guint       *month,
             GError     **error)
{
  gboolean digits = strlen (value) == 7 && value[4] == '-';

  for (guint i = 0; digits && i < 7; i++)
    digits = i == 4 || g_ascii_isdigit (value[i]);

  *year = digits ? (guint) g_ascii_strtoull (value, NULL, 10) : 0;
  *month = digits ? (guint) g_ascii_strtoull (value + 5, NULL, 10) : 0;
  if (*year == 0 || *month < 1 || *month > 12)
    {
      set_error (state, error, "%s=“%s” is not a month written YYYY-MM", name, value);
      return FALSE;
    }

  if (*year * 12 + *month > this_month (state))
    {
      set_error (state, error, "%s=“%s” is in the future", name, value);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_attribute_value (ParseState      *state,
                       const FieldRule *rule,
                       const char      *value,
                       GError         **error)
{
  g_auto(GStrv) allowed = NULL;

  if (rule->values == NULL)
    return TRUE;

  if (g_str_equal (rule->values, "#"))
    return check_number (state, rule->name, value, error);

  allowed = g_strsplit (rule->values, "|", -1);
  if (!g_strv_contains ((const char * const *) allowed, value))
    {
      set_error (state, error, "%s=“%s” is not one of %s", rule->name, value, rule->values);
      return FALSE;
    }

  return TRUE;
}

static gboolean
start_entry (ParseState   *state,
             const char   *element,
             const char  **names,
             const char  **values,
             GError      **error)
{
  OpsItemKind kind;
  const char *id = NULL;

  if (!ops_item_kind_from_string (element, &kind))
    {
      set_error (state, error, "unknown entry <%s>", element);
      return FALSE;
    }

  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], "id"))
      id = values[i];

  if (id == NULL || id[0] == '\0')
    {
      set_error (state, error, "a <%s> has no id", element);
      return FALSE;
    }

  if (g_hash_table_contains (state->catalog->by_id, id))
    {
      set_error (state, error, "the id “%s” is used twice", id);
      return FALSE;
    }

  state->item = _ops_catalog_item_new (kind, id);
  state->item_line = current_line (state);
  g_hash_table_insert (state->catalog->by_id, g_strdup (id), state->item);
  g_list_store_append (state->catalog->by_kind[kind], state->item);
  g_hash_table_remove_all (state->counts);

  for (guint i = 0; names[i] != NULL; i++)
    {
      const FieldRule *rule;

      if (g_str_equal (names[i], "id"))
        continue;

      rule = find_rule (kind, names[i]);
      if (rule == NULL || (rule->type != FIELD_ATTR && rule->type != FIELD_ATTR_LINK))
        {
          set_error (state, error, "unknown attribute %s", names[i]);
          return FALSE;
        }
      if (!count_field (state, rule, error) ||
          !check_attribute_value (state, rule, values[i], error))
        return FALSE;

      if (rule->type == FIELD_ATTR)
        _ops_catalog_item_add_text (state->item, rule->name, values[i]);
      else
        add_pending_link (state, rule, values[i]);
    }

  return TRUE;
}

/* Checks one attribute of a text element and keeps its value: a source's
 * until its label has been read, the others as texts of the entry
 * ("renewal-years"). */
static gboolean
start_element_attr (ParseState  *state,
                    const char  *element,
                    const char  *name,
                    const char  *value,
                    GError     **error)
{
  const ElementAttr *attr = find_element_attr (element, name);
  g_autofree char *field = NULL;

  if (attr == NULL)
    {
      set_error (state, error, "<%s> has an unknown attribute %s", element, name);
      return FALSE;
    }

  switch (attr->check)
    {
    case CHECK_HTTPS:
      if (!check_https (state, name, value, error))
        return FALSE;
      g_free (state->url);
      state->url = g_strdup (value);
      return TRUE;

    case CHECK_MONTH:
      return check_month (state, name, value, &state->checked_year, &state->checked_month, error);

    case CHECK_UNIT:
      if (!check_unit (state, name, value, error))
        return FALSE;
      field = g_strdup_printf ("%s-%s", element, name);
      _ops_catalog_item_add_text (state->item, field, value);
      return TRUE;

    case CHECK_NUMBER:
    default:
      if (!check_number (state, name, value, error))
        return FALSE;
      field = g_strdup_printf ("%s-%s", element, name);
      _ops_catalog_item_add_text (state->item, field, value);
      return TRUE;
    }
}

static gboolean
check_required_attrs (ParseState   *state,
                      const char   *element,
                      const char  **names,
                      GError      **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (element_attrs); i++)
    {
      if (!element_attrs[i].required || !g_str_equal (element_attrs[i].element, element))
        continue;
      if (!g_strv_contains ((const char * const *) names, element_attrs[i].name))
        {
          set_error (state, error, "<%s> has no %s", element, element_attrs[i].name);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
start_field (ParseState   *state,
             const char   *element,
             const char  **names,
             const char  **values,
             GError      **error)
{
  OpsItemKind kind = ops_catalog_item_get_kind (state->item);
  const FieldRule *rule = find_rule (kind, element);
  const char *ref = NULL;

  if (rule == NULL || rule->type == FIELD_ATTR || rule->type == FIELD_ATTR_LINK)
    {
      set_error (state, error, "unknown element <%s>", element);
      return FALSE;
    }

  /* The format puts sources after everything they back, so a reader (and
   * a translator) finds an entry's facts first and where they come from at
   * the end; anything after a source is a misplaced line. */
  if (rule->type != FIELD_SOURCE && g_hash_table_contains (state->counts, "source"))
    {
      set_error (state, error, "<%s> after a <source>: sources come last in an entry", element);
      return FALSE;
    }

  g_clear_pointer (&state->url, g_free);
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (rule->type == FIELD_LINK && g_str_equal (names[i], "ref"))
        ref = values[i];
      else if (!start_element_attr (state, element, names[i], values[i], error))
        return FALSE;
    }

  if (!count_field (state, rule, error) ||
      !check_required_attrs (state, element, names, error))
    return FALSE;

  if (rule->type == FIELD_LINK)
    {
      if (ref == NULL || ref[0] == '\0')
        {
          set_error (state, error, "<%s> has no ref", element);
          return FALSE;
        }
      add_pending_link (state, rule, ref);
    }
  else
    {
      state->rule = rule;
      g_string_truncate (state->text, 0);
    }

  return TRUE;
}

static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  ParseState *state = user_data;
  guint depth = state->depth++;

  if (depth == 0)
    {
      const char *format = NULL;

      if (!g_str_equal (element, "catalog"))
        {
          set_error (state, error, "the document is not a catalog (<%s>)", element);
          return;
        }
      for (guint i = 0; names[i] != NULL; i++)
        if (g_str_equal (names[i], "format"))
          format = values[i];
      if (g_strcmp0 (format, "1") != 0)
        set_error (state, error, "unsupported catalog format “%s”", format ? format : "");
    }
  else if (depth == 1)
    start_entry (state, element, names, values, error);
  else if (depth == 2)
    start_field (state, element, names, values, error);
  else
    set_error (state, error, "<%s> cannot hold elements (<%s>)",
               (const char *) g_markup_parse_context_get_element_stack (context)->next->data, element);
}

/* What xgettext does to the text before it becomes a msgid, so that the
 * lookup below finds the translation. */
static char *
collapse_whitespace (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        space = TRUE;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, *p);
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
end_field (ParseState  *state,
           GError     **error)
{
  const FieldRule *rule = g_steal_pointer (&state->rule);
  g_autofree char *text = NULL;
  const char *translated;

  if (rule == NULL)
    return TRUE;

  text = collapse_whitespace (state->text->str);
  if (text[0] == '\0')
    {
      set_error (state, error, "<%s> is empty", rule->name);
      return FALSE;
    }

  translated = g_dpgettext2 (GETTEXT_PACKAGE, ops_catalog_item_get_id (state->item), text);
  if (rule->type == FIELD_SOURCE)
    {
      g_autoptr(OpsCatalogSource) source = NULL;

      g_assert (state->url != NULL);
      source = ops_catalog_source_new (state->url, translated, state->checked_year, state->checked_month);
      _ops_catalog_item_add_source (state->item, source);
      g_clear_pointer (&state->url, g_free);
    }
  else
    _ops_catalog_item_add_text (state->item, rule->name, translated);

  /* The resume check matches the English terms too: with a German UI an
   * English resume must still find its keywords. */
  if (rule->searchable && rule->type == FIELD_TEXT)
    {
      g_autofree char *original_field = g_strconcat ("C:", rule->name, NULL);

      _ops_catalog_item_add_text (state->item, original_field, text);
    }

  /* Search in both languages: a German user may still type "Supply Chain". */
  if (rule->searchable)
    {
      _ops_catalog_item_add_search_text (state->item, translated);
      if (translated != text)
        _ops_catalog_item_add_search_text (state->item, text);
    }

  return TRUE;
}

static gboolean
end_entry (ParseState  *state,
           GError     **error)
{
  OpsItemKind kind = ops_catalog_item_get_kind (state->item);

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      guint count;

      if (rules[i].kind != kind)
        continue;

      count = GPOINTER_TO_UINT (g_hash_table_lookup (state->counts, rules[i].name));
      if (count < rules[i].min)
        {
          set_error (state, error, "needs at least %u <%s> (has %u)", rules[i].min, rules[i].name, count);
          return FALSE;
        }
    }

  state->item = NULL;

  return TRUE;
}

static void
end_element_cb (GMarkupParseContext  *context,
                const char           *element,
                gpointer              user_data,
                GError              **error)
{
  ParseState *state = user_data;
  guint depth = --state->depth;

  if (depth == 2)
    end_field (state, error);
  else if (depth == 1)
    end_entry (state, error);
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 len,
         gpointer              user_data,
         GError              **error)
{
  ParseState *state = user_data;

  if (state->rule != NULL && state->depth == 3)
    {
      g_string_append_len (state->text, text, len);
      return;
    }

  for (gsize i = 0; i < len; i++)
    {
      if (!g_ascii_isspace (text[i]))
        {
          set_error (state, error, "text outside a field");
          return;
        }
    }
}

static const GMarkupParser parser = {
  .start_element = start_element_cb,
  .end_element = end_element_cb,
  .text = text_cb,
};

static gboolean
resolve_links (OpsCatalog  *self,
               GPtrArray   *pending,
               GError     **error)
{
  for (guint i = 0; i < pending->len; i++)
    {
      PendingLink *link = g_ptr_array_index (pending, i);
      OpsCatalogItem *target = g_hash_table_lookup (self->by_id, link->target_id);
      const char *kind = ops_item_kind_to_string (ops_catalog_item_get_kind (link->item));
      const char *id = ops_catalog_item_get_id (link->item);

      if (target == NULL)
        {
          g_set_error (error, OPS_ERROR, OPS_ERROR_CATALOG_INVALID,
                       "Catalog line %d: %s “%s”: %s “%s” does not exist",
                       link->line, kind, id, link->rule->name, link->target_id);
          return FALSE;
        }
      if (ops_catalog_item_get_kind (target) != link->rule->target)
        {
          g_set_error (error, OPS_ERROR, OPS_ERROR_CATALOG_INVALID,
                       "Catalog line %d: %s “%s”: %s “%s” is a %s, not a %s",
                       link->line, kind, id, link->rule->name, link->target_id,
                       ops_item_kind_to_string (ops_catalog_item_get_kind (target)),
                       ops_item_kind_to_string (link->rule->target));
          return FALSE;
        }
      if (target == link->item)
        {
          g_set_error (error, OPS_ERROR, OPS_ERROR_CATALOG_INVALID,
                       "Catalog line %d: %s “%s” refers to itself as its %s",
                       link->line, kind, id, link->rule->name);
          return FALSE;
        }

      _ops_catalog_item_add_link (link->item, link->rule->name, target);
    }

  return TRUE;
}

typedef enum { UNVISITED, VISITING, DONE } Mark;

static gboolean
check_ladder_from (OpsCatalogItem  *role,
                   GHashTable      *marks,
                   GError         **error)
{
  GListModel *next = ops_catalog_item_get_links (role, "next");
  Mark mark = GPOINTER_TO_UINT (g_hash_table_lookup (marks, role));

  if (mark == DONE)
    return TRUE;
  g_assert (mark == UNVISITED);
  g_hash_table_insert (marks, role, GUINT_TO_POINTER (VISITING));

  for (guint i = 0; i < g_list_model_get_n_items (next); i++)
    {
      g_autoptr(OpsCatalogItem) to = g_list_model_get_item (next, i);

      if (GPOINTER_TO_UINT (g_hash_table_lookup (marks, to)) == VISITING)
        {
          g_set_error (error, OPS_ERROR, OPS_ERROR_CATALOG_INVALID,
                       "Catalog: role “%s” leads back to “%s”: the ladder has a cycle",
                       ops_catalog_item_get_id (role), ops_catalog_item_get_id (to));
          return FALSE;
        }
      if (!check_ladder_from (to, marks, error))
        return FALSE;
    }

  g_hash_table_insert (marks, role, GUINT_TO_POINTER (DONE));

  return TRUE;
}

static gboolean
check_ladder (OpsCatalog  *self,
              GError     **error)
{
  GListModel *roles = G_LIST_MODEL (self->by_kind[OPS_ITEM_KIND_ROLE]);
  g_autoptr(GHashTable) marks = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(OpsCatalogItem) role = g_list_model_get_item (roles, i);

      if (!check_ladder_from (role, marks, error))
        return FALSE;
    }

  return TRUE;
}

/* Linked names count as the entry's own words: searching "DMAIC" finds the
 * belts that teach it, "APICS" the certifications ASCM awards. */
static void
index_linked_names (OpsCatalog *self)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      OpsCatalogItem *item = value;

      for (guint r = 0; r < G_N_ELEMENTS (rules); r++)
        {
          GListModel *links;

          if (rules[r].kind != ops_catalog_item_get_kind (item) ||
              rules[r].type != FIELD_LINK || !rules[r].searchable)
            continue;

          links = ops_catalog_item_get_links (item, rules[r].name);
          for (guint i = 0; i < g_list_model_get_n_items (links); i++)
            {
              g_autoptr(OpsCatalogItem) target = g_list_model_get_item (links, i);

              _ops_catalog_item_add_search_text (item, _ops_catalog_item_get_search_source (target));
            }
        }
    }
}

static int
compare_rank (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  guint ra = ops_stage_get_rank (OPS_STAGE ((gpointer) a));
  guint rb = ops_stage_get_rank (OPS_STAGE ((gpointer) b));

  return (ra > rb) - (ra < rb);
}

static gboolean
ops_catalog_parse (OpsCatalog  *self,
                   const char  *data,
                   gsize        len,
                   GError     **error)
{
  ParseState state = { .catalog = self };
  g_autoptr(GError) local_error = NULL;
  const char *bad = NULL;
  gboolean ok;

  /* GMarkup checks UTF-8 as it goes, but for a CDATA section that is not
   * UTF-8 it sets the error and carries on parsing (GLib 2.84), so a later
   * error lands on top of it and a broken file can even load. Checking the
   * whole text first leaves GMarkup only valid input. */
  if (!g_utf8_validate_len (data, len, &bad))
    {
      int line = 1;

      for (const char *p = data; p < bad; p++)
        line += *p == '\n';
      g_set_error (error, OPS_ERROR, OPS_ERROR_CATALOG_INVALID,
                   "Catalog line %d: %s", line,
                   *bad == '\0' ? "the file contains a NUL byte" : "the file is not valid UTF-8 text");
      return FALSE;
    }

  state.context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &state, NULL);
  state.counts = g_hash_table_new (g_str_hash, g_str_equal);
  state.text = g_string_new (NULL);
  state.pending = g_ptr_array_new_with_free_func (pending_link_free);

  ok = g_markup_parse_context_parse (state.context, data, len, &local_error) &&
       g_markup_parse_context_end_parse (state.context, &local_error) &&
       resolve_links (self, state.pending, &local_error) &&
       check_ladder (self, &local_error);

  if (ok && ops_catalog_get_overview (self) == NULL)
    {
      g_set_error (&local_error, OPS_ERROR, OPS_ERROR_CATALOG_INVALID, "Catalog: there is no <overview>");
      ok = FALSE;
    }

  /* One domain for every broken catalog, as for plans: GMarkup's own
   * errors keep their words (they name the line) under OpsLadder's. */
  if (!ok && local_error->domain != OPS_ERROR)
    g_set_error_literal (error, OPS_ERROR, OPS_ERROR_CATALOG_INVALID, local_error->message);
  else if (!ok)
    g_propagate_error (error, g_steal_pointer (&local_error));

  if (ok)
    {
      g_list_store_sort (self->by_kind[OPS_ITEM_KIND_STAGE], compare_rank, NULL);
      index_linked_names (self);
    }

  g_markup_parse_context_free (state.context);
  g_hash_table_unref (state.counts);
  g_string_free (state.text, TRUE);
  g_free (state.url);
  g_ptr_array_unref (state.pending);

  return ok;
}

/**
 * ops_catalog_new_from_bytes:
 * @bytes: the catalog XML
 * @error: where to put a description of what is wrong with it
 *
 * Returns: (transfer full) (nullable): the catalog, or %NULL with @error
 *   naming the line and entry at fault
 */
OpsCatalog *
ops_catalog_new_from_bytes (GBytes  *bytes,
                            GError **error)
{
  g_autoptr(OpsCatalog) self = NULL;
  gsize len;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (OPS_TYPE_CATALOG, NULL);
  data = g_bytes_get_data (bytes, &len);
  if (!ops_catalog_parse (self, data ? data : "", len, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* Loads the catalog shipped in the application's resources. */
OpsCatalog *
ops_catalog_new_default (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  bytes = g_resources_lookup_data (OPS_CATALOG_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  return ops_catalog_new_from_bytes (bytes, error);
}

/* The ladder's stages from the first rung up. (transfer none) */
GListModel *
ops_catalog_get_stages (OpsCatalog *self)
{
  g_return_val_if_fail (OPS_IS_CATALOG (self), NULL);

  return G_LIST_MODEL (self->by_kind[OPS_ITEM_KIND_STAGE]);
}

/* Every entry of @kind, in catalog order. (transfer none) */
GListModel *
ops_catalog_get_items (OpsCatalog  *self,
                       OpsItemKind  kind)
{
  g_return_val_if_fail (OPS_IS_CATALOG (self), NULL);
  g_return_val_if_fail (kind < OPS_N_ITEM_KINDS, NULL);

  return G_LIST_MODEL (self->by_kind[kind]);
}

/* What operations management is, shown when nothing is selected.
 * (transfer none) */
OpsCatalogItem *
ops_catalog_get_overview (OpsCatalog *self)
{
  g_autoptr(OpsCatalogItem) overview = NULL;

  g_return_val_if_fail (OPS_IS_CATALOG (self), NULL);

  overview = g_list_model_get_item (G_LIST_MODEL (self->by_kind[OPS_ITEM_KIND_OVERVIEW]), 0);

  return overview;
}

/* (transfer none) (nullable) */
OpsCatalogItem *
ops_catalog_lookup (OpsCatalog *self,
                    const char *id)
{
  g_return_val_if_fail (OPS_IS_CATALOG (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}

typedef struct
{
  OpsCatalogItem *item;
  guint           score;
  guint           group_score;  /* the best score of any match of this kind */
} Match;

/* Kinds stay together, but the kind holding the best match comes first:
 * "5S" puts the 5S skill above the roles that ask for it, and Enter opens
 * what the person meant. */
static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const Match *ma = a, *mb = b;
  OpsItemKind ka = ops_catalog_item_get_kind (ma->item);
  OpsItemKind kb = ops_catalog_item_get_kind (mb->item);

  if (ma->group_score != mb->group_score)
    return (ma->group_score < mb->group_score) - (ma->group_score > mb->group_score);
  if (ka != kb)
    return (ka > kb) - (ka < kb);
  if (ma->score != mb->score)
    return (ma->score < mb->score) - (ma->score > mb->score);

  return strcmp (_ops_catalog_item_get_sort_key (ma->item), _ops_catalog_item_get_sort_key (mb->item));
}

/* 0 when a word is missing; otherwise higher for hits in the name, and
 * highest where the name starts with the query. */
static guint
score_item (OpsCatalogItem     *item,
            const char * const *words)
{
  const char *haystack = _ops_catalog_item_get_search_text (item);
  const char *name = _ops_catalog_item_get_search_name (item);
  guint score = 1;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (strstr (haystack, words[i]) == NULL)
        return 0;
      if (g_str_has_prefix (name, words[i]))
        score += 4;
      else if (strstr (name, words[i]) != NULL)
        score += 2;
    }

  return score;
}

/**
 * ops_catalog_prepare_search:
 * @self: the catalog
 *
 * Prepares what ops_catalog_search () reads, which it would otherwise
 * prepare on the first search. The application calls it once the first
 * window is on screen, so that neither the start nor the first keystroke
 * pays for it.
 */
void
ops_catalog_prepare_search (OpsCatalog *self)
{
  GHashTableIter iter;
  gpointer value;

  g_return_if_fail (OPS_IS_CATALOG (self));

  g_hash_table_iter_init (&iter, self->by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    _ops_catalog_item_get_search_text (value);
}

/**
 * ops_catalog_search:
 * @self: the catalog
 * @query: what the person typed
 *
 * Finds the entries whose names, summaries, synonyms, titles or linked
 * skills contain every word of @query, ignoring case. Results are grouped
 * by kind, the kind with the best match first, best matches first within
 * a kind.
 *
 * Returns: (transfer full): a #GListModel of #OpsCatalogItem
 */
/* Whether every entry that has all of @narrower has all of @words:
 * each of @words is part of one of @narrower. */
static gboolean
words_narrow (const char * const *words,
              const char * const *narrower)
{
  for (guint i = 0; words[i] != NULL; i++)
    {
      gboolean part = FALSE;

      for (guint j = 0; narrower[j] != NULL && !part; j++)
        part = strstr (narrower[j], words[i]) != NULL;
      if (!part)
        return FALSE;
    }

  return TRUE;
}

static void
match_item (OpsCatalogItem     *item,
            const char * const *words,
            GArray             *matches,
            guint              *best)
{
  Match match = { item, 0, 0 };
  OpsItemKind kind = ops_catalog_item_get_kind (item);

  if (kind == OPS_ITEM_KIND_OVERVIEW)
    return;
  match.score = score_item (item, words);
  if (match.score > 0)
    {
      g_array_append_val (matches, match);
      best[kind] = MAX (best[kind], match.score);
    }
}

GListModel *
ops_catalog_search (OpsCatalog *self,
                    const char *query)
{
  GListStore *results;
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GArray) matches = NULL;
  guint best[OPS_N_ITEM_KINDS] = { 0 };

  g_return_val_if_fail (OPS_IS_CATALOG (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  results = g_list_store_new (OPS_TYPE_CATALOG_ITEM);
  folded = _ops_catalog_fold (query);
  words = g_strsplit_set (g_strstrip (folded), " \t\n", -1);
  if (words[0] == NULL || words[0][0] == '\0')
    return G_LIST_MODEL (results);

  matches = g_array_new (FALSE, FALSE, sizeof (Match));
  /* A word typed on, or one more word, can only match fewer entries. */
  if (self->last_words != NULL &&
      words_narrow ((const char * const *) self->last_words, (const char * const *) words))
    {
      for (guint i = 0; i < self->last_matches->len; i++)
        match_item (g_ptr_array_index (self->last_matches, i), (const char * const *) words, matches, best);
    }
  else
    {
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, self->by_id);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        match_item (value, (const char * const *) words, matches, best);
    }

  g_strfreev (self->last_words);
  self->last_words = g_steal_pointer (&words);
  g_ptr_array_set_size (self->last_matches, 0);
  for (guint i = 0; i < matches->len; i++)
    {
      Match *match = &g_array_index (matches, Match, i);

      match->group_score = best[ops_catalog_item_get_kind (match->item)];
      g_ptr_array_add (self->last_matches, match->item);
    }
  g_array_sort (matches, compare_matches);
  for (guint i = 0; i < matches->len; i++)
    g_list_store_append (results, g_array_index (matches, Match, i).item);

  return G_LIST_MODEL (results);
}

static void
ops_catalog_dispose (GObject *object)
{
  OpsCatalog *self = OPS_CATALOG (object);

  if (self->by_id != NULL)
    {
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, self->by_id);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        _ops_catalog_item_unlink (value);
    }

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->last_words, g_strfreev);
  g_clear_pointer (&self->last_matches, g_ptr_array_unref);
  for (guint i = 0; i < OPS_N_ITEM_KINDS; i++)
    g_clear_object (&self->by_kind[i]);

  G_OBJECT_CLASS (ops_catalog_parent_class)->dispose (object);
}

static void
ops_catalog_class_init (OpsCatalogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ops_catalog_dispose;
}

static void
ops_catalog_init (OpsCatalog *self)
{
  self->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  for (guint i = 0; i < OPS_N_ITEM_KINDS; i++)
    self->by_kind[i] = g_list_store_new (OPS_TYPE_CATALOG_ITEM);
  self->last_matches = g_ptr_array_new ();
}
