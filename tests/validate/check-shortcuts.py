#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-shortcuts.py SRCDIR DIALOG: every keyboard shortcut the code sets
# is in the Keyboard Shortcuts dialog, and the dialog lists no key the
# code does not set.
#  - Shortcuts are read where the code sets them: gtk_widget_class_add_
#    binding_action () calls and the application's app_accels[] table.
#  - An action may answer to several keys (Ctrl+plus and Ctrl+equal both
#    zoom in); the dialog has to list at least one of them.

import pathlib
import re
import sys
import xml.etree.ElementTree as ET

srcdir, dialog = pathlib.Path(sys.argv[1]), sys.argv[2]
MASKS = {"GDK_CONTROL_MASK": "<Control>", "GDK_SHIFT_MASK": "<Shift>", "GDK_ALT_MASK": "<Alt>",
         "GDK_SUPER_MASK": "<Super>"}
MODIFIER = re.compile(r"<(\w+)>")


def normal(accel):
    """An accelerator in one spelling: modifiers sorted, key as written."""
    mods = sorted(m.lower().replace("primary", "control") for m in MODIFIER.findall(accel))
    key = MODIFIER.sub("", accel)
    return "".join(f"<{m}>" for m in mods) + key


binding = re.compile(r'gtk_widget_class_add_binding_action\s*\(\s*\w+\s*,\s*GDK_KEY_(\w+)\s*,\s*([\w\s|]+?)\s*,'
                     r'\s*"([\w.-]+)"')
# A shortcut made in code: a key trigger and a named action.
trigger = re.compile(r'gtk_shortcut_new\s*\(\s*gtk_keyval_trigger_new\s*\(\s*GDK_KEY_(\w+)\s*,\s*([\w\s|]+?)\s*\)\s*,'
                     r'\s*gtk_named_action_new\s*\(\s*"([\w.-]+)"\s*\)')
table = re.compile(r'\{\s*"([\w.-]+)"\s*,\s*\{\s*((?:"[^"]+"\s*,\s*)+)NULL\s*\}\s*\}')
by_action = {}
failures = []
for path in sorted(srcdir.rglob("*.c")) + sorted(srcdir.rglob("*.ui")):
    text = path.read_text()
    # Other ways to set a key, which this check would have to learn.
    for way in ('class="GtkShortcut"', "gtk_widget_class_add_binding ", "gtk_widget_class_add_binding_signal"):
        if way in text:
            failures.append(f"{path} sets a key with {way}, which check-shortcuts.py does not read yet")
    # Every gtk_shortcut_new must be one the pattern reads, or it would be missed.
    if text.count("gtk_shortcut_new") != len(trigger.findall(text)):
        failures.append(f"{path} makes a shortcut check-shortcuts.py cannot read (a key trigger and a named action)")
    for key, mask, action in binding.findall(text) + trigger.findall(text):
        mods = "".join(MASKS[m.strip()] for m in mask.split("|") if m.strip() in MASKS)
        by_action.setdefault(action, set()).add(normal(mods + key))
    if "app_accels" in text:
        for action, accels in table.findall(text):
            for accel in re.findall(r'"([^"]+)"', accels):
                by_action.setdefault(action, set()).add(normal(accel))

listed = set()
for label in ET.parse(dialog).getroot().iter("object"):
    if label.get("class") != "GtkShortcutLabel":
        continue
    for prop in label.findall("property"):
        if prop.get("name") == "accelerator":
            listed.update(normal(a) for a in prop.text.split())

for action, accels in sorted(by_action.items()):
    if not accels & listed:
        failures.append(f"{action} answers to {' or '.join(sorted(accels))}, which the shortcuts dialog does not list")
every = set().union(*by_action.values()) if by_action else set()
# Keys GTK and libadwaita give every app, listed for people to know them.
BUILT_IN = {normal("<Alt>Left")}
for accel in sorted(listed - every - BUILT_IN):
    failures.append(f"the shortcuts dialog lists {accel}, which nothing in the code sets")
if not by_action:
    failures.append(f"no shortcuts found under {srcdir}: has the way they are set changed?")

for failure in failures:
    print(f"check-shortcuts: {failure}", file=sys.stderr)
sys.exit(1 if failures else 0)
