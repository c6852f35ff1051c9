#!/usr/bin/env bash
# Add the bundle to the user's application menu (no root): the desktop entry, its icons and
# the .dxp file type, pointing at this folder's dxdesk. Run from the unpacked bundle folder or
# give it: packaging/linux/install-desktop-entry.sh /opt/dxdesk   (default: dist/dxdesk)
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
bundle="$(cd "${1:-$here/dist/dxdesk}" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
icons="$here/dxdesk/resources/icons"
for size in 16 32 48 64 128 256; do
  install -D -m 644 "$icons/dxdesk-$size.png" "$data/icons/hicolor/${size}x${size}/apps/dxdesk.png"
done
install -D -m 644 "$icons/dxdesk.svg" "$data/icons/hicolor/scalable/apps/dxdesk.svg"
mkdir -p "$data/applications" "$data/mime/packages"
sed "s#^Exec=dxdesk #Exec=\"$bundle/dxdesk\" #" "$here/packaging/linux/dxdesk.desktop" \
  > "$data/applications/dxdesk.desktop"
cat > "$data/mime/packages/dxdesk.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/x-dxdesk-package">
    <comment>Gói trao đổi dxdesk</comment>
    <glob pattern="*.dxp"/>
  </mime-type>
</mime-info>
XML
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "dxdesk: đã thêm vào trình đơn ứng dụng ($data/applications/dxdesk.desktop)"
