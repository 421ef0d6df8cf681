/* ops-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-error.h"

G_DEFINE_QUARK (ops-error-quark, ops_error)
