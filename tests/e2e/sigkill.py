#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# sigkill.py BUILDDIR: add a certification, a belt and a skill through the
# accessibility tree, kill OpsLadder with SIGKILL once autosave has had its
# moment, start it again and find every item in the plan. Prints TAP. Run
# through `build-aux/sdk e2e` or `meson test --suite e2e`; see README.md.

import json
import os
import signal
import sys

# No __pycache__ in the source tree.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import opsladder_e2e as e2e  # noqa: E402
from opsladder_e2e import check, log  # noqa: E402

ITEMS = (("cpim", "CPIM"), ("lss-green-belt", "Green Belt"), ("budgeting", "Budgeting"))
# Autosave runs about a second after the first unsaved change; this is
# how long a loaded machine may take beyond that before it counts as lost.
AUTOSAVE_WITHIN = 10


def saved_ids(app):
    try:
        return [item.get("catalog-id") for item in app.read_plan().get("items", [])]
    except (OSError, ValueError):
        return []


def sigkill_loses_nothing(t):
    app = t.app().start()
    for entry, name in ITEMS:
        app.action("show-item", f"'{entry}'")
        app.find("heading", name)
        app.press("button", "Add to My Plan")
        app.find("label", "In your plan")
    app.find("button", "Remove from Plan")

    wanted = [entry for entry, _ in ITEMS]
    e2e.wait_for("autosave to write the three items", lambda: saved_ids(app) == wanted, AUTOSAVE_WITHIN)
    os.killpg(app.process.pid, signal.SIGKILL)
    app.process.wait()
    log(f"killed OpsLadder with SIGKILL; plan.json holds {saved_ids(app)}")
    with open(app.plan_file) as f:
        json.load(f)  # a whole file, not a torn one

    again = t.app(app.home).start()
    again.action("show-plan")
    items = again.find("list", "Plan items")
    for _, name in ITEMS:
        again.find("list item", name, within=items)
    log("after the restart My Plan lists " + ", ".join(name for _, name in ITEMS))
    check(saved_ids(again) == wanted, f"plan.json now holds {saved_ids(again)}")


if __name__ == "__main__":
    sys.exit(e2e.run_tap([("sigkill-loses-nothing", sigkill_loses_nothing)], "sigkill"))
