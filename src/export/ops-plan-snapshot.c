/* ops-plan-snapshot.c: a plan as it stood when the export began
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-plan-snapshot.h"

const OpsPlanItemStatus ops_plan_snapshot_status_order[4] = {
  OPS_PLAN_ITEM_STATUS_IN_PROGRESS,
  OPS_PLAN_ITEM_STATUS_PLANNED,
  OPS_PLAN_ITEM_STATUS_DONE,
  OPS_PLAN_ITEM_STATUS_SKIPPED,
};

static void
item_snapshot_free (gpointer data)
{
  OpsItemSnapshot *item = data;

  g_free (item->title);
  g_free (item->notes);
  g_strfreev (item->links);
  g_clear_pointer (&item->target_date, g_date_time_unref);
  g_clear_pointer (&item->completion_date, g_date_time_unref);
  g_clear_pointer (&item->projected_date, g_date_time_unref);
  g_free (item);
}

static void
gap_snapshot_free (gpointer data)
{
  OpsGapSnapshot *gap = data;

  g_free (gap->name);
  g_free (gap->evidence);
  g_free (gap);
}

static void
stage_snapshot_free (gpointer data)
{
  OpsStageSnapshot *stage = data;

  g_free (stage->name);
  g_free (stage->summary);
  g_free (stage);
}

static GDateTime *
date_ref0 (GDateTime *date)
{
  return date != NULL ? g_date_time_ref (date) : NULL;
}

/* NULL for "nothing", so the document has one test for an absent text. */
static char *
strdup0 (const char *text)
{
  return text != NULL && text[0] != '\0' ? g_strdup (text) : NULL;
}

static OpsItemSnapshot *
item_snapshot_new (OpsPlanItem *item,
                   guint        number,
                   OpsPace     *pace)
{
  OpsItemSnapshot *snapshot = g_new0 (OpsItemSnapshot, 1);
  guint32 finish = 0;

  snapshot->number = number;
  snapshot->status = ops_plan_item_get_status (item);
  snapshot->kind = ops_plan_item_get_kind (item);
  snapshot->title = g_strdup (ops_plan_item_get_title (item));
  snapshot->notes = strdup0 (ops_plan_item_get_notes (item));
  snapshot->links = g_strdupv ((char **) ops_plan_item_get_links (item));
  snapshot->target_date = date_ref0 (ops_plan_item_get_target_date (item));
  snapshot->completion_date = date_ref0 (ops_plan_item_get_completion_date (item));
  snapshot->effort_hours = ops_plan_item_get_effort_hours (item);
  if (ops_pace_lookup (pace, item, &finish, &snapshot->late) && finish != 0)
    snapshot->projected_date = ops_pace_day_to_date (finish);

  return snapshot;
}

static void
add_items (OpsPlanSnapshot *self,
           OpsPlan         *plan,
           OpsPace         *pace)
{
  GListModel *items = ops_plan_get_items (plan);
  guint n = g_list_model_get_n_items (items);

  for (guint s = 0; s < G_N_ELEMENTS (ops_plan_snapshot_status_order); s++)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(OpsPlanItem) item = g_list_model_get_item (items, i);

        if (ops_plan_item_get_status (item) != ops_plan_snapshot_status_order[s])
          continue;
        if (ops_plan_item_is_finished (item))
          self->n_finished++;
        g_ptr_array_add (self->items, item_snapshot_new (item, self->items->len + 1, pace));
      }
}

static OpsRole *
lookup_role (OpsCatalog *catalog,
             const char *id)
{
  OpsCatalogItem *item;

  if (catalog == NULL || id == NULL)
    return NULL;

  item = ops_catalog_lookup (catalog, id);

  return OPS_IS_ROLE (item) ? OPS_ROLE (item) : NULL;
}

/* The catalog's name, in the person's language, wins over the title the
 * plan stored when the role was chosen. */
static char *
role_name (OpsRole    *role,
           const char *title)
{
  if (role != NULL)
    return g_strdup (ops_catalog_item_get_name (OPS_CATALOG_ITEM (role)));

  return strdup0 (title);
}

static void
add_stages (OpsPlanSnapshot *self,
            OpsCatalog      *catalog,
            OpsRole         *current,
            OpsRole         *target)
{
  GListModel *stages;
  guint target_rank, current_rank = 0, low, high;

  if (target == NULL)
    return;

  stages = ops_catalog_get_stages (catalog);
  target_rank = ops_stage_get_rank (ops_role_get_stage (target));
  if (current != NULL)
    current_rank = ops_stage_get_rank (ops_role_get_stage (current));
  low = current != NULL ? MIN (current_rank, target_rank) : 1;
  high = MAX (current_rank, target_rank);

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(OpsStage) stage = g_list_model_get_item (stages, i);
      guint rank = ops_stage_get_rank (stage);
      OpsStageSnapshot *snapshot;

      if (rank < low || rank > high)
        continue;

      snapshot = g_new0 (OpsStageSnapshot, 1);
      snapshot->name = g_strdup (ops_catalog_item_get_name (OPS_CATALOG_ITEM (stage)));
      snapshot->summary = strdup0 (ops_catalog_item_get_summary (OPS_CATALOG_ITEM (stage)));
      snapshot->rank = rank;
      snapshot->is_current = current != NULL && rank == current_rank;
      snapshot->is_target = rank == target_rank;
      g_ptr_array_add (self->stages, snapshot);
    }
}

