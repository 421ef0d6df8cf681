/* ops-sidebar-entry.c: one row of the sidebar
 *
 * Stages and the library's fixed entries look alike in the sidebar, so each
 * row binds to one of these. A stage's entry reads its name, rank and role
 * count from the stage itself through bindings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-sidebar-entry.h"
#include "ops-stage.h"

struct _OpsSidebarEntry
{
  GObject         parent_instance;

  char           *target;
  char           *title;
  char           *subtitle;
  char           *icon_name;
  char           *rank_label;
  char           *section;
  OpsCatalogItem *item;
};

enum {
  PROP_0,
  PROP_TARGET,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_ICON_NAME,
  PROP_RANK_LABEL,
  PROP_SECTION,
  PROP_ITEM,
  PROP_ACCESSIBLE_LABEL,
  PROP_IS_STAGE,
  PROP_HAS_ICON,
  PROP_HAS_SUBTITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsSidebarEntry, ops_sidebar_entry, G_TYPE_OBJECT)

OpsSidebarEntry *
ops_sidebar_entry_new (const char *target,
                       const char *title,
                       const char *icon_name)
{
  g_return_val_if_fail (target != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  return g_object_new (OPS_TYPE_SIDEBAR_ENTRY,
                       "target", target,
                       "title", title,
                       "icon-name", icon_name,
                       NULL);
}

OpsSidebarEntry *
ops_sidebar_entry_new_for_stage (OpsCatalogItem *stage)
{
  g_autofree char *target = NULL;
  g_autofree char *rank = NULL;
  guint n_roles;
  OpsSidebarEntry *self;

  g_return_val_if_fail (OPS_IS_STAGE (stage), NULL);

  target = g_strconcat ("stage:", ops_catalog_item_get_id (stage), NULL);
  rank = g_strdup_printf ("%u", ops_stage_get_rank (OPS_STAGE (stage)));
  self = g_object_new (OPS_TYPE_SIDEBAR_ENTRY,
                       "target", target,
                       "item", stage,
                       "rank-label", rank,
                       NULL);
  g_object_bind_property (stage, "name", self, "title", G_BINDING_SYNC_CREATE);

  n_roles = g_list_model_get_n_items (ops_stage_get_roles (OPS_STAGE (stage)));
  self->subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u role", "%u roles", n_roles), n_roles);

  return self;
}

const char *
ops_sidebar_entry_get_target (OpsSidebarEntry *self)
{
  g_return_val_if_fail (OPS_IS_SIDEBAR_ENTRY (self), NULL);

  return self->target;
}

const char *
ops_sidebar_entry_get_title (OpsSidebarEntry *self)
{
  g_return_val_if_fail (OPS_IS_SIDEBAR_ENTRY (self), NULL);

  return self->title;
}

const char *
ops_sidebar_entry_get_section (OpsSidebarEntry *self)
{
  g_return_val_if_fail (OPS_IS_SIDEBAR_ENTRY (self), NULL);

  return self->section;
}

/* The heading shown above this entry when it starts a group. */
void
ops_sidebar_entry_set_section (OpsSidebarEntry *self,
                               const char      *section)
{
  g_return_if_fail (OPS_IS_SIDEBAR_ENTRY (self));

  if (g_set_str (&self->section, section))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}

/* What a screen reader says for the row: a stage is read with its rung. */
static char *
accessible_label (OpsSidebarEntry *self)
{
  if (self->rank_label == NULL)
    return g_strdup (self->title);

  /* Translators: read by screen readers for a sidebar row, e.g. "Stage 2: Entry level, 5 roles" */
  return g_strdup_printf (_("Stage %s: %s, %s"), self->rank_label, self->title ? self->title : "",
                          self->subtitle ? self->subtitle : "");
}

static void
ops_sidebar_entry_finalize (GObject *object)
{
  OpsSidebarEntry *self = OPS_SIDEBAR_ENTRY (object);

  g_free (self->target);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->icon_name);
  g_free (self->rank_label);
  g_free (self->section);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (ops_sidebar_entry_parent_class)->finalize (object);
}

static void
ops_sidebar_entry_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OpsSidebarEntry *self = OPS_SIDEBAR_ENTRY (object);

  switch (prop_id)
    {
    case PROP_TARGET: g_value_set_string (value, self->target); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_SUBTITLE: g_value_set_string (value, self->subtitle); break;
    case PROP_ICON_NAME: g_value_set_string (value, self->icon_name); break;
    case PROP_RANK_LABEL: g_value_set_string (value, self->rank_label); break;
    case PROP_SECTION: g_value_set_string (value, self->section); break;
    case PROP_ITEM: g_value_set_object (value, self->item); break;
    case PROP_ACCESSIBLE_LABEL: g_value_take_string (value, accessible_label (self)); break;
    case PROP_IS_STAGE: g_value_set_boolean (value, self->rank_label != NULL); break;
    case PROP_HAS_ICON: g_value_set_boolean (value, self->icon_name != NULL); break;
    case PROP_HAS_SUBTITLE: g_value_set_boolean (value, self->subtitle != NULL); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_sidebar_entry_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OpsSidebarEntry *self = OPS_SIDEBAR_ENTRY (object);

  switch (prop_id)
    {
    case PROP_TARGET: self->target = g_value_dup_string (value); break;
    case PROP_ICON_NAME: self->icon_name = g_value_dup_string (value); break;
    case PROP_RANK_LABEL: self->rank_label = g_value_dup_string (value); break;
    case PROP_ITEM: self->item = g_value_dup_object (value); break;
    case PROP_SECTION: ops_sidebar_entry_set_section (self, g_value_get_string (value)); break;
    case PROP_TITLE:
      if (g_set_str (&self->title, g_value_get_string (value)))
        {
          g_object_notify_by_pspec (object, properties[PROP_TITLE]);
          g_object_notify_by_pspec (object, properties[PROP_ACCESSIBLE_LABEL]);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_sidebar_entry_class_init (OpsSidebarEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;
  GParamFlags readable = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ops_sidebar_entry_finalize;
  object_class->get_property = ops_sidebar_entry_get_property;
  object_class->set_property = ops_sidebar_entry_set_property;

  properties[PROP_TARGET] = g_param_spec_string ("target", NULL, NULL, NULL, construct);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] = g_param_spec_string ("subtitle", NULL, NULL, NULL, readable);
  properties[PROP_ICON_NAME] = g_param_spec_string ("icon-name", NULL, NULL, NULL, construct);
  properties[PROP_RANK_LABEL] = g_param_spec_string ("rank-label", NULL, NULL, NULL, construct);
  properties[PROP_SECTION] =
    g_param_spec_string ("section", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEM] = g_param_spec_object ("item", NULL, NULL, OPS_TYPE_CATALOG_ITEM, construct);
  properties[PROP_ACCESSIBLE_LABEL] = g_param_spec_string ("accessible-label", NULL, NULL, NULL, readable);
  /* For the row template, which binds visibility to booleans. */
  properties[PROP_IS_STAGE] = g_param_spec_boolean ("is-stage", NULL, NULL, FALSE, readable);
  properties[PROP_HAS_ICON] = g_param_spec_boolean ("has-icon", NULL, NULL, FALSE, readable);
  properties[PROP_HAS_SUBTITLE] = g_param_spec_boolean ("has-subtitle", NULL, NULL, FALSE, readable);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_sidebar_entry_init (OpsSidebarEntry *self)
{
}
