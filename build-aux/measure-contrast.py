#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# measure-contrast.py PNG X Y WIDTH HEIGHT: the WCAG contrast ratio of the
# text in a rectangle of a screenshot against what it stands on.
#  - The background is the rectangle's most frequent colour: crop tight
#    around one label, on one background.
#  - The text colour is the pixel that differs most from the background in
#    luminance: the inside of a glyph's stem, where antialiasing has not
#    mixed in the background. Labels of 13 px bold and up have such pixels.
# Uses ImageMagick's convert, which the SDK has.

import collections
import re
import subprocess
import sys

png, x, y, w, h = sys.argv[1], *map(int, sys.argv[2:6])
text = subprocess.run(["convert", png, "-crop", f"{w}x{h}+{x}+{y}", "+repage", "txt:-"],
                      capture_output=True, text=True, check=True).stdout
pixels = [tuple(int(c) for c in m.groups())
          for m in re.finditer(r"^\d+,\d+: \((\d+),(\d+),(\d+)", text, re.M)]


def luminance(rgb):
    linear = [c / 255 / 12.92 if c / 255 <= 0.04045 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def ratio(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


background = collections.Counter(pixels).most_common(1)[0][0]
ink = max(pixels, key=lambda p: ratio(p, background))
print(f"text #{ink[0]:02x}{ink[1]:02x}{ink[2]:02x} on #{background[0]:02x}{background[1]:02x}{background[2]:02x}: "
      f"{ratio(ink, background):.2f}:1")
