#!/usr/bin/env bash
# Install the unpacked Linux bundle for the current user (no root): the app under
# ~/.local/opt/provenance-viewer, `provenance` on ~/.local/bin, a menu entry, and .corpus files.
# Run from the unpacked archive:  ./provenance/install.sh      Remove: ./provenance/install.sh --uninstall
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
TARGET="$HOME/.local/opt/provenance-viewer"

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$TARGET" "$HOME/.local/bin/provenance" "$DATA/applications/provenance-viewer.desktop" \
    "$DATA/icons/hicolor/256x256/apps/provenance-viewer.png" "$DATA/mime/packages/provenance-viewer.xml"
  update-mime-database "$DATA/mime" 2>/dev/null || true
  echo "Removed. Your corpora and $DATA/provenance-viewer are kept."
  exit 0
fi

mkdir -p "$HOME/.local/opt" "$HOME/.local/bin" "$DATA/applications" "$DATA/icons/hicolor/256x256/apps" "$DATA/mime/packages"
rm -rf "$TARGET"
cp -a "$HERE" "$TARGET"
ln -sf "$TARGET/provenance" "$HOME/.local/bin/provenance"
sed "s|^Exec=provenance|Exec=$TARGET/provenance|" "$HERE/_internal/resources/linux/provenance-viewer.desktop" \
  > "$DATA/applications/provenance-viewer.desktop"
cp "$HERE/_internal/resources/icons/provenance.png" "$DATA/icons/hicolor/256x256/apps/provenance-viewer.png"
cp "$HERE/_internal/resources/linux/provenance-viewer.xml" "$DATA/mime/packages/"
update-mime-database "$DATA/mime" 2>/dev/null || true
update-desktop-database "$DATA/applications" 2>/dev/null || true
"$TARGET/provenance" --version
echo "Installed in $TARGET; start it from the menu or with: provenance"
