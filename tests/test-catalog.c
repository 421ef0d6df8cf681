/* test-catalog.c: the career catalog a person browses and plans against
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "ops-catalog.h"
#include "ops-error.h"

static OpsCatalog *
load_default (void)
{
  g_autoptr(GError) error = NULL;
  OpsCatalog *catalog = ops_catalog_new_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (catalog);

  return catalog;
}

static gboolean
model_has_id (GListModel *model,
              const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OpsCatalogItem) item = g_list_model_get_item (model, i);

      if (g_str_equal (ops_catalog_item_get_id (item), id))
        return TRUE;
    }

  return FALSE;
}

static void
test_stages_in_order (void)
{
  g_autoptr(OpsCatalog) catalog = load_default ();
  GListModel *stages = ops_catalog_get_stages (catalog);
  const char *expected[] = { "trainee", "entry-level", "mid-level", "director", "executive" };

  g_assert_true (g_list_model_get_item_type (stages) == OPS_TYPE_CATALOG_ITEM);
  g_assert_cmpuint (g_list_model_get_n_items (stages), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(OpsCatalogItem) stage = g_list_model_get_item (stages, i);
      guint n_roles = 0;

      g_assert_true (OPS_IS_STAGE (stage));
      g_assert_cmpstr (ops_catalog_item_get_id (stage), ==, expected[i]);
      g_assert_cmpuint (ops_stage_get_rank (OPS_STAGE (stage)), ==, i + 1);
      g_assert_nonnull (ops_catalog_item_get_summary (stage));
      g_assert_nonnull (ops_stage_get_work (OPS_STAGE (stage))[0]);
      g_object_get (stage, "n-roles", &n_roles, NULL);
      g_assert_cmpuint (n_roles, >, 0);
      g_assert_cmpuint (n_roles, ==, g_list_model_get_n_items (ops_stage_get_roles (OPS_STAGE (stage))));
    }
}

static gboolean
reaches (OpsRole    *role,
         const char *goal,
         guint       depth)
{
  GListModel *next = ops_role_get_next_roles (role);

  if (g_str_equal (ops_catalog_item_get_id (OPS_CATALOG_ITEM (role)), goal))
    return TRUE;
  /* The loader rejects cycles; the depth bound only keeps a regression
   * from hanging the suite. */
  g_assert_cmpuint (depth, <, 64);

  for (guint i = 0; i < g_list_model_get_n_items (next); i++)
    {
      g_autoptr(OpsRole) to = g_list_model_get_item (next, i);

      if (reaches (to, goal, depth + 1))
        return TRUE;
    }

  return FALSE;
}

static void
test_roles_integrity (void)
{
  g_autoptr(OpsCatalog) catalog = load_default ();
  GListModel *roles = ops_catalog_get_items (catalog, OPS_ITEM_KIND_ROLE);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(OpsRole) role = g_list_model_get_item (roles, i);
      const char *id = ops_catalog_item_get_id (OPS_CATALOG_ITEM (role));

      g_test_message ("role %s", id);
      g_assert_true (OPS_IS_STAGE (ops_role_get_stage (role)));
      g_assert_true (model_has_id (ops_stage_get_roles (ops_role_get_stage (role)), id));
      g_assert_cmpuint (g_list_model_get_n_items (ops_role_get_skills (role)), >, 0);
      g_assert_nonnull (ops_role_get_responsibilities (role)[0]);
      if (g_str_equal (id, "operations-trainee"))
        g_assert_cmpuint (g_list_model_get_n_items (ops_role_get_previous_roles (role)), ==, 0);
      else
        g_assert_cmpuint (g_list_model_get_n_items (ops_role_get_previous_roles (role)), >, 0);
      if (!g_str_equal (id, "coo"))
        g_assert_cmpuint (g_list_model_get_n_items (ops_role_get_next_roles (role)), >, 0);
      g_assert_true (reaches (role, "coo", 0));
    }
}

/* Issue 19: the specialist paths the reference names after the
 * traineeship are catalog data. Each has roles on more than one stage,
 * every one of them climbs to the director, where the paths meet the
 * trunk again; the trainee, where they branch out, and the roles from
 * the director up are on the trunk. */
static void
test_branches (void)
{
  g_autoptr(OpsCatalog) catalog = load_default ();
  const char *ids[] = { "strategy-path", "quality-path", "supply-chain-path" };
  const char *trunk[] = { "operations-trainee", "operations-coordinator", "operations-supervisor",
                          "operations-manager", "plant-manager", "director-of-operations", "vp-of-operations", "coo" };
  GListModel *branches = ops_catalog_get_items (catalog, OPS_ITEM_KIND_BRANCH);

  g_assert_cmpuint (g_list_model_get_n_items (branches), ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      OpsCatalogItem *item = ops_catalog_lookup (catalog, ids[i]);
      GListModel *roles;
      g_autoptr(GHashTable) stages = g_hash_table_new (NULL, NULL);

      g_assert_true (OPS_IS_BRANCH (item));
      g_assert_nonnull (ops_catalog_item_get_name (item));
      g_assert_nonnull (ops_catalog_item_get_summary (item));
      roles = ops_branch_get_roles (OPS_BRANCH (item));
      g_assert_cmpuint (g_list_model_get_n_items (roles), >=, 2);
      for (guint r = 0; r < g_list_model_get_n_items (roles); r++)
        {
          g_autoptr(OpsRole) role = g_list_model_get_item (roles, r);

          g_assert_true (ops_role_get_branch (role) == OPS_BRANCH (item));
          g_assert_true (reaches (role, "director-of-operations", 0));
          g_hash_table_add (stages, ops_role_get_stage (role));
        }
      g_assert_cmpuint (g_hash_table_size (stages), >=, 2);
    }
  for (guint i = 0; i < G_N_ELEMENTS (trunk); i++)
    g_assert_null (ops_role_get_branch (OPS_ROLE (ops_catalog_lookup (catalog, trunk[i]))));
  g_assert_true (ops_role_get_branch (OPS_ROLE (ops_catalog_lookup (catalog, "buyer"))) ==
                 OPS_BRANCH (ops_catalog_lookup (catalog, "supply-chain-path")));

  /* A branch is never a search result: it has no pane to open. */
  {
    g_autoptr(GListModel) results = ops_catalog_search (catalog, "auditing");

    g_assert_false (model_has_id (results, "quality-path"));
  }
}

