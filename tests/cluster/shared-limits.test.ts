import { solveChallenge } from 'altcha-lib/v1';
import { startInstances, type Cluster, type Instance } from '../helpers/instances';

// Two instances on one PostgreSQL database: the per-client budgets and the login throttle are counted
// once for both, not once per instance.
let cluster: Cluster;
let a: Instance;
let b: Instance;

beforeAll(async () => {
  // Behind nginx, X-Forwarded-For names the client; an easy proof of work keeps the suite fast.
  cluster = await startInstances(2, { env: { TRUST_PROXY: 'true', QUESTION_POW_MAX_NUMBER: '2000' } });
  [a, b] = cluster.instances;
}, 180_000);
afterAll(async () => {
  await cluster?.stop();
});

async function ask(on: Instance, client: string): Promise<number> {
  const res = await on.http().get('/api/questions/challenge').set('X-Forwarded-For', client).expect(200);
  const { challenge, salt, algorithm, signature, maxnumber } = res.body;
  const solution = await solveChallenge(challenge, salt, algorithm, maxnumber).promise;
  const altcha = Buffer.from(JSON.stringify({ algorithm, challenge, number: solution!.number, salt, signature })).toString('base64');
  const asked = await on.http().post('/api/questions').set('X-Forwarded-For', client).send({ data: {
    name: 'Lê Thị Hoa', phone: '0903 123 456', email: 'lethihoa@example.com', address: 'Tổ dân phố số 8', title: 'Thủ tục cấp bản sao trích lục khai sinh',
    question: 'Tôi cần bản sao trích lục khai sinh thì nộp hồ sơ ở đâu và mất bao lâu?', consentToPublish: true, altcha,
  } });
  return asked.status;
}

it('counts one client\'s questions once for both instances: 5 accepted in all', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 6; i += 1) {
    statuses.push(await ask(a, '198.51.100.7'));
    statuses.push(await ask(b, '198.51.100.7'));
  }
  expect(statuses.filter((status) => status === 201)).toHaveLength(5);
  expect(statuses.slice(5).every((status) => status === 429)).toBe(true);
  // Another client is unaffected, on either instance.
  expect(await ask(b, '198.51.100.8')).toBe(201);
});

it('refuses wrong admin passwords with 429 after 5 in all, alternating instances', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 8; i += 1) {
    const on = i % 2 === 0 ? a : b;
    statuses.push((await on.http().post('/admin/login').set('X-Forwarded-For', '198.51.100.9')
      .send({ email: 'quantri@phulam.test', password: `Sai-mat-khau-${i}` })).status);
  }
  expect(statuses.slice(0, 5).every((status) => status === 400 || status === 401)).toBe(true);
  expect(statuses.slice(5)).toEqual([429, 429, 429]);
  const blocked = await b.http().post('/admin/login').set('X-Forwarded-For', '198.51.100.9')
    .send({ email: 'quantri@phulam.test', password: 'Sai-mat-khau-9' }).expect(429);
  expect(blocked.body.error.message).toMatch(/^Bạn đã gửi quá nhiều yêu cầu\. Vui lòng thử lại sau \d+ giây\.$/);
  expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
});

it('counts password-reset requests for one account and address once for both instances', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 7; i += 1) {
    statuses.push((await (i % 2 === 0 ? a : b).http().post('/admin/forgot-password').set('X-Forwarded-For', '198.51.100.10')
      .send({ email: 'khong-co-ai@phulam.test' })).status);
  }
  expect(statuses).toEqual([204, 204, 204, 204, 204, 429, 429]);
});
