#!/bin/sh
# Install the Linux bundle (python packaging/build.py -> dist/buurtzaak) with its menu entry and icon.
#
#   packaging/linux/install.sh               for this user: ~/.local/opt/buurtzaak, ~/.local/bin/buurtzaak
#   sudo PREFIX=/usr/local packaging/linux/install.sh              for everyone on this machine
#   packaging/linux/install.sh --uninstall   removes the program; the data folder (~/.local/share/Buurtzaak) stays
#
# BUNDLE=DIR installs a bundle from elsewhere.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
bundle=${BUNDLE:-$here/../../dist/buurtzaak}
prefix=${PREFIX:-$HOME/.local}
program_dir=$prefix/opt/buurtzaak
icons=$prefix/share/icons/hicolor
desktop_file=$prefix/share/applications/buurtzaak.desktop

remove() {
    rm -rf "$program_dir"
    rm -f "$prefix/bin/buurtzaak" "$desktop_file" "$icons/scalable/apps/buurtzaak.svg"
    for size in 16 32 48 256; do rm -f "$icons/${size}x${size}/apps/buurtzaak.png"; done
}

refresh_menus() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$prefix/share/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    remove
    refresh_menus
    echo "Buurtzaak is verwijderd uit $prefix. De gegevensmap is bewaard."
    exit 0
fi

if [ ! -x "$bundle/buurtzaak" ]; then
    echo "Geen bundel in $bundle: bouw die eerst met python packaging/build.py" >&2
    exit 1
fi

remove
mkdir -p "$program_dir" "$prefix/bin" "$prefix/share/applications" "$icons/scalable/apps"
cp -a "$bundle/." "$program_dir/"
ln -s "$program_dir/buurtzaak" "$prefix/bin/buurtzaak"
resources=$program_dir/_internal/resources/icons
cp "$resources/buurtzaak.svg" "$icons/scalable/apps/buurtzaak.svg"
for size in 16 32 48 256; do
    mkdir -p "$icons/${size}x${size}/apps"
    cp "$resources/buurtzaak-$size.png" "$icons/${size}x${size}/apps/buurtzaak.png"
done
# The menu starts the program by its full path: ~/.local/bin is not on every desktop session's PATH.
sed "s|^Exec=buurtzaak$|Exec=$program_dir/buurtzaak|" "$here/buurtzaak.desktop" > "$desktop_file"
refresh_menus
echo "Buurtzaak $("$program_dir/buurtzaak" --version | cut -d' ' -f2) is geïnstalleerd in $program_dir."
