import { isAllowedLinkUrl } from '../../../shared/editor/serialized-nodes';
import { detectLegacyEncoding, encodingFromFontNames, legacyToUnicode, type LegacyEncoding } from '../../../shared/text/legacy-vietnamese';

/** Removed with everything inside them. */
const DROPPED = 'script, style, iframe, frame, object, embed, img, picture, svg, video, audio, canvas, head, meta, link, title, template, noscript, form, input, button, select, textarea, math';
/** Kept (without attributes, except a link's href); every other element is unwrapped to its children. */
const KEPT = new Set(['P', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'A', 'B', 'STRONG', 'I', 'EM', 'U', 'S']);

const BLOCKS = 'p, div, h1, h2, h3, h4, h5, h6, blockquote, ul, ol, li, table';

export interface CleanedPaste {
  html: string;
  text: string;
  legacyEncoding: LegacyEncoding | null;
}

/** Inline styles that carry meaning (Google Docs marks bold with font-weight) become elements. */
function styleToElements(element: HTMLElement): void {
  const style = element.style;
  const bold = style.fontWeight === 'bold' || Number(style.fontWeight) >= 600;
  const wrappers = [
    bold && element.tagName !== 'B' && element.tagName !== 'STRONG' ? 'b' : null,
    style.fontStyle === 'italic' ? 'i' : null,
    // Inside a link an underline is just how links look (Google Docs writes it on every link).
    (style.textDecorationLine.includes('underline') || style.textDecoration.includes('underline')) && !element.closest('a') ? 'u' : null,
  ].filter((tag): tag is string => tag !== null);
  for (const tag of wrappers) {
    const wrapper = element.ownerDocument.createElement(tag);
    wrapper.append(...element.childNodes);
    element.append(wrapper);
  }
}

/** Word's list paragraphs (class MsoListParagraph…, with the marker in an mso-list:Ignore span). */
function convertWordLists(doc: Document): void {
  const isListParagraph = (node: Element | null): node is HTMLElement =>
    node !== null && node.tagName === 'P' && /MsoListParagraph/i.test(node.className);
  for (const first of [...doc.querySelectorAll('p')].filter(isListParagraph)) {
    if (!first.isConnected || isListParagraph(first.previousElementSibling)) continue;
    const marker = first.querySelector('span[style*="mso-list"]')?.textContent ?? '';
    const list = doc.createElement(/\d/.test(marker) ? 'ol' : 'ul');
    first.before(list);
    let item: Element | null = first;
    while (isListParagraph(item)) {
      const next: Element | null = item.nextElementSibling;
      item.querySelectorAll('span[style*="mso-list:Ignore"], span[style*="mso-list: Ignore"]').forEach((span) => span.remove());
      const li = doc.createElement('li');
      li.append(...item.childNodes);
      list.append(li);
      item.remove();
      item = next;
    }
  }
}

function cleanElement(element: Element): void {
  for (const child of [...element.children]) cleanElement(child);
  if (element.tagName === 'BODY') return;
  if (element instanceof HTMLElement) styleToElements(element);
  const href = element.tagName === 'A' ? (element.getAttribute('href') ?? '').trim() : '';
  for (const attribute of [...element.attributes]) element.removeAttribute(attribute.name);
  if (element.tagName === 'A' && isAllowedLinkUrl(href)) element.setAttribute('href', href);
  if (element.tagName === 'DIV' && !element.querySelector(BLOCKS)) {
    // Web pages often use a div per paragraph; unwrapping it would run paragraphs together.
    const paragraph = element.ownerDocument.createElement('p');
    paragraph.append(...element.childNodes);
    element.replaceWith(paragraph);
  } else if (!KEPT.has(element.tagName) || (element.tagName === 'A' && !element.hasAttribute('href'))) {
    element.replaceWith(...element.childNodes);
  }
}

function convertText(doc: Document, encoding: LegacyEncoding | null): void {
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    node.nodeValue = (encoding ? legacyToUnicode(text, encoding) : text).normalize('NFC');
  }
}

/**
 * Pasted HTML (Word, Google Docs, web pages) reduced to structure: paragraphs, headings, quotes,
 * lists, bold/italic/underline/strike and http(s)/mailto links. Scripts, styles, event handlers,
 * frames and images are removed; text is NFC; legacy TCVN3/VNI text is converted to Unicode.
 */
export function cleanPastedHtml(html: string): CleanedPaste {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll(DROPPED).forEach((element) => element.remove());
  // Chrome appends this break to copied fragments; kept, it becomes an empty paragraph.
  doc.querySelectorAll('br.Apple-interchange-newline').forEach((element) => element.remove());
  // Google Docs wraps the whole fragment in a <b style="font-weight:normal">: not bold.
  doc.querySelectorAll('b[id^="docs-internal-guid"]').forEach((element) => element.replaceWith(...element.childNodes));
  convertWordLists(doc);
  const legacyEncoding = encodingFromFontNames(html) ?? detectLegacyEncoding(doc.body.textContent ?? '');
  cleanElement(doc.body);
  convertText(doc, legacyEncoding);
  return { html: doc.body.innerHTML, text: doc.body.textContent ?? '', legacyEncoding };
}