static void
assert_every_item_referenced (OpsCatalog  *catalog,
                              OpsItemKind  kind,
                              const char  *field)
{
  GListModel *items = ops_catalog_get_items (catalog, kind);

  g_assert_cmpuint (g_list_model_get_n_items (items), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(OpsCatalogItem) item = g_list_model_get_item (items, i);
      guint uses = g_list_model_get_n_items (ops_catalog_item_get_referrers (item, OPS_ITEM_KIND_ROLE, field)) +
                   g_list_model_get_n_items (ops_catalog_item_get_referrers (item, OPS_ITEM_KIND_CERTIFICATION, field));

      g_test_message ("%s %s", field, ops_catalog_item_get_id (item));
      g_assert_cmpuint (uses, >, 0);
    }
}

static void
test_everything_referenced (void)
{
  g_autoptr(OpsCatalog) catalog = load_default ();
  GListModel *certs = ops_catalog_get_items (catalog, OPS_ITEM_KIND_CERTIFICATION);

  /* A certification must help at least one role, not only another cert. */
  for (guint i = 0; i < g_list_model_get_n_items (certs); i++)
    {
      g_autoptr(OpsCertification) cert = g_list_model_get_item (certs, i);

      g_assert_cmpuint (g_list_model_get_n_items (ops_certification_get_roles (cert)), >, 0);
    }
  assert_every_item_referenced (catalog, OPS_ITEM_KIND_SKILL, "skill");
  assert_every_item_referenced (catalog, OPS_ITEM_KIND_EDUCATION, "education");
}

static void
assert_ids (OpsCatalog          *catalog,
            OpsItemKind          kind,
            const char * const  *ids)
{
  for (guint i = 0; ids[i] != NULL; i++)
    {
      OpsCatalogItem *item = ops_catalog_lookup (catalog, ids[i]);

      g_test_message ("expecting %s %s", ops_item_kind_to_string (kind), ids[i]);
      g_assert_nonnull (item);
      g_assert_cmpint (ops_catalog_item_get_kind (item), ==, kind);
      g_assert_nonnull (ops_catalog_item_get_name (item));
    }
}

static void
test_content_coverage (void)
{
  g_autoptr(OpsCatalog) catalog = load_default ();
  const char *roles[] = {
    "operations-trainee", "operations-coordinator", "operations-supervisor", "operations-analyst",
    "production-scheduler", "inventory-analyst", "operations-manager", "director-of-operations",
    "vp-of-operations", "coo", "operations-strategist", "internal-auditor", "supply-chain-manager",
    "plant-manager", "logistics-manager", "warehouse-manager", "purchasing-manager", "buyer", "quality-manager",
    "quality-engineer", "continuous-improvement-manager", "continuous-improvement-specialist", "demand-planner",
    "materials-manager", "master-scheduler", "supply-chain-analyst", "logistics-analyst", "industrial-engineer", NULL
  };
  /* The credentials issue 18 asks for, with the ids roles refer to. */
  const char *certs[] = {
    "cpim", "cscp", "cltd", "cpsm", "cia", "pmp", "capm", "cqa", "cqe", "cmq-oe", "cqia", "asq-cssgb",
    "asq-cssbb", "scpro", "lss-yellow-belt", "lss-green-belt", "lss-black-belt", NULL
  };
  const char *skills[] = {
    "lean", "value-stream-mapping", "five-s", "dmaic", "erp", "mrp", "statistics", "financial-modeling",
    "logistics", "process-analysis", "quality-assurance", "quality-control", "prescriptive-analytics",
    "resource-planning", "budgeting", "inventory-management", "scheduling", "leadership", "communication",
    "change-management", "dispute-resolution", "multitasking", NULL
  };
  const char *education[] = {
    "bachelor-business-administration", "bachelor-industrial-engineering", "bachelor-supply-chain",
    "core-coursework", "mba-operations", NULL
  };
  const char *guides[] = {
    "internships", "entry-roles", "career-changers", "resume-keywords", "quantified-achievements",
    "star-interviews", "networking", "job-vs-career", "industries-compared", "industry-manufacturing",
    "industry-logistics", "industry-healthcare", "industry-retail", "which-certification-first", "belt-providers",
    NULL
  };
  const char *organizations[] = {
    "ascm", "asq", "ism", "cscmp", "iise", "pmi", "iia", "dgq", "bvl", "bme", "poms", NULL
  };
  const char *keywords[] = { "process-improvement", "lean-six-sigma", "cost-reduction", NULL };
  const char *questions[] = { "bottleneck", "change-resistance", "data-driven-decision", "department-conflict", "failure", NULL };

  assert_ids (catalog, OPS_ITEM_KIND_ROLE, roles);
  assert_ids (catalog, OPS_ITEM_KIND_CERTIFICATION, certs);
  assert_ids (catalog, OPS_ITEM_KIND_SKILL, skills);
  assert_ids (catalog, OPS_ITEM_KIND_EDUCATION, education);
  assert_ids (catalog, OPS_ITEM_KIND_GUIDE, guides);
  assert_ids (catalog, OPS_ITEM_KIND_ORGANIZATION, organizations);
  assert_ids (catalog, OPS_ITEM_KIND_KEYWORD, keywords);
  assert_ids (catalog, OPS_ITEM_KIND_QUESTION, questions);

  g_assert_nonnull (ops_catalog_get_overview (catalog));
  g_assert_nonnull (ops_catalog_item_get_texts (ops_catalog_get_overview (catalog), "para")[1]);
  g_assert_cmpint (ops_skill_get_skill_kind (OPS_SKILL (ops_catalog_lookup (catalog, "leadership"))), ==, OPS_SKILL_KIND_SOFT);
  g_assert_cmpint (ops_skill_get_skill_kind (OPS_SKILL (ops_catalog_lookup (catalog, "mrp"))), ==, OPS_SKILL_KIND_HARD);
  g_assert_cmpint (ops_education_get_level (OPS_EDUCATION (ops_catalog_lookup (catalog, "mba-operations"))), ==, OPS_EDUCATION_LEVEL_MASTER);
  g_assert_cmpstr (ops_catalog_item_get_text (ops_catalog_lookup (catalog, "resume-keywords"), "section"), ==, "job-search");
}

