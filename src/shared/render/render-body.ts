import { isAllowedLinkUrl, PHOTO_NODE_TYPE, TEXT_FORMAT } from '../editor/serialized-nodes';
import { escapeHtml } from './escape';

/**
 * Where a photo's image comes from: the preview uses blob: URLs, publishing the site's own files,
 * which depend on the caption and credit embedded in them (`published-photo.ts`).
 */
export type PhotoSource = (mediaId: string, photo: { caption: string; credit: string }) => string | null;

type Node = Record<string, unknown>;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const int = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
const children = (node: Node): Node[] =>
  Array.isArray(node['children']) ? (node['children'] as unknown[]).filter(isNode) : [];
const isNode = (value: unknown): value is Node => value !== null && typeof value === 'object' && !Array.isArray(value);

const HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const ALIGNMENTS = new Set(['left', 'center', 'right', 'justify']);
// Image sources the renderer lets through: blob: (the preview), web and root-relative URLs, inline
// images, and the published site's own renditions (`../media/<sha256>-<caption key>.jpg`; files
// published before the key existed are `<sha256>.jpg`).
const IMAGE_URL = /^(?:blob:|https?:\/\/|\/(?!\/)|data:image\/(?:jpeg|png|webp);base64,|(?:\.\.\/)*media\/[0-9a-f]{64}(?:-[0-9a-f]{16})?\.jpg$)/;

function renderText(node: Node): string {
  const format = typeof node['format'] === 'number' ? node['format'] : 0;
  let html = escapeHtml(str(node['text']));
  // Innermost first, so the markup nests the same way every time.
  if (format & TEXT_FORMAT.underline) html = `<u>${html}</u>`;
  if (format & TEXT_FORMAT.strikethrough) html = `<s>${html}</s>`;
  if (format & TEXT_FORMAT.italic) html = `<em>${html}</em>`;
  if (format & TEXT_FORMAT.bold) html = `<strong>${html}</strong>`;
  return html;
}

function alignAttribute(node: Node): string {
  const format = str(node['format']);
  return ALIGNMENTS.has(format) ? ` style="text-align:${format}"` : '';
}

function renderLink(node: Node, photoSource: PhotoSource): string {
  const inner = renderChildren(node, photoSource);
  const url = str(node['url']);
  // A link the editor should never have let in is shown as its text, not dropped with it.
  if (!isAllowedLinkUrl(url)) return inner;
  return `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${inner}</a>`;
}

function renderPhoto(node: Node, photoSource: PhotoSource): string {
  const caption = str(node['caption']);
  const credit = str(node['credit']);
  const source = photoSource(str(node['mediaId']), { caption, credit });
  const width = int(node['width']);
  const height = int(node['height']);
  const size = width && height ? ` width="${width}" height="${height}"` : '';
  const image =
    source && IMAGE_URL.test(source)
      ? `<img src="${escapeHtml(source)}" alt="${escapeHtml(str(node['altText']))}"${size}>`
      : '';
  const creditHtml = credit ? ` <span class="photo-credit">Ảnh: ${escapeHtml(credit)}</span>` : '';
  const captionHtml =
    caption || credit ? `<figcaption><span class="photo-caption">${escapeHtml(caption)}</span>${creditHtml}</figcaption>` : '';
  return `<figure class="photo">${image}${captionHtml}</figure>`;
}

function renderList(node: Node, photoSource: PhotoSource): string {
  const ordered = node['listType'] === 'number';
  const start = int(node['start']);
  const startAttribute = ordered && start && start !== 1 ? ` start="${start}"` : '';
  const tag = ordered ? 'ol' : 'ul';
  return `<${tag}${startAttribute}>${renderChildren(node, photoSource)}</${tag}>`;
}

/**
 * One node → HTML. A whitelist: node types not listed here render nothing (not even their text),
 * and only the attributes written out below ever reach the page.
 */
function renderNode(node: Node, photoSource: PhotoSource): string {
  switch (node['type']) {
    case 'text':
      return renderText(node);
    case 'linebreak':
      return '<br>';
    case 'tab':
      return escapeHtml(str(node['text']) || '\t');
    case 'paragraph':
      return `<p${alignAttribute(node)}>${renderChildren(node, photoSource)}</p>`;
    case 'heading': {
      const tag = HEADING_TAGS.has(str(node['tag'])) ? str(node['tag']) : 'h2';
      return `<${tag}${alignAttribute(node)}>${renderChildren(node, photoSource)}</${tag}>`;
    }
    case 'quote':
      return `<blockquote>${renderChildren(node, photoSource)}</blockquote>`;
    case 'list':
      return renderList(node, photoSource);
    case 'listitem':
      return `<li>${renderChildren(node, photoSource)}</li>`;
    case 'link':
    case 'autolink':
      return renderLink(node, photoSource);
    case PHOTO_NODE_TYPE:
      return renderPhoto(node, photoSource);
    default:
      return '';
  }
}

function renderChildren(node: Node, photoSource: PhotoSource): string {
  return children(node).map((child) => renderNode(child, photoSource)).join('');
}

/** The body (Lexical's serialized root) → HTML, with every text escaped. */
export function renderBody(body: { root: unknown }, photoSource: PhotoSource): string {
  return isNode(body.root) ? renderChildren(body.root, photoSource) : '';
}
