import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pageSamples } from '../e2e/validators';

describe('page types for the validators, from the built output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'page-samples-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const page = (path: string, template: string | null, body = '') => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), `<!doctype html>\n${template ? `<!-- page type: ${template} -->\n` : ''}<html lang="vi"><body>${body}</body></html>`);
  };

  it('takes one page of each template, the largest, and a page written without the layout on its own', () => {
    page('index.html', 'home.njk');
    page('tin-tuc/a/index.html', 'article.njk', 'ngắn');
    page('tin-tuc/b/index.html', 'article.njk', 'một bài dài hơn hẳn');
    page('tin-tuc/c/index.html', 'article.njk');
    page('404.html', '404.njk');
    page('cu/trang.html', null);
    // A template added later is picked up with no change to the list.
    page('to-chuc/lanh-dao/index.html', 'leaders.njk');
    assert.deepEqual(pageSamples(dir).map(({ type, path, count }) => [type, path, count]), [
      ['404', '/404.html', 1],
      ['article', '/tin-tuc/b/', 3],
      ['cu/trang.html', '/cu/trang.html', 1],
      ['home', '/', 1],
      ['leaders', '/to-chuc/lanh-dao/', 1],
    ]);
  });
});
