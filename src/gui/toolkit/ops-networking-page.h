/* ops-networking-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-toolkit-page.h"

G_BEGIN_DECLS

#define OPS_TYPE_NETWORKING_PAGE (ops_networking_page_get_type ())

G_DECLARE_FINAL_TYPE (OpsNetworkingPage, ops_networking_page, OPS, NETWORKING_PAGE, OpsToolkitPage)

GtkWidget *ops_networking_page_new (OpsPlanStore *store);

G_END_DECLS
