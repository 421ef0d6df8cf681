/* ops-plan-record.c: what the career toolkit's entries share
 *
 * Achievements, STAR stories, networking entries and job applications are
 * records in a plan. Like an OpsPlanItem, a record that belongs to a plan
 * never changes itself: every setter, and g_object_set() on any property,
 * hands the value to the plan, which records it for undo, applies it with
 * _ops_plan_record_apply_value() and emits "changed". So a widget bound to
 * a record property gets undo and autosave for free.
 *
 * The subclasses only declare their properties; the values are kept here,
 * in one GValue per property, so that the rules of normalizing, comparing
 * and applying a value exist once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-plan-history.h"
#include "ops-plan-private.h"
#include "ops-plan-record.h"

typedef struct
{
  OpsPlan    *plan;      /* not owned: the plan owns us */
  char       *id;
  JsonObject *extra;     /* members this version does not know */
  GValue     *values;    /* indexed by the subclass's property ids */
  guint       n_values;
} OpsPlanRecordPrivate;

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (OpsPlanRecord, ops_plan_record, G_TYPE_OBJECT)

/* The values are made on first use rather than in _init(), where the
 * class is still the base class and the subclass's properties unknown. */
static GValue *
values_of (OpsPlanRecord *self)
{
  OpsPlanRecordPrivate *priv = ops_plan_record_get_instance_private (self);
  OpsPlanRecordClass *klass = OPS_PLAN_RECORD_GET_CLASS (self);

  if (priv->values == NULL)
    {
      priv->n_values = klass->n_pspecs;
      priv->values = g_new0 (GValue, priv->n_values);
      for (guint i = 1; i < priv->n_values; i++)
        {
          g_value_init (&priv->values[i], G_PARAM_SPEC_VALUE_TYPE (klass->pspecs[i]));
          g_param_value_set_default (klass->pspecs[i], &priv->values[i]);
        }
    }

  return priv->values;
}

/* A stable id, so that stories and applications can name an achievement
 * and a calendar event keeps its UID across exports. */
const char *
ops_plan_record_get_id (OpsPlanRecord *self)
{
  OpsPlanRecordPrivate *priv;

  g_return_val_if_fail (OPS_IS_PLAN_RECORD (self), NULL);

  priv = ops_plan_record_get_instance_private (self);

  return priv->id;
}

/* The plan holding the record, or %NULL. (transfer none) */
OpsPlan *
ops_plan_record_get_plan (OpsPlanRecord *self)
{
  OpsPlanRecordPrivate *priv;

  g_return_val_if_fail (OPS_IS_PLAN_RECORD (self), NULL);

  priv = ops_plan_record_get_instance_private (self);

  return priv->plan;
}

/* For the subclasses */

const GValue *
_ops_plan_record_get_value (OpsPlanRecord *self,
                            guint          prop_id)
{
  g_assert (OPS_IS_PLAN_RECORD (self));
  g_assert (prop_id > 0 && prop_id < OPS_PLAN_RECORD_GET_CLASS (self)->n_pspecs);

  return &values_of (self)[prop_id];
}

/* Takes @value (normalizing it in place) as the new value of @pspec:
 * through the plan's history when the record is in a plan. */
static void
set_value (GObject    *object,
           GParamSpec *pspec,
           GValue     *value)
{
  OpsPlanRecord *self = OPS_PLAN_RECORD (object);
  OpsPlanRecordPrivate *priv = ops_plan_record_get_instance_private (self);

  if (!_ops_plan_normalize_value (pspec, value))
    return;

  if (ops_plan_value_equal (pspec, _ops_plan_record_get_value (self, pspec->param_id), value))
    return;

  if (priv->plan != NULL)
    _ops_plan_edit_record (priv->plan, self, pspec, value);
  else
    _ops_plan_record_apply_value (self, pspec, value);
}

void
_ops_plan_record_set_string (OpsPlanRecord *self,
                             GParamSpec    *pspec,
                             const char    *string)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, string);
  set_value (G_OBJECT (self), pspec, &value);
}

void
_ops_plan_record_set_enum (OpsPlanRecord *self,
                           GParamSpec    *pspec,
                           int            number)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_value_set_enum (&value, number);
  set_value (G_OBJECT (self), pspec, &value);
}

