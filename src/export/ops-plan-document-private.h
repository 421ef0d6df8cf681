/* ops-plan-document-private.h: for the PDF writer's thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-plan-document.h"
#include "ops-plan-snapshot.h"

G_BEGIN_DECLS

OpsPlanDocument *_ops_plan_document_new_for_snapshot (OpsPlanSnapshot *snapshot);

G_END_DECLS
