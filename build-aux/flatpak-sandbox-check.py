#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# flatpak-sandbox-check.py: what build-aux/sdk-flatpak checks once the
# bundle is installed. Runs on the host, inside dbus-run-session, on an Xvfb
# display; the app runs with `flatpak run` in its sandbox and is driven
# through the accessibility bus with the e2e journeys' helpers
# (tests/e2e/). Prints TAP.
#
# The sandbox gets no access to the person's files (no --filesystem in the
# manifest); it reaches them only through xdg-desktop-portal, whose GTK
# backend shows the file chooser outside the sandbox.

import json
import os
import shutil
import subprocess
import sys
import traceback

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.environ["OPS_TOP"], "tests", "e2e"))

import journeys  # noqa: E402
import opsladder_e2e as e2e  # noqa: E402
from opsladder_e2e import Failure, check, log  # noqa: E402

# Debian 12's libatspi (2.46) has no clear_cache_single, which the journeys
# use to read a node's states afresh; it has only the whole cache's.
if not hasattr(e2e.Atspi.Accessible, "clear_cache_single"):
    e2e.Atspi.Accessible.clear_cache_single = lambda node: None
# It also names GTK's buttons "push button", where the journeys' newer
# libatspi says "button".
_role_of = e2e.role_of
e2e.role_of = lambda node: "button" if _role_of(node) == "push button" else _role_of(node)

APP_ID = os.environ["OPS_APP_ID"]
WORK = os.environ["OPS_FLATPAK_WORK"]
HOME = os.environ["HOME"]
TOP = os.environ["OPS_TOP"]
# What the app has of its own, and a folder of the person's it was not given.
VAR = os.path.join(HOME, ".var", "app", APP_ID)
OUTSIDE = os.path.join(WORK, "outside")
SCREENSHOT = os.path.join(WORK, "flatpak-run.png")


class SandboxedApp(e2e.App):
    """OpsLadder started with `flatpak run`. Its accessible application is
    found by name: over the sandbox's proxied accessibility bus the process
    id AT-SPI reports is not the one `flatpak run` has."""

    def __init__(self):
        super().__init__(WORK, home=HOME)
        self.data = os.path.join(VAR, "data", "opsladder")
        self.plan_file = os.path.join(self.data, "plan.json")
        self.env = dict(os.environ)

    def start(self):
        # Reduced motion, as in the journeys, in the config folder the
        # sandbox gives the app.
        config = os.path.join(VAR, "config", "gtk-4.0")
        os.makedirs(config, exist_ok=True)
        with open(os.path.join(config, "settings.ini"), "w") as settings:
            settings.write("[Settings]\ngtk-enable-animations=false\n")
        self.log_path = os.path.join(WORK, "flatpak-run.log")
        with open(self.log_path, "a") as log_file:
            self.process = subprocess.Popen(["flatpak", "run", APP_ID], env=self.env,
                                            stdin=subprocess.DEVNULL, stdout=log_file,
                                            stderr=subprocess.STDOUT, cwd=HOME, start_new_session=True)
        self.root = e2e.wait_for("OpsLadder on the accessibility bus", self._find_app, 120)
        self.window = e2e.wait_for("the OpsLadder window", lambda: self.find_window("OpsLadder", wait=False), 120)
        log(f"OpsLadder runs in the sandbox (flatpak run, pid {self.process.pid})")
        return self

    def _find_app(self):
        if self.process.poll() is not None:
            raise Failure(f"flatpak run exited with status {self.process.returncode}:\n{self.app_log()}")
        return accessible_app(lambda name: name.lower() == "opsladder")


def accessible_app(match):
    for node in e2e.children(e2e.Atspi.get_desktop(0)):
        if match(e2e.name_of(node)):
            return node
    return None


def portal_window(title):
    """The portal backend's dialog TITLE: outside the sandbox, in
    xdg-desktop-portal-gtk's process."""
    def look():
        backend = accessible_app(lambda name: "portal" in name.lower())
        if backend is None:
            return None
        for window in e2e.children(backend):
            if e2e.name_of(window) == title and e2e.is_showing(window):
                return window
        return None
    return e2e.wait_for(f"the portal's “{title}” dialog", look, 120)


