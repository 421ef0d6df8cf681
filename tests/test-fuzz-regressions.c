/* test-fuzz-regressions.c: every input that once broke a loader
 *
 * The fuzzers (tests/fuzz/) only run in a clang build made for them; the
 * inputs they found are kept in tests/fuzz/regressions/ and fed to the
 * same loaders here, in every build, with the fuzzers' own checks
 * (tests/fuzz/fuzz-check.c): a file either loads or is refused with an
 * OpsLadder error that says why, and a plan that loads and may be saved
 * saves the same bytes after a reload.
 * Warnings are fatal in tests, so a loader that trips GLib fails too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "fuzz-check.h"

static OpsCatalog *catalog;

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize len = 0;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, len);
}

static void
test_plan (gconstpointer data)
{
  g_autoptr(GBytes) bytes = read_file (data);
  g_autofree char *problem = ops_fuzz_check_plan (bytes, catalog);

  if (problem != NULL)
    g_test_fail_printf ("%s", problem);
}

static void
test_catalog (gconstpointer data)
{
  g_autoptr(GBytes) bytes = read_file (data);
  g_autofree char *problem = ops_fuzz_check_catalog (bytes);

  if (problem != NULL)
    g_test_fail_printf ("%s", problem);
}

/* One test case per file, named after it, so a failure says which. */
static guint
add_tests (const char   *kind,
           GTestDataFunc func)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "fuzz", "regressions", kind, NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort_values (names, (GCompareFunc) g_strcmp0);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *test_path = g_strdup_printf ("/fuzz-regressions/%s/%s", kind, file);

      g_test_add_data_func_full (test_path, g_build_filename (dir_path, file, NULL), func, g_free);
    }

  return names->len;
}

static void
test_nothing (void)
{
  g_test_skip ("no regression inputs in tests/fuzz/regressions/");
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  guint n;
  int status;

  g_test_init (&argc, &argv, NULL);

  catalog = ops_catalog_new_default (&error);
  g_assert_no_error (error);

  n = add_tests ("plan", test_plan) + add_tests ("catalog", test_catalog);
  if (n == 0)
    g_test_add_func ("/fuzz-regressions/none", test_nothing);

  status = g_test_run ();
  g_clear_object (&catalog);

  return status;
}
