import * as Y from 'yjs';
import type { ArticleContent } from '../../domain/article';
import type { ArticleBody } from '../../domain/article-body';
import { createCollabEditor, type CollabEditor } from './collab-editor';
import { $reconcileBody } from './reconcile-body';
import {
  initializeFieldTypes,
  readChoice,
  readKeywords,
  readTextField,
  TEXT_FIELDS,
  writeChoice,
  writeKeywords,
  writeTextField,
} from './story-doc';

/**
 * A stored article (Lexical JSON and plain fields) to and from a story's Y.Doc.
 *
 * A binding only sees Yjs changes made after it binds, so a story is always opened by binding an
 * editor to an empty document and then applying the stored updates to it (`openStory`).
 *
 * A story's document is built from JSON once, by the laptop that first records updates for it;
 * every other copy comes from its updates. Two laptops building their own documents from the same
 * JSON would make two unrelated histories, and merging them would show the body twice.
 */

/** Origin of updates applied while opening a story (not local edits). */
export const LOAD_ORIGIN = 'newsdesk-load';

/** A headless editor bound to a new document holding the given updates. */
export function openStory(updates: Iterable<Uint8Array> = []): CollabEditor {
  const collab = createCollabEditor({ doc: new Y.Doc() });
  collab.doc.transact(() => {
    for (const update of updates) Y.applyUpdate(collab.doc, update, LOAD_ORIGIN);
  }, LOAD_ORIGIN);
  collab.flush();
  return collab;
}

/**
 * Writes content into an open story as small edits (text diffs, kept nodes; see reconcile-body.ts)
 * and returns the one Yjs update they make (null when nothing changed).
 */
export function writeContent(collab: CollabEditor, content: ArticleContent): Uint8Array | null {
  const updates: Uint8Array[] = [];
  const record = (update: Uint8Array, origin: unknown): void => {
    if (origin !== LOAD_ORIGIN) updates.push(update);
  };
  const { doc, editor } = collab;
  doc.on('update', record);
  try {
    doc.transact(() => {
      initializeFieldTypes(doc);
      for (const field of TEXT_FIELDS) writeTextField(doc, field, content[field]);
      writeChoice(doc, 'category', content.category);
      writeChoice(doc, 'slug', content.slug);
      writeChoice(doc, 'authors', content.authors);
      writeKeywords(doc, content.keywords);
    });
    editor.update(() => $reconcileBody(content.body.root.children), { discrete: true });
    collab.flush();
  } finally {
    doc.off('update', record);
  }
  return updates.length === 0 ? null : Y.mergeUpdates(updates);
}

/** The article an open story holds now (the same document gives the same JSON on every laptop). */
export function readContent(collab: CollabEditor): ArticleContent {
  const { doc, editor } = collab;
  collab.flush();
  return {
    headline: readTextField(doc, 'headline'),
    sapo: readTextField(doc, 'sapo'),
    bylineLabel: readTextField(doc, 'bylineLabel'),
    place: readTextField(doc, 'place'),
    category: String(readChoice(doc, 'category') ?? ''),
    slug: String(readChoice(doc, 'slug') ?? ''),
    authors: (readChoice(doc, 'authors') as ArticleContent['authors'] | undefined) ?? [],
    keywords: readKeywords(doc),
    body: editor.getEditorState().toJSON() as unknown as ArticleBody,
  };
}

/** A new story document holding the article, and the update that makes it (its first update). */
export function storyDocFromContent(content: ArticleContent): { doc: Y.Doc; update: Uint8Array } {
  const collab = openStory();
  try {
    const update = writeContent(collab, content) ?? Y.encodeStateAsUpdate(collab.doc);
    return { doc: collab.doc, update };
  } finally {
    collab.dispose();
  }
}

/** The article a document holds, read through a fresh binding. */
export function contentFromStoryDoc(doc: Y.Doc): ArticleContent {
  const collab = openStory([Y.encodeStateAsUpdate(doc)]);
  try {
    return readContent(collab);
  } finally {
    collab.dispose();
  }
}
