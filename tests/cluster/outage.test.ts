import { startInstances, type Cluster, type Instance } from '../helpers/instances';
import { eventually } from '../helpers/publishing';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy';

// PostgreSQL only (tests/cluster/). The instance reaches its database through a proxy the test cuts: an
// outage of the database without touching the machine's server.
let proxy: TcpProxy;
let cluster: Cluster;
let instance: Instance;
beforeAll(async () => {
  proxy = await startTcpProxy({ host: process.env.DATABASE_HOST ?? '127.0.0.1', port: Number(process.env.DATABASE_PORT ?? 5432) });
  cluster = await startInstances(1, { env: { DATABASE_PORT: String(proxy.port) } });
  [instance] = cluster.instances;
}, 180_000);
afterAll(async () => {
  await proxy?.restore().catch(() => undefined);
  await cluster?.stop();
  await proxy?.close();
});

const OUTAGE = /^Hệ thống tạm thời gián đoạn vì mất kết nối tới cơ sở dữ liệu\. Vui lòng thử lại sau \d+ giây\.$/;

describe('a database outage', () => {
  it('is told as 503 with Retry-After on public and admin routes and by /_ready, while /_health stays 204; all recover without a restart', async () => {
    let n = 0;
    const articles = () => instance.http().get(`/api/articles?pagination[page]=${(n += 1)}`);
    await articles().expect(200);
    expect((await instance.http().get('/_ready').expect(200)).body.data).toEqual({ database: 'up', listener: 'up' });

    await proxy.cut();
    expect(await eventually(async () => (await articles()).status === 503, 5000)).toBe(true);
    const pub = await articles();
    expect(pub.status).toBe(503);
    expect(pub.headers['retry-after']).toMatch(/^\d+$/);
    expect(pub.body).toMatchObject({ data: null, error: { status: 503, name: 'ServiceUnavailableError' } });
    expect(pub.body.error.message).toMatch(OUTAGE);
    // A read that the cache held before answers 503 too: with the listener down nothing is served from it.
    expect((await instance.http().get('/api/articles').query({ 'pagination[page]': 1 })).status).toBe(503);
    const adminRoute = await instance.http().get('/admin/users/me');
    expect(adminRoute.status).toBe(503);
    expect(adminRoute.body.error.message).toMatch(OUTAGE);
    const ready = await instance.http().get('/_ready');
    expect(ready.status).toBe(503);
    expect(ready.headers['retry-after']).toMatch(/^\d+$/);
    expect(ready.body.error.details).toEqual({ database: 'down', listener: 'down' });
    await instance.http().get('/_health').expect(204);

    await proxy.restore();
    expect(await eventually(async () => (await articles()).status === 200, 15_000)).toBe(true);
    expect(await eventually(async () => (await instance.http().get('/_ready')).status === 200, 15_000)).toBe(true);
    await instance.http().get('/admin/users/me').expect(401);
  });
});
