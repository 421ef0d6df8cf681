#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# keyboard.py BUILDDIR: OpsLadder with the keyboard alone. Real key events
# (Tab, Shift+Tab, the arrows, Return, space, Escape and the shortcuts),
# no pointer at all; the focus is followed through the focus events the
# app sends on the accessibility bus, as a screen reader follows it. A
# control Tab cannot reach, a press that leaves the focus where it was (a
# trap) or nowhere (lost) fails the journey. Prints TAP.

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import opsladder_e2e as e2e  # noqa: E402
from opsladder_e2e import Atspi, check, describe, log  # noqa: E402
from journeys import seed_plan  # noqa: E402

# Controls that take one Tab stop for the lot and are walked with the
# arrow keys inside: lists, and the career map (a group of buttons).
ARROW_CONTAINERS = ("list", "list box", "tree", "table", "tree table")
WINDOW_BUTTONS = ("Minimize", "Maximize", "Restore", "Close")


def arrow_container(node):
    """The list (or the career map) NODE is walked inside with the arrow
    keys, or None when NODE is a Tab stop of its own."""
    for parent in e2e._ancestors(node):
        role = e2e.role_of(parent)
        if role in ARROW_CONTAINERS:
            return parent
        if role in ("panel", "grouping") and e2e.name_of(parent) == "Career map":
            return parent
        if role in ("frame", "window", "dialog"):
            break
    return None


def has_states(node, *wanted):
    states = e2e._states(node)
    return bool(states) and all(states.contains(state) for state in wanted)


class Keyboard:
    """The person at the keyboard: presses keys and listens to where the
    focus goes."""

    def __init__(self, app):
        self.app = app
        self.focus = e2e.FocusTracker()

    def start(self):
        e2e.give_keyboard_focus("OpsLadder")
        e2e.wait_for("the window to be active", lambda: has_states(self.app.window, Atspi.StateType.ACTIVE))
        return self

    @property
    def here(self):
        return self.focus.focused()

    def press(self, name, *modifiers, moves=True):
        """Press a key; with MOVES, wait until the focus goes to another
        node, and fail if it stays (a trap) or goes nowhere."""
        before, gains = self.here, self.focus.gains
        e2e.key(name, *modifiers)
        if not moves:
            return self.here
        keys = "+".join([*(m.replace("_L", "") for m in modifiers), name])
        try:
            self.focus.wait(f"{keys} to move the focus from {describe(before)}",
                            lambda: self.focus.gains > gains and self.focus.current is not None
                            and self.focus.current != before)
        except e2e.Failure:
            if self.here is None or not e2e.is_focused(self.here):
                raise e2e.Failure(f"{keys} from {describe(before)} left nothing focused") from None
            raise e2e.Failure(f"{keys} leaves the focus on {describe(before)}: a trap") from None
        return self.here

    def tab(self, backwards=False):
        # In a text of several lines Tab types a tab, as in every GTK
        # app; Ctrl+Tab leaves it.
        modifiers = ["Shift_L"] if backwards else []
        if self.here is not None and has_states(self.here, Atspi.StateType.MULTI_LINE, Atspi.StateType.EDITABLE):
            modifiers.insert(0, "Control_L")
        return self.press("Tab", *modifiers)

    def tab_to(self, wanted, what, backwards=False, limit=120):
        """Tab until the focused node satisfies WANTED; fail when a whole
        round of the window passes without it (it cannot be reached)."""
        node = self.here
        seen = []
        for _ in range(limit):
            if node is not None and wanted(node):
                log(f"Tab reached {describe(node)}")
                return node
            if node is not None and node in seen:
                raise e2e.Failure(f"Tab goes round the window without reaching {what}: "
                                  + ", ".join(describe(n) for n in seen))
            if node is not None:
                seen.append(node)
            node = self.tab(backwards)
        raise e2e.Failure(f"{limit} presses of Tab did not reach {what}")

    def tab_round(self):
        """Tab once round the whole window from where the focus is; the
        nodes reached, in order. Fails on a trap or a lost focus."""
        start = self.here
        visited = [start]
        for _ in range(200):
            node = self.tab()
            if node == start or node in visited:
                break
            visited.append(node)
        else:
            raise e2e.Failure("Tab did not come round the window in 200 presses")
        log("Tab: " + " → ".join(describe(n) for n in visited))
        # Shift+Tab goes back the same way.
        back = self.tab(backwards=True)
        check(back == visited[-1], f"Shift+Tab from {describe(start)} goes to {describe(back)}, "
                                   f"not back to {describe(visited[-1])}")
        self.tab()
        return visited

    def arrow_to(self, name, key="Down", limit=60):
        """Move with an arrow key inside a list until the focused item is
        named NAME (a string or a predicate)."""
        for _ in range(limit):
            if e2e._matches(e2e.name_of(self.here), name):
                return self.here
            self.press(key)
        raise e2e.Failure(f"the arrow keys did not reach “{name}”")

    def activate(self, key="Return"):
        """Press Return (or space) on the focused control, and check the
        focus is still somewhere once what it did is done."""
        log(f"press {key} on {describe(self.here)}")
        self.press(key, moves=False)

    def still_focused(self, what):
        """After an action: some control of the window has the focus, so
        the next key goes somewhere a person can hear."""
        node = self.focus.wait(f"the focus to be somewhere after {what}",
                               lambda: (n := self.focus.current) is not None and e2e.is_focused(n) and n)
        log(f"after {what} the focus is on {describe(node)}")
        return node


