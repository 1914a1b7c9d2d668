#!/bin/sh
# Qt's X11 window plugin needs a few system libraries that a minimal Debian or Ubuntu
# machine may lack (libxcb-icccm4 and libxcb-keysyms1 above all). This installs the
# missing ones when it is allowed to (root, or sudo without a password) and otherwise
# says how. It does nothing on other systems or when everything is there, so it is safe
# to run every time. The Windows executable does not need it.
[ "$(uname -s)" = Linux ] || exit 0
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=""
for pkg in libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
           libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxcb-xfixes0 libxkbcommon-x11-0 \
           libegl1 libfontconfig1 libdbus-1-3; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
  as_root=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root="sudo -n"
else
  echo "navdesk: the window needs these system libraries:$missing" >&2
  echo "navdesk: install them with: sudo apt-get install$missing" >&2
  exit 0
fi
echo "navdesk: installing the system libraries the window needs:$missing" >&2
$as_root apt-get update -qq >/dev/null 2>&1
# shellcheck disable=SC2086 # one argument per package
$as_root apt-get install -y -qq $missing >/dev/null 2>&1 \
  || echo "navdesk: could not install$missing; the window may not open" >&2
exit 0
