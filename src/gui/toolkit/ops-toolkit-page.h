/* ops-toolkit-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-catalog.h"
#include "ops-plan.h"
#include "ops-plan-store.h"

G_BEGIN_DECLS

#define OPS_TYPE_TOOLKIT_PAGE (ops_toolkit_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (OpsToolkitPage, ops_toolkit_page, OPS, TOOLKIT_PAGE, AdwNavigationPage)

struct _OpsToolkitPageClass
{
  AdwNavigationPageClass parent_class;

  /* Fills what depends on @store rather than on its plan; called once,
   * after the template is built and before the first plan_changed. */
  void (*setup)        (OpsToolkitPage *self,
                        OpsPlanStore   *store);

  /* Shows @plan in place of @old_plan; called once with @old_plan %NULL
   * after setup, then each time the store opens another plan. Either may
   * be %NULL. Handlers on the plan itself belong in the group of
   * ops_toolkit_page_get_plan_signals (), which follows it already. */
  void (*plan_changed) (OpsToolkitPage *self,
                        OpsPlan        *old_plan,
                        OpsPlan        *plan);

  /*< private >*/
  gpointer _reserved[4];
};

void          ops_toolkit_page_class_install_edit_action (OpsToolkitPageClass         *klass,
                                                          const char                  *action_name,
                                                          const char                  *parameter_type,
                                                          GtkWidgetActionActivateFunc  activate);

OpsPlanStore *ops_toolkit_page_get_store   (OpsToolkitPage *self);
OpsPlan      *ops_toolkit_page_get_plan    (OpsToolkitPage *self);
OpsCatalog   *ops_toolkit_page_get_catalog (OpsToolkitPage *self);
GSignalGroup *ops_toolkit_page_get_plan_signals (OpsToolkitPage *self);

G_END_DECLS
