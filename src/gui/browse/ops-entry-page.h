/* ops-entry-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-catalog-item.h"
#include "ops-plan-store.h"

G_BEGIN_DECLS

#define OPS_TYPE_ENTRY_PAGE (ops_entry_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (OpsEntryPage, ops_entry_page, OPS, ENTRY_PAGE, AdwNavigationPage)

struct _OpsEntryPageClass
{
  AdwNavigationPageClass parent_class;

  /* Shows @item in the pane's own widgets; called once, after the
   * template is built. */
  void (*fill) (OpsEntryPage   *self,
                OpsCatalogItem *item);

  /*< private >*/
  gpointer _reserved[4];
};

OpsCatalogItem *ops_entry_page_get_item        (OpsEntryPage *self);
void            ops_entry_page_set_store       (OpsEntryPage *self,
                                                OpsPlanStore *store);
void            ops_entry_page_set_plan_button (OpsEntryPage *self,
                                                GtkButton    *button);

G_END_DECLS
