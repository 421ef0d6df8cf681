#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-mnemonics.py SRCDIR PODIR: no two items of one menu share an access
# key (the underlined letter), in English or in any language of
# PODIR/LINGUAS. With two, Alt and the letter reaches only the first and the
# second cannot be chosen by its key at all ("_Add Custom Item" and "Save
# Plan _As…" once shared A in the plan menu).
#  - A menu is a <menu> or <submenu> of a .ui file under SRCDIR, with the
#    items of its sections; a submenu's items are a menu of their own.
#  - "__" is a literal underscore, not a mnemonic.

import pathlib
import re
import sys
import xml.etree.ElementTree as ET

srcdir, podir = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
failures = []


def mnemonic(label):
    """The access key of a label with underlines, lower case, or None."""
    match = re.search(r"(?<!_)(?:__)*_([^_])", label)
    return match.group(1).lower() if match else None


def unquote(line):
    return line[line.index('"') + 1:line.rindex('"')].encode().decode("unicode_escape").encode("latin-1").decode()


def read_po(path):
    """msgctxt + EOT + msgid -> msgstr, for the translated, non-fuzzy entries."""
    catalog, entry, field, fuzzy = {}, {}, None, False

    def flush():
        if entry.get("msgstr") and not fuzzy:
            key = (entry.get("msgctxt", "") + "\x04" if "msgctxt" in entry else "") + entry.get("msgid", "")
            catalog[key] = entry["msgstr"]

    for line in path.read_text().splitlines() + [""]:
        if not line.strip():
            flush()
            entry, field, fuzzy = {}, None, False
        elif line.startswith("#,"):
            fuzzy = "fuzzy" in line
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            entry[field] += unquote(line)
        else:
            field = line.split()[0]
            entry[field] = unquote(line)
    return catalog


def menus(root):
    """Each menu of a .ui file: (its id, its item labels with their contexts)."""
    for menu in root.iter():
        if menu.tag not in ("menu", "submenu"):
            continue
        labels = []
        stack = list(menu)
        while stack:
            node = stack.pop(0)
            if node.tag == "section":
                stack[:0] = list(node)
            elif node.tag == "item":
                for attribute in node.findall("attribute"):
                    if attribute.get("name") == "label" and attribute.text:
                        labels.append((attribute.get("context"), attribute.text))
                        break
        yield menu.get("id") or menu.tag, labels


languages = {"C": {}}
linguas = podir / "LINGUAS"
for lang in linguas.read_text().split() if linguas.exists() else []:
    languages[lang] = read_po(podir / f"{lang}.po")

n_menus = 0
for path in sorted(srcdir.rglob("*.ui")):
    for menu_id, labels in menus(ET.parse(path).getroot()):
        n_menus += 1
        for lang, catalog in languages.items():
            seen = {}
            for context, label in labels:
                shown = catalog.get((context + "\x04" if context else "") + label, label)
                key = mnemonic(shown)
                if key is None:
                    continue
                if key in seen:
                    failures.append(f"{path.relative_to(srcdir)}: menu {menu_id} ({lang}): "
                                    f"“{seen[key]}” and “{shown}” both use {key.upper()}")
                else:
                    seen[key] = shown

if n_menus == 0:
    failures.append(f"no menus found under {srcdir}: has the way they are made changed?")
for failure in failures:
    print(f"check-mnemonics: {failure}", file=sys.stderr)
print(f"{n_menus} menus checked in {len(languages)} languages, {len(failures)} clashes")
sys.exit(1 if failures else 0)
