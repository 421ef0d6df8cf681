/* ops-catalog-private.h: how OpsCatalog builds its items
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-catalog-item.h"
#include "ops-catalog-source.h"

G_BEGIN_DECLS

OpsCatalogItem *_ops_catalog_item_new             (OpsItemKind     kind,
                                                   const char     *id);
void            _ops_catalog_item_add_text        (OpsCatalogItem *self,
                                                   const char     *field,
                                                   const char     *text);
void            _ops_catalog_item_add_link        (OpsCatalogItem *self,
                                                   const char     *field,
                                                   OpsCatalogItem *target);
void            _ops_catalog_item_add_source      (OpsCatalogItem *self,
                                                   OpsCatalogSource *source);
void            _ops_catalog_item_add_search_text (OpsCatalogItem *self,
                                                   const char     *text);
const char     *_ops_catalog_item_get_search_source (OpsCatalogItem *self);
const char     *_ops_catalog_item_get_search_text (OpsCatalogItem *self);
const char     *_ops_catalog_item_get_search_name (OpsCatalogItem *self);
const char     *_ops_catalog_item_get_sort_key    (OpsCatalogItem *self);
char           *_ops_catalog_fold                 (const char     *text);
void            _ops_catalog_item_unlink          (OpsCatalogItem *self);

G_END_DECLS
