#!/usr/bin/env sh
# Starts the production server (`npm start`, scripts/setup.sh, bench/resources.mts): `next start` with a
# heap limit unless NODE_OPTIONS is set. Node's default limit on a large machine is several GB and V8 lets
# garbage pile up towards it (917 MB private after a crawl, 308 MB with a limit: docs/deploy.md "Memory").
export NODE_OPTIONS="${NODE_OPTIONS:---max-old-space-size=512}"
exec node node_modules/next/dist/bin/next start "$@"