static void
test_dmaic_phases (void)
{
  g_autoptr(OpsCatalog) catalog = load_default ();
  const char * const *details = ops_skill_get_details (OPS_SKILL (ops_catalog_lookup (catalog, "dmaic")));
  const char *phases[] = { "Define", "Measure", "Analyze", "Improve", "Control" };

  g_assert_cmpuint (g_strv_length ((char **) details), ==, G_N_ELEMENTS (phases));
  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    g_assert_true (g_str_has_prefix (details[i], phases[i]));
}

static void
assert_counterparts (OpsCatalog *catalog,
                     const char *a,
                     const char *b)
{
  OpsCertification *ca = OPS_CERTIFICATION (ops_catalog_lookup (catalog, a));
  OpsCertification *cb = OPS_CERTIFICATION (ops_catalog_lookup (catalog, b));

  g_assert_true (ops_certification_get_counterpart (ca) == cb);
  g_assert_true (ops_certification_get_counterpart (cb) == ca);
}

static void
test_certifications (void)
{
  g_autoptr(OpsCatalog) catalog = load_default ();
  OpsCertification *cpim = OPS_CERTIFICATION (ops_catalog_lookup (catalog, "cpim"));
  OpsCatalogItem *issuer = ops_certification_get_issuer (cpim);
  g_autoptr(GListModel) old_name = ops_catalog_search (catalog, "production and inventory management");
  OpsCertification *green = OPS_CERTIFICATION (ops_catalog_lookup (catalog, "lss-green-belt"));

  assert_counterparts (catalog, "cpim", "cscp");
  assert_counterparts (catalog, "lss-green-belt", "lss-black-belt");
  /* ASCM renamed CPIM in 2021; people still search for the old name. */
  g_assert_cmpstr (ops_certification_get_full_name (cpim), ==, "Certified in Planning and Inventory Management");
  g_assert_true (model_has_id (old_name, "cpim"));
  /* Many bodies award the belts: no one organization is named for them. */
  g_assert_null (ops_certification_get_issuer (green));
  g_assert_null (ops_catalog_lookup (catalog, "lss-providers"));
  g_assert_cmpstr (ops_catalog_item_get_id (issuer), ==, "ascm");
  g_assert_cmpstr (ops_catalog_item_get_text (issuer, "short-name"), ==, "ASCM");
  g_assert_nonnull (ops_certification_get_focus (cpim));
  g_assert_nonnull (ops_certification_get_suits (cpim));
  g_assert_nonnull (ops_certification_get_prepares (cpim));
  g_assert_cmpuint (g_list_model_get_n_items (ops_certification_get_roles (cpim)), >, 0);
}

/* Each renewal that asks for a number says what it counts, as its text
 * does: ASCM points, ISM hours, ASQ recertification units. */
static void
test_renewal_units (void)
{
  g_autoptr(OpsCatalog) catalog = load_default ();
  GListModel *certifications = ops_catalog_get_items (catalog, OPS_ITEM_KIND_CERTIFICATION);

  for (guint i = 0; i < g_list_model_get_n_items (certifications); i++)
    {
      g_autoptr(OpsCertification) cert = g_list_model_get_item (certifications, i);

      if (ops_certification_get_renewal_points (cert) > 0)
        g_assert_cmpint (ops_certification_get_renewal_unit (cert), !=, OPS_RENEWAL_UNIT_UNNAMED);
    }
  g_assert_cmpint (ops_certification_get_renewal_unit (OPS_CERTIFICATION (ops_catalog_lookup (catalog, "cpim"))),
                   ==, OPS_RENEWAL_UNIT_POINTS);
  g_assert_cmpint (ops_certification_get_renewal_unit (OPS_CERTIFICATION (ops_catalog_lookup (catalog, "cpsm"))),
                   ==, OPS_RENEWAL_UNIT_HOURS);
  g_assert_cmpint (ops_certification_get_renewal_unit (OPS_CERTIFICATION (ops_catalog_lookup (catalog, "cqe"))),
                   ==, OPS_RENEWAL_UNIT_UNITS);
  /* PMI counts professional development units, as the PMP's text says;
   * it names no number, so the log adds up PDUs without a goal. */
  g_assert_cmpint (ops_certification_get_renewal_unit (OPS_CERTIFICATION (ops_catalog_lookup (catalog, "pmp"))),
                   ==, OPS_RENEWAL_UNIT_PDUS);
}

