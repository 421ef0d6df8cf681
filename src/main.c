/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ops-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(OpsApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* The screenshot runner renders the German help figures from the build
   * tree, where nothing is installed in LOCALEDIR yet. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("OPS_LOCALEDIR") ? g_getenv ("OPS_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = ops_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
