#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-timeouts.py BUILD_ROOT: every test has a deliberate timeout. Meson
# gives a test without one 30 s, which a UI test alone on two cores nearly
# needs and a busy machine exceeds (issue 21: toolkit-ui failed the gate
# that way). So a test left at 30 s, or with no limit at all, fails here;
# docs/testing.md says how the timeouts were chosen.

import json
import sys
from pathlib import Path

tests = json.loads((Path(sys.argv[1]) / "meson-info" / "intro-tests.json").read_text())
failures = [t["name"] for t in tests if t.get("timeout") in (None, 0, 30)]
for name in failures:
    print(f"FAIL: {name} has no deliberate timeout (meson's default is 30 s)")
print(f"{len(tests)} tests checked, {len(failures)} without a deliberate timeout")
sys.exit(1 if failures else 0)