static gboolean
results_have (GListModel *results,
              const char *id)
{
  return model_has_id (results, id);
}

static void
test_search (void)
{
  g_autoptr(OpsCatalog) catalog = load_default ();
  g_autoptr(GListModel) dmaic = ops_catalog_search (catalog, "DMAIC");
  g_autoptr(GListModel) apics = ops_catalog_search (catalog, "apics");
  g_autoptr(GListModel) five_s = ops_catalog_search (catalog, "5S");
  g_autoptr(GListModel) two_words = ops_catalog_search (catalog, "  supply   CHAIN ");
  g_autoptr(GListModel) nothing = ops_catalog_search (catalog, "zzzz-no-such-thing");
  g_autoptr(GListModel) empty = ops_catalog_search (catalog, "   ");
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  OpsItemKind last = OPS_N_ITEM_KINDS;

  g_assert_true (results_have (dmaic, "dmaic"));
  g_assert_true (results_have (dmaic, "lss-green-belt"));
  g_assert_true (results_have (dmaic, "lss-black-belt"));
  g_assert_true (results_have (apics, "ascm"));
  g_assert_true (results_have (apics, "cpim"));
  g_assert_true (results_have (apics, "cscp"));
  g_assert_true (results_have (five_s, "five-s"));
  g_assert_true (results_have (two_words, "supply-chain-manager"));
  g_assert_true (results_have (two_words, "bachelor-supply-chain"));
  g_assert_cmpuint (g_list_model_get_n_items (nothing), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (empty), ==, 0);

  /* Grouped by kind, so a list view can show one heading per kind: each
   * kind appears in one unbroken run. */
  for (guint i = 0; i < g_list_model_get_n_items (dmaic); i++)
    {
      g_autoptr(OpsCatalogItem) item = g_list_model_get_item (dmaic, i);
      OpsItemKind kind = ops_catalog_item_get_kind (item);

      if (kind != last)
        {
          g_assert_false (g_hash_table_contains (seen, GUINT_TO_POINTER (kind)));
          g_hash_table_add (seen, GUINT_TO_POINTER (kind));
        }
      last = kind;
    }
}

/* A search typed on a letter at a time looks only among what the last
 * one found; it must find what a search of the whole query finds, and a
 * letter taken back must find the wider results again. */
static void
test_search_typing_on (void)
{
  static const char *typed[] = {
    "s", "su", "sup", "supply", "supply ", "supply c", "supply chain", "supply", "s",
    "lean", "lean six", "lean six sigma", "lean  six", "Lean six", "lea",
    "5", "5S", "5s audit", "café", "cafe", "",
    "inv", "inventory", "inventory planner", "planner", "x", "",
  };
  g_autoptr(OpsCatalog) catalog = load_default ();

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      g_autoptr(OpsCatalog) fresh = load_default ();
      g_autoptr(GListModel) results = ops_catalog_search (catalog, typed[i]);
      g_autoptr(GListModel) expected = ops_catalog_search (fresh, typed[i]);

      g_test_message ("typing “%s”", typed[i]);
      g_assert_cmpuint (g_list_model_get_n_items (results), ==, g_list_model_get_n_items (expected));
      for (guint j = 0; j < g_list_model_get_n_items (expected); j++)
        {
          g_autoptr(OpsCatalogItem) a = g_list_model_get_item (results, j);
          g_autoptr(OpsCatalogItem) b = g_list_model_get_item (expected, j);

          g_assert_cmpstr (ops_catalog_item_get_id (a), ==, ops_catalog_item_get_id (b));
        }
    }
}

static void
assert_first_result (OpsCatalog *catalog,
                     const char *query,
                     const char *id)
{
  g_autoptr(GListModel) results = ops_catalog_search (catalog, query);
  g_autoptr(OpsCatalogItem) first = g_list_model_get_item (results, 0);

  g_test_message ("searching “%s”", query);
  g_assert_nonnull (first);
  g_assert_cmpstr (ops_catalog_item_get_id (first), ==, id);
}

static void
test_search_best_match_first (void)
{
  g_autoptr(OpsCatalog) catalog = load_default ();

  /* Enter opens the first result, so it must be what the person meant. */
  assert_first_result (catalog, "5S", "five-s");
  assert_first_result (catalog, "dmaic", "dmaic");
  assert_first_result (catalog, "CPIM", "cpim");
  assert_first_result (catalog, "chief operating", "coo");
  assert_first_result (catalog, "black belt", "lss-black-belt");
}

static void
test_search_ranks_names_first (void)
{
  g_autoptr(OpsCatalog) catalog = load_default ();
  g_autoptr(GListModel) results = ops_catalog_search (catalog, "operations manager");
  g_autoptr(OpsCatalogItem) first_role = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (results) && first_role == NULL; i++)
    {
      g_autoptr(OpsCatalogItem) item = g_list_model_get_item (results, i);

      if (ops_catalog_item_get_kind (item) == OPS_ITEM_KIND_ROLE)
        first_role = g_steal_pointer (&item);
    }

  g_assert_nonnull (first_role);
  g_assert_cmpstr (ops_catalog_item_get_id (first_role), ==, "operations-manager");
}

