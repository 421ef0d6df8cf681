/* ops-plan-writer.c: writing plan files, described in docs/plan-format.md
 *
 * Writing is ours rather than JsonGenerator's so that the output is stable
 * byte for byte and reads well: "key": value, two-space indentation, the
 * shortest number that reads back exactly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "ops-plan-fields-private.h"
#include "ops-plan-private.h"
#include "ops-plan-serializer.h"

static void
write_string (GString    *out,
              const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if ((guchar) *p < 0x20)
            g_string_append_printf (out, "\\u%04x", (guchar) *p);
          else
            g_string_append_c (out, *p);
        }
    }
  g_string_append_c (out, '"');
}

/* The shortest text that reads back as the same double, and still reads as
 * a double ("2.0", not "2"), so an unknown member keeps its type. */
static void
write_double (GString *out,
              double   number)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (number))
    {
      g_string_append (out, "null");
      return;
    }

  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buffer, sizeof buffer, format, number);
      if (g_ascii_strtod (buffer, NULL) == number)
        break;
    }

  g_string_append (out, buffer);
  if (strpbrk (buffer, ".eE") == NULL)
    g_string_append (out, ".0");
}

static void
write_indent (GString *out,
              guint    depth)
{
  for (guint i = 0; i < depth; i++)
    g_string_append (out, "  ");
}

static void write_node (GString  *out,
                        JsonNode *node,
                        guint     depth);

static void
write_object (GString    *out,
              JsonObject *object,
              guint       depth)
{
  JsonObjectIter iter;
  const char *key;
  JsonNode *member;
  gboolean first = TRUE;

  if (json_object_get_size (object) == 0)
    {
      g_string_append (out, "{}");
      return;
    }

  g_string_append_c (out, '{');
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &key, &member))
    {
      g_string_append (out, first ? "\n" : ",\n");
      first = FALSE;
      write_indent (out, depth + 1);
      write_string (out, key);
      g_string_append (out, ": ");
      write_node (out, member, depth + 1);
    }
  g_string_append_c (out, '\n');
  write_indent (out, depth);
  g_string_append_c (out, '}');
}

static void
write_array (GString   *out,
             JsonArray *array,
             guint      depth)
{
  guint n = json_array_get_length (array);

  if (n == 0)
    {
      g_string_append (out, "[]");
      return;
    }

  g_string_append_c (out, '[');
  for (guint i = 0; i < n; i++)
    {
      g_string_append (out, i == 0 ? "\n" : ",\n");
      write_indent (out, depth + 1);
      write_node (out, json_array_get_element (array, i), depth + 1);
    }
  g_string_append_c (out, '\n');
  write_indent (out, depth);
  g_string_append_c (out, ']');
}

static void
write_node (GString  *out,
            JsonNode *node,
            guint     depth)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      write_object (out, json_node_get_object (node), depth);
      return;
    case JSON_NODE_ARRAY:
      write_array (out, json_node_get_array (node), depth);
      return;
    case JSON_NODE_NULL:
      g_string_append (out, "null");
      return;
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      write_string (out, json_node_get_string (node));
      break;
    case G_TYPE_BOOLEAN:
      g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
      break;
    case G_TYPE_INT64:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
      break;
    default:
      write_double (out, json_node_get_double (node));
    }
}

static char *
format_date (int year,
             int month,
             int day)
{
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

static JsonNode *
number_node (double number)
{
  JsonNode *node = json_node_alloc ();

  /* Whole numbers read better without a decimal point. */
  if (number == floor (number))
    return json_node_init_int (node, (gint64) number);
  return json_node_init_double (node, number);
}

static char *
format_day (guint32 julian)
{
  g_autoptr(GDate) date = g_date_new_julian (julian);

  return format_date (g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

/* {"renewals": [day…], "activities": [{"date", "points", "note"}…]}, each
 * list left out when empty, in the log's own (date) order. */
static JsonNode *
credential_log_to_node (OpsCredentialLog *log)
{
  JsonObject *object = json_object_new ();
  JsonArray *renewals = json_array_new ();
  JsonArray *activities = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  for (guint i = 0; i < ops_credential_log_get_n_renewals (log); i++)
    {
      g_autofree char *day = format_day (ops_credential_log_get_renewal (log, i));

      json_array_add_string_element (renewals, day);
    }
  for (guint i = 0; i < ops_credential_log_get_n_activities (log); i++)
    {
      const OpsCredentialActivity *activity = ops_credential_log_get_activity (log, i);
      JsonObject *entry = json_object_new ();
      g_autofree char *date = format_day (activity->day);

      json_object_set_string_member (entry, "date", date);
      json_object_set_member (entry, "points", number_node (activity->points));
      if (activity->note[0] != '\0')
        json_object_set_string_member (entry, "note", activity->note);
      json_array_add_object_element (activities, entry);
    }

  if (json_array_get_length (renewals) > 0)
    json_object_set_array_member (object, "renewals", renewals);
  else
    json_array_unref (renewals);
  if (json_array_get_length (activities) > 0)
    json_object_set_array_member (object, "activities", activities);
  else
    json_array_unref (activities);

  json_node_take_object (node, object);

  return node;
}

/* The JSON for a property value, or %NULL when it is unset and the key
 * is left out. */
static JsonNode *
value_to_node (GParamSpec   *pspec,
               const GValue *value,
               gboolean      required)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  JsonNode *node = json_node_alloc ();

  if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);

      return json_node_init_string (node, g_enum_get_value (klass, g_value_get_enum (value))->value_nick);
    }

  if (type == G_TYPE_STRING)
    {
      const char *text = g_value_get_string (value);

      if (required || (text != NULL && text[0] != '\0'))
        return json_node_init_string (node, text ? text : "");
    }

  if (type == G_TYPE_DATE_TIME && g_value_get_boxed (value) != NULL)
    {
      GDateTime *date = g_value_get_boxed (value);
      g_autofree char *text = format_date (g_date_time_get_year (date), g_date_time_get_month (date),
                                           g_date_time_get_day_of_month (date));

      return json_node_init_string (node, text);
    }

  /* 0 is unset: no effort estimate, no baseline or result yet. */
  if (type == G_TYPE_DOUBLE && g_value_get_double (value) != 0)
    {
      json_node_unref (node);
      return number_node (g_value_get_double (value));
    }

  if (type == OPS_TYPE_CREDENTIAL_LOG && g_value_get_boxed (value) != NULL)
    {
      json_node_unref (node);
      return credential_log_to_node (g_value_get_boxed (value));
    }

  if (type == G_TYPE_STRV && g_value_get_boxed (value) != NULL)
    {
      const char * const *strv = g_value_get_boxed (value);
      JsonArray *array = json_array_new ();

      for (guint i = 0; strv[i] != NULL; i++)
        json_array_add_string_element (array, strv[i]);
      json_node_init (node, JSON_NODE_ARRAY);
      json_node_take_array (node, array);
      return node;
    }

  json_node_unref (node);

  return NULL;
}

