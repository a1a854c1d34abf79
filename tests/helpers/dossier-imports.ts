import { as, type StaffMember } from './staff';
import type { TestApp } from './strapi';

/** The one-stop desk's import routes as the admin page calls them: upload (preview), confirm, poll. */
export function importRoutes(app: TestApp, desk: StaffMember) {
  const upload = (file: Buffer, name = 'ho-so.csv') =>
    app.http().post('/one-stop/dossier-imports').set('Authorization', `Bearer ${desk.token}`).attach('file', file, name).expect(201);
  const confirm = (id: string) => as(app, desk).post(`/one-stop/dossier-imports/${id}/confirm`);
  async function finished(id: string): Promise<Record<string, unknown> & { status: string }> {
    for (let i = 0; i < 600; i += 1) {
      const job = (await as(app, desk).get(`/one-stop/dossier-imports/${id}`).expect(200)).body.data;
      if (job.status === 'done' || job.status === 'failed') return job;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`import ${id} did not finish`);
  }
  return { upload, confirm, finished };
}
