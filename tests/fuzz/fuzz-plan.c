/* fuzz-plan.c: libFuzzer target for the plan loader and writer
 *
 * Plan files come from disk, where anyone's editor, a sync tool or a
 * newer OpsLadder may have written anything. Every input must either load
 * or give an error; a plan that loads, and that may be saved, must write
 * bytes that load again and write the same bytes, or the next save would
 * lose or corrupt data (ops_fuzz_check_plan ()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "fuzz-check.h"

int LLVMFuzzerInitialize   (int            *argc,
                            char         ***argv);
int LLVMFuzzerTestOneInput (const uint8_t  *data,
                            size_t          size);

static OpsCatalog *catalog;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;

  ops_fuzz_abort_on_warnings ();

  /* The real catalog, so items naming entries it lacks take the
   * unresolved-kind path the app takes. */
  catalog = ops_catalog_new_default (&error);
  if (catalog == NULL)
    g_error ("The built-in catalog does not load: %s", error->message);

  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autofree char *problem = ops_fuzz_check_plan (bytes, catalog);

  if (problem != NULL)
    {
      fprintf (stderr, "fuzz-plan: %s\n", problem);
      abort ();
    }

  return 0;
}
