#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-translations.py SOURCE_ROOT: extract a template the way the build's
# opsladder-pot target does, then check that
#  - every file with translatable strings is listed in po/POTFILES.in, and
#  - every catalog string reaches the template with its entry id as context,
#    exactly as OpsCatalog looks it up at run time, and
#  - every message put into a GError in src/ is marked for translation, and
#  - every language in po/LINGUAS and help/LINGUAS translates every message
#    of the template extracted now (a new or changed string that no
#    translator has seen would show English in the middle of a German app),
#  - and a help page that quotes one of the app's messages (<gui>…</gui>)
#    quotes it as the app shows it in that language, not in English.

import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

root = Path(sys.argv[1])
failures = []


def listed_files():
    lines = (root / "po" / "POTFILES.in").read_text().splitlines()
    return [l.strip() for l in lines if l.strip() and not l.startswith("#")]


def check_potfiles(listed):
    marker = re.compile(r'\b(?:N?C?_|g_dpgettext2)\s*\(\s*"|translatable="yes"')
    for path in sorted(root.glob("src/**/*")):
        if path.suffix not in (".c", ".ui") or not path.is_file():
            continue
        rel = str(path.relative_to(root))
        if marker.search(path.read_text()) and rel not in listed:
            failures.append(f"{rel} has translatable strings but is not in po/POTFILES.in")
    # Data files meant for translation: desktop entry, metainfo, MIME
    # type, GSettings schema and the catalog.
    data_marker = re.compile(r'<_?(?:summary|description|comment|caption|p|li|name)\b|^_?(?:Name|Comment|GenericName|Keywords)=', re.M)
    for path in sorted(root.glob("data/**/*")):
        # A D-Bus service file's Name= is a bus name, not text.
        if not path.is_file() or path.suffix not in (".in", ".xml") or ".service" in path.name:
            continue
        rel = str(path.relative_to(root))
        if data_marker.search(path.read_text()) and rel not in listed:
            failures.append(f"{rel} has translatable text but is not in po/POTFILES.in")
    for rel in listed:
        if not (root / rel).exists():
            failures.append(f"po/POTFILES.in lists {rel}, which does not exist")


# Functions that put a message into a GError, and which argument (from 0)
# is the message.
ERROR_FUNCTIONS = {
    "g_set_error": 3, "g_set_error_literal": 3,
    "g_error_new": 2, "g_error_new_literal": 2,
    "g_task_return_new_error": 3, "g_task_return_new_error_literal": 3,
    "g_prefix_error": 1, "g_prefix_error_literal": 1,
    "g_propagate_prefixed_error": 2,
}
# Messages nobody using the app reads: the catalog is compiled in and
# checked by the tests, so its errors are for the people who edit it.
ENGLISH_ERRORS = {"src/core/ops-catalog.c"}


def call_arguments(text, start):
    """The arguments of the call whose '(' is at START, as source text,
    skipping strings, characters and comments."""
    args, depth, i, begin = [], 0, start, start + 1
    while i < len(text):
        c = text[i]
        if c in "\"'":
            j = i + 1
            while text[j] != c:
                j += 2 if text[j] == "\\" else 1
            i = j
        elif text.startswith("/*", i):
            i = text.index("*/", i) + 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                args.append(text[begin:i])
                return args
        elif c == "," and depth == 1:
            args.append(text[begin:i])
            begin = i + 1
        i += 1
    return args


def strip_comments(arg):
    return re.sub(r"/\*.*?\*/", "", arg, flags=re.S).strip()


def check_error_messages():
    """An error's message reaches the window's banners and dialogs, so a
    message written as a bare string literal would show English in a
    German app: it must be wrapped in _(). The same holds for a file's own
    printf-style helpers that set a GError (G_GNUC_PRINTF before them)."""
    count = 0
    for path in sorted(root.glob("src/**/*.c")):
        rel = str(path.relative_to(root))
        if rel in ENGLISH_ERRORS:
            continue
        text = path.read_text()
        functions = dict(ERROR_FUNCTIONS)
        for m in re.finditer(r"G_GNUC_PRINTF \((\d+), \d+\)\s*static\s+\w+\s*\*?\s*(\w+)\s*\(\s*GError\b", text):
            functions[m.group(2)] = int(m.group(1)) - 1
        pattern = re.compile(r"\b(" + "|".join(functions) + r")\s*\(")
        for m in pattern.finditer(text):
            if re.match(r"\s*\(\s*GError\b", text[m.end() - 1:]):
                continue  # the helper's own definition
            args = call_arguments(text, m.end() - 1)
            index = functions[m.group(1)]
            if len(args) <= index:
                continue
            message = strip_comments(args[index])
            count += 1
            if message.startswith('"'):
                line = text.count("\n", 0, m.start()) + 1
                failures.append(f"{rel}:{line}: {m.group(1)} () with an untranslated message: {message[:60]}")
    return count


def extract(listed):
    out = Path(tempfile.mkdtemp()) / "opsladder.pot"
    env = dict(os.environ, GETTEXTDATADIRS=str(root / "po"))
    # The keywords of meson's 'glib' preset, which po/meson.build uses.
    args = ["xgettext", "--package-name=opsladder", "-D", str(root), "-o", str(out),
            "--from-code=UTF-8", "--add-comments", "-k_", "-kN_", "-kC_:1c,2", "-kNC_:1c,2",
            "-kg_dcgettext:2", "-kg_dngettext:2,3", "-kg_dpgettext2:2c,3"] + listed
    subprocess.run(args, check=True, env=env, cwd=root)
    return out.read_text()


def unquote(lines):
    return "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', "\n".join(lines))).encode().decode("unicode_escape").encode("latin-1").decode("utf-8")


