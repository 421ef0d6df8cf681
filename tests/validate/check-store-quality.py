#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-store-quality.py METAINFO ICON: the parts of Flathub's quality
# guidelines for app metadata that appstreamcli does not check.
#  - The summary is at most 35 characters and does not end with a period.
#  - Both branding colours (light and dark scheme) are set, neither is one
#    of the icon's own colours (a banner in the icon's green hides it), and
#    the dark one stands off the icon's face by at least 3:1, as the icon
#    has to read on it.

import re
import sys
import xml.etree.ElementTree as ET

metainfo, icon = sys.argv[1], sys.argv[2]
failures = []


def luminance(hex_colour):
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


root = ET.parse(metainfo).getroot()
summary = root.findtext("summary", "").strip()
if len(summary) > 35:
    failures.append(f"the summary “{summary}” has {len(summary)} characters; Flathub asks for 35 at most")
if summary.endswith("."):
    failures.append(f"the summary “{summary}” ends with a period")

svg = open(icon).read()
icon_colours = {c.lower() for c in re.findall(r'#[0-9a-fA-F]{6}\b', svg)}
# The face is the icon's gradient: the colours the banner sits next to.
face_gradient = re.search(r'<linearGradient id="face".*?</linearGradient>', svg, re.S)
face = re.findall(r'stop-color="(#[0-9a-fA-F]{6})"', face_gradient.group(0)) if face_gradient else []
face = [c.lower() for c in face]
if not face:
    failures.append(f"{icon} has no gradient with id “face” to compare the branding with")

branding = {c.get("scheme_preference"): c.text.strip().lower()
            for c in root.iter("color") if c.get("type") == "primary"}
for scheme in ("light", "dark"):
    colour = branding.get(scheme)
    if colour is None:
        failures.append(f"no primary branding colour for the {scheme} scheme")
        continue
    if colour in icon_colours:
        failures.append(f"the {scheme} branding colour {colour} is one of the icon's own colours")
for colour_in_face in face:
    dark = branding.get("dark")
    if dark and contrast(dark, colour_in_face) < 3:
        failures.append(f"the dark branding colour {dark} stands off the icon's {colour_in_face} "
                        f"by only {contrast(dark, colour_in_face):.2f}:1 (3:1 needed)")

for failure in failures:
    print(f"not ok: {failure}")
print(f"{0 if failures else 1} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
