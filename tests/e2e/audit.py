#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# audit.py BUILDDIR: the screen-reader audit. Opens every page of OpsLadder
# (the career map with and without a plan, every sidebar entry, a role, a
# certification, an organization, a guide, search results, My Plan, its
# menu, an item's editor, Roles and Goal, the gap, every toolkit page with
# its editors and menus, the resume check before and after a check, the
# main menu, Keyboard Shortcuts and About) and walks the whole
# accessibility tree of each, as a screen reader sees it. Every node that
# can take the keyboard focus or be typed into must say what it is (a
# role) and which one it is (a name): a screen reader reads nothing else
# when the focus lands there. Every page is audited before the journey
# fails, so one run lists every finding. Prints TAP.

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import opsladder_e2e as e2e  # noqa: E402
from opsladder_e2e import Atspi, check, log  # noqa: E402
from journeys import (add_certification, career_map, contains, go_back, open_plan,  # noqa: E402
                      open_plan_item, open_role, open_stage, set_target_role,
                      start_with_seed_plan, starts_with)

# Roles that say nothing of what a node is: GTK's generic widget reaches
# AT-SPI as a filler, and an unset role as invalid or unknown.
NO_ROLE = ("", "invalid", "unknown", "filler", "redundant object")
SIDEBAR = "Ladder stages and library"


class Audit:
    """The findings of one journey, page by page."""

    def __init__(self, app):
        self.app = app
        self.findings = []
        self.pages = 0
        self.checked = 0

    def page(self, page_name):
        """Walk every showing window of the app as it is now; note each
        focusable or editable node without a role or a name."""
        found = []
        for window in e2e.children(self.app.root):
            if e2e.is_showing(window):
                self._walk(window, [], found, None)
        confirmed = self._still_unnamed(found)
        self.pages += 1
        log(f"audited {page_name}: {len(confirmed)} finding(s)")
        for node, path in confirmed:
            finding = f"{page_name}: {e2e.describe(node)} is {self._flags(node)} without a " \
                      f"{'role' if e2e.role_of(node) in NO_ROLE else 'name'}, in {path}"
            log(f"FINDING {finding}")
            self.findings.append(finding)

    def _walk(self, node, path, found, combo):
        states = e2e._states(node)
        if states is None:
            return  # gone meanwhile
        if path and not (states.contains(Atspi.StateType.SHOWING) and states.contains(Atspi.StateType.VISIBLE)):
            return
        self.checked += 1
        role = e2e.role_of(node)
        # A drop-down (AdwComboRow) shows its current choice in a list
        # that libadwaita makes unable to take the focus (can-focus FALSE
        # in adw-combo-row.ui); GTK still reports the list and its item
        # focusable, as the flag of each widget. Nothing in it can have the
        # focus, so it is not read; the choices, in the popover's scrolled
        # list, are.
        if role == "combo box":
            combo = "combo"
        elif combo == "combo" and role == "scroll pane":
            combo = None
        elif combo == "combo" and role == "list":
            combo = "current choice"
        if combo != "current choice" and (states.contains(Atspi.StateType.FOCUSABLE)
                                          or states.contains(Atspi.StateType.EDITABLE)):
            if role in NO_ROLE or not e2e.name_of(node).strip():
                found.append((node, " › ".join(path[-4:]) or "the top"))
        here = path + [f"[{role}] “{e2e.name_of(node)}”" if e2e.name_of(node) else f"[{role}]"]
        for child in e2e.children(node):
            self._walk(child, here, found, combo)

    @staticmethod
    def _flags(node):
        states = e2e._states(node)
        if states is not None and states.contains(Atspi.StateType.EDITABLE):
            return "editable"
        return "focusable"

    @staticmethod
    def _still_unnamed(found):
        """FOUND less the nodes that are gone or have a role and a name
        by now: a row bound a moment after it shows gets its name then. A
        finding counts once it has lasted a few seconds."""
        def named(node):
            return e2e._states(node) is None or (e2e.role_of(node) not in NO_ROLE and e2e.name_of(node).strip())

        left = list(found)

        def all_named():
            left[:] = [f for f in left if not named(f[0])]
            return not left

        try:
            e2e.wait_for("the nodes to be named", all_named, timeout=5)
        except e2e.Failure:
            pass
        return left

    def done(self):
        log(f"{self.pages} pages, {self.checked} nodes read")
        check(not self.findings, f"{len(self.findings)} focusable or editable node(s) a screen reader "
                                 "cannot name:\n" + "\n".join(self.findings))