static void
test_catalog_is_freed (void)
{
  OpsCatalog *catalog = load_default ();
  g_autoptr(OpsCatalogItem) cpim = g_object_ref (ops_catalog_lookup (catalog, "cpim"));

  /* Links point both ways; disposing the catalog must break those cycles. */
  g_assert_finalize_object (catalog);
  g_assert_finalize_object (g_steal_pointer (&cpim));
}

typedef struct
{
  const char *name;
  const char *xml;
  const char *message;
} BrokenCatalog;

#define HEAD "<catalog format=\"1\"><overview id=\"overview\"><name>O</name><summary>S</summary><para>P</para></overview>" \
             "<stage id=\"s1\" rank=\"1\"><name>S</name><summary>S</summary><work>W</work></stage>"
#define SKILL "<skill id=\"k\" kind=\"hard\"><name>K</name><summary>S</summary></skill>"
#define SOURCE(attrs) "<source " attrs ">Label</source>"
#define GOOD_SOURCE SOURCE ("url=\"https://www.example.org/page\" checked=\"2024-05\"")
#define ROLE(id, extra) "<role id=\"" id "\" stage=\"s1\"><name>R</name><summary>S</summary>" \
                        "<responsibility>R</responsibility><skill ref=\"k\"/>" extra GOOD_SOURCE "</role>"
#define ORG "<organization id=\"o\"><name>O</name><summary>S</summary>" GOOD_SOURCE "</organization>"
#define FACTS "<eligibility>E</eligibility><exam>X</exam><renewal>R</renewal>"
#define CERT(extra) "<certification id=\"c\"><name>C</name><full-name>F</full-name><issuer ref=\"o\"/>" \
                    "<summary>S</summary><focus>F</focus><suits>S</suits><prepares>P</prepares>" extra "</certification>"