def flatpak_run(*args, filesystem=None, forward=None):
    """`flatpak run --command=opsladder` with ARGS; FORWARD is a file given
    to the app through the document portal, as a file manager would."""
    command = ["flatpak", "run", "--command=opsladder"]
    if filesystem:
        command.append(f"--filesystem={filesystem}")
    if forward:
        command += ["--file-forwarding", APP_ID, *args, "@@", forward, "@@"]
    else:
        command += [APP_ID, *args]
    log("$ " + " ".join(command))
    run = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=HOME)
    for line in (run.stdout + run.stderr).strip().splitlines():
        log(f"  {line}")
    return run


def is_pdf(path):
    with open(path, "rb") as f:
        return f.read(5) == b"%PDF-"


# --- the checks ----------------------------------------------------------------

def window_opens(app):
    """`flatpak run`: the window opens, with the sandbox's own data folder."""
    app.find("list", "Ladder stages and library")
    journeys.career_map(app)
    e2e.screenshot(SCREENSHOT)
    log(f"screenshot: {SCREENSHOT}")
    info = subprocess.run(["flatpak", "run", "--command=cat", APP_ID, "/.flatpak-info"],
                          capture_output=True, text=True, timeout=120)
    check("[Application]" in info.stdout and APP_ID in info.stdout,
          f"the app does not run in a Flatpak sandbox: {info.stdout!r} {info.stderr!r}")


def plan_saved(app):
    """A plan made in the window is saved under ~/.var/app/ID/."""
    try:
        journeys.add_certification(app, "CPIM")
    except Failure:
        with open(os.path.join(WORK, "flatpak-plan-saved-tree.txt"), "w") as tree:
            e2e.dump(app.window, showing_only=False, file=tree)
        raise
    e2e.wait_for(f"{app.plan_file} to hold CPIM",
                 lambda: os.path.exists(app.plan_file) and journeys.plan_item(app, "CPIM"))
    log(f"the plan is saved in {app.plan_file}")
    for stray in (os.path.join(HOME, ".local", "share", "opsladder"), os.path.join(HOME, "opsladder")):
        check(not os.path.exists(stray), f"the sandboxed app wrote outside its folder: {stray}")


def pdf_through_portal(app):
    """Export as PDF… goes through the file chooser portal and writes the
    file where the person chose, in a folder the sandbox cannot see."""
    target = os.path.join(OUTSIDE, "chosen", "exported-plan.pdf")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    journeys.open_plan(app)
    app.press("toggle button", "Plan Menu")
    app.press_menu_item("Plan Menu", "Export as PDF…", "Ctrl+E")
    dialog = portal_window("Export Plan as PDF")
    name = e2e.wait_for("the file name field of the portal's dialog",
                        lambda: next((n for n in e2e.walk(dialog) if e2e.role_of(n) == "text"
                                      and e2e._safe(n.get_editable_text_iface) is not None), None))
    log(f"type {target} in the portal's file chooser")
    e2e.type_text(name, target)
    save = e2e.wait_for("the dialog's Save button",
                        lambda: next((n for n in e2e.walk(dialog) if e2e.role_of(n) == "button"
                                      and e2e.name_of(n).replace("_", "") in ("Save", "Export")), None))
    e2e.activate(save)
    app.find("label", "Exported “exported-plan.pdf”", timeout=120)
    e2e.wait_for(f"{target} to be written", lambda: os.path.exists(target) and os.path.getsize(target) > 1000)
    check(is_pdf(target), f"{target} is not a PDF")
    log(f"the PDF is where the dialog said: {target} ({os.path.getsize(target)} bytes)")


def help_opens_or_says_so(app):
    """F1: the help opens, or the app says there is no help viewer."""
    # The window must have the keyboard focus for F1: without a window
    # manager, X gives it to the window under the pointer.
    e2e.click(app.find("list", "Ladder stages and library"))
    log("press F1")
    e2e.Atspi.generate_keyboard_event(0xffbe, None, e2e.Atspi.KeySynthType.PRESSRELEASE | e2e.Atspi.KeySynthType.SYM)

    def outcome():
        viewer = accessible_app(lambda name: name.lower() in ("yelp", "help"))
        if viewer is not None:
            return f"a help viewer opened ({e2e.name_of(viewer)})"
        # The OpenURI portal's own answer, outside the sandbox.
        backend = accessible_app(lambda name: "portal" in name.lower())
        for node in e2e.walk(backend) if backend is not None else ():
            said = e2e.text_of(node)
            if "no apps installed that can open “help:" in said.lower():
                cancel = next((n for n in e2e.walk(e2e._toplevel(node)) if e2e.role_of(n) == "button"
                               and e2e.name_of(n).replace("_", "") == "Cancel"), None)
                if cancel is not None:
                    e2e.activate(cancel)
                return f"the OpenURI portal says: {said}"
        for node in e2e.walk(app.window):
            if e2e.role_of(node) == "label" and "help viewer" in e2e.text_of(node).lower():
                return f"the app says: {e2e.text_of(node)}"
        for window in e2e.children(app.root):
            if e2e.is_showing(window) and window is not app.window:
                for node in e2e.walk(window):
                    if "help viewer" in e2e.text_of(node).lower():
                        return f"the app says: {e2e.text_of(node)}"
        return None
    log(e2e.wait_for("the help, or a message that there is no help viewer", outcome, 60))
    e2e.screenshot(os.path.join(WORK, "flatpak-help.png"))


