#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-cli.sh OPSLADDER PLAN.json: the command-line export as a script or a
# server would use it, with no display at all.
set -u
app=$1 plan=$2
out=$(mktemp -d)
unset DISPLAY WAYLAND_DISPLAY
n=0 failed=0

check() {
  n=$((n + 1))
  if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=$((failed + 1)); fi
}

"$app" --export-pdf "$out/plan.pdf" "$plan" 2>"$out/err"
check $? "exports a plan without a display"
pages=$(pdfinfo "$out/plan.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
[ "${pages:-0}" -ge 1 ]; check $? "the PDF has pages ($pages)"
pdftotext "$out/plan.pdf" - | grep -q "Alex Rivera"; check $? "the PDF names the plan's owner"

"$app" --export-pdf "$out/x.pdf" "$out/missing.json" 2>"$out/err"
[ $? -eq 1 ] && [ "$(wc -l <"$out/err")" -eq 1 ] && [ ! -e "$out/x.pdf" ]
check $? "a missing plan: exit 1, one line on stderr, no file"

printf '{ "format": 1, "items": [ ' >"$out/broken.json"
"$app" --export-pdf "$out/x.pdf" "$out/broken.json" 2>"$out/err"
[ $? -eq 1 ] && grep -q "ine" "$out/err"; check $? "a broken plan: exit 1 and where it breaks"

"$app" --export-pdf "$out/no/such/dir/x.pdf" "$plan" 2>"$out/err"
[ $? -eq 1 ] && [ "$(wc -l <"$out/err")" -eq 1 ]; check $? "an unwritable destination: exit 1, one line"

"$app" --export-pdf "$out/x.pdf" 2>"$out/err"
[ $? -eq 2 ]; check $? "no plan given: exit 2 with usage"

"$app" --help | grep -q -- "--export-pdf"; check $? "--help documents --export-pdf"

echo "1..$n"
rm -rf "$out"
[ $failed -eq 0 ]
