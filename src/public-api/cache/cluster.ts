import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { Client, type ClientConfig } from 'pg';
import { listenerReconnects } from '../../metrics';

const CHANNEL = 'phuong_content_changed';
/** How the listener shows in pg_stat_activity. */
export const LISTENER_APPLICATION_NAME = 'phuong-cache-listener';
/** Reconnect delays: doubled on each failed attempt from the first to the last, reset once listening. */
const RETRY_FIRST_MS = 250;
const RETRY_MAX_MS = 5_000;
/** A LISTEN connection can die silently (a cut network sends no FIN): it is probed this often. */
const PROBE_EVERY_MS = 15_000;
const PROBE_TIMEOUT_MS = 5_000;

export interface ListenerEvents {
  /** Another instance changed public content of this type. */
  onRemoteChange(uid: string): void;
  /**
   * Listening (again): notifications sent while not listening are lost, so whatever was cached may be
   * stale; and not listening: nothing may be served from the cache until it is again.
   */
  onListening(listening: boolean): void;
}

let listening: boolean | null = null;

/** Whether this instance hears the others' changes: null where there is no listener (SQLite, one instance). */
export function listenerUp(): boolean | null {
  return listening;
}

/**
 * Cache invalidation across instances on one PostgreSQL database: each instance NOTIFYs the types it
 * changed and LISTENs on a dedicated connection for the others'. On SQLite there is one instance only.
 */
export function startCluster(strapi: Core.Strapi, events: ListenerEvents) {
  const instance = randomUUID();
  let client: Client | undefined;
  let stopped = false;
  let delay = RETRY_FIRST_MS;
  let probe: NodeJS.Timeout | undefined;
  const setListening = (value: boolean) => {
    if (listening === value) return;
    listening = value;
    events.onListening(value);
  };

  const connect = async () => {
    if (stopped) return;
    const settings = strapi.config.get('database.connection.connection') as ClientConfig & { connectionString?: string };
    const next = new Client({ ...settings, connectionString: settings.connectionString || undefined, keepAlive: true,
      application_name: LISTENER_APPLICATION_NAME,
    });
    const retry = (error?: unknown) => {
      if (client !== next || stopped) return;
      client = undefined;
      clearInterval(probe);
      setListening(false);
      strapi.log.warn(`response cache: LISTEN connection lost (${String(error)}), serving uncached; retrying in ${delay} ms`);
      next.end().catch(() => undefined);
      listenerReconnects.inc();
      setTimeout(() => void connect(), delay).unref();
      delay = Math.min(delay * 2, RETRY_MAX_MS);
    };
    client = next;
    next.on('error', retry);
    next.on('end', () => retry(new Error('connection ended')));
    next.on('notification', ({ payload }) => {
      const { uid, from } = JSON.parse(payload ?? '{}') as { uid?: string; from?: string };
      if (uid && from !== instance) events.onRemoteChange(uid);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      retry(error);
      return;
    }
    if (client !== next) return;
    delay = RETRY_FIRST_MS;
    probe = setInterval(() => {
      const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('probe timed out')), PROBE_TIMEOUT_MS).unref());
      Promise.race([next.query('select 1'), timeout]).catch(retry);
    }, PROBE_EVERY_MS).unref();
    setListening(true);
  };

  return {
    start: connect,
    async notify(uid: string) {
      await strapi.db.connection.raw('select pg_notify(?, ?)', [CHANNEL, JSON.stringify({ uid, from: instance })]);
    },
    async stop() {
      stopped = true;
      clearInterval(probe);
      listening = null;
      await client?.end().catch(() => undefined);
    },
  };
}
