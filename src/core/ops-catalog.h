/* ops-catalog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-branch.h"
#include "ops-catalog-item.h"
#include "ops-catalog-source.h"
#include "ops-certification.h"
#include "ops-education.h"
#include "ops-role.h"
#include "ops-skill.h"
#include "ops-stage.h"

G_BEGIN_DECLS

#define OPS_CATALOG_RESOURCE "/io/github/opsladder/OpsLadder/catalog/catalog.xml"

#define OPS_TYPE_CATALOG (ops_catalog_get_type ())

G_DECLARE_FINAL_TYPE (OpsCatalog, ops_catalog, OPS, CATALOG, GObject)

OpsCatalog     *ops_catalog_new_from_bytes (GBytes       *bytes,
                                            GError      **error);
OpsCatalog     *ops_catalog_new_default    (GError      **error);
GListModel     *ops_catalog_get_stages     (OpsCatalog   *self);
GListModel     *ops_catalog_get_items      (OpsCatalog   *self,
                                            OpsItemKind   kind);
OpsCatalogItem *ops_catalog_get_overview   (OpsCatalog   *self);
OpsCatalogItem *ops_catalog_lookup         (OpsCatalog   *self,
                                            const char   *id);
void            ops_catalog_prepare_search (OpsCatalog   *self);
GListModel     *ops_catalog_search         (OpsCatalog   *self,
                                            const char   *query);

G_END_DECLS
