/* ops-catalog-item.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The order is the order search results are grouped in. */
typedef enum
{
  OPS_ITEM_KIND_OVERVIEW,
  OPS_ITEM_KIND_STAGE,
  OPS_ITEM_KIND_ROLE,
  OPS_ITEM_KIND_CERTIFICATION,
  OPS_ITEM_KIND_SKILL,
  OPS_ITEM_KIND_EDUCATION,
  OPS_ITEM_KIND_ORGANIZATION,
  OPS_ITEM_KIND_GUIDE,
  OPS_ITEM_KIND_QUESTION,
  OPS_ITEM_KIND_KEYWORD,
  OPS_ITEM_KIND_BRANCH,   /* a specialist path; never a search result */
  OPS_N_ITEM_KINDS,
} OpsItemKind;

#define OPS_TYPE_ITEM_KIND (ops_item_kind_get_type ())
GType        ops_item_kind_get_type      (void) G_GNUC_CONST;
const char  *ops_item_kind_to_string     (OpsItemKind kind);
gboolean     ops_item_kind_from_string   (const char  *string,
                                          OpsItemKind *kind);
const char  *ops_item_kind_get_title     (OpsItemKind kind);
const char  *ops_item_kind_get_label     (OpsItemKind kind);

#define OPS_TYPE_CATALOG_ITEM (ops_catalog_item_get_type ())

G_DECLARE_DERIVABLE_TYPE (OpsCatalogItem, ops_catalog_item, OPS, CATALOG_ITEM, GObject)

struct _OpsCatalogItemClass
{
  GObjectClass parent_class;

  /*< private >*/
  gpointer     _reserved[4];
};

const char         *ops_catalog_item_get_id        (OpsCatalogItem *self);
OpsItemKind         ops_catalog_item_get_kind      (OpsCatalogItem *self);
const char         *ops_catalog_item_get_group_title (OpsCatalogItem *self);
const char         *ops_catalog_item_get_name      (OpsCatalogItem *self);
const char         *ops_catalog_item_get_summary   (OpsCatalogItem *self);
const char         *ops_catalog_item_get_text      (OpsCatalogItem *self,
                                                    const char     *field);
const char * const *ops_catalog_item_get_texts     (OpsCatalogItem *self,
                                                    const char     *field);
OpsCatalogItem     *ops_catalog_item_get_link      (OpsCatalogItem *self,
                                                    const char     *field);
GListModel         *ops_catalog_item_get_links     (OpsCatalogItem *self,
                                                    const char     *field);
GListModel         *ops_catalog_item_get_referrers (OpsCatalogItem *self,
                                                    OpsItemKind     kind,
                                                    const char     *field);
GListModel         *ops_catalog_item_get_sources   (OpsCatalogItem *self);

G_END_DECLS