# --- getting about ----------------------------------------------------------

def sidebar_entry(app, name):
    """Press the sidebar entry NAME, scrolling the sidebar with the wheel
    until it is there: the list makes rows only for what is on screen."""
    sidebar = app.find("list", SIDEBAR)
    view = e2e.ancestor(sidebar, "scroll pane")
    tries = []

    def look():
        node = next(iter(e2e.find_all(sidebar, "list item", name)), None)
        rect = e2e._extents(view) if node is None else None
        if rect is not None:
            # Down first, then back up: the entry is above or below.
            tries.append(name)
            ox, oy = e2e.window_origin("OpsLadder")
            Atspi.generate_mouse_event(ox + rect.x + rect.width // 2, oy + rect.y + rect.height // 2,
                                       "b5c" if len(tries) % 20 < 10 else "b4c")
        return node

    node = e2e.wait_for(f"the sidebar entry “{name}”", look)
    log(f"press [list item] “{e2e.name_of(node)}”")
    e2e.activate(node)


def open_menu(app, name):
    app.press("toggle button", name)
    return app.find("menu", name)


def close_menu(app, name):
    app.press("toggle button", name)
    app.gone("menu", name)


def close_dialog(app, title):
    """Close the dialog TITLE with its Close button, as a screen reader
    presses it (AT-SPI's DoAction), and check OpsLadder survives it: it
    freed the dialog's sheet before libadwaita was done with it, a crash
    under meson's MALLOC_PERTURB_ and a GLib-GObject-CRITICAL without it
    (src/gui/ops-screen-reader.c)."""
    dialog = app.find(lambda r: r in ("dialog", "frame", "window"), title)
    app.press("button", "Close", within=dialog)
    app.gone(lambda r: r in ("dialog", "frame", "window"), title)
    app.find_window("OpsLadder")
    e2e.check(app.process.poll() is None,
              f"OpsLadder exited with status {app.process.returncode} on the dialog’s Close")
    e2e.check("g_object_notify_by_pspec" not in app.app_log(),
              "closing the dialog notified a freed object:\n" + app.app_log()[-2000:])


# --- the journeys -------------------------------------------------------------

def catalog(t):
    """The career map with no plan, the catalog's panes, search, the main
    menu, Keyboard Shortcuts and About."""
    app = t.app().start()
    audit = Audit(app)
    career_map(app)
    app.find("label", "Choose the role you have now, or the one you aim for", timeout=90)
    audit.page("the career map, no plan yet")

    app.press("button", "About Operations Management")
    app.find("heading", "Operations management")
    audit.page("About Operations Management")
    go_back(app)

    for stage in ("Trainee", "Entry level", "Mid-level management", "Director", "Executive"):
        open_stage(app, stage)
        audit.page(f"the stage {stage}")
    open_role(app, "Mid-level management", "Operations Manager")
    audit.page("the role Operations Manager")

    for section, heading in (("Certifications", "Certifications"), ("Skills", "Skills"),
                             ("Education", "Education"), ("Ways In and Job Search", "Ways In and Job Search")):
        sidebar_entry(app, section)
        app.find("heading", heading)
        audit.page(f"the library’s {section}")
        if section == "Certifications":
            app.press("list item", "CPIM")
            app.find("heading", "CPIM")
            audit.page("the certification CPIM")
        elif section == "Skills":
            app.press("list item", "Lean")
            app.find("heading", "Lean")
            audit.page("the skill Lean")
        elif section == "Education":
            app.press("list item", starts_with("Bachelor’s in Industrial Engineering"))
            app.find("heading", "Bachelor’s in Industrial Engineering")
            audit.page("a degree")
        else:
            app.press("list item", "Internships")
            app.find("heading", "Internships")
            audit.page("the guide Internships")
            go_back(app)
            app.press("list item", starts_with("Association for Supply Chain Management"))
            app.find("heading", "Association for Supply Chain Management")
            audit.page("the organization ASCM")

    app.press("toggle button", "Search")
    entry = app.find(lambda r: r in ("text", "entry"), "Search the catalog")
    e2e.type_text(entry, "supply")
    results = app.find("list", "Search results")
    e2e.wait_for("search results", lambda: e2e.find_all(results, "list item"))
    audit.page("the search results for “supply”")
    app.press("toggle button", "Search")

    open_menu(app, "Main Menu")
    audit.page("the main menu")
    close_menu(app, "Main Menu")

    app.action("shortcuts")
    app.find(lambda r: r in ("dialog", "frame", "window"), "Keyboard Shortcuts")
    audit.page("Keyboard Shortcuts")
    close_dialog(app, "Keyboard Shortcuts")

    app.action("about")
    app.find(lambda r: r in ("dialog", "frame", "window"), contains("About"))
    audit.page("About OpsLadder")
    close_dialog(app, contains("About"))
    audit.done()


