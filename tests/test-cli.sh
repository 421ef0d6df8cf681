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
pdftotext "$out/plan.pdf" - | tr '\n' ' ' >"$out/text"
grep -q "Cut order lead time 32% (9.5 → 6.5 days) by applying Value Stream Mapping" "$out/text" &&
  grep -q "STAR stories" "$out/text" && grep -q "Job applications" "$out/text" && grep -q "Networking" "$out/text"
check $? "the PDF holds the achievements' resume lines, stories, networking and applications"

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

"$app" --export-ics "$out/plan.ics" "$plan" 2>"$out/err"
check $? "exports the plan's dates as iCalendar without a display"
head -n 1 "$out/plan.ics" | grep -q "^BEGIN:VCALENDAR.$" && [ "$(grep -c '^BEGIN:VEVENT' "$out/plan.ics")" -ge 1 ]
check $? "the .ics file is a calendar with events, CRLF line ends"
grep -q "^SUMMARY:Exam: CPIM.$" "$out/plan.ics"; check $? "a certification's target date is its exam"

"$app" --export-ics "$out/x.ics" "$out/missing.json" 2>"$out/err"
[ $? -eq 1 ] && [ "$(wc -l <"$out/err")" -eq 1 ] && [ ! -e "$out/x.ics" ]
check $? "--export-ics of a missing plan: exit 1, one line on stderr, no file"

"$app" --export-ics "$out/x.ics" "$out/broken.json" 2>"$out/err"
[ $? -eq 1 ] && grep -q "ine" "$out/err"; check $? "--export-ics of a broken plan: exit 1 and where it breaks"

"$app" --export-ics "$out/no/such/dir/x.ics" "$plan" 2>"$out/err"
[ $? -eq 1 ] && [ "$(wc -l <"$out/err")" -eq 1 ]; check $? "--export-ics to an unwritable destination: exit 1, one line"

"$app" --export-ics "$out/x.ics" 2>"$out/err"
[ $? -eq 2 ]; check $? "--export-ics with no plan: exit 2 with usage"

"$app" --help | grep -q -- "--export-ics"; check $? "--help documents --export-ics"

# Both exports at once: neither may be dropped without a word.
"$app" --export-ics "$out/both.ics" --export-pdf "$out/both.pdf" "$plan" 2>"$out/err"
[ $? -eq 2 ] && [ "$(wc -l <"$out/err")" -eq 1 ] && grep -q -- "--export-ics" "$out/err" &&
  grep -q -- "--export-pdf" "$out/err" && [ ! -e "$out/both.ics" ] && [ ! -e "$out/both.pdf" ]
check $? "--export-ics with --export-pdf: exit 2, one line naming both, no file"
"$app" --export-pdf "$out/both.pdf" --export-ics "$out/both.ics" "$plan" 2>"$out/err"
[ $? -eq 2 ] && [ ! -e "$out/both.ics" ] && [ ! -e "$out/both.pdf" ]
check $? "the same in the other order"

echo "1..$n"
rm -rf "$out"
[ $failed -eq 0 ]
