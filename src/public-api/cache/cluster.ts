import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { Client, type ClientConfig } from 'pg';
import { listenerReconnects } from '../../metrics';

const CHANNEL = 'phuong_content_changed';
const RECONNECT_MS = 1000;

/**
 * Cache invalidation across instances on one PostgreSQL database: each instance NOTIFYs the types it
 * changed and LISTENs on a dedicated connection for the others'. On SQLite there is one instance only.
 */
export function startCluster(strapi: Core.Strapi, onRemoteChange: (uid: string) => void) {
  const instance = randomUUID();
  let client: Client | undefined;
  let stopped = false;

  const connect = async () => {
    if (stopped) return;
    const settings = strapi.config.get('database.connection.connection') as ClientConfig & { connectionString?: string };
    const next = new Client({ ...settings, connectionString: settings.connectionString || undefined });
    const retry = (error?: unknown) => {
      if (client !== next || stopped) return;
      client = undefined;
      if (error) strapi.log.warn(`response cache: LISTEN connection lost (${String(error)}), reconnecting`);
      next.end().catch(() => undefined);
      listenerReconnects.inc();
      setTimeout(() => void connect(), RECONNECT_MS).unref();
    };
    client = next;
    next.on('error', retry);
    next.on('end', () => retry(new Error('connection ended')));
    next.on('notification', ({ payload }) => {
      const { uid, from } = JSON.parse(payload ?? '{}') as { uid?: string; from?: string };
      if (uid && from !== instance) onRemoteChange(uid);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      retry(error);
    }
  };

  return {
    start: connect,
    async notify(uid: string) {
      await strapi.db.connection.raw('select pg_notify(?, ?)', [CHANNEL, JSON.stringify({ uid, from: instance })]);
    },
    async stop() {
      stopped = true;
      await client?.end().catch(() => undefined);
    },
  };
}
