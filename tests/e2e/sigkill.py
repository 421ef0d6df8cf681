#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# sigkill.py BUILDDIR: add three certifications and skills through the
# accessibility tree, kill OpsLadder with SIGKILL, start it again and check
# that every item is still in the plan. Run inside the SDK on a display with
# a session bus and the accessibility bus (build-aux/sdk e2e does this).

import json
import os
import signal
import subprocess
import sys
import tempfile
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

# No __pycache__ in the source tree.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from opsladder_e2e import keep_x_server  # noqa: E402

# Xvfb resets when its last client leaves; the app must not start then.
keep_x_server()

builddir = sys.argv[1]
home = tempfile.mkdtemp()
env = dict(os.environ,
           XDG_DATA_HOME=os.path.join(home, "data"),
           XDG_CONFIG_HOME=os.path.join(home, "config"),
           GSETTINGS_BACKEND="keyfile",
           GSETTINGS_SCHEMA_DIR=os.path.join(builddir, "data"))
plan_file = os.path.join(home, "data", "opsladder", "plan.json")
app_id = "io.github.opsladder.OpsLadder"


def log(message):
    print(f"{time.strftime('%H:%M:%S')} {message}", flush=True)


def start():
    # Not our stdin: the app must not wait on a terminal that is not there.
    process = subprocess.Popen([os.path.join(builddir, "src", "opsladder")], env=env,
                               stdin=subprocess.DEVNULL)
    for _ in range(100):
        if find_app():
            return process
        time.sleep(0.1)
    sys.exit("OpsLadder did not appear on the accessibility bus")


def find_app():
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app and app.get_name() in ("opsladder", "OpsLadder"):
            return app
    return None


def find(node, role, name):
    if node is None:
        return None
    states = node.get_state_set()
    if (node.get_role_name() == role and node.get_name() == name
            and states.contains(Atspi.StateType.SHOWING)):
        return node
    for i in range(node.get_child_count()):
        found = find(node.get_child_at_index(i), role, name)
        if found:
            return found
    return None


def action(name, *args):
    subprocess.run(["gapplication", "action", app_id, name, *args], env=env, check=True)


app_process = start()
log("OpsLadder started")
for entry, name in (("cpim", "CPIM"), ("lss-green-belt", "Green Belt"), ("budgeting", "Budgeting")):
    action("show-item", f"'{entry}'")
    time.sleep(1.0)
    button = find(find_app(), "button", "Add to My Plan")
    if button is None:
        sys.exit(f"no “Add to My Plan” button on the {name} pane")
    button.get_action_iface().do_action(0)
    log(f"pressed “Add to My Plan” on {name}")
    time.sleep(0.3)

time.sleep(2.0)
app_process.send_signal(signal.SIGKILL)
app_process.wait()
log("killed OpsLadder with SIGKILL")

with open(plan_file) as f:
    saved = [item.get("catalog-id") for item in json.load(f)["items"]]
log(f"plan.json on disk holds: {saved}")

app_process = start()
action("show-plan")
time.sleep(1.5)
shown = [name for name in ("CPIM", "Green Belt", "Budgeting")
         if find(find_app(), "list item", name) or find(find_app(), "label", name)]
log(f"after the restart the plan page shows: {shown}")
app_process.terminate()
app_process.wait()

ok = saved == ["cpim", "lss-green-belt", "budgeting"] and len(shown) == 3
print("1 passed, 0 failed" if ok else "0 passed, 1 failed")
sys.exit(0 if ok else 1)
