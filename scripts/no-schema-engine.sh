#!/bin/sh
# Stand-in for Prisma's schema-engine binary, which cannot be downloaded on our machines. `prisma generate`
# only checks that the file exists; anything that really needs the engine lands here and fails loudly.
echo "summer: Prisma's schema engine is not installed here. Migrations are made with 'npm run db:new-migration' and applied with 'npm run db:migrate' (see README, Database)." >&2
exit 1
