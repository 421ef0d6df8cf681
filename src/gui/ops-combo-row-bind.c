/* ops-combo-row-bind.c: an enum property shown in a drop-down row
 *
 * The editors list an enum's values in a combo row in the enum's own
 * order (status, method, DMAIC phase, application stage), so the row's
 * selected position is the value's place in its GEnumClass.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-combo-row-bind.h"

static gboolean
enum_to_position (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  GEnumClass *klass = user_data;
  int value = g_value_get_enum (from);

  for (guint i = 0; i < klass->n_values; i++)
    {
      if (klass->values[i].value == value)
        {
          g_value_set_uint (to, i);
          return TRUE;
        }
    }

  return FALSE;
}

/* Nothing selected (GTK_INVALID_LIST_POSITION) leaves the value alone. */
static gboolean
position_to_enum (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  GEnumClass *klass = user_data;
  guint position = g_value_get_uint (from);

  if (position >= klass->n_values)
    return FALSE;

  g_value_set_enum (to, klass->values[position].value);
  return TRUE;
}

/**
 * ops_combo_row_bind_enum:
 * @object: the object holding the enum property
 * @property: its name
 * @row: a combo row listing the enum's values in order
 *
 * Binds @property and @row's selection both ways, @object first.
 *
 * Returns: (transfer none): the binding
 */
GBinding *
ops_combo_row_bind_enum (gpointer     object,
                         const char  *property,
                         AdwComboRow *row)
{
  GParamSpec *pspec;

  g_return_val_if_fail (G_IS_OBJECT (object), NULL);
  g_return_val_if_fail (ADW_IS_COMBO_ROW (row), NULL);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_return_val_if_fail (G_IS_PARAM_SPEC_ENUM (pspec), NULL);

  return g_object_bind_property_full (object, property, row, "selected",
                                      G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                                      enum_to_position, position_to_enum,
                                      g_type_class_ref (G_PARAM_SPEC_VALUE_TYPE (pspec)),
                                      g_type_class_unref);
}
