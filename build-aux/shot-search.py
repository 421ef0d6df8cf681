#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# shot-search.py PID LANG QUERY: in the OpsLadder process PID, opens the
# sidebar's search and types QUERY, as a person would, over the
# accessibility bus (the e2e journeys' helpers), so that
# `build-aux/sdk screenshots` can show search results: typing is the
# only way to them, and there is no xdotool in the SDK.

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "e2e"))
import opsladder_e2e as e2e  # noqa: E402

# The accessible names the search wears, by language.
NAMES = {
    "C": ("Search", "Search the catalog", "Search results"),
    "de": ("Suchen", "Katalog durchsuchen", "Suchergebnisse"),
}


def main():
    pid, lang, query = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    button_name, entry_name, results_name = NAMES.get(lang, NAMES["C"])

    def find(root, roles, name):
        def look():
            for node in e2e.walk(root):
                if e2e.role_of(node) in roles and e2e.name_of(node) == name:
                    return node
            return None
        return e2e.wait_for(f"{roles} “{name}”", look)

    app = e2e.wait_for("OpsLadder on the accessibility bus", lambda: e2e.app_of_process(pid))
    e2e.activate(find(app, ("toggle button",), button_name))
    entry = find(app, ("text", "entry"), entry_name)
    e2e.type_text(entry, query)
    # Setting the text leaves the cursor before it; typing leaves it after.
    if not e2e.Atspi.Text.set_caret_offset(entry, len(query)):
        raise e2e.Failure(f"the search entry did not take the caret at {len(query)}")
    # Only once the results show: the runner captures the first picture
    # that differs from the one before, which could be the typed text alone.
    results = find(app, ("list",), results_name)
    e2e.wait_for("search results", lambda: e2e.find_all(results, "list item"))


if __name__ == "__main__":
    try:
        main()
    except e2e.Failure as failure:
        sys.exit(f"shot-search: {failure}")
