#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# shot-resume.py PID LANG: in the OpsLadder process PID, which shows the
# Resume Check page, types a sample resume and checks it, as a person
# would, over the accessibility bus (the e2e journeys' helpers), so that
# `build-aux/sdk screenshots` can show the check's results. The screenshot
# runner cannot type otherwise: there is no xdotool in the SDK.

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "e2e"))
import opsladder_e2e as e2e  # noqa: E402

# A short resume that finds keywords and misses some of the target role's:
# what a person pasting their first draft sees.
RESUMES = {
    "C": ("Resume text", "Check Resume", "Keywords found",
          "Operations Analyst, Northwind Components (2022–today)\n"
          "- Cut order lead time 32% with Lean kaizen events and a KPI dashboard\n"
          "- Ran the weekly S&OP meeting for three plants\n"
          "- Built the demand forecast model in Excel and Power BI\n"),
    "de": ("Text des Lebenslaufs", "Lebenslauf prüfen", "Gefundene Schlagwörter",
           "Operations Analystin, Northwind Components (seit 2022)\n"
           "- Durchlaufzeiten mit Lean- und Kaizen-Workshops um 32 % gesenkt\n"
           "- Kennzahlen für drei Lieferketten eingeführt\n"
           "- Das wöchentliche S&OP-Meeting für drei Werke geleitet\n"),
}


def main():
    pid, lang = int(sys.argv[1]), sys.argv[2]
    text_name, button_name, results_name, resume = RESUMES.get(lang, RESUMES["C"])

    def find(root, role, name):
        def look():
            for node in e2e.walk(root):
                if e2e.role_of(node) == role and e2e.name_of(node).startswith(name):
                    return node
            return None
        return e2e.wait_for(f"[{role}] “{name}”", look)

    app = e2e.wait_for("OpsLadder on the accessibility bus", lambda: e2e.app_of_process(pid))
    text = find(app, "text", text_name)
    e2e.type_text(text, resume)
    button = find(app, "button", button_name)
    e2e.wait_for("the check to be possible", lambda: e2e.is_sensitive(button))
    e2e.activate(button)
    # Only once the results show: the runner captures the first picture
    # that differs from the one before, which could be the typed text alone.
    find(app, "list", results_name)


if __name__ == "__main__":
    try:
        main()
    except e2e.Failure as failure:
        sys.exit(f"shot-resume: {failure}")
