#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-help.sh YELP-CHECK CHECK DIR: run one yelp-check check over every
# page in DIR. yelp-check prints problems but some checks exit 0 anyway, so
# any output counts as a failure.
set -eu
yelp_check=$1 check=$2 dir=$3
cd "$dir"
case "$check" in
  validate) out=$("$yelp_check" validate *.page 2>&1) || { echo "$out"; exit 1; } ;;
  orphans) out=$("$yelp_check" orphans index.page *.page 2>&1) || { echo "$out"; exit 1; } ;;
  *) out=$("$yelp_check" "$check" *.page 2>&1) || { echo "$out"; exit 1; } ;;
esac
if [ -n "$out" ]; then
  echo "$out"
  exit 1
fi
echo "yelp-check $check: no problems"