void
_ops_plan_record_set_double (OpsPlanRecord *self,
                             GParamSpec    *pspec,
                             double         number)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_DOUBLE);
  g_value_set_double (&value, number);
  set_value (G_OBJECT (self), pspec, &value);
}

void
_ops_plan_record_set_boxed (OpsPlanRecord *self,
                            GParamSpec    *pspec,
                            gconstpointer  boxed)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_value_set_boxed (&value, boxed);
  set_value (G_OBJECT (self), pspec, &value);
}

/* Stores an already normalized value and notifies, with no undo and no
 * side effects: for the plan, the undo history and the loader. */
void
_ops_plan_record_apply_value (OpsPlanRecord *self,
                              GParamSpec    *pspec,
                              const GValue  *value)
{
  GValue *values = values_of (self);

  g_assert (pspec == OPS_PLAN_RECORD_GET_CLASS (self)->pspecs[pspec->param_id]);

  g_value_copy (value, &values[pspec->param_id]);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

void
_ops_plan_record_set_plan (OpsPlanRecord *self,
                           OpsPlan       *plan)
{
  OpsPlanRecordPrivate *priv = ops_plan_record_get_instance_private (self);

  g_assert (plan == NULL || priv->plan == NULL);

  priv->plan = plan;
}

/* Only for a record in no plan: the loader gives it the file's id. */
void
_ops_plan_record_set_id (OpsPlanRecord *self,
                         const char    *id)
{
  OpsPlanRecordPrivate *priv = ops_plan_record_get_instance_private (self);

  g_assert (priv->plan == NULL);
  g_assert (id != NULL && id[0] != '\0');

  g_free (priv->id);
  priv->id = g_strdup (id);
}

/* See _ops_plan_keep_extra (). */
JsonObject **
_ops_plan_record_extra (OpsPlanRecord *self)
{
  OpsPlanRecordPrivate *priv = ops_plan_record_get_instance_private (self);

  return &priv->extra;
}

/* GObject, for the subclasses' properties */

static void
record_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  OpsPlanRecord *self = OPS_PLAN_RECORD (object);

  if (prop_id == 0 || prop_id >= OPS_PLAN_RECORD_GET_CLASS (self)->n_pspecs)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  g_value_copy (_ops_plan_record_get_value (self, prop_id), value);
}

static void
record_set_property (GObject      *object,
                     guint         prop_id,
                     const GValue *value,
                     GParamSpec   *pspec)
{
  _ops_plan_set_property (object, prop_id, OPS_PLAN_RECORD_GET_CLASS (object)->n_pspecs, value, pspec, set_value);
}

/* Called by each subclass's class_init with its properties[N_PROPS]
 * (index 0 unused), in the order they are written to a file. */
void
_ops_plan_record_class_install (OpsPlanRecordClass  *klass,
                                guint                n_pspecs,
                                GParamSpec         **pspecs)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = record_get_property;
  object_class->set_property = record_set_property;
  g_object_class_install_properties (object_class, n_pspecs, pspecs);
  klass->pspecs = pspecs;
  klass->n_pspecs = n_pspecs;
}

static void
ops_plan_record_finalize (GObject *object)
{
  OpsPlanRecord *self = OPS_PLAN_RECORD (object);
  OpsPlanRecordPrivate *priv = ops_plan_record_get_instance_private (self);

  for (guint i = 1; i < priv->n_values; i++)
    g_value_unset (&priv->values[i]);
  g_free (priv->values);
  g_free (priv->id);
  g_clear_pointer (&priv->extra, json_object_unref);

  G_OBJECT_CLASS (ops_plan_record_parent_class)->finalize (object);
}

static void
ops_plan_record_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OpsPlanRecord *self = OPS_PLAN_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, ops_plan_record_get_id (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_plan_record_class_init (OpsPlanRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ops_plan_record_finalize;
  object_class->get_property = ops_plan_record_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_plan_record_init (OpsPlanRecord *self)
{
  OpsPlanRecordPrivate *priv = ops_plan_record_get_instance_private (self);

  /* Random, so that records made in two copies of a plan never clash. */
  priv->id = g_uuid_string_random ();
}
