// Prisma CLI configuration: the JavaScript engine with a driver adapter runs generate, migrate diff
// and db push fully offline (the native schema engine cannot be downloaded on our machines).
import path from 'node:path';
import type { PrismaConfig } from 'prisma';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';

const url = process.env.DATABASE_URL?.startsWith('file:') ? process.env.DATABASE_URL : 'file:./data/lotse.db';

export default {
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  async adapter() {
    return new PrismaBetterSQLite3({ url });
  },
} satisfies PrismaConfig;
