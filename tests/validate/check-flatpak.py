#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-flatpak.py MANIFEST APP_ID: what a Flathub reviewer checks first.
# flatpak-builder itself cannot run here (no Flathub runtime), so this reads
# the manifest; build-aux/sdk flatpak-check performs its build steps.

import json
import sys

path, app_id = sys.argv[1], sys.argv[2]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


with open(path) as f:
    text = f.read()
# object_pairs_hook keeps the order and lets duplicate keys be caught.
pairs = json.loads(text, object_pairs_hook=lambda p: p)
manifest = dict(pairs)
keys = [k for k, _ in pairs]

check(len(keys) == len(set(keys)), f"duplicate top-level keys: {keys}")
conventional = ["id", "runtime", "runtime-version", "sdk", "command",
                "finish-args", "cleanup", "modules"]
present = [k for k in conventional if k in manifest]
check(present == conventional,
      f"missing keys: {sorted(set(conventional) - set(present))}")
check([k for k in keys if k in conventional] == conventional,
      f"keys out of the conventional order: {keys}")
check(manifest.get("id") == app_id, f"id is {manifest.get('id')!r}, expected {app_id!r}")
check(manifest.get("runtime") == "org.gnome.Platform", "runtime must be org.gnome.Platform")
check(manifest.get("sdk") == "org.gnome.Sdk", "sdk must be org.gnome.Sdk")
check(manifest.get("runtime-version") == "50",
      "runtime-version must be the current stable GNOME runtime, \"50\"")
check(manifest.get("command") == "opsladder", "command must be opsladder")

# No filesystem, network or host access: files go through the portals.
expected_args = ["--socket=wayland", "--socket=fallback-x11", "--share=ipc", "--device=dri"]
check(manifest.get("finish-args") == expected_args,
      f"finish-args must be exactly {expected_args}, not {manifest.get('finish-args')}")

cleanup = manifest.get("cleanup", [])
for pattern in ["/include", "/lib/pkgconfig", "/share/pkgconfig", "*.la", "*.a"]:
    check(pattern in cleanup, f"cleanup lacks {pattern}")

modules = [dict(m) for m in manifest.get("modules", [])]
app = modules[-1] if modules else {}
check(app.get("name") == "opsladder", "the last module must be opsladder")
check(app.get("buildsystem") == "meson", "opsladder must build with meson")
check(app.get("run-tests") is True, "opsladder's tests must run in the build (run-tests)")
sources = [dict(s) for s in app.get("sources", [])]
check(any(s.get("type") == "dir" and s.get("path") == ".." for s in sources),
      "opsladder must build from the source tree (a dir source with path ..)")
opts = app.get("config-opts", [])
devel = app_id.endswith(".Devel")
check(("-Ddevelopment=true" in opts) == devel,
      "-Ddevelopment=true belongs in the .Devel manifest and only there")

for failure in failures:
    print(f"{path}: {failure}")
sys.exit(1 if failures else 0)
