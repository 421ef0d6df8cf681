/* ops-catalog-item.c
 *
 * Every catalog entry keeps its text fields and links in the same generic
 * storage, filled once by the loader; the typed subclasses only add
 * meaningful getters on top. The catalog is immutable after loading, so
 * nothing here ever notifies; only the folded search text is made later,
 * on the main thread, by the first search or ops_catalog_prepare_search ().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-catalog-item.h"
#include "ops-branch.h"
#include "ops-catalog-private.h"
#include "ops-catalog-source.h"
#include "ops-certification.h"
#include "ops-education.h"
#include "ops-plan-item.h"
#include "ops-role.h"
#include "ops-skill.h"
#include "ops-stage.h"

typedef struct
{
  char        *id;
  OpsItemKind  kind;
  GHashTable  *texts;      /* field → GPtrArray of char*, NULL-terminated */
  GHashTable  *links;      /* field → GListStore of OpsCatalogItem */
  GHashTable  *referrers;  /* "kind/field" → GListStore of OpsCatalogItem */
  GListStore  *sources;    /* OpsCatalogSource, or NULL for none */
  GString     *search_source; /* the searchable texts as written, one a line */
  char        *search_text;   /* the same, normalised and casefolded */
  char        *search_name;   /* the name, normalised and casefolded */
  char        *sort_key;      /* the name's collation key (g_utf8_collate_key) */
} OpsCatalogItemPrivate;

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_NAME,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_TYPE_WITH_PRIVATE (OpsCatalogItem, ops_catalog_item, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (OpsItemKind, ops_item_kind,
  G_DEFINE_ENUM_VALUE (OPS_ITEM_KIND_OVERVIEW, "overview"),
  G_DEFINE_ENUM_VALUE (OPS_ITEM_KIND_STAGE, "stage"),
  G_DEFINE_ENUM_VALUE (OPS_ITEM_KIND_ROLE, "role"),
  G_DEFINE_ENUM_VALUE (OPS_ITEM_KIND_CERTIFICATION, "certification"),
  G_DEFINE_ENUM_VALUE (OPS_ITEM_KIND_SKILL, "skill"),
  G_DEFINE_ENUM_VALUE (OPS_ITEM_KIND_EDUCATION, "education"),
  G_DEFINE_ENUM_VALUE (OPS_ITEM_KIND_ORGANIZATION, "organization"),
  G_DEFINE_ENUM_VALUE (OPS_ITEM_KIND_GUIDE, "guide"),
  G_DEFINE_ENUM_VALUE (OPS_ITEM_KIND_QUESTION, "question"),
  G_DEFINE_ENUM_VALUE (OPS_ITEM_KIND_KEYWORD, "keyword"),
  G_DEFINE_ENUM_VALUE (OPS_ITEM_KIND_BRANCH, "branch"))

static const char *kind_names[] = {
  "overview", "stage", "role", "certification", "skill",
  "education", "organization", "guide", "question", "keyword",
  "branch",
};
G_STATIC_ASSERT (G_N_ELEMENTS (kind_names) == OPS_N_ITEM_KINDS);

const char *
ops_item_kind_to_string (OpsItemKind kind)
{
  g_return_val_if_fail (kind < OPS_N_ITEM_KINDS, NULL);

  return kind_names[kind];
}

gboolean
ops_item_kind_from_string (const char  *string,
                           OpsItemKind *kind)
{
  g_return_val_if_fail (string != NULL, FALSE);

  for (guint i = 0; i < OPS_N_ITEM_KINDS; i++)
    {
      if (g_str_equal (string, kind_names[i]))
        {
          if (kind != NULL)
            *kind = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* The heading search results of this kind are grouped under. */
const char *
ops_item_kind_get_title (OpsItemKind kind)
{
  switch (kind)
    {
    case OPS_ITEM_KIND_OVERVIEW: return _("Overview");
    case OPS_ITEM_KIND_STAGE: return _("Ladder Stages");
    case OPS_ITEM_KIND_ROLE: return _("Roles");
    case OPS_ITEM_KIND_CERTIFICATION: return _("Certifications");
    case OPS_ITEM_KIND_SKILL: return _("Skills");
    case OPS_ITEM_KIND_EDUCATION: return _("Education");
    case OPS_ITEM_KIND_ORGANIZATION: return _("Organizations");
    case OPS_ITEM_KIND_GUIDE: return _("Ways In and Job Search");
    case OPS_ITEM_KIND_QUESTION: return _("Interview Questions");
    case OPS_ITEM_KIND_KEYWORD: return _("Resume Keywords");
    case OPS_ITEM_KIND_BRANCH: return _("Career Paths");
    case OPS_N_ITEM_KINDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* What one entry of this kind is called where a plan step could be made
 * of it, in the words of the plan's own steps; %NULL for the other kinds. */
const char *
ops_item_kind_get_label (OpsItemKind kind)
{
  switch (kind)
    {
    case OPS_ITEM_KIND_CERTIFICATION: return ops_plan_item_kind_get_label (OPS_PLAN_ITEM_KIND_CERTIFICATION);
    case OPS_ITEM_KIND_SKILL: return ops_plan_item_kind_get_label (OPS_PLAN_ITEM_KIND_SKILL);
    case OPS_ITEM_KIND_EDUCATION: return ops_plan_item_kind_get_label (OPS_PLAN_ITEM_KIND_EDUCATION);
    case OPS_ITEM_KIND_OVERVIEW:
    case OPS_ITEM_KIND_STAGE:
    case OPS_ITEM_KIND_ROLE:
    case OPS_ITEM_KIND_ORGANIZATION:
    case OPS_ITEM_KIND_GUIDE:
    case OPS_ITEM_KIND_QUESTION:
    case OPS_ITEM_KIND_KEYWORD:
    case OPS_ITEM_KIND_BRANCH:
    case OPS_N_ITEM_KINDS:
    default:
      return NULL;
    }
}

static GType
type_for_kind (OpsItemKind kind)
{
  switch (kind)
    {
    case OPS_ITEM_KIND_STAGE: return OPS_TYPE_STAGE;
    case OPS_ITEM_KIND_ROLE: return OPS_TYPE_ROLE;
    case OPS_ITEM_KIND_CERTIFICATION: return OPS_TYPE_CERTIFICATION;
    case OPS_ITEM_KIND_SKILL: return OPS_TYPE_SKILL;
    case OPS_ITEM_KIND_EDUCATION: return OPS_TYPE_EDUCATION;
    case OPS_ITEM_KIND_BRANCH: return OPS_TYPE_BRANCH;
    case OPS_ITEM_KIND_OVERVIEW:
    case OPS_ITEM_KIND_ORGANIZATION:
    case OPS_ITEM_KIND_GUIDE:
    case OPS_ITEM_KIND_QUESTION:
    case OPS_ITEM_KIND_KEYWORD:
    case OPS_N_ITEM_KINDS:
    default:
      return OPS_TYPE_CATALOG_ITEM;
    }
}

OpsCatalogItem *
_ops_catalog_item_new (OpsItemKind  kind,
                       const char  *id)
{
  g_return_val_if_fail (kind < OPS_N_ITEM_KINDS, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (type_for_kind (kind), "id", id, "kind", kind, NULL);
}

static GPtrArray *
texts_for (OpsCatalogItemPrivate *priv,
           const char            *field)
{
  GPtrArray *texts = g_hash_table_lookup (priv->texts, field);

  if (texts == NULL)
    {
      texts = g_ptr_array_new_null_terminated (1, g_free, TRUE);
      g_hash_table_insert (priv->texts, g_strdup (field), texts);
    }

  return texts;
}

static GListStore *
store_for (GHashTable *table,
           const char *key)
{
  GListStore *store = g_hash_table_lookup (table, key);

  if (store == NULL)
    {
      store = g_list_store_new (OPS_TYPE_CATALOG_ITEM);
      g_hash_table_insert (table, g_strdup (key), store);
    }

  return store;
}

void
_ops_catalog_item_add_text (OpsCatalogItem *self,
                            const char     *field,
                            const char     *text)
{
  OpsCatalogItemPrivate *priv = ops_catalog_item_get_instance_private (self);

  g_ptr_array_add (texts_for (priv, field), g_strdup (text));
}

void
_ops_catalog_item_add_link (OpsCatalogItem *self,
                            const char     *field,
                            OpsCatalogItem *target)
{
  OpsCatalogItemPrivate *priv = ops_catalog_item_get_instance_private (self);
  OpsCatalogItemPrivate *target_priv = ops_catalog_item_get_instance_private (target);
  g_autofree char *key = g_strdup_printf ("%s/%s", kind_names[priv->kind], field);

  g_list_store_append (store_for (priv->links, field), target);
  g_list_store_append (store_for (target_priv->referrers, key), self);
}

void
_ops_catalog_item_add_source (OpsCatalogItem   *self,
                              OpsCatalogSource *source)
{
  OpsCatalogItemPrivate *priv = ops_catalog_item_get_instance_private (self);

  if (priv->sources == NULL)
    priv->sources = g_list_store_new (OPS_TYPE_CATALOG_SOURCE);
  g_list_store_append (priv->sources, source);
}

void
_ops_catalog_item_add_search_text (OpsCatalogItem *self,
                                   const char     *text)
{
  OpsCatalogItemPrivate *priv = ops_catalog_item_get_instance_private (self);

  if (priv->search_source == NULL)
    priv->search_source = g_string_new (NULL);
  g_string_append (priv->search_source, text);
  g_string_append_c (priv->search_source, '\n');
  g_clear_pointer (&priv->search_text, g_free);
}

/* The searchable texts as the catalog gives them, before folding. */
const char *
_ops_catalog_item_get_search_source (OpsCatalogItem *self)
{
  OpsCatalogItemPrivate *priv = ops_catalog_item_get_instance_private (self);

  return priv->search_source ? priv->search_source->str : "";
}

/* What search compares: @text normalised and casefolded. */
char *
_ops_catalog_fold (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);

  return g_utf8_casefold (normalized ? normalized : "", -1);
}

/* Folding (and the name's collation key) is most of what loading the
 * catalog would cost for search, and the first window does not search:
 * it is done on the first search, or when ops_catalog_prepare_search ()
 * runs once the window is up. */
static void
ensure_search_text (OpsCatalogItem *self)
{
  OpsCatalogItemPrivate *priv = ops_catalog_item_get_instance_private (self);

  if (priv->search_text == NULL)
    priv->search_text = _ops_catalog_fold (_ops_catalog_item_get_search_source (self));
  if (priv->search_name == NULL)
    priv->search_name = _ops_catalog_fold (ops_catalog_item_get_name (self));
  if (priv->sort_key == NULL)
    priv->sort_key = g_utf8_collate_key (ops_catalog_item_get_name (self), -1);
}

/* Every searchable text, normalised and casefolded, one a line. */
const char *
_ops_catalog_item_get_search_text (OpsCatalogItem *self)
{
  OpsCatalogItemPrivate *priv = ops_catalog_item_get_instance_private (self);

  ensure_search_text (self);

  return priv->search_text;
}

/* The name, normalised and casefolded. */
const char *
_ops_catalog_item_get_search_name (OpsCatalogItem *self)
{
  OpsCatalogItemPrivate *priv = ops_catalog_item_get_instance_private (self);

  ensure_search_text (self);

  return priv->search_name;
}

/* The name's collation key: results of equal score are sorted by name
 * with strcmp () on these, as g_utf8_collate () would sort them, without
 * collating the two names anew at every comparison of every keystroke. */
const char *
_ops_catalog_item_get_sort_key (OpsCatalogItem *self)
{
  OpsCatalogItemPrivate *priv = ops_catalog_item_get_instance_private (self);

  ensure_search_text (self);

  return priv->sort_key;
}

/* Links and referrers point both ways, so the catalog breaks the cycles
 * explicitly when it goes away. */
void
_ops_catalog_item_unlink (OpsCatalogItem *self)
{
  OpsCatalogItemPrivate *priv = ops_catalog_item_get_instance_private (self);

  g_hash_table_remove_all (priv->links);
  g_hash_table_remove_all (priv->referrers);
}

const char *
ops_catalog_item_get_id (OpsCatalogItem *self)
{
  OpsCatalogItemPrivate *priv = ops_catalog_item_get_instance_private (self);

  g_return_val_if_fail (OPS_IS_CATALOG_ITEM (self), NULL);

  return priv->id;
}

OpsItemKind
ops_catalog_item_get_kind (OpsCatalogItem *self)
{
  OpsCatalogItemPrivate *priv = ops_catalog_item_get_instance_private (self);

  g_return_val_if_fail (OPS_IS_CATALOG_ITEM (self), 0);

  return priv->kind;
}

/**
 * ops_catalog_item_get_group_title:
 * @self: an item
 *
 * The heading a list that mixes kinds files @self under: the title of its
 * kind, except that guides are told apart by section, since an industry or
 * a certification chooser is not a way in or a job search tip.
 *
 * Returns: (transfer none): a translated heading
 */
const char *
ops_catalog_item_get_group_title (OpsCatalogItem *self)
{
  OpsCatalogItemPrivate *priv = ops_catalog_item_get_instance_private (self);
  const char *section;

  g_return_val_if_fail (OPS_IS_CATALOG_ITEM (self), NULL);

  if (priv->kind != OPS_ITEM_KIND_GUIDE)
    return ops_item_kind_get_title (priv->kind);

  section = ops_catalog_item_get_text (self, "section");
  if (g_strcmp0 (section, "industries") == 0)
    return _("Industries");
  if (g_strcmp0 (section, "choosing") == 0)
    return _("Choosing a Certification");

  return ops_item_kind_get_title (priv->kind);
}

const char *
ops_catalog_item_get_name (OpsCatalogItem *self)
{
  return ops_catalog_item_get_text (self, "name");
}

const char *
ops_catalog_item_get_summary (OpsCatalogItem *self)
{
  return ops_catalog_item_get_text (self, "summary");
}

/* Returns the first text of @field, or %NULL when the entry has none. */
const char *
ops_catalog_item_get_text (OpsCatalogItem *self,
                           const char     *field)
{
  g_return_val_if_fail (OPS_IS_CATALOG_ITEM (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  return ops_catalog_item_get_texts (self, field)[0];
}

/* Returns the texts of @field in catalog order; never %NULL. */
const char * const *
ops_catalog_item_get_texts (OpsCatalogItem *self,
                            const char     *field)
{
  static const char *none[] = { NULL };
  OpsCatalogItemPrivate *priv = ops_catalog_item_get_instance_private (self);
  GPtrArray *texts;

  g_return_val_if_fail (OPS_IS_CATALOG_ITEM (self), none);
  g_return_val_if_fail (field != NULL, none);

  texts = g_hash_table_lookup (priv->texts, field);

  return texts ? (const char * const *) texts->pdata : none;
}

/* Returns the first entry @field links to, or %NULL. (transfer none) */
OpsCatalogItem *
ops_catalog_item_get_link (OpsCatalogItem *self,
                           const char     *field)
{
  GListModel *links = ops_catalog_item_get_links (self, field);
  g_autoptr(OpsCatalogItem) first = NULL;

  if (links == NULL || g_list_model_get_n_items (links) == 0)
    return NULL;

  /* The store keeps its own reference for as long as the catalog lives. */
  first = g_list_model_get_item (links, 0);

  return first;
}

static GListModel *
empty_model (void)
{
  static GListStore *empty;

  if (g_once_init_enter_pointer (&empty))
    g_once_init_leave_pointer (&empty, g_list_store_new (OPS_TYPE_CATALOG_ITEM));

  return G_LIST_MODEL (empty);
}

/* Returns the entries @field links to, in catalog order. (transfer none) */
GListModel *
ops_catalog_item_get_links (OpsCatalogItem *self,
                            const char     *field)
{
  OpsCatalogItemPrivate *priv = ops_catalog_item_get_instance_private (self);
  GListModel *links;

  g_return_val_if_fail (OPS_IS_CATALOG_ITEM (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  links = g_hash_table_lookup (priv->links, field);

  return links ? links : empty_model ();
}

/**
 * ops_catalog_item_get_sources:
 * @self: a catalog entry
 *
 * Where the entry's facts come from, in catalog order: the issuing body's
 * page, the official occupation profile, and when each was last checked.
 *
 * Returns: (transfer none): a #GListModel of #OpsCatalogSource, empty when
 *   the entry has none
 */
GListModel *
ops_catalog_item_get_sources (OpsCatalogItem *self)
{
  static GListStore *none;
  OpsCatalogItemPrivate *priv = ops_catalog_item_get_instance_private (self);

  g_return_val_if_fail (OPS_IS_CATALOG_ITEM (self), NULL);

  if (priv->sources != NULL)
    return G_LIST_MODEL (priv->sources);

  if (g_once_init_enter_pointer (&none))
    g_once_init_leave_pointer (&none, g_list_store_new (OPS_TYPE_CATALOG_SOURCE));

  return G_LIST_MODEL (none);
}

/* Returns the entries of @kind whose @field links here: the roles a skill
 * serves, the roles that lead to a role. (transfer none) */
GListModel *
ops_catalog_item_get_referrers (OpsCatalogItem *self,
                                OpsItemKind     kind,
                                const char     *field)
{
  OpsCatalogItemPrivate *priv = ops_catalog_item_get_instance_private (self);
  g_autofree char *key = NULL;
  GListModel *referrers;

  g_return_val_if_fail (OPS_IS_CATALOG_ITEM (self), NULL);
  g_return_val_if_fail (kind < OPS_N_ITEM_KINDS, NULL);
  g_return_val_if_fail (field != NULL, NULL);

  key = g_strdup_printf ("%s/%s", kind_names[kind], field);
  referrers = g_hash_table_lookup (priv->referrers, key);

  return referrers ? referrers : empty_model ();
}

static void
ops_catalog_item_finalize (GObject *object)
{
  OpsCatalogItem *self = OPS_CATALOG_ITEM (object);
  OpsCatalogItemPrivate *priv = ops_catalog_item_get_instance_private (self);

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->texts, g_hash_table_unref);
  g_clear_pointer (&priv->links, g_hash_table_unref);
  g_clear_pointer (&priv->referrers, g_hash_table_unref);
  g_clear_object (&priv->sources);
  if (priv->search_source != NULL)
    g_string_free (g_steal_pointer (&priv->search_source), TRUE);
  g_clear_pointer (&priv->search_text, g_free);
  g_clear_pointer (&priv->search_name, g_free);
  g_clear_pointer (&priv->sort_key, g_free);

  G_OBJECT_CLASS (ops_catalog_item_parent_class)->finalize (object);
}

static void
ops_catalog_item_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OpsCatalogItem *self = OPS_CATALOG_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, ops_catalog_item_get_id (self));
      break;

    case PROP_KIND:
      g_value_set_enum (value, ops_catalog_item_get_kind (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, ops_catalog_item_get_name (self));
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, ops_catalog_item_get_summary (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_catalog_item_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OpsCatalogItem *self = OPS_CATALOG_ITEM (object);
  OpsCatalogItemPrivate *priv = ops_catalog_item_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      priv->id = g_value_dup_string (value);
      break;

    case PROP_KIND:
      priv->kind = g_value_get_enum (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_catalog_item_class_init (OpsCatalogItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ops_catalog_item_finalize;
  object_class->get_property = ops_catalog_item_get_property;
  object_class->set_property = ops_catalog_item_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, OPS_TYPE_ITEM_KIND, OPS_ITEM_KIND_OVERVIEW,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_catalog_item_init (OpsCatalogItem *self)
{
  OpsCatalogItemPrivate *priv = ops_catalog_item_get_instance_private (self);

  priv->texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) g_ptr_array_unref);
  priv->links = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  priv->referrers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}
