/* ops-library-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-catalog.h"

G_BEGIN_DECLS

#define OPS_TYPE_LIBRARY_PAGE (ops_library_page_get_type ())

G_DECLARE_FINAL_TYPE (OpsLibraryPage, ops_library_page, OPS, LIBRARY_PAGE, AdwNavigationPage)

GtkWidget *ops_library_page_new (OpsCatalog *catalog,
                                 const char *library);

G_END_DECLS