/* Fills the gap section, and @entries with the catalog entries it names. */
static void
add_gap (OpsPlanSnapshot *self,
         OpsPlan         *plan,
         OpsCatalog      *catalog,
         GPtrArray       *entries)
{
  /* A credential lapses by the date the export prints, not the clock's. */
  g_autoptr(GListModel) gap = ops_plan_compute_gap_on (plan, catalog, ops_pace_day_from_date (self->export_date));

  for (guint i = 0; i < g_list_model_get_n_items (gap); i++)
    {
      g_autoptr(OpsPlanGapEntry) entry = g_list_model_get_item (gap, i);
      OpsCatalogItem *item = ops_plan_gap_entry_get_catalog_item (entry);
      OpsPlanItem *plan_item = ops_plan_gap_entry_get_plan_item (entry);
      OpsGapSnapshot *snapshot = g_new0 (OpsGapSnapshot, 1);

      snapshot->name = g_strdup (ops_catalog_item_get_name (item));
      snapshot->kind = ops_catalog_item_get_kind (item);
      snapshot->covered = ops_plan_gap_entry_get_covered (entry);
      snapshot->finished = ops_plan_gap_entry_get_finished (entry);
      if (plan_item != NULL)
        snapshot->status = ops_plan_item_get_status (plan_item);
      if (ops_plan_gap_entry_get_evidence (entry) != NULL)
        snapshot->evidence = g_strdup (ops_achievement_get_title (ops_plan_gap_entry_get_evidence (entry)));
      g_ptr_array_add (self->gap, snapshot);
      g_ptr_array_add (entries, item);
    }
}

/**
 * ops_plan_snapshot_new:
 * @catalog: (nullable): the catalog the plan's ids refer to
 * @export_date: the moment of the export, printed on every page
 *
 * Must run on the thread that owns @plan and @catalog.
 */
OpsPlanSnapshot *
ops_plan_snapshot_new (OpsPlan    *plan,
                       OpsCatalog *catalog,
                       GDateTime  *export_date)
{
  OpsPlanSnapshot *self = g_atomic_rc_box_new0 (OpsPlanSnapshot);
  OpsRole *current = lookup_role (catalog, ops_plan_get_current_role_id (plan));
  OpsRole *target = lookup_role (catalog, ops_plan_get_target_role_id (plan));
  /* From the day of the export, so the paper says what the screen said. */
  g_autoptr(OpsPace) pace = ops_plan_compute_pace (plan, export_date);

  self->owner = strdup0 (ops_plan_get_owner_name (plan));
  self->current_role = role_name (current, ops_plan_get_current_role_title (plan));
  self->target_role = role_name (target, ops_plan_get_target_role_title (plan));
  self->current_in_catalog = current != NULL;
  self->target_in_catalog = target != NULL;
  self->target_date = date_ref0 (ops_plan_get_target_date (plan));
  self->export_date = g_date_time_ref (export_date);
  self->why = strdup0 (ops_plan_get_why (plan));
  self->progress = ops_plan_get_progress (plan);
  self->items = g_ptr_array_new_with_free_func (item_snapshot_free);
  self->stages = g_ptr_array_new_with_free_func (stage_snapshot_free);
  self->gap = g_ptr_array_new_with_free_func (gap_snapshot_free);

  add_items (self, plan, pace);
  self->pace = ops_pace_describe (pace, self->target_date, &self->pace_detail);
  if (ops_pace_get_finish (pace) != 0)
    self->projected_finish = ops_pace_day_to_date (ops_pace_get_finish (pace));
  self->toolkit = ops_export_snapshot_toolkit (plan, catalog, export_date);
  if (catalog != NULL)
    {
      g_autoptr(GPtrArray) gap_entries = g_ptr_array_new ();

      add_stages (self, catalog, current, target);
      add_gap (self, plan, catalog, gap_entries);
      self->sources = ops_export_snapshot_sources (plan, catalog, gap_entries);
    }
  else
    self->sources = g_ptr_array_new ();

  return self;
}

OpsPlanSnapshot *
ops_plan_snapshot_ref (OpsPlanSnapshot *self)
{
  return g_atomic_rc_box_acquire (self);
}

static void
snapshot_clear (gpointer data)
{
  OpsPlanSnapshot *self = data;

  g_free (self->owner);
  g_free (self->current_role);
  g_free (self->target_role);
  g_clear_pointer (&self->target_date, g_date_time_unref);
  g_clear_pointer (&self->export_date, g_date_time_unref);
  g_clear_pointer (&self->projected_finish, g_date_time_unref);
  g_free (self->pace);
  g_free (self->pace_detail);
  g_free (self->why);
  g_ptr_array_unref (self->items);
  g_ptr_array_unref (self->stages);
  g_ptr_array_unref (self->gap);
  g_ptr_array_unref (self->toolkit);
  g_ptr_array_unref (self->sources);
}

void
ops_plan_snapshot_unref (OpsPlanSnapshot *self)
{
  g_atomic_rc_box_release_full (self, snapshot_clear);
}
