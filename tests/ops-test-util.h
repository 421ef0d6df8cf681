/* ops-test-util.h: driving the real window in UI tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ops-application.h"
#include "ops-plan.h"
#include "ops-window.h"

G_BEGIN_DECLS

void            ops_test_init              (int             *argc,
                                            char          ***argv);
void            ops_test_isolate_data_dir  (void);
void            ops_test_reset_settings    (void);
void            ops_test_add_func          (const char     *path,
                                            GTestFunc       func);
gboolean        ops_test_set_flag_cb       (gpointer        flag);
void            ops_test_spin              (guint           ms);
OpsPlanItem    *ops_test_plan_item_at      (OpsPlan        *plan,
                                            guint           position);
AdwNavigationPage *ops_test_visible_page   (OpsWindow      *window);
gboolean        ops_test_page_in_stack     (OpsWindow      *window,
                                            GtkWidget      *page);
OpsApplication *ops_test_application_new   (void);
OpsWindow      *ops_test_window_new        (OpsApplication *app);
void            ops_test_wait_for          (gboolean      (*done) (gpointer),
                                            gpointer        data);
gboolean        ops_test_is_cleared        (gpointer        location);
void            ops_test_iterate           (void);
void            ops_test_wait_for_layout   (GtkWidget      *window);
char           *ops_test_describe_resume   (const char     *role_id,
                                            const char     *text);
GBytes         *ops_test_read_fixture      (const char     *dir,
                                            const char     *name);
typedef gboolean (*OpsTestMatchFunc) (GtkWidget     *widget,
                                      gconstpointer  data);

GtkWidget      *ops_test_find_widget_matching (GtkWidget       *root,
                                               OpsTestMatchFunc match,
                                               gconstpointer    data);
GtkWidget      *ops_test_find_widget       (GtkWidget      *root,
                                            GType           type,
                                            const char     *property,
                                            const char     *value);
void            ops_test_press_button      (GtkWidget      *root,
                                            const char     *label);
void            ops_test_close_window      (OpsWindow      *window);
void            ops_test_assert_spin_row_named (GtkWidget  *page,
                                                const char *title);
void            ops_test_assert_tab_walks  (OpsWindow      *window,
                                            GtkWidget      *pane);
gboolean        ops_test_switch_to_german  (void);

/* The fixture of the UI tests of the plan editor and the toolkit. */
typedef struct
{
  OpsApplication *app;
  OpsWindow      *window;
} OpsTestApp;

gboolean        ops_test_store_ready       (gpointer        store);
void            ops_test_app_open          (OpsTestApp     *f);
void            ops_test_app_close         (OpsTestApp     *f);
void            ops_test_app_set_up        (OpsTestApp     *f,
                                            gconstpointer   data);
void            ops_test_app_tear_down     (OpsTestApp     *f,
                                            gconstpointer   data);
OpsPlan        *ops_test_app_get_plan      (OpsTestApp     *f);
void            ops_test_app_assert_saves  (OpsTestApp     *f);
void            ops_test_paste             (GtkWidget      *widget,
                                            const char     *text);
char           *ops_test_long_text         (gsize           n_lines,
                                            gsize           line_chars);
void            ops_test_paste_too_much    (GtkWidget      *root);
void            ops_test_remove_german     (void);

G_END_DECLS
