import path from 'path';
import type { Core } from '@strapi/strapi';

// Two databases are supported: embedded SQLite (the default, nothing to install) and PostgreSQL
// (production, and the second CI pass). Nothing else in the project may assume one or the other.
const SUPPORTED = ['sqlite', 'postgres'] as const;
type Client = (typeof SUPPORTED)[number];

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', 'sqlite') as Client;
  if (!SUPPORTED.includes(client)) {
    throw new Error(`DATABASE_CLIENT="${client}" is not supported: use "sqlite" or "postgres".`);
  }

  if (client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: env('DATABASE_URL'),
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'phuong_portal'),
          user: env('DATABASE_USERNAME', 'postgres'),
          password: env('DATABASE_PASSWORD', ''),
          ssl: env.bool('DATABASE_SSL', false) && {
            ca: env('DATABASE_SSL_CA', undefined),
            rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
          },
          schema: env('DATABASE_SCHEMA', 'public'),
          // Each request's reads are short: once a table is a city's size, PostgreSQL plans them in parallel
          // and every read waits for its workers to start (bench:sites: a ward's page 50 took 10 ms, 4 without).
          options: `-c max_parallel_workers_per_gather=${env.int('DATABASE_PARALLEL_WORKERS', 0)}`,
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }

  // Relative file names are relative to the project root (this file runs from dist/config).
  const projectRoot = path.join(__dirname, '..', '..');
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.resolve(projectRoot, env('DATABASE_FILENAME', '.tmp/data.db')) },
      useNullAsDefault: true,
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    },
  };
};

export default config;
