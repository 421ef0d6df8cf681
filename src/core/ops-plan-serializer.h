/* ops-plan-serializer.h: plan files, described in docs/plan-format.md
 *
 * Pure functions with no I/O, so they can be fuzzed and tested on their own;
 * OpsPlanStore does the reading and writing. Reading is in
 * ops-plan-reader.c, writing in ops-plan-writer.c, and the keys both use in
 * ops-plan-fields.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-catalog.h"
#include "ops-plan.h"

G_BEGIN_DECLS

/* The format this build writes. A file with a larger "format" loads
 * read-only. */
#define OPS_PLAN_FORMAT 2

/* Files larger than this are refused before they are read. */
#define OPS_PLAN_MAX_FILE_SIZE ((gsize) 32 * 1024 * 1024)

/* What one text may hold, in characters: a title, name, link or id, and
 * the texts that may span lines (why, notes, the parts of a STAR story).
 * Far beyond what anyone writes, and small enough for the window and the
 * PDF to lay out at once; a longer text fails the load, naming it.
 * ops_plan_max_chars () says which limit a key has; editors use it too. */
#define OPS_PLAN_MAX_LINE_CHARS ((gsize) 4000)
#define OPS_PLAN_MAX_TEXT_CHARS ((gsize) 100000)

gsize    ops_plan_max_chars       (const char  *key);

OpsPlan *ops_plan_load_from_bytes (GBytes      *bytes,
                                   OpsCatalog  *catalog,
                                   GError     **error);
GBytes  *ops_plan_to_bytes        (OpsPlan     *plan);

G_END_DECLS