def assert_every_stop_reached(app, visited, pane_name):
    """Every focusable, sensitive control showing in the window was reached
    by Tab, lists and the career map once as a whole."""
    reached = set()
    for node in visited:
        container = arrow_container(node)
        reached.add(container if container is not None else node)
    missing = []
    for node in e2e.walk(app.window):
        if not has_states(node, Atspi.StateType.FOCUSABLE, Atspi.StateType.SENSITIVE):
            continue
        # The title bar's window buttons are for the pointer: GNOME keeps
        # them out of the Tab chain (Super and Alt+F4 do their work).
        if e2e.role_of(node) == "button" and e2e.name_of(node) in WINDOW_BUTTONS:
            continue
        # A drop-down is one stop; its list of choices opens with it.
        if any(e2e.role_of(a) == "combo box" for a in e2e._ancestors(node)):
            continue
        # A scrolled window is a stop only when nothing inside it is.
        if e2e.role_of(node) == "scroll pane" and any(
                node in e2e._ancestors(v) for v in visited):
            continue
        container = arrow_container(node)
        if (container if container is not None else node) not in reached:
            missing.append(node if container is None else container)
    # A list with nothing in it takes no stop.
    missing = [n for n in dict.fromkeys(missing)
               if not (e2e.role_of(n) in ARROW_CONTAINERS and not e2e.find_all(n, "list item"))]
    check(not missing, f"on {pane_name} Tab never reaches " + ", ".join(describe(n) for n in missing))
    log(f"{pane_name}: Tab reaches all {len(visited)} stops")


def walk_pane(kb, app, pane_name):
    log(f"walk {pane_name} by Tab")
    visited = kb.tab_round()
    assert_every_stop_reached(app, visited, pane_name)
    return visited


def named(name):
    def match(node):
        return e2e.name_of(node) == name
    return match


def in_sidebar(node):
    parent = e2e.ancestor(node, "list", None)
    return parent is not None and e2e.name_of(parent) == "Ladder stages and library"


def open_sidebar_entry(kb, app, name, heading=None):
    """Tab to the sidebar, arrow to NAME, Return."""
    kb.tab_to(in_sidebar, "the sidebar")
    here = e2e.name_of(kb.here)
    entries = [e2e.name_of(n) for n in e2e.find_all(app.find("list", "Ladder stages and library"), "list item")]
    direction = "Down" if entries.index(name) > entries.index(here) else "Up"
    kb.arrow_to(name, direction)
    kb.activate()
    if heading:
        app.find("heading", heading)


