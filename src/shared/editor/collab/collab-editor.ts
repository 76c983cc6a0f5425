import { createHeadlessEditor } from '@lexical/headless';
import { $dfs } from '@lexical/utils';
import {
  createYjsBinding,
  syncLexicalUpdateToYjs,
  syncYjsChangesToLexical,
  type Binding,
  type Provider,
} from '@lexical/yjs';
import { COLLABORATION_TAG, type Klass, type LexicalEditor, type LexicalNode } from 'lexical';
import * as Y from 'yjs';
import { BasePhotoNode } from '../nodes/photo-node';
import { LEXICAL_BODY_NODES } from '../nodes/body-nodes';
import { BODY_ROOT, photoTextMap, PHOTO_TEXT_FIELDS, setYText, type PhotoTextField } from './story-doc';

/**
 * A Lexical editor kept in step with a story's Y.Doc both ways, the way Lexical's
 * CollaborationPlugin does in a page, without React or a DOM: local Lexical updates become Yjs
 * changes through @lexical/yjs's V1 binding, and every Yjs change from elsewhere (a remote update, a
 * stored update replayed) becomes a Lexical update.
 *
 * Photo text. The binding stores a decorator node's properties as attributes of its XmlElement, and
 * the photo node keeps caption, credit and alt text in one `__fields` object, so two people
 * captioning the same photo offline would keep only one caption (last writer wins). Those three
 * texts therefore also live as Y.Text in `photoText`, keyed by the photo element's Yjs id, which is
 * the same on every replica; that copy is authoritative and is written into the Lexical node after
 * every change from elsewhere.
 */

export interface CollabEditor {
  editor: LexicalEditor;
  doc: Y.Doc;
  binding: Binding;
  /** Commits Lexical updates still queued, so reads see every change applied so far. */
  flush(): void;
  dispose(): void;
}

export interface CollabEditorOptions {
  doc: Y.Doc;
  /** The editor's node classes; headless by default (BasePhotoNode), the renderer passes its own. */
  nodes?: Klass<LexicalNode>[];
}

export const HEADLESS_NODES: Klass<LexicalNode>[] = [...LEXICAL_BODY_NODES, BasePhotoNode];

/** No awareness (cursors and names): the live transport supplies one where people co-edit. */
const noAwareness: Provider = {
  awareness: {
    getLocalState: () => null,
    getStates: () => new Map(),
    off: () => undefined,
    on: () => undefined,
    setLocalState: () => undefined,
    setLocalStateField: () => undefined,
  },
  connect: () => undefined,
  disconnect: () => undefined,
  off: () => undefined,
  on: () => undefined,
};
const noCursors = (): void => undefined;

export const photoElementId = (element: Y.XmlElement): string | null =>
  element._item ? `${element._item.id.client}:${element._item.id.clock}` : null;

/** The photos in the body (call inside a read or update). */
const $photos = (): BasePhotoNode<unknown>[] =>
  $dfs()
    .map(({ node }) => node)
    .filter((node): node is BasePhotoNode<unknown> => node instanceof BasePhotoNode);

function photoIdOf(binding: Binding, node: BasePhotoNode<unknown>): string | null {
  // The binding's decorator collab node (not exported by @lexical/yjs) holds the photo's XmlElement.
  const collab = binding.collabNodeMap.get(node.getKey());
  return collab && '_xmlElem' in collab ? photoElementId(collab._xmlElem) : null;
}

/** Writes the photos' texts from Lexical into their Y.Texts (after a local update). */
function photoTextToDoc(binding: Binding): void {
  const texts = photoTextMap(binding.doc);
  const photos = binding.editor.getEditorState().read(() =>
    $photos().map((node) => ({ id: photoIdOf(binding, node), fields: node.getFields() })),
  );
  binding.doc.transact(() => {
    for (const { id, fields } of photos) {
      if (!id) continue;
      let entry = texts.get(id);
      if (!entry) {
        entry = new Y.Map<Y.Text>();
        for (const field of PHOTO_TEXT_FIELDS) entry.set(field, new Y.Text());
        texts.set(id, entry);
      }
      for (const field of PHOTO_TEXT_FIELDS) {
        const text = entry.get(field);
        if (text) setYText(text, fields[field]);
      }
    }
  }, binding);
}

/** Writes the photos' Y.Texts into Lexical (after a change from elsewhere), tagged as collaboration. */
function photoTextFromDoc(binding: Binding): void {
  const texts = photoTextMap(binding.doc);
  binding.editor.update(
    () => {
      for (const node of $photos()) {
        const id = photoIdOf(binding, node);
        const entry = id ? texts.get(id) : undefined;
        if (!entry) continue;
        const fields = node.getFields();
        const change: Partial<Record<PhotoTextField, string>> = {};
        for (const field of PHOTO_TEXT_FIELDS) {
          const value = entry.get(field)?.toString() ?? '';
          if (value !== fields[field]) change[field] = value;
        }
        if (Object.keys(change).length > 0) node.setFields(change);
      }
    },
    { discrete: true, tag: COLLABORATION_TAG, skipTransforms: true },
  );
}

export function createCollabEditor({ doc, nodes = HEADLESS_NODES }: CollabEditorOptions): CollabEditor {
  const editor = createHeadlessEditor({
    namespace: 'newsdesk-story',
    nodes,
    onError: (error) => {
      throw error;
    },
  });
  const binding = createYjsBinding({ editor, id: 'body', doc, docMap: new Map([['body', doc]]), rootName: BODY_ROOT });
  const sharedRoot = binding.root.getSharedType();

  const onYjsChanges = (events: Y.YEvent<Y.Text>[], transaction: Y.Transaction): void => {
    if (transaction.origin !== binding) syncYjsChangesToLexical(binding, noAwareness, events, false, noCursors);
  };
  const onTransaction = (transaction: Y.Transaction): void => {
    if (transaction.origin === binding) return;
    photoTextFromDoc(binding);
    flush();
  };
  sharedRoot.observeDeep(onYjsChanges as (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => void);
  doc.on('afterTransaction', onTransaction);

  const removeUpdateListener = editor.registerUpdateListener(
    ({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
      syncLexicalUpdateToYjs(binding, noAwareness, prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags);
      if (!tags.has(COLLABORATION_TAG)) photoTextToDoc(binding);
    },
  );

  function flush(): void {
    // A Yjs change is applied in an update Lexical queues; its onUpdate may queue one more (an
    // emptied root gets a paragraph back). Two forced commits settle both.
    editor.read(() => undefined);
    editor.read(() => undefined);
  }

  return {
    editor,
    doc,
    binding,
    flush,
    dispose() {
      removeUpdateListener();
      sharedRoot.unobserveDeep(onYjsChanges as (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => void);
      doc.off('afterTransaction', onTransaction);
    },
  };
}
