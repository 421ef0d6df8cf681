# SPDX-License-Identifier: GPL-3.0-or-later
"""Drive the real OpsLadder binary through the accessibility bus.

Everything a test touches is found by its accessible role and name, the way
a screen reader finds it, and pressed or typed into through the AT-SPI
Action and EditableText interfaces. Nothing here waits a fixed time for
correctness: every step polls for the state it needs, with a generous
timeout, so the tests hold on a loaded machine.

A test script builds a list of journeys and hands it to run_tap(), which
prints TAP and, when a journey fails, saves a screenshot of the whole
virtual screen next to the test log and prints its path.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

APP_ID = "io.github.opsladder.OpsLadder"
# Long enough for a loaded CI machine with two cores shared by many jobs;
# a step that works is never slowed down by it.
TIMEOUT = float(os.environ.get("OPS_E2E_TIMEOUT", "45"))


class Failure(Exception):
    pass


def log(message):
    # TAP treats lines starting with "#" as diagnostics.
    print(f"# {time.strftime('%H:%M:%S')} {message}", flush=True)


def builddir():
    path = os.environ.get("OPS_BUILDDIR") or (sys.argv[1] if len(sys.argv) > 1 else None)
    if not path:
        sys.exit("usage: SCRIPT BUILDDIR (or set OPS_BUILDDIR)")
    return os.path.abspath(path)


def ensure_a11y_bus():
    """GTK finds the accessibility bus through org.a11y.Bus on the session
    bus, which D-Bus activates from at-spi2-core's service file. Ask for it
    once here so a missing bus fails loudly instead of as "not found"."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        raise Failure("no session bus: run under dbus-run-session")
    if not os.environ.get("DISPLAY"):
        raise Failure("no X display: run under xvfb-run")
    keep_x_server()
    out = subprocess.run(
        ["gdbus", "call", "--session", "--dest", "org.a11y.Bus", "--object-path",
         "/org/a11y/bus", "--method", "org.a11y.Bus.GetAddress"],
        capture_output=True, text=True, timeout=TIMEOUT)
    if out.returncode != 0:
        raise Failure(f"the accessibility bus did not start: {out.stderr.strip()}")
    # The session may have accessibility turned off; screen readers turn it on.
    subprocess.run(
        ["gdbus", "call", "--session", "--dest", "org.a11y.Bus", "--object-path",
         "/org/a11y/bus", "--method", "org.freedesktop.DBus.Properties.Set",
         "org.a11y.Status", "IsEnabled", "<true>"],
        capture_output=True, text=True, timeout=TIMEOUT)


_keeper = None


