/* ops-certification-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-entry-page.h"

G_BEGIN_DECLS

#define OPS_TYPE_CERTIFICATION_PAGE (ops_certification_page_get_type ())

G_DECLARE_FINAL_TYPE (OpsCertificationPage, ops_certification_page, OPS, CERTIFICATION_PAGE, OpsEntryPage)

GtkWidget *ops_certification_page_new (OpsCatalogItem *item);

G_END_DECLS
