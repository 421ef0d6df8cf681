/* fuzz-catalog.c: libFuzzer target for the catalog loader
 *
 * The catalog ships in the GResource, but translators, packagers and
 * contributors edit it by hand, and the loader promises an error naming
 * the line rather than a crash for anything broken. A catalog that loads
 * is also searched and walked, since that is what the app does next
 * (ops_fuzz_check_catalog ()).
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

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  ops_fuzz_abort_on_warnings ();

  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autofree char *problem = ops_fuzz_check_catalog (bytes);

  if (problem != NULL)
    {
      fprintf (stderr, "fuzz-catalog: %s\n", problem);
      abort ();
    }

  return 0;
}
