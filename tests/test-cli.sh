#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-cli.sh OPSLADDER PLAN.json FAULT-SHIM: the command-line export as a
# script or a server would use it, with no display at all.
set -u
app=$1 plan=$2 shim=$3
# Under AddressSanitizer (build-aux/sdk sanitize) the fault shim is preloaded
# ahead of ASan's runtime, which ASan refuses unless told the order is fine.
shim_asan=${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0
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

"$app" --export-json-resume "$out/resume.json" "$plan" 2>"$out/err"
check $? "exports the record as JSON Resume data without a display"
python3 -c 'import json, sys; r = json.load(open(sys.argv[1], encoding="utf-8")); sys.exit(r["basics"]["name"] != "Alex Rivera" or r["work"][0]["position"] != "Operations Analyst")' "$out/resume.json"
check $? "the JSON Resume file is JSON with the owner and the role the achievements were made in"

"$app" --export-json-resume "$out/x.json" "$out/missing.json" 2>"$out/err"
[ $? -eq 1 ] && [ "$(wc -l <"$out/err")" -eq 1 ] && [ ! -e "$out/x.json" ]
check $? "--export-json-resume of a missing plan: exit 1, one line on stderr, no file"

"$app" --export-json-resume "$out/x.json" "$out/broken.json" 2>"$out/err"
[ $? -eq 1 ] && grep -q "ine" "$out/err"; check $? "--export-json-resume of a broken plan: exit 1 and where it breaks"

"$app" --export-json-resume "$out/no/such/dir/x.json" "$plan" 2>"$out/err"
[ $? -eq 1 ] && [ "$(wc -l <"$out/err")" -eq 1 ] && grep -q "resume data" "$out/err"
check $? "--export-json-resume to an unwritable destination: exit 1, one line"

"$app" --export-json-resume "$out/x.json" 2>"$out/err"
[ $? -eq 2 ] && grep -q -- "--export-json-resume OUT.json PLAN.json" "$out/err"
check $? "--export-json-resume with no plan: exit 2 with usage"

"$app" --help | grep -q -- "--export-json-resume"; check $? "--help documents --export-json-resume"

# Both exports at once: neither may be dropped without a word.
"$app" --export-ics "$out/both.ics" --export-pdf "$out/both.pdf" "$plan" 2>"$out/err"
[ $? -eq 2 ] && [ "$(wc -l <"$out/err")" -eq 1 ] && grep -q -- "--export-ics" "$out/err" &&
  grep -q -- "--export-pdf" "$out/err" && [ ! -e "$out/both.ics" ] && [ ! -e "$out/both.pdf" ]
check $? "--export-ics with --export-pdf: exit 2, one line naming both, no file"
"$app" --export-pdf "$out/both.pdf" --export-ics "$out/both.ics" "$plan" 2>"$out/err"
[ $? -eq 2 ] && [ ! -e "$out/both.ics" ] && [ ! -e "$out/both.pdf" ]
check $? "the same in the other order"
"$app" --export-json-resume "$out/both.json" --export-pdf "$out/both.pdf" "$plan" 2>"$out/err"
[ $? -eq 2 ] && [ "$(wc -l <"$out/err")" -eq 1 ] && grep -q -- "--export-json-resume" "$out/err" &&
  grep -q -- "--export-pdf" "$out/err" && [ ! -e "$out/both.json" ] && [ ! -e "$out/both.pdf" ]
check $? "--export-json-resume with --export-pdf: exit 2, one line naming both, no file"
"$app" --export-ics "$out/both.ics" --export-json-resume "$out/both.json" "$plan" 2>"$out/err"
[ $? -eq 2 ] && [ ! -e "$out/both.ics" ] && [ ! -e "$out/both.json" ]
check $? "--export-json-resume with --export-ics: exit 2, no file"

# An export never writes over its own plan, however the plan is named.
cp "$plan" "$out/mine.json"
cp "$plan" "$out/pristine.json"
ln -s mine.json "$out/symlink.json"
ln "$out/mine.json" "$out/hardlink.json"
mkdir "$out/sub"
for kind in pdf ics json-resume; do
  for target in "$out/mine.json" "$out/sub/../mine.json" "$out/symlink.json" "$out/hardlink.json"; do
    "$app" --export-$kind "$target" "$out/mine.json" 2>"$out/err"
    [ $? -eq 1 ] && [ "$(wc -l <"$out/err")" -eq 1 ] && grep -q "is the plan itself" "$out/err" &&
      cmp -s "$out/mine.json" "$out/pristine.json" && [ -L "$out/symlink.json" ]
    check $? "--export-$kind over its own plan (${target#"$out/"}): exit 1, the plan untouched"
  done
done
"$app" --export-pdf "$out/mine.json" "$out/symlink.json" 2>"$out/err"
[ $? -eq 1 ] && cmp -s "$out/mine.json" "$out/pristine.json"
check $? "--export-pdf over the file a plan's symbolic link leads to: exit 1, untouched"

# A 20 MiB title (issue 16) is refused at once, naming it, for both.
{ printf '{"format": 2, "items": [{"kind": "custom", "title": "'
  head -c 20971520 /dev/zero | tr '\0' x
  printf '"}]}\n'; } >"$out/huge-title.json"
for kind in pdf ics json-resume; do
  timeout 120 "$app" --export-$kind "$out/x.$kind" "$out/huge-title.json" 2>"$out/err"
  [ $? -eq 1 ] && grep -q "“title” of item 1 has 20971520 characters" "$out/err" && [ ! -e "$out/x.$kind" ]
  check $? "--export-$kind of a plan with a 20 MiB title: exit 1, names the title"
done
rm -f "$out/huge-title.json"

# FIFOs, devices, dangling links and loops: refused at once, with what
# they are, in both directions (a FIFO would hang, a device never end).
mkfifo "$out/fifo"
ln -s nowhere.json "$out/dangling.json"
ln -s loop-b.json "$out/loop-a.json"
ln -s loop-a.json "$out/loop-b.json"
for kind in pdf ics json-resume; do
  timeout 60 "$app" --export-$kind "$out/x.$kind" "$out/fifo" 2>"$out/err"
  [ $? -eq 1 ] && grep -q "not a regular file" "$out/err" && [ ! -e "$out/x.$kind" ]
  check $? "--export-$kind of a FIFO: exit 1, not a regular file"
  timeout 60 "$app" --export-$kind "$out/x.$kind" /dev/zero 2>"$out/err"
  [ $? -eq 1 ] && grep -q "not a regular file" "$out/err"
  check $? "--export-$kind of /dev/zero: exit 1, not a regular file"
  timeout 60 "$app" --export-$kind "$out/fifo" "$plan" 2>"$out/err"
  [ $? -eq 1 ] && grep -q "not a regular file" "$out/err" && [ -p "$out/fifo" ]
  check $? "--export-$kind to a FIFO: exit 1, not a regular file"
  timeout 60 "$app" --export-$kind /dev/null "$plan" 2>"$out/err"
  [ $? -eq 1 ] && grep -q "not a regular file" "$out/err"
  check $? "--export-$kind to /dev/null: exit 1, not a regular file"
  "$app" --export-$kind "$out/x.$kind" "$out/dangling.json" 2>"$out/err"
  [ $? -eq 1 ] && grep -q "link to a file that does not exist" "$out/err"
  check $? "--export-$kind of a dangling link: exit 1, says so"
  "$app" --export-$kind "$out/x.$kind" "$out/loop-a.json" 2>"$out/err"
  [ $? -eq 1 ] && grep -q "link that leads in a circle" "$out/err"
  check $? "--export-$kind of a loop of links: exit 1, says so"
  "$app" --export-$kind "$out/dangling.json" "$plan" 2>"$out/err"
  [ $? -eq 1 ] && grep -q "link to a file that does not exist" "$out/err" && [ -L "$out/dangling.json" ]
  check $? "--export-$kind to a dangling link: exit 1, says so"
done

# Bad arguments exit 2, as documented.
"$app" --export-pdf 2>"$out/err"
[ $? -eq 2 ] && grep -q -- "--export-pdf" "$out/err"; check $? "--export-pdf without its value: exit 2"
"$app" --export-ics 2>"$out/err"
[ $? -eq 2 ] && grep -q -- "--export-ics" "$out/err"; check $? "--export-ics without its value: exit 2"
"$app" --export-json-resume 2>"$out/err"
[ $? -eq 2 ] && grep -q -- "--export-json-resume" "$out/err"; check $? "--export-json-resume without its value: exit 2"
"$app" --no-such-option "$plan" 2>"$out/err"
[ $? -eq 2 ] && grep -q -- "--no-such-option" "$out/err"; check $? "an unknown option: exit 2, named"

# A full disk at any call of the export's write: the PDF is the earlier
# one or the new one, never torn; a failure says so. At most one file is
# left beside it: the earlier PDF under our temporary name, when only its
# removal failed.
mkdir "$out/full"
# In a sanitized build the shim comes before the ASan runtime, which is
# fine for it.
ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0
export ASAN_OPTIONS
"$app" --export-pdf "$out/full/plan.pdf" "$plan" 2>"$out/err"
cp "$out/full/plan.pdf" "$out/earlier.pdf"
for at in 1 2 3 4 5 6 7; do
  ASAN_OPTIONS=$shim_asan LD_PRELOAD=$shim OPS_FAULT_ARMED=1 OPS_FAULT_DIR=$out/full OPS_FAULT_MODE=enospc OPS_FAULT_AT=$at \
    "$app" --export-pdf "$out/full/plan.pdf" "$plan" 2>"$out/err"
  rc=$?
  { [ $rc -eq 0 ] || { [ $rc -eq 1 ] && grep -q "The disk is full" "$out/err"; }; } &&
    { cmp -s "$out/full/plan.pdf" "$out/earlier.pdf" || pdfinfo "$out/full/plan.pdf" >/dev/null 2>&1; }
  ok=$?
  for left in "$out/full"/.* "$out/full"/*; do
    case "${left##*/}" in
      .|..|plan.pdf) ;;
      .plan.pdf.opsladder-??????) cmp -s "$left" "$out/earlier.pdf" || ok=1; rm -f "$left" ;;
      *) ok=1 ;;
    esac
  done
  [ $ok -eq 0 ]; check $? "--export-pdf on a full disk at call $at: exit $rc, no torn PDF, nothing new left"
