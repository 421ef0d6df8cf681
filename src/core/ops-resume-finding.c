/* ops-resume-finding.c: one thing the resume keyword check found
 *
 * A keyword found (the catalog entry, the first line it is on and that
 * line), a keyword the target role expects but the resume lacks (the
 * entry, line 0, no text), or a bullet line without a number (no entry,
 * the line and its text).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ops-resume-finding.h"

struct _OpsResumeFinding
{
  GObject         parent_instance;

  OpsCatalogItem *catalog_item;
  guint           line;
  char           *text;
};

enum {
  PROP_0,
  PROP_CATALOG_ITEM,
  PROP_LINE,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsResumeFinding, ops_resume_finding, G_TYPE_OBJECT)

/**
 * ops_resume_finding_new:
 * @catalog_item: (nullable): the keyword, skill or certification
 * @line: the line, counted from 1, or 0 for none
 * @text: (nullable): that line's text
 *
 * Returns: (transfer full): the finding
 */
OpsResumeFinding *
ops_resume_finding_new (OpsCatalogItem *catalog_item,
                        guint           line,
                        const char     *text)
{
  OpsResumeFinding *self;

  g_return_val_if_fail (catalog_item == NULL || OPS_IS_CATALOG_ITEM (catalog_item), NULL);

  self = g_object_new (OPS_TYPE_RESUME_FINDING, NULL);
  self->catalog_item = catalog_item ? g_object_ref (catalog_item) : NULL;
  self->line = line;
  self->text = g_strdup (text ? text : "");

  return self;
}

/* (transfer none) (nullable) */
OpsCatalogItem *
ops_resume_finding_get_catalog_item (OpsResumeFinding *self)
{
  g_return_val_if_fail (OPS_IS_RESUME_FINDING (self), NULL);

  return self->catalog_item;
}

/* Counted from 1; 0 for a keyword that is missing. */
guint
ops_resume_finding_get_line (OpsResumeFinding *self)
{
  g_return_val_if_fail (OPS_IS_RESUME_FINDING (self), 0);

  return self->line;
}

/* The line as written, without its end; never %NULL. Plain text. */
const char *
ops_resume_finding_get_text (OpsResumeFinding *self)
{
  g_return_val_if_fail (OPS_IS_RESUME_FINDING (self), NULL);

  return self->text;
}

static void
ops_resume_finding_dispose (GObject *object)
{
  OpsResumeFinding *self = OPS_RESUME_FINDING (object);

  g_clear_object (&self->catalog_item);

  G_OBJECT_CLASS (ops_resume_finding_parent_class)->dispose (object);
}

static void
ops_resume_finding_finalize (GObject *object)
{
  OpsResumeFinding *self = OPS_RESUME_FINDING (object);

  g_free (self->text);

  G_OBJECT_CLASS (ops_resume_finding_parent_class)->finalize (object);
}

static void
ops_resume_finding_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OpsResumeFinding *self = OPS_RESUME_FINDING (object);

  switch (prop_id)
    {
    case PROP_CATALOG_ITEM:
      g_value_set_object (value, self->catalog_item);
      break;
    case PROP_LINE:
      g_value_set_uint (value, self->line);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_resume_finding_class_init (OpsResumeFindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = ops_resume_finding_dispose;
  object_class->finalize = ops_resume_finding_finalize;
  object_class->get_property = ops_resume_finding_get_property;

  properties[PROP_CATALOG_ITEM] =
    g_param_spec_object ("catalog-item", NULL, NULL, OPS_TYPE_CATALOG_ITEM, flags);
  properties[PROP_LINE] =
    g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_resume_finding_init (OpsResumeFinding *self)
{
}