def outside_file_unreadable(app):
    """A plan outside the sandbox that the app was not given stays unread."""
    secret = os.path.join(OUTSIDE, "secret-plan.json")
    shutil.copy(os.path.join(TOP, "build-aux", "screenshot-plan.json"), secret)
    out = os.path.join(VAR, "secret.pdf")
    run = flatpak_run("--export-pdf", out, secret)
    check(run.returncode != 0, "the sandboxed app read a plan it was not given")
    check(not os.path.exists(out), "a PDF was made from a plan the app was not given")
    check("secret-plan.json" in run.stderr, "the error does not name the file it could not read")
    cat = subprocess.run(["flatpak", "run", "--command=cat", APP_ID, secret],
                         capture_output=True, text=True, timeout=120)
    check(cat.returncode != 0 and not cat.stdout, f"a plain cat in the sandbox read {secret}")
    log(f"cat in the sandbox: {cat.stderr.strip()}")


def cli_export(app):
    """`flatpak run --command=opsladder … --export-pdf OUT PLAN` on a plan
    passed in through the document portal, into a folder granted for it."""
    given = os.path.join(OUTSIDE, "given", "plan.json")
    os.makedirs(os.path.dirname(given), exist_ok=True)
    shutil.copy(os.path.join(TOP, "build-aux", "screenshot-plan.json"), given)
    folder = os.path.join(OUTSIDE, "cli")
    os.makedirs(folder, exist_ok=True)
    out = os.path.join(folder, "plan.pdf")
    run = flatpak_run("--export-pdf", out, filesystem=folder, forward=given)
    check(run.returncode == 0, f"--export-pdf exited with {run.returncode}")
    check(os.path.exists(out) and is_pdf(out), f"{out} is not a PDF")
    log(f"{out}: {os.path.getsize(out)} bytes")


CHECKS = [
    ("window-opens", window_opens),
    ("plan-saved-in-var-app", plan_saved),
    ("pdf-through-file-chooser-portal", pdf_through_portal),
    ("f1-help", help_opens_or_says_so),
    ("outside-file-unreadable", outside_file_unreadable),
    ("cli-export-pdf-forwarded-file", cli_export),
]


def main():
    e2e.ensure_a11y_bus()
    print(f"1..{len(CHECKS)}", flush=True)
    app = SandboxedApp()
    failed = 0
    try:
        app.start()
    except Exception:  # noqa: BLE001 - reported as every check failing
        traceback.print_exc()
        e2e.screenshot(SCREENSHOT)
        print(app.app_log(), file=sys.stderr)
        for number, (name, _) in enumerate(CHECKS, 1):
            print(f"not ok {number} {name} # the app did not start", flush=True)
        return 1
    for number, (name, function) in enumerate(CHECKS, 1):
        try:
            function(app)
            print(f"ok {number} {name}", flush=True)
        except Exception:  # noqa: BLE001 - every failure is reported
            failed += 1
            shot = e2e.screenshot(os.path.join(WORK, f"flatpak-{name}.png"))
            for line in traceback.format_exc().rstrip().splitlines():
                print(f"# {line}", flush=True)
            print(f"# screenshot: {shot}", flush=True)
            print(f"not ok {number} {name}", flush=True)
    try:
        app.quit()
    except Exception as error:  # noqa: BLE001
        failed += 1
        print(f"# quitting: {error}", flush=True)
    finally:
        app.stop()
    tail = app.app_log().strip().splitlines()[-20:]
    if tail:
        print("# the app's output:\n" + "\n".join(f"#   {line}" for line in tail), flush=True)
    print(json.dumps({"passed": len(CHECKS) - failed, "failed": failed}), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
