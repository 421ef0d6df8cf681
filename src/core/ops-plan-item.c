/* ops-plan-item.c: one step of a personal plan
 *
 * An item that belongs to a plan never changes itself: every setter, and
 * g_object_set() on any property, hands the new value to the plan, which
 * records it for undo and applies it through _ops_plan_item_apply_value().
 * So a widget bound to an item property gets undo for free. An item that
 * is in no plan (just created, or deleted and kept by the undo history)
 * simply takes the value.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "ops-plan-item.h"
#include "ops-plan-history.h"
#include "ops-plan-private.h"

struct _OpsPlanItem
{
  GObject            parent_instance;

  OpsPlan           *plan;             /* not owned: the plan owns us */
  OpsPlanItemKind    kind;
  OpsPlanItemKind    unresolved_kind;  /* the file's kind, for an unknown catalog id */
  OpsPlanItemStatus  status;
  char              *catalog_id;
  char              *title;
  char              *notes;
  GDateTime         *target_date;
  GDateTime         *completion_date;
  GDateTime         *cleared_completion; /* the day done when Done was last left, this session */
  GStrv              links;
  double             effort_hours;
  OpsCredentialLog  *credential_log;   /* %NULL when empty */
  JsonObject        *extra;            /* members this version does not know */
};

enum {
  PROP_0,
  PROP_KIND,
  PROP_CATALOG_ID,
  PROP_TITLE,
  PROP_STATUS,
  PROP_TARGET_DATE,
  PROP_COMPLETION_DATE,
  PROP_NOTES,
  PROP_LINKS,
  PROP_EFFORT_HOURS,
  PROP_CREDENTIAL_LOG,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsPlanItem, ops_plan_item, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (OpsPlanItemKind, ops_plan_item_kind,
  G_DEFINE_ENUM_VALUE (OPS_PLAN_ITEM_KIND_CERTIFICATION, "certification"),
  G_DEFINE_ENUM_VALUE (OPS_PLAN_ITEM_KIND_EDUCATION, "education"),
  G_DEFINE_ENUM_VALUE (OPS_PLAN_ITEM_KIND_SKILL, "skill"),
  G_DEFINE_ENUM_VALUE (OPS_PLAN_ITEM_KIND_EXPERIENCE, "experience"),
  G_DEFINE_ENUM_VALUE (OPS_PLAN_ITEM_KIND_NETWORKING, "networking"),
  G_DEFINE_ENUM_VALUE (OPS_PLAN_ITEM_KIND_CUSTOM, "custom"))

G_DEFINE_ENUM_TYPE (OpsPlanItemStatus, ops_plan_item_status,
  G_DEFINE_ENUM_VALUE (OPS_PLAN_ITEM_STATUS_PLANNED, "planned"),
  G_DEFINE_ENUM_VALUE (OPS_PLAN_ITEM_STATUS_IN_PROGRESS, "in-progress"),
  G_DEFINE_ENUM_VALUE (OPS_PLAN_ITEM_STATUS_DONE, "done"),
  G_DEFINE_ENUM_VALUE (OPS_PLAN_ITEM_STATUS_SKIPPED, "skipped"))

static const char *
enum_to_nick (GType type,
              int   value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *found = g_enum_get_value (klass, value);

  /* Enum classes are never unloaded; the nick outlives the reference. */
  g_type_class_unref (klass);

  return found != NULL ? found->value_nick : NULL;
}

static gboolean
enum_from_nick (GType       type,
                const char *nick,
                int        *value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *found = g_enum_get_value_by_nick (klass, nick);

  if (found != NULL && value != NULL)
    *value = found->value;
  g_type_class_unref (klass);

  return found != NULL;
}

/* The name used in plan files, e.g. "certification". */
const char *
ops_plan_item_kind_to_string (OpsPlanItemKind kind)
{
  const char *nick = enum_to_nick (OPS_TYPE_PLAN_ITEM_KIND, kind);

  g_return_val_if_fail (nick != NULL, NULL);

  return nick;
}

/* What one step of this kind is called, in the window, the PDF and the
 * calendar alike: "Certification", "Other". */
const char *
ops_plan_item_kind_get_label (OpsPlanItemKind kind)
{
  switch (kind)
    {
    case OPS_PLAN_ITEM_KIND_CERTIFICATION: return C_("plan item kind", "Certification");
    case OPS_PLAN_ITEM_KIND_EDUCATION: return C_("plan item kind", "Education");
    case OPS_PLAN_ITEM_KIND_SKILL: return C_("plan item kind", "Skill");
    case OPS_PLAN_ITEM_KIND_EXPERIENCE: return C_("plan item kind", "Experience");
    case OPS_PLAN_ITEM_KIND_NETWORKING: return C_("plan item kind", "Networking");
    case OPS_PLAN_ITEM_KIND_CUSTOM: return C_("plan item kind", "Other");
    default:
      g_return_val_if_reached ("");
    }
}

gboolean
ops_plan_item_kind_from_string (const char      *string,
                                OpsPlanItemKind *kind)
{
  int value = 0;

  g_return_val_if_fail (string != NULL, FALSE);

  if (!enum_from_nick (OPS_TYPE_PLAN_ITEM_KIND, string, &value))
    return FALSE;
  if (kind != NULL)
    *kind = value;

  return TRUE;
}

/* The name used in plan files, e.g. "in-progress". */
const char *
ops_plan_item_status_to_string (OpsPlanItemStatus status)
{
  const char *nick = enum_to_nick (OPS_TYPE_PLAN_ITEM_STATUS, status);

  g_return_val_if_fail (nick != NULL, NULL);

  return nick;
}

gboolean
ops_plan_item_status_from_string (const char        *string,
                                  OpsPlanItemStatus *status)
{
  int value = 0;

  g_return_val_if_fail (string != NULL, FALSE);

  if (!enum_from_nick (OPS_TYPE_PLAN_ITEM_STATUS, string, &value))
    return FALSE;
  if (status != NULL)
    *status = value;

  return TRUE;
}

/* Plan dates are days. They are kept as midnight UTC so that a day never
 * shifts with the time zone or a daylight-saving gap. */
GDateTime *
_ops_plan_date_new (int year,
                    int month,
                    int day)
{
  return g_date_time_new_utc (year, month, day, 0, 0, 0);
}

GDateTime *
_ops_plan_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year, month, day;

