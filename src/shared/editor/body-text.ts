import { PHOTO_NODE_TYPE } from './serialized-nodes';

type Node = { type?: unknown; text?: unknown; children?: unknown; caption?: unknown };

function inlineText(node: Node): string {
  if (node.type === 'linebreak') return '\n';
  if (typeof node.text === 'string') return node.text;
  return Array.isArray(node.children) ? (node.children as Node[]).map(inlineText).join('') : '';
}

/** Text blocks in order (paragraphs, headings, quotes, list items) and the photo captions apart. */
export interface BodyText {
  blocks: string[];
  captions: string[];
}

function collect(node: Node, out: BodyText): void {
  if (node.type === PHOTO_NODE_TYPE) {
    out.captions.push(typeof node.caption === 'string' ? node.caption : '');
  } else if (node.type === 'list') {
    for (const item of (node.children as Node[] | undefined) ?? []) collect(item, out);
  } else {
    out.blocks.push(inlineText(node));
  }
}

export function bodyText(body: { root: { children: unknown[] } }): BodyText {
  const out: BodyText = { blocks: [], captions: [] };
  for (const node of body.root.children as Node[]) collect(node, out);
  return out;
}

/** A story's written texts as plain strings, one per field, blocks and captions one per line. */
export interface StoryTexts {
  headline: string;
  sapo: string;
  body: string;
  captions: string;
}

/**
 * The one way a story's texts become plain strings: the revision diff, the search index and the
 * editor's conflict comparison all read the same four fields the same way.
 */
export function storyTexts(story: { headline: string; sapo: string; body: { root: { children: unknown[] } } }): StoryTexts {
  const { blocks, captions } = bodyText(story.body);
  return { headline: story.headline, sapo: story.sapo, body: blocks.join('\n'), captions: captions.join('\n') };
}
