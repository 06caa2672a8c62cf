#!/bin/sh
# Install LC Planner for the current user from this unpacked tarball (no root needed):
# the program under ~/.local/lib/lcplanner, a `lcplanner` command in ~/.local/bin, the menu entry,
# the icon and the .lcplan file type.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
mkdir -p "$prefix/lib" "$prefix/bin"
rm -rf "$prefix/lib/lcplanner"
cp -r "$here/lcplanner" "$prefix/lib/lcplanner"
ln -sf "$prefix/lib/lcplanner/lcplanner" "$prefix/bin/lcplanner"
cp -r "$here/share/." "$prefix/share/"
command -v update-mime-database >/dev/null && update-mime-database "$prefix/share/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$prefix/share/applications" || true
echo "LC Planner installed: run 'lcplanner' or find it in the applications menu."