  g_date_time_get_ymd (now, &year, &month, &day);

  return _ops_plan_date_new (year, month, day);
}

static gboolean
normalize_string (GParamSpec *pspec,
                  GValue     *value)
{
  const char *string = g_value_get_string (value);
  gboolean nullable = G_PARAM_SPEC_STRING (pspec)->default_value == NULL;

  if (string != NULL && !g_utf8_validate (string, -1, NULL))
    {
      g_critical ("The value for “%s” is not valid UTF-8; it is ignored", pspec->name);
      return FALSE;
    }

  /* One spelling for "nothing", so that "" and NULL never count as an edit. */
  if (nullable && string != NULL && string[0] == '\0')
    g_value_set_string (value, NULL);
  else if (!nullable && string == NULL)
    g_value_set_static_string (value, "");

  return TRUE;
}

static gboolean
normalize_strv (GParamSpec *pspec,
                GValue     *value)
{
  const char * const *strv = g_value_get_boxed (value);

  if (strv == NULL)
    return TRUE;

  for (guint i = 0; strv[i] != NULL; i++)
    {
      if (!g_utf8_validate (strv[i], -1, NULL))
        {
          g_critical ("An element of “%s” is not valid UTF-8; the value is ignored", pspec->name);
          return FALSE;
        }
    }

  if (strv[0] == NULL)
    g_value_set_boxed (value, NULL);

  return TRUE;
}

/* Brings @value into the one form the model stores, or returns %FALSE
 * (with a critical: it is a programming error) if it cannot be stored. */