def parse_pot(text):
    entries = set()
    for block in text.split("\n\n"):
        ctxt, msgid, current = None, None, None
        parts = {"msgctxt": [], "msgid": []}
        for line in block.splitlines():
            m = re.match(r'^(msgctxt|msgid|msgstr)\s', line)
            if m:
                current = m.group(1)
            if current in parts and line.lstrip().startswith(("msgctxt", "msgid", '"')):
                parts[current].append(line)
        if parts["msgid"]:
            ctxt = unquote(parts["msgctxt"]) if parts["msgctxt"] else None
            msgid = unquote(parts["msgid"])
            entries.add((ctxt, msgid))
    return entries


def translatable_fields():
    its = (root / "po" / "its" / "opsladder-catalog.its").read_text()
    selector = re.search(r'translateRule selector="([^"]*)" translate="yes"', its).group(1)
    return {tuple(s.strip().split("/")[2:4]) for s in selector.split("|")}


def check_catalog(entries):
    fields = translatable_fields()
    tree = ET.parse(root / "data" / "catalog" / "catalog.xml")
    count = 0
    for entry in tree.getroot():
        for field in entry:
            if field.get("ref") is not None:
                continue
            text = " ".join((field.text or "").split())
            if "&" in text or "<" in text:
                failures.append(f"{entry.get('id')}/{field.tag}: '&' and '<' do not survive xgettext's ITS extraction")
            if (entry.tag, field.tag) not in fields:
                failures.append(f"{entry.tag}/{field.tag} holds text but the ITS rules do not mark it translatable")
                continue
            count += 1
            if (entry.get("id"), text) not in entries:
                failures.append(f"catalog string missing from the template: [{entry.get('id')}] {text[:60]}")
    return count


def help_template():
    pages = sorted((root / "help" / "C").glob("*.page"))
    out = Path(tempfile.mkdtemp()) / "help.pot"
    subprocess.run(["itstool", "-o", str(out)] + [str(p) for p in pages], check=True)
    return out


def check_complete(po, template, what):
    """Counts what msgmerge leaves untranslated or fuzzy in PO against
    TEMPLATE, and names the first few."""
    merged = Path(tempfile.mkdtemp()) / "merged.po"
    subprocess.run(["msgmerge", "--quiet", "--no-fuzzy-matching", "-o", str(merged), str(po), str(template)],
                   check=True)
    missing = []
    for flag in ("--untranslated", "--only-fuzzy"):
        out = subprocess.run(["msgattrib", flag, "--no-obsolete", "--no-wrap", str(merged)],
                             check=True, capture_output=True, text=True).stdout
        for block in out.split("\n\n"):
            lines = block.splitlines()
            start = next((i for i, l in enumerate(lines) if l.startswith("msgid ")), None)
            if start is None:
                continue
            end = next((i for i, l in enumerate(lines) if l.startswith(("msgid_plural ", "msgstr"))), len(lines))
            msgid = unquote(lines[start:end])
            if msgid:  # the header's msgid is empty
                missing.append(msgid)
    for m in missing[:5]:
        failures.append(f"{po.relative_to(root)}: {what} not translated: “{m[:60]}”")
    if len(missing) > 5:
        failures.append(f"{po.relative_to(root)}: and {len(missing) - 5} more")
    return len(missing)


def po_pairs(po):
    """The (msgid, msgstr) pairs of PO, headers and plurals left out."""
    pairs = []
    for block in po.read_text().split("\n\n"):
        lines = [l for l in block.splitlines() if not l.startswith("#")]
        start = next((i for i, l in enumerate(lines) if l.startswith("msgid ")), None)
        end = next((i for i, l in enumerate(lines) if l.startswith("msgstr ")), None)
        if start is None or end is None or any(l.startswith("msgid_plural ") for l in lines):
            continue
        pairs.append((unquote(lines[start:end]), unquote(lines[end:])))
    return pairs


def shape(text):
    """TEXT with its numbers and printf conversions alike, to compare a
    message as a page quotes it ("Line 12") with its source ("Line %u")."""
    return re.sub(r"%[-'#0-9.]*[a-z]|\d+", "#", text)


def check_quoted_messages(lang):
    """A page's <gui> quote of an app message, left in English in LANG's
    help while the app shows that message translated: the person reading
    the help would look for English words on a German screen."""
    app = [(shape(a), b) for a, b in po_pairs(root / "po" / f"{lang}.po") if b and a != b and len(a) >= 12]
    for msgid, msgstr in po_pairs(root / "help" / lang / f"{lang}.po"):
        for quote in re.findall(r"<gui>(.*?)</gui>", msgid):
            text = shape(quote.strip(" …"))
            if f"<gui>{quote}</gui>" not in msgstr or len(text) < 12:
                continue
            source = next((b for a, b in app if text in a), None)
            if source is not None:
                failures.append(f"help/{lang}/{lang}.po: “{quote}” quotes an app message in English; "
                                f"the app shows “{source}”")

def check_languages(pot_text):
    template = Path(tempfile.mkdtemp()) / "opsladder.pot"
    template.write_text(pot_text)
    for lang in (root / "po" / "LINGUAS").read_text().split():
        check_complete(root / "po" / f"{lang}.po", template, "message")
    pages = help_template()
    for lang in (root / "help" / "LINGUAS").read_text().split():
        check_complete(root / "help" / lang / f"{lang}.po", pages, "help text")
        check_quoted_messages(lang)


listed = listed_files()
check_potfiles(listed)
pot = extract(listed)
entries = parse_pot(pot)
n = check_catalog(entries)
n_errors = check_error_messages()
check_languages(pot)
for f in failures:
    print("FAIL:", f)
print(f"{len(entries)} messages in the template, {n} catalog strings and {n_errors} error messages checked, "
      f"{len(failures)} problems")
sys.exit(1 if failures else 0)
