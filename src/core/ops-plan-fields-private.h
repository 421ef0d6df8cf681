/* ops-plan-fields-private.h: the keys of a plan file, shared by its reader
 * (ops-plan-reader.c) and its writer (ops-plan-writer.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-plan.h"

G_BEGIN_DECLS

/* JSON keys are the property names. Required keys must be present, and
 * not null, in a file; the others may be missing or null, which both mean
 * "not set".
 * The order is the order they are written in. */
typedef struct
{
  const char *key;
  gboolean    required;
  gboolean    omit_default;  /* an enumeration left out at its default */
} OpsPlanField;

/* The career toolkit's lists, in the order they are written, after
 * "items". */
typedef struct
{
  const char         *key;
  const char         *noun;      /* in messages: "“title” of achievement 2" (N_) */
  const char         *Noun;      /* "Achievement 2 must be an object" (N_) */
  GType             (*get_type) (void);
  GListModel       *(*get_list) (OpsPlan *plan);
  const OpsPlanField *fields;
  gsize               n_fields;
} OpsPlanSection;

/* The plan's own keys, an item's, and the toolkit's lists. */
extern const OpsPlanField   _ops_plan_fields[];
extern const gsize          _ops_plan_n_fields;
extern const OpsPlanField   _ops_plan_item_fields[];
extern const gsize          _ops_plan_item_n_fields;
extern const OpsPlanSection _ops_plan_sections[];
extern const gsize          _ops_plan_n_sections;

G_END_DECLS