def keyboard_only(t):
    """Map, a role, a certification, My Plan and the toolkit, by keyboard."""
    app = t.app()
    os.makedirs(app.data, exist_ok=True)
    with open(app.plan_file, "w") as f:
        f.write(seed_plan())
    app.start()
    kb = Keyboard(app).start()

    # The first screen: the career map. Tab from wherever the focus starts.
    kb.tab()
    walk_pane(kb, app, "the career map")
    map_node = kb.tab_to(lambda n: arrow_container(n) is not None and e2e.role_of(n) == "button"
                         and e2e.role_of(arrow_container(n)) != "list", "a role on the career map")
    log(f"on the map: {describe(map_node)}; Up and Down move along its links")
    above = kb.press("Up")
    kb.press("Down")
    check(kb.here == map_node, f"Up then Down ends on {describe(kb.here)}, not {describe(map_node)}")
    kb.press("Up")
    check(kb.here == above, f"Up goes to {describe(kb.here)}, then to {describe(above)}")
    role = e2e.name_of(above)
    kb.activate()
    app.find("heading", role)
    kb.still_focused(f"opening {role}")

    # A role pane: every control by Tab, then Set as Target Role.
    walk_pane(kb, app, f"the {role} pane")
    kb.tab_to(named("Set as Target Role"), "Set as Target Role")
    kb.activate("space")
    app.find("label", "Your target role")
    after = kb.still_focused("Set as Target Role")
    check(e2e.role_of(after) != "scroll pane" and e2e.name_of(after),
          f"after Set as Target Role the focus is on {describe(after)}, which a screen reader reads as nothing")
    e2e.wait_for("plan.json to hold the target role",
                 lambda: os.path.exists(app.plan_file) and app.read_plan().get("target-role-id"))

    # Alt+Left goes back to the map.
    kb.press("Left", "Alt_L", moves=False)
    app.find(lambda r: r in ("panel", "grouping"), "Career map")
    kb.still_focused("Alt+Left")

    # A certification, from the library.
    open_sidebar_entry(kb, app, "Certifications", "Certifications")
    kb.tab_to(lambda n: e2e.role_of(n) == "list item" and e2e.find_all(e2e.ancestor(n, "list"), "list item", "CPIM"),
              "the list of certifications")
    kb.arrow_to("CPIM")
    kb.activate()
    app.find("heading", "CPIM")
    kb.still_focused("opening CPIM")
    walk_pane(kb, app, "the CPIM pane")
    kb.tab_to(named("Add to My Plan"), "Add to My Plan")
    kb.activate("space")
    app.find("label", "In your plan")
    kb.still_focused("Add to My Plan")
    e2e.wait_for("plan.json to hold CPIM",
                 lambda: any(i.get("title") == "CPIM" for i in app.read_plan().get("items", [])))

    # My Plan: open the item, edit it, go back.
    open_sidebar_entry(kb, app, "My Plan")
    app.find("toggle button", "Plan Menu")
    walk_pane(kb, app, "My Plan")
    kb.tab_to(lambda n: e2e.role_of(n) == "list item" and not in_sidebar(n), "the plan's items")
    kb.arrow_to(lambda n: n.startswith("CPIM"))
    kb.activate()
    app.find("combo box", "Status")
    editing = kb.still_focused("opening CPIM in the plan")
    walk_pane(kb, app, "CPIM in the plan")
    notes = kb.tab_to(lambda n: e2e.role_of(n) == "text" and e2e.name_of(n) == "Notes", "Notes")
    log("type a note, key by key")
    Atspi.generate_keyboard_event(0, "Exam in May", Atspi.KeySynthType.STRING)
    e2e.wait_for("the note to be typed", lambda: e2e.text_of(notes) == "Exam in May")
    e2e.wait_for("plan.json to hold the note",
                 lambda: any(i.get("notes") == "Exam in May" for i in app.read_plan().get("items", [])))
    kb.press("Left", "Alt_L", moves=False)
    app.find("list", "Plan items")
    kb.still_focused(f"going back from {describe(editing)}")

    # Every page of the toolkit.
    toolkit(kb, app)