static const BrokenCatalog broken[] = {
  { "not-xml", "this is not a catalog", "line 1" },
  { "truncated", HEAD "<role id=\"r\" stage=\"s1\"><name>R", "" },
  { "wrong-root", "<plan format=\"1\"/>", "not a catalog" },
  { "future-format", "<catalog format=\"2\"/>", "unsupported catalog format “2”" },
  { "missing-id", HEAD SKILL "<role stage=\"s1\"><name>R</name></role></catalog>", "a <role> has no id" },
  { "duplicate-id", HEAD SKILL ROLE ("k", "") "</catalog>", "the id “k” is used twice" },
  { "dangling-ref", HEAD SKILL ROLE ("r", "<next ref=\"nowhere\"/>") "</catalog>", "role “r”: next “nowhere” does not exist" },
  { "dangling-branch", HEAD SKILL "<role id=\"r\" stage=\"s1\" branch=\"nowhere\"><name>R</name><summary>S</summary>"
    "<responsibility>R</responsibility><skill ref=\"k\"/>" GOOD_SOURCE "</role></catalog>",
    "role “r”: branch “nowhere” does not exist" },
  { "branch-wrong-kind", HEAD SKILL "<role id=\"r\" stage=\"s1\" branch=\"k\"><name>R</name><summary>S</summary>"
    "<responsibility>R</responsibility><skill ref=\"k\"/>" GOOD_SOURCE "</role></catalog>",
    "role “r”: branch “k” is a skill, not a branch" },
  { "branch-without-name", HEAD SKILL "<branch id=\"b\"><summary>S</summary></branch></catalog>",
    "branch “b”: needs at least 1 <name>" },
  { "wrong-kind", HEAD SKILL ROLE ("r", "<certification ref=\"k\"/>") "</catalog>", "role “r”: certification “k” is a skill, not a certification" },
  { "cycle", HEAD SKILL ROLE ("a", "<next ref=\"b\"/>") ROLE ("b", "<next ref=\"a\"/>") "</catalog>", "the ladder has a cycle" },
  { "self-link", HEAD SKILL ROLE ("a", "<next ref=\"a\"/>") "</catalog>", "role “a” refers to itself" },
  { "unknown-entry", HEAD "<salary id=\"x\"/></catalog>", "unknown entry <salary>" },
  { "unknown-field", HEAD SKILL ROLE ("r", "<salary>lots</salary>") "</catalog>", "role “r”: unknown element <salary>" },
  { "missing-field", HEAD SKILL "<role id=\"r\" stage=\"s1\"><name>R</name><summary>S</summary><skill ref=\"k\"/></role></catalog>",
    "role “r”: needs at least 1 <responsibility>" },
  { "missing-stage", HEAD SKILL "<role id=\"r\"><name>R</name><summary>S</summary><responsibility>R</responsibility><skill ref=\"k\"/></role></catalog>",
    "role “r”: needs at least 1 <stage>" },
  { "two-names", HEAD SKILL ROLE ("r", "<name>Again</name>") "</catalog>", "role “r”: more than 1 <name>" },
  { "empty-text", HEAD SKILL ROLE ("r", "<title>   </title>") "</catalog>", "role “r”: <title> is empty" },
  { "bad-rank", HEAD "<stage id=\"s2\" rank=\"first\"><name>S</name><summary>S</summary><work>W</work></stage></catalog>",
    "stage “s2”: rank=“first” is not a positive whole number" },
  { "bad-skill-kind", HEAD "<skill id=\"k\" kind=\"medium\"><name>K</name><summary>S</summary></skill></catalog>",
    "skill “k”: kind=“medium” is not one of hard|soft" },
  { "ref-without-target", HEAD SKILL ROLE ("r", "<next/>") "</catalog>", "role “r”: <next> has no ref" },
  { "nested-element", HEAD SKILL ROLE ("r", "<title>A <b>bold</b> title</title>") "</catalog>", "<title> cannot hold elements" },
  { "stray-text", HEAD SKILL "loose words</catalog>", "text outside a field" },
  { "no-overview", "<catalog format=\"1\"></catalog>", "there is no <overview>" },
  { "source-without-url", HEAD SKILL ROLE ("r", SOURCE ("checked=\"2024-05\"")) "</catalog>",
    "Catalog line 1: role “r”: <source> has no url" },
  { "source-without-checked", HEAD SKILL ROLE ("r", SOURCE ("url=\"https://www.example.org/\"")) "</catalog>",
    "role “r”: <source> has no checked" },
  { "source-http", HEAD SKILL ROLE ("r", SOURCE ("url=\"http://www.example.org/\" checked=\"2024-05\"")) "</catalog>",
    "role “r”: url=“http://www.example.org/” is not an https:// address" },
  { "source-not-a-url", HEAD SKILL ROLE ("r", SOURCE ("url=\"www.example.org\" checked=\"2024-05\"")) "</catalog>",
    "role “r”: url=“www.example.org” is not an https:// address" },
  { "source-no-host", HEAD SKILL ROLE ("r", SOURCE ("url=\"https:///page\" checked=\"2024-05\"")) "</catalog>",
    "url=“https:///page” is not an https:// address" },
  { "checked-month-13", HEAD SKILL ROLE ("r", SOURCE ("url=\"https://a.org/\" checked=\"2024-13\"")) "</catalog>",
    "role “r”: checked=“2024-13” is not a month written YYYY-MM" },
  { "checked-month-0", HEAD SKILL ROLE ("r", SOURCE ("url=\"https://a.org/\" checked=\"2024-00\"")) "</catalog>",
    "checked=“2024-00” is not a month written YYYY-MM" },
  { "checked-one-digit", HEAD SKILL ROLE ("r", SOURCE ("url=\"https://a.org/\" checked=\"2024-5\"")) "</catalog>",
    "checked=“2024-5” is not a month written YYYY-MM" },
  { "checked-with-day", HEAD SKILL ROLE ("r", SOURCE ("url=\"https://a.org/\" checked=\"2024-05-01\"")) "</catalog>",
    "checked=“2024-05-01” is not a month written YYYY-MM" },
  { "checked-words", HEAD SKILL ROLE ("r", SOURCE ("url=\"https://a.org/\" checked=\"May 2024\"")) "</catalog>",
    "checked=“May 2024” is not a month written YYYY-MM" },
  { "checked-year-0", HEAD SKILL ROLE ("r", SOURCE ("url=\"https://a.org/\" checked=\"0000-05\"")) "</catalog>",
    "checked=“0000-05” is not a month written YYYY-MM" },
  { "checked-far-future", HEAD SKILL ROLE ("r", SOURCE ("url=\"https://a.org/\" checked=\"9999-01\"")) "</catalog>",
    "role “r”: checked=“9999-01” is in the future" },
  { "source-empty", HEAD SKILL ROLE ("r", "<source url=\"https://a.org/\" checked=\"2024-05\"> </source>") "</catalog>",
    "role “r”: <source> is empty" },
  { "source-unknown-attribute", HEAD SKILL ROLE ("r", SOURCE ("url=\"https://a.org/\" checked=\"2024-05\" lang=\"en\"")) "</catalog>",
    "role “r”: <source> has an unknown attribute lang" },
  { "source-on-question", HEAD SKILL "<question id=\"q\"><name>Q</name>" GOOD_SOURCE "</question></catalog>",
    "question “q”: unknown element <source>" },
  { "reference-after-source", HEAD SKILL "<role id=\"r\" stage=\"s1\"><name>R</name><summary>S</summary>"
    "<responsibility>R</responsibility>" GOOD_SOURCE "<skill ref=\"k\"/></role></catalog>",
    "Catalog line 1: role “r”: <skill> after a <source>: sources come last in an entry" },
  { "text-after-source", HEAD SKILL ROLE ("r", GOOD_SOURCE "<title>Late</title>") "</catalog>",
    "role “r”: <title> after a <source>: sources come last in an entry" },
  { "renewal-years-zero", HEAD SKILL ORG CERT ("<renewal years=\"0\">R</renewal>") "</catalog>",
    "certification “c”: years=“0” is not a positive whole number" },
  { "renewal-years-negative", HEAD SKILL ORG CERT ("<renewal years=\"-3\">R</renewal>") "</catalog>",
    "certification “c”: years=“-3” is not a positive whole number" },
  { "renewal-points-words", HEAD SKILL ORG CERT ("<renewal points=\"75 points\">R</renewal>") "</catalog>",
    "certification “c”: points=“75 points” is not a positive whole number" },
  { "renewal-points-fraction", HEAD SKILL ORG CERT ("<renewal years=\"3\" points=\"7.5\">R</renewal>") "</catalog>",
    "certification “c”: points=“7.5” is not a positive whole number" },
  { "renewal-unit-misspelt", HEAD SKILL ORG CERT ("<renewal points=\"18\" unit=\"credits\">R</renewal>") "</catalog>",
    "certification “c”: unit=“credits” is not points, hours, units or pdus" },
  { "renewal-unit-capitalised", HEAD SKILL ORG CERT ("<renewal points=\"40\" unit=\"Hours\">R</renewal>") "</catalog>",
    "certification “c”: unit=“Hours” is not points, hours, units or pdus" },
  { "renewal-unit-pdus-capitalised", HEAD SKILL ORG CERT ("<renewal years=\"3\" unit=\"PDUs\">R</renewal>") "</catalog>",
    "certification “c”: unit=“PDUs” is not points, hours, units or pdus" },
  { "renewal-unknown-attribute", HEAD SKILL ORG CERT ("<renewal months=\"6\">R</renewal>") "</catalog>",
    "certification “c”: <renewal> has an unknown attribute months" },
  { "years-on-exam", HEAD SKILL ORG CERT ("<exam years=\"3\">E</exam>") "</catalog>",
    "certification “c”: <exam> has an unknown attribute years" },
  { "four-exams", HEAD SKILL ORG CERT ("<exam>1</exam><exam>2</exam><exam>3</exam><exam>4</exam>") "</catalog>",
    "certification “c”: more than 3 <exam>" },
  { "two-eligibilities", HEAD SKILL ORG CERT ("<eligibility>A</eligibility><eligibility>B</eligibility>") "</catalog>",
    "certification “c”: more than 1 <eligibility>" },
  { "two-costs", HEAD SKILL ORG CERT ("<cost>A</cost><cost>B</cost>") "</catalog>",
    "certification “c”: more than 1 <cost>" },
  { "role-without-source", HEAD SKILL "<role id=\"r\" stage=\"s1\"><name>R</name><summary>S</summary>"
    "<responsibility>R</responsibility><skill ref=\"k\"/></role></catalog>", "role “r”: needs at least 1 <source> (has 0)" },
  { "certification-without-source", HEAD SKILL ORG CERT (FACTS) "</catalog>",
    "certification “c”: needs at least 1 <source> (has 0)" },
  { "organization-without-source", HEAD "<organization id=\"o\"><name>O</name><summary>S</summary></organization></catalog>",
    "organization “o”: needs at least 1 <source> (has 0)" },
  { "certification-without-eligibility", HEAD SKILL ORG CERT ("<exam>X</exam><renewal>R</renewal>" GOOD_SOURCE) "</catalog>",
    "certification “c”: needs at least 1 <eligibility> (has 0)" },
  { "certification-without-exam", HEAD SKILL ORG CERT ("<eligibility>E</eligibility><renewal>R</renewal>" GOOD_SOURCE) "</catalog>",
    "certification “c”: needs at least 1 <exam> (has 0)" },
  { "certification-without-renewal", HEAD SKILL ORG CERT ("<eligibility>E</eligibility><exam>X</exam>" GOOD_SOURCE) "</catalog>",
    "certification “c”: needs at least 1 <renewal> (has 0)" },
  { "unknown-guide-section", HEAD "<guide id=\"g\" section=\"salaries\"><name>G</name><summary>S</summary></guide></catalog>",
    "guide “g”: section=“salaries” is not one of" },
};

