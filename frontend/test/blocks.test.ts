import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Block } from '../src/api/strapi';
import { blocksText, renderBlocks } from '../src/render/blocks';

const text = (t: string, marks: Record<string, boolean> = {}) => ({ type: 'text' as const, text: t, ...marks });

describe('Strapi blocks renderer', () => {
  it('renders paragraphs with marks and links as semantic HTML', () => {
    const blocks: Block[] = [
      { type: 'paragraph', children: [text('Sáng '), text('23/11', { bold: true }), text(', tại '), { type: 'link', url: 'https://phulam.gov.vn/', children: [text('hội trường')] }] },
      { type: 'paragraph', children: [text('nghiêng và gạch chân', { italic: true, underline: true })] },
    ];
    assert.equal(
      renderBlocks(blocks),
      '<p>Sáng <strong>23/11</strong>, tại <a href="https://phulam.gov.vn/">hội trường</a></p>\n<p><u><em>nghiêng và gạch chân</em></u></p>',
    );
  });

  it('shifts headings below the page title and nests lists', () => {
    const blocks: Block[] = [
      { type: 'heading', level: 1, children: [text('Kết quả')] },
      { type: 'heading', level: 3, children: [text('Chi tiết')] },
      {
        type: 'list', format: 'ordered', children: [
          { type: 'list-item', children: [text('Một')] },
          { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('Một a')] }] },
        ],
      },
    ];
    assert.equal(renderBlocks(blocks), '<h2>Kết quả</h2>\n<h4>Chi tiết</h4>\n<ol><li>Một</li><li><ul><li>Một a</li></ul></li></ol>');
  });

  it('escapes text and refuses script links, so an editor cannot inject markup', () => {
    const blocks: Block[] = [
      { type: 'paragraph', children: [text('<script>alert(1)</script> & "quotes"'), { type: 'link', url: 'javascript:alert(1)', children: [text('bấm')] }] },
      { type: 'quote', children: [text('a<b')] },
    ];
    const html = renderBlocks(blocks);
    assert.equal(html, '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;bấm</p>\n<blockquote><p>a&lt;b</p></blockquote>');
  });

  it('renders images as figures with alt text, size and caption, from the media address', () => {
    const blocks: Block[] = [
      { type: 'image', image: { url: '/uploads/hoi_nghi.jpg', alternativeText: 'Toàn cảnh hội nghị', caption: 'Ảnh: Văn phòng', width: 800, height: 600 }, children: [text('')] },
      { type: 'paragraph', children: [text('')] },
    ];
    assert.equal(
      renderBlocks(blocks, (url) => `https://cms.example.vn${url}`),
      '<figure><img src="https://cms.example.vn/uploads/hoi_nghi.jpg" alt="Toàn cảnh hội nghị" width="800" height="600" loading="lazy" decoding="async"><figcaption>Ảnh: Văn phòng</figcaption></figure>\n',
    );
  });

  it('gives nothing for a missing body and drops unknown node types', () => {
    assert.equal(renderBlocks(null), '');
    assert.equal(renderBlocks([{ type: 'video', children: [] } as unknown as Block]), '');
  });

  it('extracts plain text for search and descriptions', () => {
    const blocks: Block[] = [
      { type: 'paragraph', children: [text('Phường '), text('Đống Đa', { bold: true })] },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('một')] }] },
    ];
    assert.equal(blocksText(blocks), 'Phường Đống Đa\nmột');
  });
});
