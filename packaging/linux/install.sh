#!/bin/sh
# Install the bundle built by `make package` for every user of this Linux machine (run as root), or for
# the current user only with --user. It copies the program; it never touches a vault: vaults live in each
# user's data folder (~/.local/share/KadinDanisma/vault) and stay there on reinstall or removal.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bundle=${BUNDLE:-$here/../../dist/kadin-danisma}
icons=$here/../../kadin_danisma/resources/icons
if [ "${1:-}" = "--user" ]; then
  prefix=$HOME/.local; apps=$prefix/share/applications; bin=$prefix/bin; opt=$prefix/lib/kadin-danisma
else
  prefix=/usr/local; apps=/usr/share/applications; bin=$prefix/bin; opt=/opt/kadin-danisma
fi
[ -x "$bundle/kadin-danisma" ] || { echo "no bundle in $bundle: run 'make package' first" >&2; exit 1; }
rm -rf "$opt.new" && mkdir -p "$(dirname "$opt")" && cp -a "$bundle" "$opt.new"
rm -rf "$opt" && mv "$opt.new" "$opt"
mkdir -p "$bin" "$apps"
ln -sf "$opt/kadin-danisma" "$bin/kadin-danisma"
install -m 644 "$here/kadin-danisma.desktop" "$apps/kadin-danisma.desktop"
for size in 16 24 32 48 64 128 256; do
  install -D -m 644 "$icons/kadin-danisma-$size.png" "$prefix/share/icons/hicolor/${size}x${size}/apps/kadin-danisma.png"
done
install -D -m 644 "$icons/kadin-danisma.svg" "$prefix/share/icons/hicolor/scalable/apps/kadin-danisma.svg"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$apps" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$prefix/share/icons/hicolor" || true
echo "installed in $opt; start it from the menu or with 'kadin-danisma'"