gboolean
_ops_plan_normalize_value (GParamSpec *pspec,
                           GValue     *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  g_assert (G_VALUE_HOLDS (value, type));

  if (type == G_TYPE_STRING)
    return normalize_string (pspec, value);

  if (type == G_TYPE_STRV)
    return normalize_strv (pspec, value);

  if (type == G_TYPE_DATE_TIME)
    {
      GDateTime *date = g_value_get_boxed (value);
      int year, month, day;

      if (date != NULL)
        {
          g_date_time_get_ymd (date, &year, &month, &day);
          g_value_take_boxed (value, _ops_plan_date_new (year, month, day));
        }
      return TRUE;
    }

  /* One spelling for "no activity and no renewal", as for strings. */
  if (type == OPS_TYPE_CREDENTIAL_LOG)
    {
      if (ops_credential_log_is_empty (g_value_get_boxed (value)))
        g_value_set_boxed (value, NULL);
      return TRUE;
    }

  if (type == G_TYPE_DOUBLE)
    {
      GParamSpecDouble *range = G_PARAM_SPEC_DOUBLE (pspec);
      double number = g_value_get_double (value);

      /* GObject's range check lets NaN through. */
      if (!isfinite (number) || number < range->minimum || number > range->maximum)
        {
          g_critical ("%g is not a valid value for “%s”", number, pspec->name);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * _ops_plan_value_changes:
 * @object: a plan or a plan item
 * @pspec: one of its editable properties
 * @value: a new value for it, normalized in place
 *
 * The first step of every edit of the plan's or an item's properties: a
 * value equal to the one held is no edit (and no undo step), nor is one
 * that cannot be stored (a critical says so).
 *
 * Returns: whether setting @value changes @object
 */
gboolean
_ops_plan_value_changes (GObject    *object,
                         GParamSpec *pspec,
                         GValue     *value)
{
  g_auto(GValue) current = G_VALUE_INIT;

  if (!_ops_plan_normalize_value (pspec, value))
    return FALSE;

  g_value_init (&current, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_object_get_property (object, pspec->name, &current);

  return !ops_plan_value_equal (pspec, &current, value);
}

/**
 * _ops_plan_set_property:
 * @object: a plan, a plan item or a record
 * @prop_id: as GObject's set_property () has it
 * @n_editable: ids below this one (and above 0) are editable properties
 * @value: as GObject's set_property () has it
 * @pspec: as GObject's set_property () has it
 * @set_value: the setter every edit of @object goes through
 *
 * The set_property () of the plan, its items and its records: g_object_set ()
 * is an edit like any setter's, so @set_value gets a copy it may normalize.
 */
void
_ops_plan_set_property (GObject             *object,
                        guint                prop_id,
                        guint                n_editable,
                        const GValue        *value,
                        GParamSpec          *pspec,
                        OpsPlanSetValueFunc  set_value)
{
  g_auto(GValue) copy = G_VALUE_INIT;

  if (prop_id == 0 || prop_id >= n_editable)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  g_value_init (&copy, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_value_copy (value, &copy);
  set_value (object, pspec, &copy);
}

/* Keeps @extra, the members of a file's object that this version does not
 * know, in @slot (the plan's, an item's or a record's) for the next save. */
void
_ops_plan_keep_extra (JsonObject **slot,
                      JsonObject  *extra)
{
  g_clear_pointer (slot, json_object_unref);
  *slot = extra ? json_object_ref (extra) : NULL;
}

static void
set_value (GObject    *object,
           GParamSpec *pspec,
           GValue     *value)
{
  OpsPlanItem *self = OPS_PLAN_ITEM (object);
  g_auto(GValue) completion = G_VALUE_INIT;

  if (!_ops_plan_value_changes (object, pspec, value))
    return;

  /* A date the person clears stays cleared: Done ticked off and on again
   * stamps today, not the day they took away. */
  if (pspec == properties[PROP_COMPLETION_DATE] && g_value_get_boxed (value) == NULL)
    g_clear_pointer (&self->cleared_completion, g_date_time_unref);

  if (self->plan != NULL)
    {
      _ops_plan_edit_item (self->plan, self, pspec, value);
      return;
    }

  if (pspec == properties[PROP_STATUS] &&
      _ops_plan_item_completion_after (self, g_value_get_enum (value), &completion))
    _ops_plan_item_apply_value (self, properties[PROP_COMPLETION_DATE], &completion);
  _ops_plan_item_apply_value (self, pspec, value);
}

#define SET(prop, type, setter, v)                            \
  G_STMT_START {                                              \
    g_auto(GValue) value = G_VALUE_INIT;                      \
    g_value_init (&value, type);                              \
    setter (&value, v);                                       \
    set_value (G_OBJECT (self), properties[prop], &value);    \
  } G_STMT_END

/**
 * ops_plan_item_new:
 * @kind: what sort of step it is
 * @title: (nullable): what the person sees
 *
 * Returns: (transfer full): an item in no plan; add it with
 *   ops_plan_add_item()
 */
OpsPlanItem *
ops_plan_item_new (OpsPlanItemKind  kind,
                   const char      *title)
{
  return g_object_new (OPS_TYPE_PLAN_ITEM, "kind", kind, "title", title, NULL);
}

/* The plan holding the item, or %NULL. (transfer none) */
OpsPlan *
ops_plan_item_get_plan (OpsPlanItem *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_ITEM (self), NULL);

  return self->plan;
}

OpsPlanItemKind
ops_plan_item_get_kind (OpsPlanItem *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_ITEM (self), OPS_PLAN_ITEM_KIND_CUSTOM);

  return self->kind;
}

void
ops_plan_item_set_kind (OpsPlanItem     *self,
                        OpsPlanItemKind  kind)
{
  g_return_if_fail (OPS_IS_PLAN_ITEM (self));

  SET (PROP_KIND, OPS_TYPE_PLAN_ITEM_KIND, g_value_set_enum, kind);
}

/* The catalog entry the item stands for, or %NULL for the person's own. */
const char *
ops_plan_item_get_catalog_id (OpsPlanItem *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_ITEM (self), NULL);

  return self->catalog_id;
}

void
ops_plan_item_set_catalog_id (OpsPlanItem *self,
                              const char  *catalog_id)
{
  g_return_if_fail (OPS_IS_PLAN_ITEM (self));

  SET (PROP_CATALOG_ID, G_TYPE_STRING, g_value_set_string, catalog_id);
}

/* Never %NULL. */
const char *
ops_plan_item_get_title (OpsPlanItem *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_ITEM (self), NULL);

  return self->title;
}

void
ops_plan_item_set_title (OpsPlanItem *self,
                         const char  *title)
{
  g_return_if_fail (OPS_IS_PLAN_ITEM (self));

  SET (PROP_TITLE, G_TYPE_STRING, g_value_set_string, title);
}

OpsPlanItemStatus
ops_plan_item_get_status (OpsPlanItem *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_ITEM (self), OPS_PLAN_ITEM_STATUS_PLANNED);

  return self->status;
}

