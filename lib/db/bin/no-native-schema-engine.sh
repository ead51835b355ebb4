#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded on these machines.
# `prisma generate` only needs the path to exist; any command that really needs the engine
# (prisma migrate, db push, studio) ends here with a clear message instead of a hang.
echo "The native Prisma schema engine is not available here. Use 'npm run db:migrate' or 'npm run db:migration -- NAME' (WebAssembly engine)." >&2
exit 1
