#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# german.py BUILDDIR: a journey with OpsLadder in German, through the
# accessibility bus. The app reads the build's own translations (po/ in
# the build directory, through OPS_LOCALEDIR: nothing is installed in the
# SDK), so every label below is the German one a person reads. Prints TAP.

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import opsladder_e2e as e2e  # noqa: E402
from opsladder_e2e import check, log  # noqa: E402
from journeys import contains, seed_plan, starts_with  # noqa: E402

SIDEBAR = "Karrierestufen und Bibliothek"


def german_app(t):
    app = t.app()
    mo = os.path.join(app.build, "po", "de", "LC_MESSAGES", "opsladder.mo")
    check(os.path.exists(mo), f"the build has no German catalog at {mo}")
    app.env.update(LANGUAGE="de", LC_ALL="de_DE.UTF-8", OPS_LOCALEDIR=os.path.join(app.build, "po"))
    os.makedirs(app.data, exist_ok=True)
    with open(app.plan_file, "w") as f:
        f.write(seed_plan())
    app.start()
    # The plan is read when My Plan ("Mein Plan") shows its role.
    app.press("list item", "Mein Plan", within=app.find("list", SIDEBAR))
    app.find("toggle button", "Planmenü")
    return app


def german_journey(t):
    """Panes, search and the resume check, in German."""
    app = german_app(t)
    sidebar = app.find("list", SIDEBAR)

    # A stage, a role in it, its target button; a certification.
    app.press("list item", contains(": Mittleres Management,"), within=sidebar)
    app.find("heading", "Mittleres Management")
    roles = app.find("list", "Rollen auf dieser Stufe")
    app.press("list item", "Operations Manager/in", within=roles)
    app.find("heading", "Operations Manager/in")
    app.press("button", "Als Zielrolle festlegen")
    app.find("label", "Ihre Zielrolle")
    app.press("list item", "Zertifizierungen", within=sidebar)
    app.press("list item", "CPIM")
    app.find("heading", "CPIM")
    app.press("button", "Zu meinem Plan hinzufügen")
    app.find("label", "In Ihrem Plan")

    # Search in German: "Lieferkette" finds Supply Chain Management, by
    # its German synonym.
    app.press("toggle button", "Suchen")
    entry = app.find(lambda r: r in ("text", "entry"), "Katalog durchsuchen")
    log("search for “Lieferkette”")
    e2e.type_text(entry, "Lieferkette")
    results = app.find("list", "Suchergebnisse")
    found = e2e.wait_for("search results", lambda: [e2e.name_of(n) for n in e2e.find_all(results, "list item")])
    log(f"“Lieferkette” finds: {found}")
    check(any(name.startswith("Supply Chain Management") for name in found),
          f"“Lieferkette” does not find Supply Chain Management: {found}")

    # The resume check, with a German resume.
    app.press("toggle button", "Suchen")
    app.press("list item", "Lebenslauf-Check", within=sidebar)
    text = app.find("text", "Text des Lebenslaufs")
    resume = ("Operations Analystin\n"
              "- Durchlaufzeiten um 30 % gesenkt\n"
              "- Kennzahlen für drei Lieferketten eingeführt\n"
              "- Kaizen-Workshops geleitet\n")
    log("type a German resume")
    e2e.type_text(text, resume)
    app.press("button", starts_with("Lebenslauf prüfen"))
    keywords = app.find("list", "Gefundene Schlagwörter")
    names = e2e.wait_for("the keywords found",
                         lambda: [e2e.name_of(n) for n in e2e.find_all(keywords, "list item")])
    log(f"keywords found: {names}")
    for expected in ("Durchlaufzeit", "KPIs", "Supply Chain Management", "Kontinuierliche Verbesserung"):
        check(any(n.startswith(expected) for n in names), f"the check does not find {expected} in {names}")
    # The target role expects CPIM, which the resume does not name.
    missing = app.find("list", "Fehlende Schlagwörter")
    app.find("list item", starts_with("CPIM"), within=missing)


if __name__ == "__main__":
    sys.exit(e2e.run_tap([("german", german_journey)], "german"))
