/* ops-catalog-source.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define OPS_TYPE_CATALOG_SOURCE (ops_catalog_source_get_type ())

G_DECLARE_FINAL_TYPE (OpsCatalogSource, ops_catalog_source, OPS, CATALOG_SOURCE, GObject)

OpsCatalogSource *ops_catalog_source_new                (const char       *url,
                                                         const char       *label,
                                                         guint             checked_year,
                                                         guint             checked_month);
const char       *ops_catalog_source_get_url            (OpsCatalogSource *self);
const char       *ops_catalog_source_get_label          (OpsCatalogSource *self);
const char       *ops_catalog_source_get_host           (OpsCatalogSource *self);
guint             ops_catalog_source_get_checked_year   (OpsCatalogSource *self);
guint             ops_catalog_source_get_checked_month  (OpsCatalogSource *self);
char             *ops_catalog_source_format_checked     (OpsCatalogSource *self);

G_END_DECLS
