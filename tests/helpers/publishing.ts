import type { TestApp } from './strapi';
import { boardMember } from './actors';

const workflow = (app: TestApp) => app.strapi.plugin('editorial-workflow').service('workflow');

/** A new article published through the workflow's system path (what imports use). */
export async function publishArticle(app: TestApp, title: string, text: string): Promise<string> {
  const created = await app.strapi.documents('api::article.article' as never).create({
    data: { title, summary: text, body: [{ type: 'paragraph', children: [{ type: 'text', text }] }] },
  } as never);
  const { documentId } = created as { documentId: string };
  await workflow(app).publishAsImport({ uid: 'api::article.article', documentId }, 'test');
  return documentId;
}

/** Takes a published article down, as the board does (a reason is required). */
export async function unpublishArticle(app: TestApp, documentId: string): Promise<void> {
  await workflow(app).perform({
    uid: 'api::article.article', documentId, transitionId: 'unpublish', actor: boardMember(),
    input: { reasonCode: 'R07', reasonText: 'Thông tin không còn tính thời sự nữa' },
  });
}

/** Polls `check` until it holds or `ms` pass; changes announced after a commit land a moment later. */
export async function eventually(check: () => Promise<boolean>, ms = 1000): Promise<boolean> {
  const until = Date.now() + ms;
  do {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  } while (Date.now() < until);
  return false;
}