def add_and_title(kb, app, page, button, title):
    """On the toolkit PAGE, press BUTTON, type TITLE over the new entry's
    title, walk the editor, and go back."""
    open_sidebar_entry(kb, app, page)
    app.find("button", button)
    walk_pane(kb, app, page)
    kb.tab_to(named(button), button)
    kb.activate()
    field = kb.still_focused(button)
    check(e2e.role_of(field) == "text", f"{button} opens on {describe(field)}, not the title")
    e2e.key("a", "Control_L")
    Atspi.generate_keyboard_event(0, title, Atspi.KeySynthType.STRING)
    e2e.wait_for(f"“{title}” to be typed", lambda: e2e.text_of(field) == title)
    walk_pane(kb, app, f"the page {button} opens")
    kb.press("Left", "Alt_L", moves=False)
    app.find("button", button)
    kb.still_focused(f"going back to {page}")


def toolkit(kb, app):
    # Achievements and interview practice: add one, title it, go back.
    add_and_title(kb, app, "Achievements", "Add Achievement", "Cut picking errors")
    app.find("list item", lambda n: n.startswith("Cut picking errors"))
    add_and_title(kb, app, "Interview Practice", "New Story", "Peak season")

    # Networking and applications: one of each, back each time.
    open_sidebar_entry(kb, app, "Networking & Applications")
    app.find("button", "Add Networking")
    walk_pane(kb, app, "Networking & Applications")
    for button in ("Add Networking", "Add Application"):
        kb.tab_to(named(button), button)
        kb.activate()
        field = kb.still_focused(button)
        if e2e.role_of(field) == "menu item":
            # Add Networking opens a menu of organizations (and a blank
            # entry); Return takes the one with the focus, the first.
            log(f"{button} opened its menu on {describe(field)}; Return takes it")
            kb.activate()
            e2e.wait_for("the menu to close and the page to open",
                         lambda: (n := kb.still_focused(button)) and e2e.role_of(n) != "menu item")
            field = kb.here
        check(e2e.role_of(field) == "text", f"{button} starts on {describe(field)}, not a text field")
        walk_pane(kb, app, f"the page {button} opens")
        kb.press("Left", "Alt_L", moves=False)
        app.find("button", "Add Networking")
        kb.still_focused(f"going back from {button}")

    # Resume check: type a line, check it with Ctrl+Return, read the result.
    open_sidebar_entry(kb, app, "Resume Check")
    app.find("text", "Resume text")
    walk_pane(kb, app, "Resume Check")
    text = kb.tab_to(lambda n: e2e.role_of(n) == "text" and e2e.name_of(n) == "Resume text", "the resume text")
    Atspi.generate_keyboard_event(0, "- Cut lead times with kaizen", Atspi.KeySynthType.STRING)
    e2e.wait_for("the resume to be typed", lambda: "kaizen" in e2e.text_of(text))
    kb.press("Return", "Control_L", moves=False)
    found = app.find("list", "Keywords found")
    app.find("list item", lambda n: n.startswith("Continuous Improvement"), within=found)
    kb.still_focused("Check Resume")
    walk_pane(kb, app, "the checked resume")
    # The file chooser opens and Escape closes it, back where it was.
    kb.tab_to(named("Open Resume File"), "Open Resume File")
    kb.activate()
    dialog = app.find_window(lambda n: n != "OpsLadder")
    log(f"the file chooser “{e2e.name_of(dialog)}” is open; Escape closes it")
    # A window manager gives a new window the keyboard, and gives it back
    # to the main window when it closes; here the test does both.
    e2e.give_keyboard_focus(e2e.name_of(dialog))
    e2e.wait_for("the file chooser to be active", lambda: has_states(dialog, Atspi.StateType.ACTIVE))
    kb.press("Escape", moves=False)
    e2e.wait_for("the file chooser to close", lambda: not e2e.is_showing(dialog))
    e2e.give_keyboard_focus("OpsLadder")
    back = kb.still_focused("closing the file chooser")
    check(e2e.name_of(back) == "Open Resume File", f"after the chooser the focus is on {describe(back)}")


if __name__ == "__main__":
    sys.exit(e2e.run_tap([("keyboard-only", keyboard_only)], "keyboard"))