def keep_x_server():
    """Xvfb resets itself whenever its last client leaves, and a client
    connecting then gets "Failed to open display". xvfb-run does not pass
    -noreset, so hold one connection open for the whole run."""
    global _keeper
    if _keeper is not None:
        return

    def connect():
        process = subprocess.Popen(["xprop", "-root", "-spy", "_NET_SUPPORTED"],
                                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        # xprop prints the property as soon as it is connected.
        if process.stdout.readline():
            return process
        process.wait()
        return None

    _keeper = wait_for("a connection to the X server", connect)


# --- waiting -----------------------------------------------------------------

def wait_for(what, predicate, timeout=None):
    """Poll PREDICATE until it returns something true; return that value."""
    deadline = time.monotonic() + (timeout or TIMEOUT)
    last_error = None
    while True:
        try:
            value = predicate()
            if value:
                return value
        except (gi.repository.GLib.Error, RuntimeError) as error:
            # A node can vanish between listing and reading it.
            last_error = error
        if time.monotonic() > deadline:
            detail = f" (last error: {last_error})" if last_error else ""
            raise Failure(f"timed out waiting for {what}{detail}")
        time.sleep(0.2)


# --- the accessibility tree ---------------------------------------------------

def _safe(call, default=None):
    try:
        return call()
    except Exception:  # noqa: BLE001 - nodes die under us; treat as absent
        return default


def _states(node):
    """NODE's states as the app sees them now. libatspi caches states and
    GTK does not announce every change (a closed popover stays "showing"
    in the cache), so ask the app each time."""
    _safe(node.clear_cache_single)
    return _safe(node.get_state_set)


def is_showing(node):
    states = _states(node)
    return bool(states and states.contains(Atspi.StateType.SHOWING)
                and states.contains(Atspi.StateType.VISIBLE))


def children(node):
    count = _safe(node.get_child_count, 0) or 0
    for i in range(count):
        child = _safe(lambda: node.get_child_at_index(i))
        if child is not None:
            yield child


def walk(node, showing_only=True, depth=0, max_depth=60):
    """Yield NODE and its descendants. A node that is not showing hides its
    whole subtree, as it does for a person looking at the screen."""
    if node is None or depth > max_depth:
        return
    if showing_only and depth > 0 and not is_showing(node):
        return
    yield node
    for child in children(node):
        yield from walk(child, showing_only, depth + 1, max_depth)


def role_of(node):
    return _safe(node.get_role_name, "") or ""


def name_of(node):
    return _safe(node.get_name, "") or ""


def text_of(node):
    """The text a screen reader reads for NODE: its name, else its Text."""
    if _safe(node.get_text_iface) is not None:
        # Through the class: Accessible has a get_text of its own.
        content = _safe(lambda: Atspi.Text.get_text(node, 0, -1))
        if content:
            return content
    return name_of(node)


def _matches(value, wanted):
    if wanted is None:
        return True
    if callable(wanted):
        return bool(wanted(value))
    return value == wanted


def find_all(root, role=None, name=None, showing_only=True):
    return [node for node in walk(root, showing_only)
            if _matches(role_of(node), role) and _matches(name_of(node), name)]


def dump(root, showing_only=True, file=sys.stdout):
    def _dump(node, depth):
        if depth > 0 and showing_only and not is_showing(node):
            return
        text = ""
        if role_of(node) in ("label", "text", "entry", "heading", "paragraph", "static"):
            content = text_of(node)
            if content and content != name_of(node):
                text = f" text={content[:60]!r}"
        actions = ""
        iface = _safe(node.get_action_iface)
        if iface is not None:
            n = _safe(iface.get_n_actions, 0) or 0
            actions = " actions=" + ",".join(_safe(lambda: iface.get_action_name(i), "?") for i in range(n))
        print(f"{'  ' * depth}[{role_of(node)}] {name_of(node)!r}{text}{actions}", file=file)
        for child in children(node):
            _dump(child, depth + 1)
    _dump(root, 0)


# --- actions ------------------------------------------------------------------

def activate(node, preferred=("click", "activate", "press", "toggle")):
    """Press NODE the way assistive technology does: through its Action
    interface, or with a pointer click where GTK offers no action."""
    iface = _safe(node.get_action_iface)
    n = (_safe(iface.get_n_actions, 0) or 0) if iface is not None else 0
    names = [_safe(lambda: iface.get_action_name(i), "") for i in range(n)]
    for wanted in preferred:
        if wanted in names:
            if not iface.do_action(names.index(wanted)):
                raise Failure(f"[{role_of(node)}] “{name_of(node)}” refused “{wanted}”")
            return
    # No action to press (a list row): click it like a person would.
    click(node)


_a11y_bus = None


def activate_without_reply(node):
    """Press NODE through its Action interface without waiting for the
    reply. GTK answers DoAction only once the action has run, and an action
    that builds a file chooser can take longer than D-Bus's 25 s on a
    loaded machine ("Did not receive a reply"); the caller waits for what
    the press does instead."""
    global _a11y_bus
    from gi.repository import Gio, GLib
    iface = _safe(node.get_action_iface)
    n = (_safe(iface.get_n_actions, 0) or 0) if iface is not None else 0
    names = [_safe(lambda: iface.get_action_name(i), "") for i in range(n)]
    wanted = next((name for name in ("click", "activate", "press") if name in names), None)
    if wanted is None:
        raise Failure(f"[{role_of(node)}] “{name_of(node)}” offers no action to press, only {names}")
    if _a11y_bus is None:
        address = subprocess.run(
            ["gdbus", "call", "--session", "--dest", "org.a11y.Bus", "--object-path", "/org/a11y/bus",
             "--method", "org.a11y.Bus.GetAddress"],
            capture_output=True, text=True, timeout=TIMEOUT, check=True).stdout.strip()
        _a11y_bus = Gio.DBusConnection.new_for_address_sync(
            address.strip("(',)"),
            Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION)
    message = Gio.DBusMessage.new_method_call(node.app.bus_name, node.path, "org.a11y.atspi.Action", "DoAction")
    message.set_body(GLib.Variant("(i)", (names.index(wanted),)))
    message.set_flags(Gio.DBusMessageFlags.NO_REPLY_EXPECTED)
    _a11y_bus.send_message(message, Gio.DBusSendMessageFlags.NONE)
    _a11y_bus.flush_sync()


def _extents(node):
    component = _safe(node.get_component_iface)
    if component is None:
        return None
    rect = _safe(lambda: component.get_extents(Atspi.CoordType.WINDOW))
    if rect is None or rect.width <= 0 or rect.height <= 0:
        return None
    return rect


def _ancestors(node):
    parent = _safe(node.get_parent)
    while parent is not None and role_of(parent) != "application":
        yield parent
        parent = _safe(parent.get_parent)


def _toplevel(node):
    top = node
    for ancestor in _ancestors(node):
        top = ancestor
    return top


def window_origin(title):
    """Where the X window titled TITLE sits on the screen. GTK 4 gives
    AT-SPI extents relative to the toplevel only, as a screen reader's mouse
    review also has to work out."""
    out = subprocess.run(["xwininfo", "-name", title], capture_output=True, text=True, timeout=TIMEOUT)
    x = y = 0
    for line in out.stdout.splitlines():
        line = line.strip()
        if line.startswith("Absolute upper-left X:"):
            x = int(line.split(":")[1])
        elif line.startswith("Absolute upper-left Y:"):
            y = int(line.split(":")[1])
    return x, y


def click(node):
    """Click the middle of NODE with the pointer, as Orca's mouse review
    does for a control that offers no action over AT-SPI (GTK 4 gives list
    rows none). Scrolls it into view first with the mouse wheel, and waits
    until it stops moving (page transitions slide)."""
    previous = {}

    def settled():
        rect = _extents(node)
        if rect is None:
            previous.clear()
            return None
        if previous.pop("past", None):
            # Scrolled up until it was whole, it sits at the view's top,
            # where the career map pins a stage's name or its lanes' header
            # over what passes under: one wheel step more, as a person
            # scrolls a little past to see it clear.
            Atspi.generate_mouse_event(*previous.pop("wheel"), "b4c")
            previous.clear()
            return None
        cx, cy = rect.x + rect.width // 2, rect.y + rect.height // 2
        for ancestor in _ancestors(node):
            if role_of(ancestor) == "scroll pane":
                view = _extents(ancestor)
                # Whole in view, as a person scrolls it before clicking, where
                # it fits: a card half under the header took the click there.
                # Whole means inside the view, with no margin: the sidebar's
                # first row starts at the list's very top, where no wheel
                # can take it further down. A middle keeps 4 px off the edges.
                if view is not None and rect.height <= view.height:
                    top, bottom, margin = rect.y, rect.y + rect.height, 0
                else:
                    top = bottom = cy
                    margin = 4
                if view is not None and not (view.y + margin <= top and bottom <= view.y + view.height - margin):
                    ox, oy = window_origin(name_of(_toplevel(node)))
                    wheel = (ox + view.x + view.width // 2, oy + view.y + view.height // 2)
                    up = bottom <= view.y + view.height - margin
                    Atspi.generate_mouse_event(*wheel, "b4c" if up else "b5c")
                    previous.clear()
                    if up:
                        previous["scrolled-up"] = wheel
                    return None
                if "scrolled-up" in previous and role_of(node) == "button":
                    previous["wheel"] = previous.pop("scrolled-up")
                    previous["past"] = True
                    return None
                break
        if previous.get("at") != (cx, cy):
            previous["at"] = (cx, cy)
            return None
        return (cx, cy)

    cx, cy = wait_for(f"[{role_of(node)}] “{name_of(node)}” to be on screen and still", settled)
    ox, oy = window_origin(name_of(_toplevel(node)))
    Atspi.generate_mouse_event(ox + cx, oy + cy, "b1c")


_MISSING = object()


def ancestor(node, role, default=_MISSING):
    """The nearest ancestor of NODE with ROLE."""
    for parent in _ancestors(node):
        if role_of(parent) == role:
            return parent
    if default is not _MISSING:
        return default
    raise Failure(f"“{name_of(node)}” is not inside a {role}")


def is_sensitive(node):
    states = _states(node)
    return bool(states and states.contains(Atspi.StateType.SENSITIVE))


def is_checked(node):
    states = _states(node)
    return bool(states and states.contains(Atspi.StateType.CHECKED))


def app_of_process(pid):
    """The application PID shows on the accessibility bus, or None."""
    for app in children(Atspi.get_desktop(0)):
        if _safe(app.get_process_id) == pid:
            return app
    return None


def type_text(node, text):
    """Replace the text of an editable NODE, as typing it would."""
    if _safe(node.get_editable_text_iface) is None:
        raise Failure(f"[{role_of(node)}] “{name_of(node)}” is not editable over AT-SPI")
    if not Atspi.EditableText.set_text_contents(node, text):
        raise Failure(f"could not set the text of [{role_of(node)}] “{name_of(node)}”")


KEYSYMS = {"Control_L": 0xffe3, "Shift_L": 0xffe1, "Alt_L": 0xffe9, "Return": 0xff0d,
           "Escape": 0xff1b, "Up": 0xff52, "Down": 0xff54, "Left": 0xff51, "Right": 0xff53,
           "Tab": 0xff09, "space": 0x20, "Home": 0xff50, "End": 0xff57, "BackSpace": 0xff08,
           "F10": 0xffc7, "question": 0x3f, "comma": 0x2c, "q": 0x71}


_keycodes = {}


def _keycode(sym):
    """The X keycode that types SYM, or 0 when the keymap has none."""
    if sym not in _keycodes:
        from Xlib import display as xdisplay  # python3-xlib, in the SDK
        connection = xdisplay.Display()
        try:
            _keycodes[sym] = connection.keysym_to_keycode(sym)
        finally:
            connection.close()
    return _keycodes[sym]


def key(name, *modifiers):
    """Press the key NAME, holding MODIFIERS ("Control_L"…), through the
    accessibility bus's device controller, as Orca passes keys on. By
    keycode where the keymap has one: synthesized by keysym, the device
    controller releases modifiers the keysym itself does not need, so
    Shift+Tab would arrive as Tab."""
    def send(sym, kind):
        code = _keycode(sym)
        if code:
            Atspi.generate_keyboard_event(code, None, kind)
        else:
            Atspi.generate_keyboard_event(sym, None, kind | Atspi.KeySynthType.SYM)

    for modifier in modifiers:
        send(KEYSYMS[modifier], Atspi.KeySynthType.PRESS)
    send(KEYSYMS[name] if name in KEYSYMS else ord(name), Atspi.KeySynthType.PRESSRELEASE)
    for modifier in reversed(modifiers):
        send(KEYSYMS[modifier], Atspi.KeySynthType.RELEASE)


def is_focused(node):
    states = _states(node)
    return bool(states and states.contains(Atspi.StateType.FOCUSED))


def choose_with_keys(list_node, wanted):
    """In LIST_NODE, which has the keyboard focus (an open drop-down),
    move the focus with the arrow keys until the focused item reads
    WANTED, then press Return: what a screen-reader user does, listening
    to each item in turn."""
    def items():
        return [n for n in children(list_node) if role_of(n) == "list item"]

    def label(item):
        return " ".join(text_of(n) for n in walk(item) if role_of(n) == "label")

    def focused():
        found = [i for i, item in enumerate(items()) if is_focused(item)]
        return found[0] if found else None

    for _ in range(3 * len(items()) + 3):
        here = wait_for("the keyboard focus in the list", lambda: focused() is not None and (focused(),))[0]
        names = [label(item) for item in items()]
        if names[here] == wanted:
            # GTK leaves the popover's list marked showing once it closes,
            # so the caller waits for the choice to show instead.
            key("Return")
            return True
        if wanted not in names:
            raise Failure(f"“{wanted}” is not among {names}")
        key("Down" if names.index(wanted) > here else "Up")
        try:
            wait_for("the focus to move", lambda: focused() not in (None, here), timeout=10)
        except Failure:
            # The list was not really open (GTK can report a closed popover
            # as showing and focused): the caller opens it again.
            return False
    raise Failure(f"could not reach “{wanted}” with the arrow keys")


# --- the application ------------------------------------------------------------

class App:
    """One OpsLadder process with a home of its own, found on the bus."""

    def __init__(self, build, home=None):
        self.build = build
        self.home = home or tempfile.mkdtemp(prefix="opsladder-e2e-")
        self.data = os.path.join(self.home, "data", "opsladder")
        self.plan_file = os.path.join(self.data, "plan.json")
        self.process = None
        self.log_path = None
        self.env = dict(os.environ,
                        XDG_DATA_HOME=os.path.join(self.home, "data"),
                        XDG_CONFIG_HOME=os.path.join(self.home, "config"),
                        XDG_CACHE_HOME=os.path.join(self.home, "cache"),
                        # The file chooser starts in the home folder.
                        HOME=self.home,
                        GSETTINGS_BACKEND="keyfile",
                        GSETTINGS_SCHEMA_DIR=os.path.join(build, "data"),
                        # No portal here: GTK uses its own file chooser.
                        GTK_USE_PORTAL="0",
                        GDK_DEBUG="no-portals",
                        GTK_A11Y="atspi")
        for key in ("NO_AT_BRIDGE", "G_DEBUG"):
            self.env.pop(key, None)
        # In the sanitizer build, memory errors in the app still abort it,
        # but what is left allocated at exit is not checked here: GTK's
        # accessibility and print back ends keep unsymbolized state that
        # LeakSanitizer reports. The unit tests check OpsLadder's leaks.
        # With no leak report to attribute, the slow unwinder the unit
        # tests need on every malloc only slows the app down (the PDF
        # journey took 44 s with it, 8 s without), and on a loaded machine
        # a reply could then miss D-Bus's 25 s timeout.
        if "ASAN_OPTIONS" in self.env:
            self.env["ASAN_OPTIONS"] += ":detect_leaks=0:fast_unwind_on_malloc=1"

    def start(self):
        # Reduced motion, a setting people choose too: panes slide in
        # without animation, so the tree settles sooner under load.
        gtk_config = os.path.join(self.home, "config", "gtk-4.0")
        os.makedirs(gtk_config, exist_ok=True)
        with open(os.path.join(gtk_config, "settings.ini"), "w") as settings:
            settings.write("[Settings]\ngtk-enable-animations=false\n")
        self.log_path = os.path.join(self.home, "opsladder.log")
        with open(self.log_path, "a") as log_file:
            # Not our stdin: the app must not wait on a terminal.
            self.process = subprocess.Popen(
                [os.path.join(self.build, "src", "opsladder")], env=self.env,
                stdin=subprocess.DEVNULL, stdout=log_file, stderr=subprocess.STDOUT,
                # File choosers open in the working folder: make it ours.
                cwd=self.home, start_new_session=True)
        self.root = wait_for("OpsLadder on the accessibility bus", self._find_app)
        self.window = wait_for("the OpsLadder window", lambda: self.find_window("OpsLadder", wait=False))
        log(f"OpsLadder started (pid {self.process.pid}, home {self.home})")
        return self

    def _find_app(self):
        if self.process.poll() is not None:
            raise Failure(f"OpsLadder exited with status {self.process.returncode}; "
                          f"log:\n{self.app_log()}")
        return app_of_process(self.process.pid)

    def app_log(self):
        try:
            with open(self.log_path) as f:
                return f.read()
        except (OSError, TypeError):
            return ""

    def find_window(self, name, wait=True, timeout=None):
        def look():
            for window in children(self.root):
                if _matches(name_of(window), name) and is_showing(window):
                    return window
            return None
        return wait_for(f"window “{name}”", look, timeout) if wait else look()

    def find(self, role, name, within=None, timeout=None):
        """The first showing node with ROLE and NAME (a string or a
        predicate), polled for until TIMEOUT."""
        def look():
            roots = [within] if within is not None else list(children(self.root))
            for root in roots:
                for node in walk(root):
                    if _matches(role_of(node), role) and _matches(name_of(node), name):
                        return node
            return None
        label = name if isinstance(name, str) else getattr(name, "__doc__", None) or "matching"
        return wait_for(f"[{role}] “{label}”", look, timeout)

    def gone(self, role, name, within=None, timeout=None):
        def look():
            roots = [within] if within is not None else list(children(self.root))
            return not any(_matches(role_of(n), role) and _matches(name_of(n), name)
                           for root in roots for n in walk(root))
        label = name if isinstance(name, str) else "matching"
        wait_for(f"[{role}] “{label}” to go away", look, timeout)

    def press(self, role, name, within=None):
        node = self.find(role, name, within)
        wait_for(f"[{role}] “{name_of(node)}” to be sensitive", lambda: is_sensitive(node))
        log(f"press [{role}] “{name_of(node)}”")
        activate(node)
        return node

    def press_menu_item(self, menu_name, label, shortcut=None):
        """Press the item LABEL of the open menu MENU_NAME. GTK 4.18's menu
        items (GtkModelButton) reach AT-SPI without a name: their label is
        not in the tree. OpsLadder names them (src/gui/ops-screen-reader.c);
        an item with no name is still recognised by its keyboard shortcut,
        which Orca reads out too. The press does not wait for GTK's reply:
        an item that opens a file chooser answers only once the chooser is
        built, which a loaded machine can take longer for than D-Bus
        waits. The caller waits for what the item does."""
        menu = self.find("menu", menu_name)

        def item():
            nameless = []
            for node in walk(menu):
                if role_of(node) != "menu item":
                    continue
                if name_of(node) == label:
                    return node
                if not name_of(node):
                    attributes = _safe(node.get_attributes, {}) or {}
                    if shortcut in (attributes.get("keyshortcuts") or "").split():
                        nameless.append(node)
            return nameless[0] if nameless else None

        node = wait_for(f"[menu item] “{label}” ({shortcut}) in “{menu_name}”", item)
        log(f"press [menu item] “{label}”" + ("" if name_of(node) else f" (nameless, shortcut {shortcut})"))
        activate_without_reply(node)

    def quit(self):
        """Quit through the app.quit action, which Ctrl+Q is bound to. Over
        D-Bus, as GNOME Shell's Quit does: without a window manager the X
        server gives no window the keyboard focus, so a synthesized Ctrl+Q
        would reach nobody."""
        log("quit through app.quit (Ctrl+Q)")
        self.action("quit")
        try:
            self.process.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired as error:
            raise Failure("OpsLadder did not quit") from error
        if self.process.returncode != 0:
            raise Failure(f"OpsLadder quit with status {self.process.returncode}:\n{self.app_log()}")

    def action(self, name, *args):
        """Activate an application action over D-Bus (what Ctrl+Q does)."""
        subprocess.run(["gapplication", "action", APP_ID, name, *args],
                       env=self.env, check=True, timeout=TIMEOUT)

    def stop(self):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()

    def cleanup(self):
        self.stop()
        shutil.rmtree(self.home, ignore_errors=True)

    def read_plan(self):
        with open(self.plan_file) as f:
            return json.load(f)


# --- screenshots and TAP ------------------------------------------------------

def _popup_windows():
    """The mapped override-redirect windows on the screen (GTK's popovers
    and menus), with their positions. With no window manager they can sit
    below the main window, so the screen's own pixels do not show them."""
    tree = subprocess.run(["xwininfo", "-root", "-children"], capture_output=True, text=True, timeout=TIMEOUT).stdout
    found = []
    for line in tree.splitlines():
        fields = line.split()
        if not fields or not fields[0].startswith("0x"):
            continue
        info = subprocess.run(["xwininfo", "-id", fields[0]], capture_output=True, text=True, timeout=TIMEOUT).stdout
        values = dict(part.strip().split(":", 1) for part in info.splitlines() if ":" in part)
        if values.get("Map State", "").strip() == "IsViewable" and \
                values.get("Override Redirect State", "").strip() == "yes" and \
                int(values.get("Width", "0")) > 1:
            found.append((fields[0], values["Absolute upper-left X"].strip(), values["Absolute upper-left Y"].strip()))
    return found


def screenshot(path):
    """The screen as PATH, with any open popover drawn on top, as a person
    would see it."""
    try:
        xwd = subprocess.run(["xwd", "-root", "-silent"], capture_output=True, timeout=60, check=True)
        subprocess.run(["convert", "xwd:-", path], input=xwd.stdout, timeout=60, check=True)
    except (OSError, subprocess.SubprocessError) as error:
        log(f"could not take a screenshot: {error}")
        return None
    try:
        popups = _popup_windows()
    except (OSError, ValueError, KeyError, subprocess.SubprocessError) as error:
        log(f"could not list the popovers for the screenshot: {error}")
        popups = []
    for window, x, y in popups:
        # A popover can close between the listing and its capture.
        try:
            popup = subprocess.run(["xwd", "-silent", "-id", window], capture_output=True, timeout=60, check=True)
            subprocess.run(["convert", path, "xwd:-", "-geometry", f"{int(x):+d}{int(y):+d}", "-composite", path],
                           input=popup.stdout, timeout=60, check=True)
        except (OSError, ValueError, subprocess.SubprocessError) as error:
            log(f"could not add popover {window} to the screenshot: {error}")
    return path


def artifacts_dir():
    """Beside meson's test log (BUILDDIR/meson-logs), or BUILDDIR otherwise."""
    base = os.path.join(builddir(), "meson-logs")
    path = os.path.join(base if os.path.isdir(base) else builddir(), "e2e")
    os.makedirs(path, exist_ok=True)
    return path


def how_it_ended(process):
    """How the app's PROCESS ended, its signal by name if one killed it."""
    status = process.returncode
    if status < 0:
        try:
            name = signal.Signals(-status).name
        except ValueError:
            name = f"signal {-status}"
        return f"OpsLadder (pid {process.pid}) was killed by {name} (exit status {status})"
    return f"OpsLadder (pid {process.pid}) had exited with status {status}"


def run_tap(tests, script_name):
    """Run TESTS, (name, function) pairs, each given a fresh Context, and
    print TAP. Returns the exit status."""
    # flatpak-builder runs the tests in a sandbox with no display, as the
    # window tests know (tests/ops-test-util.c); with a display, a missing
    # bus is a failure below.
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        print("1..0 # SKIP no display to show windows on", flush=True)
        return 0
    ensure_a11y_bus()
    only = os.environ.get("OPS_E2E_ONLY")
    selected = [(n, f) for n, f in tests if not only or only in n]
    print(f"1..{len(selected)}", flush=True)
    failed = 0
    for number, (name, function) in enumerate(selected, 1):
        context = Context(name)
        shot_path = os.path.join(artifacts_dir(), f"{script_name}-{name}.png")
        if os.path.exists(shot_path):
            os.unlink(shot_path)  # from an earlier run; it would mislead
        started = time.monotonic()
        try:
            function(context)
        except Exception as error:  # noqa: BLE001 - every failure is reported
            failed += 1
            shot = screenshot(shot_path)
            # An app that died is the cause, and what it then timed out
            # waiting for only the consequence: its end comes first.
            exited = [app.process for app in context.apps
                      if app.process is not None and app.process.poll() is not None]
            ended = [how_it_ended(process) for process in exited if process.returncode != 0]
            report = [how_it_ended(process) for process in exited] + traceback.format_exc().rstrip().splitlines()
            for app in context.apps:
                if app.process is not None:
                    app_log = app.app_log().strip()
                    if app_log:
                        report.append("app output:")
                        report += [f"  {line}" for line in app_log.splitlines()[-30:]]
            if shot:
                report.append(f"screenshot: {shot}")
            # meson shows a failed TAP test's stderr, not its comments: the
            # step that failed must reach a CI log too.
            for line in report:
                print(f"# {line}")
                print(f"{name}: {line}", file=sys.stderr)
            summary = str(error).splitlines()[0] if str(error) else type(error).__name__
            print(f"not ok {number} - {name}: {'; '.join(ended + [summary])}", flush=True)
        else:
            print(f"ok {number} - {name} ({time.monotonic() - started:.0f} s)", flush=True)
        finally:
            context.cleanup()
    return 1 if failed else 0


class Context:
    """What one journey owns: its apps and their homes, removed afterwards."""

    def __init__(self, name):
        self.name = name
        self.apps = []
        self.build = builddir()

    def app(self, home=None):
        app = App(self.build, home)
        self.apps.append(app)
        return app

    def cleanup(self):
        for app in self.apps:
            app.stop()
        for home in {app.home for app in self.apps}:
            if not os.environ.get("OPS_E2E_KEEP"):
                shutil.rmtree(home, ignore_errors=True)


def check(condition, message):
    if not condition:
        raise Failure(message)


# --- the keyboard -------------------------------------------------------------

def give_keyboard_focus(title):
    """Give the X window titled TITLE the keyboard focus, as a window
    manager does for a window that opens. There is none on Xvfb, and the
    keyboard journeys use no pointer to click one into focus."""
    from Xlib import X, display as xdisplay  # python3-xlib, in the SDK

    out = subprocess.run(["xwininfo", "-name", title], capture_output=True, text=True, timeout=TIMEOUT)
    ids = [line.split()[3] for line in out.stdout.splitlines() if line.startswith("xwininfo: Window id:")]
    if not ids:
        raise Failure(f"no X window titled “{title}”")
    connection = xdisplay.Display()
    try:
        window = connection.create_resource_object("window", int(ids[0], 16))
        window.configure(stack_mode=X.Above)
        window.set_input_focus(X.RevertToPointerRoot, X.CurrentTime)
        connection.sync()
    finally:
        connection.close()


class FocusTracker:
    """Follows the keyboard focus through the focus events the app sends
    on the accessibility bus, as a screen reader does: asking every node
    for its state after each key would take seconds a press."""

    def __init__(self):
        self.current = None
        self.gains = 0
        self.listener = Atspi.EventListener.new(self._on_event)
        self.listener.register("object:state-changed:focused")

    def _on_event(self, event):
        if event.detail1:
            self.current = event.source
            self.gains += 1
        elif event.source == self.current:
            self.current = None

    def pump(self):
        from gi.repository import GLib
        context = GLib.MainContext.default()
        while context.iteration(False):
            pass

    def wait(self, what, predicate, timeout=None):
        def poll():
            self.pump()
            return predicate()
        return wait_for(what, poll, timeout)

    def focused(self):
        self.pump()
        return self.current

    def close(self):
        self.listener.deregister("object:state-changed:focused")


def describe(node):
    return f"[{role_of(node)}] “{name_of(node)}”" if node is not None else "nothing"
