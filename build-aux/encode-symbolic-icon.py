#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""encode-symbolic-icon.py TOOL SVG SIZE OUTPUT

Renders a symbolic SVG icon as the .symbolic.png GTK's icon theme prefers
(gtk4-encode-symbolic-svg, SIZE pixels square) and writes it to OUTPUT.
The tool names its file after the SVG, so one build directory could hold
only one size of each icon; it writes into a directory of its own here.
"""

import pathlib
import shutil
import subprocess
import sys
import tempfile


def main():
    tool, svg, size, output = sys.argv[1:]
    name = pathlib.Path(svg).name.removesuffix('.svg') + '.symbolic.png'
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([tool, '-o', tmp, svg, f'{size}x{size}'], check=True)
        shutil.move(pathlib.Path(tmp) / name, output)


if __name__ == '__main__':
    main()
