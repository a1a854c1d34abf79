import path from 'node:path';
import { createStrapi, type Core } from '@strapi/strapi';
import request from 'supertest';
import { createFromTemplate, createTestDatabase, type TestDatabase } from './database';

const ROOT = path.join(__dirname, '..', '..');

/** Fixed secrets for throw-away test instances; real ones come from .env. */
export const TEST_ENV: Record<string, string> = {
  NODE_ENV: 'test',
  STRAPI_TELEMETRY_DISABLED: 'true',
  APP_KEYS: 'test-key-1,test-key-2',
  API_TOKEN_SALT: 'test-api-token-salt',
  ADMIN_JWT_SECRET: 'test-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'test-transfer-token-salt',
  JWT_SECRET: 'test-jwt-secret',
  ENCRYPTION_KEY: 'test-encryption-key-0123456789ab',
  LOG_LEVEL: 'warn',
  LOG_STARTUP: 'false',
  CRON_ENABLED: 'false',
  AUTH_RATELIMIT_ENABLED: 'false',
};

export interface TestApp {
  strapi: Core.Strapi;
  /** Requests against the real HTTP stack (routing, auth, policies, sanitising). */
  http(): ReturnType<typeof request>;
  /** A full-access API token, as the city's tools or an import script would hold. */
  fullAccessToken(): Promise<string>;
  /** A session token of a super administrator, logged in through POST /admin/login. */
  superAdminToken(): Promise<string>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Load the demo data on the empty database, as a first `npm run develop` does. Default: true. */
  seed?: boolean;
  /** With the demo data, also the demo staff accounts and their items in every workflow state. Default: false. */
  staff?: boolean;
  /** Settings over the test defaults (TEST_ENV), e.g. CRON_ENABLED: 'true'. */
  env?: Record<string, string>;
  /**
   * Start on an empty database even where a copy of this run's template would do: for suites about the
   * first start itself. Settings (`env`) and a fixed clock (TEST_NOW) always start empty, since either can
   * change what the first start writes.
   */
  empty?: boolean;
}

const load = () => createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist'), autoReload: false, serveAdminPanel: false }).load();

export async function startStrapi({ seed = true, staff = false, env = {}, empty = false }: StartOptions = {}): Promise<TestApp> {
  const flags = { SEED_DEMO_DATA: String(seed), SEED_DEMO_STAFF: String(staff) };
  const fromTemplate = !empty && Object.keys(env).length === 0 && !process.env.TEST_NOW;
  const database: TestDatabase = fromTemplate
    ? await createFromTemplate(`${seed ? 'seed' : 'bare'}${staff ? '_staff' : ''}`, async (templateEnv) => {
      Object.assign(process.env, TEST_ENV, templateEnv, flags);
      await (await load()).destroy();
    })
    : await createTestDatabase();
  Object.assign(process.env, TEST_ENV, database.env, flags, env);

  const strapi = await load();
  strapi.server.mount();

  let token: string | undefined;
  let adminToken: string | undefined;
  return {
    strapi,
    http: () => request(strapi.server.httpServer),
    async fullAccessToken() {
      token ??= (
        await strapi.service('admin::api-token').create({
          name: `test-${Date.now()}`,
          type: 'full-access',
          lifespan: null,
          description: 'test',
        })
      ).accessKey as string;
      return token!;
    },
    async superAdminToken() {
      if (!adminToken) {
        const email = 'quantri@phulam.test';
        const password = 'Quantri-2026-test';
        const superAdmin = await strapi.service('admin::role').getSuperAdmin();
        await strapi.service('admin::user').create({
          email, firstname: 'Quản', lastname: 'Trị', password, isActive: true, registrationToken: null,
          roles: [superAdmin.id],
        });
        const res = await request(strapi.server.httpServer).post('/admin/login').send({ email, password }).expect(200);
        adminToken = res.body.data.token as string;
      }
      return adminToken;
    },
    async stop() {
      await strapi.destroy();
      await database.drop();
    },
  };
}