/* Becoming done stamps today as the completion date (unless one is set,
 * or the item was done earlier in this session: that day comes back,
 * unless the person cleared it); leaving done clears it. In a plan both
 * are one undo step. */
void
ops_plan_item_set_status (OpsPlanItem       *self,
                          OpsPlanItemStatus  status)
{
  g_return_if_fail (OPS_IS_PLAN_ITEM (self));

  SET (PROP_STATUS, OPS_TYPE_PLAN_ITEM_STATUS, g_value_set_enum, status);
}

/* Done or skipped: nothing is left to do. */
gboolean
ops_plan_item_is_finished (OpsPlanItem *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_ITEM (self), FALSE);

  return self->status == OPS_PLAN_ITEM_STATUS_DONE || self->status == OPS_PLAN_ITEM_STATUS_SKIPPED;
}

/* A day at midnight UTC, or %NULL. (transfer none) */
GDateTime *
ops_plan_item_get_target_date (OpsPlanItem *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_ITEM (self), NULL);

  return self->target_date;
}

/* Only the day of @date (in its own time zone) is kept. */
void
ops_plan_item_set_target_date (OpsPlanItem *self,
                               GDateTime   *date)
{
  g_return_if_fail (OPS_IS_PLAN_ITEM (self));

  SET (PROP_TARGET_DATE, G_TYPE_DATE_TIME, g_value_set_boxed, date);
}

/* (transfer none) (nullable) */
GDateTime *
ops_plan_item_get_completion_date (OpsPlanItem *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_ITEM (self), NULL);

  return self->completion_date;
}

void
ops_plan_item_set_completion_date (OpsPlanItem *self,
                                   GDateTime   *date)
{
  g_return_if_fail (OPS_IS_PLAN_ITEM (self));

  SET (PROP_COMPLETION_DATE, G_TYPE_DATE_TIME, g_value_set_boxed, date);
}

/* Free text, possibly several lines; never %NULL. */
const char *
ops_plan_item_get_notes (OpsPlanItem *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_ITEM (self), NULL);

  return self->notes;
}

void
ops_plan_item_set_notes (OpsPlanItem *self,
                         const char  *notes)
{
  g_return_if_fail (OPS_IS_PLAN_ITEM (self));

  SET (PROP_NOTES, G_TYPE_STRING, g_value_set_string, notes);
}

/* The URLs as the person typed them, or %NULL for none. */
const char * const *
ops_plan_item_get_links (OpsPlanItem *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_ITEM (self), NULL);

  return (const char * const *) self->links;
}

