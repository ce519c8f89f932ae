#!/usr/bin/env bash
# Derives the platform icons from icon.png (512x512, the master) with ImageMagick.
# Outputs are committed; re-run after changing icon.png:  bash build/icons/makeIcons.sh
#   icon.ico        Windows exe / installer / shortcuts (16…256 px in one file)
#   png/NxN.png     Linux (AppImage, deb: hicolor theme sizes)
# macOS .icns is made by electron-builder from icon.png on the Mac that packages it.
set -euo pipefail
cd "$(dirname "$0")"
command -v convert >/dev/null || { echo "makeIcons: ImageMagick 'convert' is needed" >&2; exit 1; }
convert icon.png -background none -define icon:auto-resize=256,128,64,48,32,24,16 icon.ico
mkdir -p png
for size in 16 24 32 48 64 128 256 512; do
  convert icon.png -resize "${size}x${size}" -strip "png/${size}x${size}.png"
done
echo "makeIcons: icon.ico and png/ from icon.png"
