#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-summary.py TESTLOG.json [LABEL [SECONDS]]: the one line people and CI
# read at the end of a test run, from meson's JSON test log:
#   "LABEL: 61 passed, 0 failed in 72 s"   (or "61 passed, 0 failed")
# Exits 1 when a test failed or none passed.

import json
import sys

passed = failed = skipped = 0
try:
    lines = open(sys.argv[1]).read().splitlines()
except OSError:
    lines = []
for line in lines:
    result = json.loads(line)["result"]
    if result in ("OK", "EXPECTEDFAIL"):
        passed += 1
    elif result == "SKIP":
        skipped += 1
    else:
        failed += 1

label = f"{sys.argv[2]}: " if len(sys.argv) > 2 and sys.argv[2] else ""
took = f" in {sys.argv[3]} s" if len(sys.argv) > 3 else ""
tail = f", {skipped} skipped" if skipped else ""
print(f"{label}{passed} passed, {failed} failed{tail}{took}")
sys.exit(1 if failed or not passed else 0)
