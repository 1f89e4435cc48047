#!/bin/sh
# Put NN Playground in this user's application menu, with its icon, and let a double
# click open .nnplay files in it. No root needed; nothing outside ~/.local/share changes.
# Run it again after moving this folder; "--remove" takes the entry away again.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app="$here/nn-playground"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
entry="$data/applications/nn-playground.desktop"
mime="$data/mime/packages/nn-playground.xml"
sizes="16 24 32 48 64 128 256"

refresh() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database "$data/applications" >/dev/null 2>&1 || true
    fi
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$data/mime" >/dev/null 2>&1 || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$data/icons/hicolor" >/dev/null 2>&1 || true
    fi
}

if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry" "$mime"
    for size in $sizes; do
        rm -f "$data/icons/hicolor/${size}x${size}/apps/nn-playground.png"
    done
    refresh
    echo "NN Playground was removed from the application menu."
    exit 0
fi

if [ ! -x "$app" ]; then
    echo "error: $app is missing; run this script from the nn-playground folder" >&2
    exit 1
fi
for size in $sizes; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$here/_internal/resources/icons/nn-playground-$size.png" \
        "$data/icons/hicolor/${size}x${size}/apps/nn-playground.png"
done
mkdir -p "$data/mime/packages" "$data/applications"
cp "$here/nn-playground-mime.xml" "$mime"
# The folder's entry runs "nn-playground" from PATH; this user's entry runs this copy.
while IFS= read -r line; do
    case "$line" in
        Exec=*) printf 'Exec="%s" %%f\n' "$app" ;;
        TryExec=*) printf 'TryExec=%s\n' "$app" ;;
        *) printf '%s\n' "$line" ;;
    esac
done <"$here/nn-playground.desktop" >"$entry"
refresh
echo "NN Playground is in the application menu ($entry)."
