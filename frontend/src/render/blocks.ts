import type { Block, Inline, ListItemNode, ListNode, Media } from '../api/strapi';
import { escapeHtml, safeUrl } from '../../../src/lib/html';
import { imgTag, responsiveImage, type MediaUrl } from './images';

export type { MediaUrl } from './images';

const MARKS: Array<[keyof Omit<Extract<Inline, { type: 'text' }>, 'type' | 'text'>, string]> = [
  ['code', 'code'], ['bold', 'strong'], ['italic', 'em'], ['underline', 'u'], ['strikethrough', 's'],
];

function inline(node: Inline): string {
  if (node.type === 'link') {
    const href = safeUrl(node.url);
    const text = node.children.map(inline).join('');
    return href ? `<a href="${escapeHtml(href)}">${text}</a>` : text;
  }
  let html = escapeHtml(node.text).replace(/\n/g, '<br>');
  for (const [mark, tag] of MARKS) if (node[mark]) html = `<${tag}>${html}</${tag}>`;
  return html;
}

function list(node: ListNode): string {
  const tag = node.format === 'ordered' ? 'ol' : 'ul';
  const items = node.children.map((child) => (child.type === 'list' ? `<li>${list(child)}</li>` : listItem(child)));
  return `<${tag}>${items.join('')}</${tag}>`;
}

function listItem(node: ListItemNode): string {
  return `<li>${node.children.map((child) => (child.type === 'list' ? list(child) : inline(child))).join('')}</li>`;
}

function image(media: Media, mediaUrl: MediaUrl, eager: boolean): string {
  const img = imgTag(responsiveImage(media, mediaUrl), media.alternativeText ?? '', eager);
  return media.caption ? `<figure>${img}<figcaption>${escapeHtml(media.caption)}</figcaption></figure>` : `<figure>${img}</figure>`;
}

/**
 * Strapi blocks → semantic HTML. Headings shift down so the page's own h1 stays the only one
 * (a body "heading 1" becomes h2); unknown node types are dropped rather than guessed at.
 */
export function renderBlocks(
  blocks: Block[] | null | undefined,
  mediaUrl: MediaUrl = (url) => url,
  options: { eagerFirstImage?: boolean } = {},
): string {
  if (!Array.isArray(blocks)) return '';
  let eager = options.eagerFirstImage ?? false;
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'paragraph': {
          const html = block.children.map(inline).join('');
          return html.trim() ? `<p>${html}</p>` : '';
        }
        case 'heading': {
          const level = Math.min(6, Math.max(2, block.level + 1));
          return `<h${level}>${block.children.map(inline).join('')}</h${level}>`;
        }
        case 'quote':
          return `<blockquote><p>${block.children.map(inline).join('')}</p></blockquote>`;
        case 'code':
          return `<pre><code>${block.children.map((child) => (child.type === 'text' ? escapeHtml(child.text) : '')).join('')}</code></pre>`;
        case 'list':
          return list(block);
        case 'image':
        {
          if (!block.image) return '';
          const html = image(block.image, mediaUrl, eager);
          eager = false;
          return html;
        }
        default:
          return '';
      }
    })
    .join('\n');
}

export { blocksText } from '../../../src/lib/blocks-text';