void
ops_plan_item_set_links (OpsPlanItem        *self,
                         const char * const *links)
{
  g_return_if_fail (OPS_IS_PLAN_ITEM (self));

  SET (PROP_LINKS, G_TYPE_STRV, g_value_set_boxed, links);
}

/* The estimated effort; 0 means no estimate. */
double
ops_plan_item_get_effort_hours (OpsPlanItem *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_ITEM (self), 0);

  return self->effort_hours;
}

void
ops_plan_item_set_effort_hours (OpsPlanItem *self,
                                double       hours)
{
  g_return_if_fail (OPS_IS_PLAN_ITEM (self));
  g_return_if_fail (isfinite (hours) && hours >= 0 && hours <= OPS_PLAN_ITEM_MAX_EFFORT_HOURS);

  SET (PROP_EFFORT_HOURS, G_TYPE_DOUBLE, g_value_set_double, hours);
}

/* The certification's maintenance log: activities and renewals; %NULL
 * when there are none. (transfer none) (nullable) */
OpsCredentialLog *
ops_plan_item_get_credential_log (OpsPlanItem *self)
{
  g_return_val_if_fail (OPS_IS_PLAN_ITEM (self), NULL);

  return self->credential_log;
}

/* The log is a value: make a changed copy with ops_credential_log_add_activity ()
 * and its kin and set it here, one undo step. */
void
ops_plan_item_set_credential_log (OpsPlanItem      *self,
                                  OpsCredentialLog *log)
{
  g_return_if_fail (OPS_IS_PLAN_ITEM (self));

  SET (PROP_CREDENTIAL_LOG, OPS_TYPE_CREDENTIAL_LOG, g_value_set_boxed, log);
}

#undef SET

void
_ops_plan_item_set_plan (OpsPlanItem *self,
                         OpsPlan     *plan)
{
  g_assert (OPS_IS_PLAN_ITEM (self));
  g_assert (plan == NULL || self->plan == NULL);

  self->plan = plan;
}

static void
replace_string (char         **field,
                const GValue  *value)
{
  g_free (*field);
  *field = g_value_dup_string (value);
}

static void
replace_date (GDateTime    **field,
              const GValue  *value)
{
  g_clear_pointer (field, g_date_time_unref);
  *field = g_value_dup_boxed (value);
}

/* Stores an already normalized value and notifies, with no undo and no
 * side effects: for the plan, the undo history and the loader. */
