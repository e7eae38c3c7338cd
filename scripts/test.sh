#!/usr/bin/env bash
# npm test: the whole suite. The HTTP tests start the real production server, so build first
# when there is no build yet. TEST_DATABASE_URI chooses the database server (default: embedded).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f .next/BUILD_ID ]; then
  npm run build
else
  node scripts/bundle.mjs
fi
export NODE_OPTIONS="--experimental-vm-modules ${NODE_OPTIONS:-}"
export NODE_ENV=test
exec node node_modules/jest/bin/jest.js "$@"