done
ASAN_OPTIONS=$shim_asan LD_PRELOAD=$shim OPS_FAULT_ARMED=1 OPS_FAULT_DIR=$out/full OPS_FAULT_MODE=enospc OPS_FAULT_AT=2 \
  "$app" --export-ics "$out/full/plan.pdf" "$plan" 2>"$out/err"
[ $? -eq 1 ] && grep -q "The disk is full" "$out/err" && pdfinfo "$out/full/plan.pdf" >/dev/null 2>&1 &&
  [ "$(ls -A "$out/full")" = "plan.pdf" ]
check $? "--export-ics failing on a full disk leaves the earlier file as it was"
ASAN_OPTIONS=$shim_asan LD_PRELOAD=$shim OPS_FAULT_ARMED=1 OPS_FAULT_DIR=$out/full OPS_FAULT_MODE=enospc OPS_FAULT_AT=2 \
  "$app" --export-json-resume "$out/full/plan.pdf" "$plan" 2>"$out/err"
[ $? -eq 1 ] && grep -q "The disk is full" "$out/err" && pdfinfo "$out/full/plan.pdf" >/dev/null 2>&1 &&
  [ "$(ls -A "$out/full")" = "plan.pdf" ]
check $? "--export-json-resume failing on a full disk leaves the earlier file as it was"

echo "1..$n"
rm -rf "$out"
[ $failed -eq 0 ]
