/* ops-entry-page.c: what every catalog entry's pane has in common
 *
 * A pane shows one entry, chosen when it is made: its title is the entry's
 * name and its tag the entry's id, so the navigation stack can tell which
 * entry is on top. Subclasses bring their own template and fill it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-entry-page.h"

typedef struct
{
  OpsCatalogItem *item;
} OpsEntryPagePrivate;

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_TYPE_WITH_PRIVATE (OpsEntryPage, ops_entry_page, ADW_TYPE_NAVIGATION_PAGE)

/* (transfer none) (nullable) */
OpsCatalogItem *
ops_entry_page_get_item (OpsEntryPage *self)
{
  OpsEntryPagePrivate *priv = ops_entry_page_get_instance_private (self);

  g_return_val_if_fail (OPS_IS_ENTRY_PAGE (self), NULL);

  return priv->item;
}

static void
ops_entry_page_constructed (GObject *object)
{
  OpsEntryPage *self = OPS_ENTRY_PAGE (object);
  OpsEntryPagePrivate *priv = ops_entry_page_get_instance_private (self);

  G_OBJECT_CLASS (ops_entry_page_parent_class)->constructed (object);

  /* Only the template validator builds a pane without an entry. */
  if (priv->item == NULL)
    return;

  adw_navigation_page_set_title (ADW_NAVIGATION_PAGE (self), ops_catalog_item_get_name (priv->item));
  adw_navigation_page_set_tag (ADW_NAVIGATION_PAGE (self), ops_catalog_item_get_id (priv->item));
  OPS_ENTRY_PAGE_GET_CLASS (self)->fill (self, priv->item);
}

static void
ops_entry_page_dispose (GObject *object)
{
  OpsEntryPage *self = OPS_ENTRY_PAGE (object);
  OpsEntryPagePrivate *priv = ops_entry_page_get_instance_private (self);

  g_clear_object (&priv->item);

  G_OBJECT_CLASS (ops_entry_page_parent_class)->dispose (object);
}

static void
ops_entry_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  OpsEntryPage *self = OPS_ENTRY_PAGE (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, ops_entry_page_get_item (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_entry_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  OpsEntryPage *self = OPS_ENTRY_PAGE (object);
  OpsEntryPagePrivate *priv = ops_entry_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ITEM:
      priv->item = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_entry_page_class_init (OpsEntryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = ops_entry_page_constructed;
  object_class->dispose = ops_entry_page_dispose;
  object_class->get_property = ops_entry_page_get_property;
  object_class->set_property = ops_entry_page_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, OPS_TYPE_CATALOG_ITEM,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_entry_page_init (OpsEntryPage *self)
{
}
