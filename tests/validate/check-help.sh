#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-help.sh YELP-CHECK CHECK DIR: run one yelp-check check over every
# page in DIR. yelp-check prints problems but some checks exit 0 anyway, so
# any output counts as a failure.
#
# "media" also checks that every figure a page shows is in help/meson.build's
# help_media, which is what gets installed: yelp-check only looks at the
# files beside the pages, so an unlisted figure passed and showed broken.
set -eu
yelp_check=$1 check=$2 dir=$3
cd "$dir"
if [ "$check" = media ]; then
  for src in $(sed -n 's/.*<media [^>]*src="\(figures\/[^"]*\)".*/\1/p' *.page | sort -u); do
    grep -q "'$src'" ../meson.build || { echo "$src is shown but not in help_media (help/meson.build)"; exit 1; }
  done
fi
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
