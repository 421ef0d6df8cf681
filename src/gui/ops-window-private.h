/* ops-window-private.h: what ops-window.c and its actions
 * (ops-window-actions.c) share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ops-catalog-item.h"
#include "ops-plan-store.h"
#include "ops-sidebar.h"
#include "ops-window.h"

G_BEGIN_DECLS

struct _OpsWindow
{
  AdwApplicationWindow    parent_instance;

  OpsCatalog             *catalog;
  OpsPlanStore           *store;
  OpsPlan                *plan;
  GSignalGroup           *plan_signals;  /* targets @plan */
  GSettings              *settings;

  AdwToastOverlay        *toasts;
  AdwToast               *toast;        /* the one on screen, if any */
  GSignalGroup           *toast_signals;  /* targets @toast */
  AdwNavigationSplitView *split_view;
  OpsSidebar             *sidebar;
  AdwNavigationPage      *content_page;
  AdwNavigationView      *content_view;
  AdwBanner              *conflict_banner;

  /* A plan file to open once the store's current load is done. */
  GFile                  *pending_open;

  /* Closing: the plan is being saved, or the person is being asked. */
  GApplication           *held;          /* held until the window goes */
  gboolean                closing;       /* a save on the way out runs */
  gboolean                asking;        /* a close dialog is open */
};

/* ops-window.c */
GtkWidget     *_ops_window_page_for_item           (OpsWindow      *self,
                                                    OpsCatalogItem *item);
void           _ops_window_return_to_root          (OpsWindow      *self);
void           _ops_window_clear_sidebar_selection (OpsWindow      *self);
void           _ops_window_show_toast              (OpsWindow      *self,
                                                    const char     *message,
                                                    const char     *undone,
                                                    gboolean        offer_open_plan);
void           _ops_window_show_error              (OpsWindow      *self,
                                                    const char     *heading,
                                                    const GError   *error);
GtkFileDialog *_ops_window_plan_file_dialog        (const char     *title);
void           _ops_window_save_state              (OpsWindow      *self);

/* ops-window-close.c */
gboolean       _ops_window_begin_close             (OpsWindow      *self);
void           _ops_window_release_application     (OpsWindow      *self);
void           _ops_window_ask_about_conflict      (OpsWindow      *self);
void           _ops_window_update_conflict_banner  (OpsWindow      *self);
void           _ops_window_conflict_banner_cb      (OpsWindow      *self);

/* ops-window-actions.c */
void           _ops_window_class_actions_init      (OpsWindowClass *klass);
void           _ops_window_actions_update          (OpsWindow      *self);

G_END_DECLS