def plan(t):
    """The career map with a plan, My Plan, its menu, an item's editor,
    Roles and Goal and the gap."""
    app = start_with_seed_plan(t)
    audit = Audit(app)
    set_target_role(app, "Mid-level management", "Operations Manager")
    add_certification(app, "CPIM")
    sidebar_entry(app, "Career Ladder")
    career_map(app)
    audit.page("the career map with a plan")

    open_plan(app)
    app.find("list item", "CPIM", within=app.find("list", "Plan items"))
    audit.page("My Plan with an item")
    open_menu(app, "Plan Menu")
    audit.page("the Plan Menu")
    close_menu(app, "Plan Menu")

    open_plan_item(app, "CPIM")
    audit.page("CPIM in the plan’s editor")
    go_back(app)

    app.press("button", "Edit Roles and Goal")
    app.find(lambda r: r in ("dialog", "frame", "window"), "Roles and Goal")
    audit.page("Roles and Goal")
    close_dialog(app, "Roles and Goal")

    app.press("button", lambda n: n.endswith(" Gaps") or n.endswith(" Gap"))
    missing = app.find("list", "Not in Your Plan Yet")
    e2e.wait_for("the gap list to fill in", lambda: e2e.find_all(missing, "list item"))
    audit.page("the gap to the target role")
    audit.done()


def toolkit(t):
    """Every toolkit page, its editors and its menu, and the resume check
    before and after a check."""
    app = start_with_seed_plan(t)
    audit = Audit(app)

    for page, button, new in (("Achievements", "Add Achievement", "a new achievement"),
                              ("Interview Practice", "New Story", "a new STAR story")):
        sidebar_entry(app, page)
        app.find("button", button)
        audit.page(page)
        app.press("button", button)
        app.find("text", "Title")
        audit.page(new)
        go_back(app)
    sidebar_entry(app, "Achievements")
    app.find("list item", lambda n: bool(n), within=app.find("list", "Achievements"))
    audit.page("Achievements with one")
    sidebar_entry(app, "Interview Practice")
    questions = app.find("list", "Interview questions")
    app.press("list item", lambda n: bool(n), within=questions)
    app.gone("list", "Interview questions")
    audit.page("an interview question")
    go_back(app)

    sidebar_entry(app, "Networking & Applications")
    app.find("button", "Add Application")
    audit.page("Networking & Applications")
    open_menu(app, "Add Networking")
    audit.page("the Add Networking menu")
    app.press_menu_item("Add Networking", "Other Organization")
    app.find("text", lambda n: bool(n))
    audit.page("a new networking entry")
    go_back(app)
    app.press("button", "Add Application")
    app.find("text", lambda n: bool(n))
    audit.page("a new job application")
    go_back(app)

    sidebar_entry(app, "Resume Check")
    text = app.find("text", "Resume text")
    audit.page("the resume check, empty")
    e2e.type_text(text, "- Cut lead times 20% with kaizen and KPI dashboards\n- Ran the S&OP meeting\n")
    app.press("button", starts_with("Check Resume"))
    app.find("list item", lambda n: n.startswith("Continuous Improvement"), within=app.find("list", "Keywords found"))
    audit.page("the resume check after a check")
    audit.done()


JOURNEYS = [
    ("catalog", catalog),
    ("plan", plan),
    ("toolkit", toolkit),
]

if __name__ == "__main__":
    sys.exit(e2e.run_tap(JOURNEYS, "audit"))
