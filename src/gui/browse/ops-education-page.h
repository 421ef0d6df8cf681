/* ops-education-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-entry-page.h"

G_BEGIN_DECLS

#define OPS_TYPE_EDUCATION_PAGE (ops_education_page_get_type ())

G_DECLARE_FINAL_TYPE (OpsEducationPage, ops_education_page, OPS, EDUCATION_PAGE, OpsEntryPage)

GtkWidget *ops_education_page_new (OpsCatalogItem *item);

G_END_DECLS
