#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-style.py SOURCE_ROOT: the parts of the house style (HACKING.md) a
# machine can hold without reformatting anyone's code: in every C file of
# src/ and tests/, spaces rather than tabs, no trailing whitespace, a final
# newline and an SPDX line in the opening comment; in every header,
# #pragma once and G_BEGIN_DECLS … G_END_DECLS. The rest (alignment, where
# lines break) is kept by review and .editorconfig, since no formatter
# reproduces the tree's GNOME style exactly.

import re
import sys
from pathlib import Path

root = Path(sys.argv[1])
failures = []
files = sorted(p for d in ("src", "tests") for p in (root / d).glob("**/*.[ch]"))

for path in files:
    rel = path.relative_to(root)
    text = path.read_text()
    for number, line in enumerate(text.split("\n"), 1):
        if "\t" in line:
            failures.append(f"{rel}:{number}: a tab; the tree indents with spaces")
        if line != line.rstrip():
            failures.append(f"{rel}:{number}: trailing whitespace")
    if text and not text.endswith("\n"):
        failures.append(f"{rel}: no newline at the end")
    opening = re.match(r"\s*/\*.*?\*/", text, re.S)
    if opening is None or "SPDX-License-Identifier:" not in opening.group(0):
        failures.append(f"{rel}: the opening comment has no SPDX-License-Identifier line")
    if path.suffix == ".h":
        for needed in ("#pragma once", "G_BEGIN_DECLS", "G_END_DECLS"):
            if needed not in text:
                failures.append(f"{rel}: a header without {needed}")

for f in failures[:40]:
    print("FAIL:", f)
if len(failures) > 40:
    print(f"FAIL: and {len(failures) - 40} more")
print(f"{len(files)} C files checked, {len(failures)} problems")
sys.exit(1 if failures else 0)
