import { z } from 'zod';
import { nfcDeep } from '../text/nfc';

/**
 * The article body is stored as Lexical's serialized editor state (JSON). Main never runs Lexical:
 * it only checks the outer shape here, and the HTML/ninjs renderers walk the tree with a whitelist
 * of node types, so an unknown node can never reach a published page.
 */
export const ArticleBodySchema = z
  .object({
    root: z.looseObject({
      type: z.literal('root'),
      children: z.array(z.looseObject({ type: z.string().min(1).max(64) })),
    }),
  })
  .transform((body) => nfcDeep(body));

export type ArticleBody = z.output<typeof ArticleBodySchema>;

// Type aliases (not interfaces) so they fit the schema's open `{ [key: string]: unknown }` shape.
type SerializedTextNode = {
  type: 'text';
  version: 1;
  text: string;
  format: 0;
  style: '';
  mode: 'normal';
  detail: 0;
};

type SerializedParagraph = {
  type: 'paragraph';
  version: 1;
  children: SerializedTextNode[];
  direction: null;
  format: '';
  indent: 0;
  textFormat: 0;
  textStyle: '';
};

const paragraph = (text: string): SerializedParagraph => ({
  type: 'paragraph',
  version: 1,
  children:
    text === ''
      ? []
      : [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }],
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
});

/** One paragraph per line, so a plain text field round-trips exactly through the stored body. */
export function bodyFromPlainText(text: string): ArticleBody {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: text.split('\n').map(paragraph),
    },
  };
}

function nodeText(node: unknown): string {
  if (node === null || typeof node !== 'object') return '';
  const { text, children } = node as { text?: unknown; children?: unknown };
  if (typeof text === 'string') return text;
  return Array.isArray(children) ? children.map(nodeText).join('') : '';
}

/** The body's text, one line per top-level block: the inverse of `bodyFromPlainText`. */
export function plainTextFromBody(body: ArticleBody): string {
  return body.root.children.map(nodeText).join('\n');
}

export const emptyBody = (): ArticleBody => bodyFromPlainText('');
