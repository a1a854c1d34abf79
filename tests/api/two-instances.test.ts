import { startInstances, type Instance } from '../helpers/instances';
import { eventually } from '../helpers/publishing';

// PostgreSQL only: jest.config.js does not collect this suite on SQLite, where one instance runs.
describe('two instances on one PostgreSQL database', () => {
  let cluster: Awaited<ReturnType<typeof startInstances>>;
  let a: Instance;
  let b: Instance;
  beforeAll(async () => {
    cluster = await startInstances(2);
    [a, b] = cluster.instances;
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it("an article published through one is served by the other's cache and search within a second", async () => {
    const list = () => b.http().get('/api/articles?pagination[pageSize]=100');
    const search = () => b.http().get('/api/search?q=hoi%20thi%20nau%20com');
    await list().expect(200);
    expect((await list().expect(200)).headers['x-cache']).toBe('HIT');
    expect((await search().expect(200)).body.data).toEqual([]);
    expect((await search().expect(200)).headers['x-cache']).toBe('HIT');

    const documentId = await a.publish('Hội thi nấu cơm ở tổ dân phố số 2', 'Hội Phụ nữ tổ chức hội thi nấu cơm.');
    const shown = await eventually(async () => (await list()).body.data.some((e: { documentId: string }) => e.documentId === documentId), 1000);
    const found = await eventually(async () => (await search()).body.data.some((e: { documentId: string }) => e.documentId === documentId), 1000);
    expect({ shown, found }).toEqual({ shown: true, found: true });
  });
});
