#!/usr/bin/env bash
# The README's first command: installs what is missing, builds the GUI and the CLI, then starts
# the GUI. It uses an embedded SQLite store in the user's data folder; no server is needed.
# Arguments are passed on to keyledger.
set -euo pipefail

readonly ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly BUILD="$ROOT/build"

"$ROOT/scripts/install-deps.sh"
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$BUILD" --target keyledger keyledger-cli

if [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]]; then
    echo "run-app: no DISPLAY or WAYLAND_DISPLAY; the window needs one" \
        "(or try: xvfb-run -a scripts/run-app.sh)." >&2
fi
exec "$BUILD/app/gui/keyledger" "$@"