static void
test_broken_catalog (gconstpointer data)
{
  const BrokenCatalog *entry = data;
  g_autoptr(GBytes) bytes = g_bytes_new_static (entry->xml, strlen (entry->xml));
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsCatalog) catalog = ops_catalog_new_from_bytes (bytes, &error);

  g_assert_null (catalog);
  g_assert_nonnull (error);
  g_test_message ("%s: %s", entry->name, error->message);
  g_assert_error (error, OPS_ERROR, OPS_ERROR_CATALOG_INVALID);
  g_assert_nonnull (strstr (error->message, entry->message));
}

static void
test_minimal_catalog_loads (void)
{
  const char *xml = HEAD SKILL ROLE ("r", "") "</catalog>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsCatalog) catalog = ops_catalog_new_from_bytes (bytes, &error);

  /* The broken cases above differ from this one only by their fault. */
  g_assert_no_error (error);
  g_assert_nonnull (ops_catalog_lookup (catalog, "r"));
}

static void
test_certification_facts_load (void)
{
  const char *xml = HEAD SKILL ROLE ("r", "<certification ref=\"c\"/>") ORG
                    CERT ("<eligibility>Anyone.</eligibility><exam>Part one.</exam><exam>Part two.</exam>"
                          "<renewal years=\"5\" points=\"75\" unit=\"points\">Five years.</renewal><cost>Some.</cost>"
                          "<source url=\"https://www.ascm.org/cpim/?a=1#b\" checked=\"2024-05\">ASCM: CPIM</source>"
                          "<source url=\"https://www.example.org/\" checked=\"1999-12\">Second</source>")
                    "</catalog>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsCatalog) catalog = ops_catalog_new_from_bytes (bytes, &error);
  OpsCertification *cert;
  GListModel *sources;
  g_autoptr(OpsCatalogSource) first = NULL;
  g_autoptr(OpsCatalogSource) second = NULL;
  g_autofree char *checked = NULL;
  const char * const *exams;

  g_assert_no_error (error);
  cert = OPS_CERTIFICATION (ops_catalog_lookup (catalog, "c"));
  g_assert_cmpstr (ops_certification_get_eligibility (cert), ==, "Anyone.");
  exams = ops_certification_get_exams (cert);
  g_assert_cmpstr (exams[0], ==, "Part one.");
  g_assert_cmpstr (exams[1], ==, "Part two.");
  g_assert_null (exams[2]);
  g_assert_cmpstr (ops_certification_get_renewal (cert), ==, "Five years.");
  g_assert_cmpuint (ops_certification_get_renewal_years (cert), ==, 5);
  g_assert_cmpuint (ops_certification_get_renewal_points (cert), ==, 75);
  g_assert_cmpint (ops_certification_get_renewal_unit (cert), ==, OPS_RENEWAL_UNIT_POINTS);
  g_assert_cmpstr (ops_certification_get_cost (cert), ==, "Some.");

  sources = ops_catalog_item_get_sources (OPS_CATALOG_ITEM (cert));
  g_assert_true (g_list_model_get_item_type (sources) == OPS_TYPE_CATALOG_SOURCE);
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, 2);
  first = g_list_model_get_item (sources, 0);
  second = g_list_model_get_item (sources, 1);
  g_assert_cmpstr (ops_catalog_source_get_url (first), ==, "https://www.ascm.org/cpim/?a=1#b");
  g_assert_cmpstr (ops_catalog_source_get_label (first), ==, "ASCM: CPIM");
  g_assert_cmpstr (ops_catalog_source_get_host (first), ==, "www.ascm.org");
  g_assert_cmpuint (ops_catalog_source_get_checked_year (first), ==, 2024);
  g_assert_cmpuint (ops_catalog_source_get_checked_month (first), ==, 5);
  checked = ops_catalog_source_format_checked (second);
  g_assert_cmpstr (checked, ==, "Dec 1999");

  /* Each entry keeps its own sources; a skill needs none. */
  g_assert_cmpuint (g_list_model_get_n_items (ops_catalog_item_get_sources (ops_catalog_lookup (catalog, "r"))), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (ops_catalog_item_get_sources (ops_catalog_lookup (catalog, "k"))), ==, 0);
}

