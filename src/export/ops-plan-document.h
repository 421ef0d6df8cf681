/* ops-plan-document.h: a career plan laid out on pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "ops-catalog.h"
#include "ops-plan.h"

G_BEGIN_DECLS

#define OPS_TYPE_PLAN_DOCUMENT (ops_plan_document_get_type ())

G_DECLARE_FINAL_TYPE (OpsPlanDocument, ops_plan_document, OPS, PLAN_DOCUMENT, GObject)

OpsPlanDocument *ops_plan_document_new             (OpsPlan         *plan,
                                                    OpsCatalog      *catalog,
                                                    GDateTime       *export_date);

const char      *ops_plan_document_get_title       (OpsPlanDocument *self);
const char      *ops_plan_document_get_author      (OpsPlanDocument *self);
const char      *ops_plan_document_get_subject     (OpsPlanDocument *self);
GDateTime       *ops_plan_document_get_export_date (OpsPlanDocument *self);

guint            ops_plan_document_paginate        (OpsPlanDocument *self,
                                                    cairo_t         *cr,
                                                    double           page_width,
                                                    double           page_height);
guint            ops_plan_document_get_n_pages     (OpsPlanDocument *self);
void             ops_plan_document_draw_page       (OpsPlanDocument *self,
                                                    cairo_t         *cr,
                                                    guint            page);

guint            ops_plan_document_get_n_sections  (OpsPlanDocument *self);
const char      *ops_plan_document_get_section     (OpsPlanDocument *self,
                                                    guint            index,
                                                    guint           *level,
                                                    guint           *page,
                                                    double          *y);

G_END_DECLS
