/* ops-catalog-source.c: where a catalog fact comes from, and when it was
 * last checked against that page
 *
 * The loader has already refused anything but an https:// address and a
 * real month, so the getters here never have to guess. Immutable, so
 * nothing notifies.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-catalog-source.h"

struct _OpsCatalogSource
{
  GObject  parent_instance;

  char    *url;
  char    *label;
  char    *host;
  guint    checked_year;
  guint    checked_month;
};

enum {
  PROP_0,
  PROP_URL,
  PROP_LABEL,
  PROP_HOST,
  PROP_CHECKED_YEAR,
  PROP_CHECKED_MONTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsCatalogSource, ops_catalog_source, G_TYPE_OBJECT)

/**
 * ops_catalog_source_new:
 * @url: an https:// address
 * @label: what the page is, already translated
 * @checked_year: the year the fact was last checked
 * @checked_month: the month, 1 to 12
 *
 * Returns: (transfer full): a new source
 */
OpsCatalogSource *
ops_catalog_source_new (const char *url,
                        const char *label,
                        guint       checked_year,
                        guint       checked_month)
{
  OpsCatalogSource *self;
  g_autoptr(GUri) uri = NULL;

  g_return_val_if_fail (url != NULL, NULL);
  g_return_val_if_fail (label != NULL, NULL);
  g_return_val_if_fail (checked_month >= 1 && checked_month <= 12, NULL);

  self = g_object_new (OPS_TYPE_CATALOG_SOURCE, NULL);
  self->url = g_strdup (url);
  self->label = g_strdup (label);
  self->checked_year = checked_year;
  self->checked_month = checked_month;

  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  self->host = g_strdup (uri != NULL && g_uri_get_host (uri) != NULL ? g_uri_get_host (uri) : url);

  return self;
}

const char *
ops_catalog_source_get_url (OpsCatalogSource *self)
{
  g_return_val_if_fail (OPS_IS_CATALOG_SOURCE (self), NULL);

  return self->url;
}

/* What the page is: "O*NET OnLine: 11-1021.00 General and Operations
 * Managers". */
const char *
ops_catalog_source_get_label (OpsCatalogSource *self)
{
  g_return_val_if_fail (OPS_IS_CATALOG_SOURCE (self), NULL);

  return self->label;
}

/* The site, such as "www.ascm.org": what a reader recognises before
 * following a link. */
const char *
ops_catalog_source_get_host (OpsCatalogSource *self)
{
  g_return_val_if_fail (OPS_IS_CATALOG_SOURCE (self), NULL);

  return self->host;
}

guint
ops_catalog_source_get_checked_year (OpsCatalogSource *self)
{
  g_return_val_if_fail (OPS_IS_CATALOG_SOURCE (self), 0);

  return self->checked_year;
}

/* 1 to 12. */
guint
ops_catalog_source_get_checked_month (OpsCatalogSource *self)
{
  g_return_val_if_fail (OPS_IS_CATALOG_SOURCE (self), 0);

  return self->checked_month;
}

/**
 * ops_catalog_source_format_checked:
 * @self: a source
 *
 * The month it was checked as the user's locale abbreviates it, such as
 * "Dec 2026" or "Dez. 2026", for the panes and the PDF alike.
 *
 * Returns: (transfer full): the month and year
 */
char *
ops_catalog_source_format_checked (OpsCatalogSource *self)
{
  g_autoptr(GDateTime) date = NULL;

  g_return_val_if_fail (OPS_IS_CATALOG_SOURCE (self), NULL);

  date = g_date_time_new_utc (self->checked_year, self->checked_month, 1, 0, 0, 0);

  return g_date_time_format (date, "%b %Y");
}

static void
ops_catalog_source_finalize (GObject *object)
{
  OpsCatalogSource *self = OPS_CATALOG_SOURCE (object);

  g_free (self->url);
  g_free (self->label);
  g_free (self->host);

  G_OBJECT_CLASS (ops_catalog_source_parent_class)->finalize (object);
}

static void
ops_catalog_source_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OpsCatalogSource *self = OPS_CATALOG_SOURCE (object);

  switch (prop_id)
    {
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_HOST:
      g_value_set_string (value, self->host);
      break;

    case PROP_CHECKED_YEAR:
      g_value_set_uint (value, self->checked_year);
      break;

    case PROP_CHECKED_MONTH:
      g_value_set_uint (value, self->checked_month);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_catalog_source_class_init (OpsCatalogSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ops_catalog_source_finalize;
  object_class->get_property = ops_catalog_source_get_property;

  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_HOST] =
    g_param_spec_string ("host", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CHECKED_YEAR] =
    g_param_spec_uint ("checked-year", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CHECKED_MONTH] =
    g_param_spec_uint ("checked-month", NULL, NULL, 0, 12, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_catalog_source_init (OpsCatalogSource *self)
{
}
