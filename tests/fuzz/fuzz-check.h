/* fuzz-check.h: what the fuzzers check, shared with the regression test
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-catalog.h"

G_BEGIN_DECLS

void  ops_fuzz_abort_on_warnings (void);
char *ops_fuzz_check_plan        (GBytes     *bytes,
                                  OpsCatalog *catalog);
char *ops_fuzz_check_catalog     (GBytes     *bytes);

G_END_DECLS
