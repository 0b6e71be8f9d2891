#!/usr/bin/env bash
# Make dist/provenance-VERSION-macos-ARCH.dmg from "dist/Provenance Viewer.app" (built by
# `python build/package.py`), signing and notarising it when the credentials are set:
#   MACOS_SIGN_IDENTITY  "Developer ID Application: Name (TEAMID)", in the login keychain
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD  (an app-specific password) for notarisation
# Without them the dmg is unsigned: Gatekeeper then asks the user to right-click → Open once.
set -euo pipefail
cd "$(dirname "$0")/../.."

APP="dist/Provenance Viewer.app"
PYTHON="${PYTHON:-python3}"
VERSION="$("$PYTHON" -c 'import viewer; print(viewer.__version__)')"
ARCH="$(uname -m)"
DMG="dist/provenance-${VERSION}-macos-${ARCH}.dmg"
[ -d "$APP" ] || { echo "make-dmg: $APP is missing; run python build/package.py first" >&2; exit 1; }

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  echo "Signing $APP as $MACOS_SIGN_IDENTITY (hardened runtime, for notarisation)"
  codesign --force --deep --timestamp --options runtime \
    --entitlements build/macos/entitlements.plist --sign "$MACOS_SIGN_IDENTITY" "$APP"
  codesign --verify --deep --strict --verbose=2 "$APP"
else
  echo "MACOS_SIGN_IDENTITY not set: the app and dmg stay unsigned"
fi

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
# ULMO: LZMA, as the Windows installer and the Linux .tar.xz (macOS 10.15 or later opens it; the app needs 11)
hdiutil create -volname "Provenance Viewer" -srcfolder "$STAGE" -fs HFS+ -format ULMO -ov "$DMG"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
fi
if [ -n "${MACOS_SIGN_IDENTITY:-}" ] && [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
  echo "Notarising $DMG (a few minutes)"
  xcrun notarytool submit "$DMG" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
  xcrun stapler staple "$DMG"
  spctl --assess --type open --context context:primary-signature --verbose "$DMG"
else
  echo "APPLE_ID / APPLE_TEAM_ID / APPLE_APP_PASSWORD not all set: not notarised"
fi
echo "$DMG: $(du -h "$DMG" | cut -f1)"