static void
add_fields (JsonObject         *object,
            GObject            *source,
            const OpsPlanField *fields,
            gsize               n_fields)
{
  for (gsize i = 0; i < n_fields; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (source), fields[i].key);
      g_auto(GValue) value = G_VALUE_INIT;
      JsonNode *node;

      g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspec));
      g_object_get_property (source, fields[i].key, &value);
      if (fields[i].omit_default && g_param_value_defaults (pspec, &value))
        continue;
      node = value_to_node (pspec, &value, fields[i].required);
      if (node != NULL)
        json_object_set_member (object, fields[i].key, node);
    }
}

static void
add_extra (JsonObject *object,
           JsonObject *extra)
{
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;

  if (extra == NULL)
    return;

  /* A known key is only kept aside when a newer format used it in a way
   * this version cannot read; then what the file said is the truth. */
  json_object_iter_init_ordered (&iter, extra);
  while (json_object_iter_next_ordered (&iter, &key, &node))
    json_object_set_member (object, key, json_node_copy (node));
}

/* Takes @object; json_node_init_object() would add a reference instead. */
static JsonNode *
object_node (JsonObject *object)
{
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_node_take_object (node, object);

  return node;
}

static JsonNode *
item_to_node (OpsPlanItem *item)
{
  JsonObject *object = json_object_new ();

  add_fields (object, G_OBJECT (item), _ops_plan_item_fields, _ops_plan_item_n_fields);
  /* Written with the kind it was read with when its catalog entry was
   * unknown here. */
  json_object_set_string_member (object, "kind",
                                 ops_plan_item_kind_to_string (_ops_plan_item_get_file_kind (item)));
  add_extra (object, *_ops_plan_item_extra (item));

  return object_node (object);
}

static JsonNode *
record_to_node (OpsPlanRecord        *record,
                const OpsPlanSection *section)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "id", ops_plan_record_get_id (record));
  add_fields (object, G_OBJECT (record), section->fields, section->n_fields);
  add_extra (object, *_ops_plan_record_extra (record));

  return object_node (object);
}

static JsonNode *
plan_to_node (OpsPlan *plan)
{
  JsonObject *object = json_object_new ();
  JsonArray *items = json_array_new ();
  GListModel *model = ops_plan_get_items (plan);

  json_object_set_int_member (object, "format", _ops_plan_get_format (plan));
  add_fields (object, G_OBJECT (plan), _ops_plan_fields, _ops_plan_n_fields);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OpsPlanItem) item = g_list_model_get_item (model, i);

      json_array_add_element (items, item_to_node (item));
    }
  json_object_set_array_member (object, "items", items);

  /* Left out when empty, like an unset key: a plan that does not use the
   * toolkit reads the same as before it existed. */
  for (gsize s = 0; s < _ops_plan_n_sections; s++)
    {
      GListModel *records = _ops_plan_sections[s].get_list (plan);
      JsonArray *array;

      if (g_list_model_get_n_items (records) == 0)
        continue;

      array = json_array_new ();
      for (guint i = 0; i < g_list_model_get_n_items (records); i++)
        {
          g_autoptr(OpsPlanRecord) record = g_list_model_get_item (records, i);

          json_array_add_element (array, record_to_node (record, &_ops_plan_sections[s]));
        }
      json_object_set_array_member (object, _ops_plan_sections[s].key, array);
    }

  add_extra (object, *_ops_plan_extra (plan));

  return object_node (object);
}

/**
 * ops_plan_to_bytes:
 * @plan: the plan
 *
 * Writes @plan as a plan file: known keys in a fixed order, unset ones left
 * out, then the members read from the file that this version does not
 * know, in their order. The same plan always gives the same bytes.
 *
 * Returns: (transfer full): UTF-8 JSON ending in a newline
 */
GBytes *
ops_plan_to_bytes (OpsPlan *plan)
{
  g_autoptr(JsonNode) root = NULL;
  GString *out;

  g_return_val_if_fail (OPS_IS_PLAN (plan), NULL);

  root = plan_to_node (plan);
  out = g_string_new (NULL);
  write_node (out, root, 0);
  g_string_append_c (out, '\n');

  return g_string_free_to_bytes (out);
}