static void
test_certification_without_renewal_numbers (void)
{
  const char *xml = HEAD SKILL ROLE ("r", "<certification ref=\"c\"/>") ORG
                    CERT ("<eligibility>E</eligibility><exam>X</exam><renewal>Does not lapse.</renewal>" GOOD_SOURCE)
                    "</catalog>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsCatalog) catalog = ops_catalog_new_from_bytes (bytes, &error);
  OpsCertification *cert;

  g_assert_no_error (error);
  cert = OPS_CERTIFICATION (ops_catalog_lookup (catalog, "c"));
  g_assert_cmpuint (ops_certification_get_renewal_years (cert), ==, 0);
  g_assert_cmpuint (ops_certification_get_renewal_points (cert), ==, 0);
  g_assert_cmpint (ops_certification_get_renewal_unit (cert), ==, OPS_RENEWAL_UNIT_UNNAMED);
  g_assert_null (ops_certification_get_cost (cert));
}

static GBytes *
catalog_with_checked (GDateTime *month)
{
  g_autofree char *checked = g_date_time_format (month, "%Y-%m");
  char *xml = g_strdup_printf (HEAD SKILL ROLE ("r", "<source url=\"https://a.org/\" checked=\"%s\">L</source>") "</catalog>",
                               checked);

  return g_bytes_new_take (xml, strlen (xml));
}

/* The boundary is the month it is when the catalog loads: this month is
 * fine, next month is a typo. */
static void
test_checked_this_month_not_next (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) next = g_date_time_add_months (now, 1);
  g_autoptr(GBytes) this_month = NULL;
  g_autoptr(GBytes) next_month = NULL;
  g_autoptr(OpsCatalog) ok = NULL;
  g_autoptr(OpsCatalog) refused = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = g_date_time_format (next, "checked=“%Y-%m” is in the future");

  this_month = catalog_with_checked (now);
  ok = ops_catalog_new_from_bytes (this_month, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ok);

  next_month = catalog_with_checked (next);
  refused = ops_catalog_new_from_bytes (next_month, &error);
  g_assert_null (refused);
  g_assert_error (error, OPS_ERROR, OPS_ERROR_CATALOG_INVALID);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "role “r”: "));
  g_assert_nonnull (strstr (error->message, expected));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/catalog/stages-in-order", test_stages_in_order);
  g_test_add_func ("/catalog/roles-integrity", test_roles_integrity);
  g_test_add_func ("/catalog/branches", test_branches);
  g_test_add_func ("/catalog/everything-referenced", test_everything_referenced);
  g_test_add_func ("/catalog/content-coverage", test_content_coverage);
  g_test_add_func ("/catalog/dmaic-phases", test_dmaic_phases);
  g_test_add_func ("/catalog/certifications", test_certifications);
  g_test_add_func ("/catalog/renewal-units", test_renewal_units);
  g_test_add_func ("/catalog/search", test_search);
  g_test_add_func ("/catalog/search-ranks-names-first", test_search_ranks_names_first);
  g_test_add_func ("/catalog/search-best-match-first", test_search_best_match_first);
  g_test_add_func ("/catalog/search-typing-on", test_search_typing_on);
  g_test_add_func ("/catalog/freed", test_catalog_is_freed);
  g_test_add_func ("/catalog/minimal-loads", test_minimal_catalog_loads);
  g_test_add_func ("/catalog/certification-facts", test_certification_facts_load);
  g_test_add_func ("/catalog/certification-lifetime", test_certification_without_renewal_numbers);
  g_test_add_func ("/catalog/checked-this-month-not-next", test_checked_this_month_not_next);
  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autofree char *path = g_strdup_printf ("/catalog/broken/%s", broken[i].name);

      g_test_add_data_func (path, &broken[i], test_broken_catalog);
    }

  return g_test_run ();
}