void
_ops_plan_item_apply_value (OpsPlanItem  *self,
                            GParamSpec   *pspec,
                            const GValue *value)
{
  g_assert (OPS_IS_PLAN_ITEM (self));
  g_assert (pspec == properties[pspec->param_id]);

  switch (pspec->param_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_CATALOG_ID:
      replace_string (&self->catalog_id, value);
      break;
    case PROP_TITLE:
      replace_string (&self->title, value);
      break;
    case PROP_STATUS:
      self->status = g_value_get_enum (value);
      break;
    case PROP_TARGET_DATE:
      replace_date (&self->target_date, value);
      break;
    case PROP_COMPLETION_DATE:
      replace_date (&self->completion_date, value);
      break;
    case PROP_NOTES:
      replace_string (&self->notes, value);
      break;
    case PROP_LINKS:
      g_strfreev (self->links);
      self->links = g_value_dup_boxed (value);
      break;
    case PROP_EFFORT_HOURS:
      self->effort_hours = g_value_get_double (value);
      break;
    case PROP_CREDENTIAL_LOG:
      g_clear_pointer (&self->credential_log, ops_credential_log_unref);
      self->credential_log = g_value_dup_boxed (value);
      break;
    default:
      g_assert_not_reached ();
    }

  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

/* Whether moving to @status changes the completion date, and to what.
 * Leaving done keeps the day in mind for a return to done. */
gboolean
_ops_plan_item_completion_after (OpsPlanItem       *self,
                                 OpsPlanItemStatus  status,
                                 GValue            *completion)
{
  gboolean was_done = self->status == OPS_PLAN_ITEM_STATUS_DONE;
  gboolean is_done = status == OPS_PLAN_ITEM_STATUS_DONE;

  g_value_init (completion, G_TYPE_DATE_TIME);

  /* Done again after a Done ticked off by mistake: the day it was done
   * (for a certification, the day earned, from which it lapses) is still
   * that day, not today. Only within the session: the file keeps no date
   * for an item that is not done. */
  if (is_done && !was_done && self->completion_date == NULL)
    {
      if (self->cleared_completion != NULL)
        g_value_set_boxed (completion, self->cleared_completion);
      else
        g_value_take_boxed (completion, _ops_plan_date_today ());
      return TRUE;
    }

  if (!is_done && was_done && self->completion_date != NULL)
    {
      g_clear_pointer (&self->cleared_completion, g_date_time_unref);
      self->cleared_completion = g_date_time_ref (self->completion_date);
      return TRUE;
    }

  return FALSE;
}

/* Where the item keeps what its file had and this version does not know:
 * see _ops_plan_keep_extra (). */
JsonObject **
_ops_plan_item_extra (OpsPlanItem *self)
{
  return &self->extra;
}

/* An item whose catalog entry this version does not know is shown as a
 * custom item, but its file keeps the kind it was written with. */
OpsPlanItemKind
_ops_plan_item_get_file_kind (OpsPlanItem *self)
{
  if (self->kind == OPS_PLAN_ITEM_KIND_CUSTOM)
    return self->unresolved_kind;

  return self->kind;
}

void
_ops_plan_item_set_unresolved_kind (OpsPlanItem     *self,
                                    OpsPlanItemKind  kind)
{
  self->unresolved_kind = kind;
}

static void
ops_plan_item_finalize (GObject *object)
{
  OpsPlanItem *self = OPS_PLAN_ITEM (object);

  g_free (self->catalog_id);
  g_free (self->title);
  g_free (self->notes);
  g_clear_pointer (&self->target_date, g_date_time_unref);
  g_clear_pointer (&self->completion_date, g_date_time_unref);
  g_clear_pointer (&self->cleared_completion, g_date_time_unref);
  g_strfreev (self->links);
  g_clear_pointer (&self->credential_log, ops_credential_log_unref);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (ops_plan_item_parent_class)->finalize (object);
}

static void
ops_plan_item_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  OpsPlanItem *self = OPS_PLAN_ITEM (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_CATALOG_ID:
      g_value_set_string (value, self->catalog_id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_TARGET_DATE:
      g_value_set_boxed (value, self->target_date);
      break;
    case PROP_COMPLETION_DATE:
      g_value_set_boxed (value, self->completion_date);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_LINKS:
      g_value_set_boxed (value, self->links);
      break;
    case PROP_EFFORT_HOURS:
      g_value_set_double (value, self->effort_hours);
      break;
    case PROP_CREDENTIAL_LOG:
      g_value_set_boxed (value, self->credential_log);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_plan_item_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  _ops_plan_set_property (object, prop_id, N_PROPS, value, pspec, set_value);
}

static void
ops_plan_item_class_init (OpsPlanItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = ops_plan_item_finalize;
  object_class->get_property = ops_plan_item_get_property;
  object_class->set_property = ops_plan_item_set_property;

  /* String properties whose default is NULL may be unset; the others are
   * never NULL. The serializer and the normalizer rely on this. */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, OPS_TYPE_PLAN_ITEM_KIND, OPS_PLAN_ITEM_KIND_CUSTOM, flags);
  properties[PROP_CATALOG_ID] =
    g_param_spec_string ("catalog-id", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, OPS_TYPE_PLAN_ITEM_STATUS, OPS_PLAN_ITEM_STATUS_PLANNED, flags);
  properties[PROP_TARGET_DATE] =
    g_param_spec_boxed ("target-date", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_COMPLETION_DATE] =
    g_param_spec_boxed ("completion-date", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "", flags);
  properties[PROP_LINKS] =
    g_param_spec_boxed ("links", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_EFFORT_HOURS] =
    g_param_spec_double ("effort-hours", NULL, NULL, 0, OPS_PLAN_ITEM_MAX_EFFORT_HOURS, 0, flags);
  properties[PROP_CREDENTIAL_LOG] =
    g_param_spec_boxed ("credential-log", NULL, NULL, OPS_TYPE_CREDENTIAL_LOG, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_plan_item_init (OpsPlanItem *self)
{
  self->kind = OPS_PLAN_ITEM_KIND_CUSTOM;
  self->unresolved_kind = OPS_PLAN_ITEM_KIND_CUSTOM;
  self->title = g_strdup ("");
  self->notes = g_strdup ("");
}
