import { DecoratorNode, type DOMExportOutput, type EditorConfig, type LexicalNode, type NodeKey, type SerializedLexicalNode } from 'lexical';
import { PHOTO_NODE_TYPE, type SerializedPhotoNode } from '../serialized-nodes';

/**
 * The photo node without a user interface, after Koenig's split of editor nodes (data, JSON and
 * HTML export, here) from their renderers (the React figure, in src/renderer/editor/nodes). A
 * headless Lexical editor — a benchmark's baseline today, the newsroom server's merge of Yjs
 * documents tomorrow — registers this class; the editor registers its React subclass.
 *
 * src/shared compiles without the DOM library (main and the server load it too), so DOM types come
 * from Lexical's own signatures and the document is the global one Lexical itself uses.
 */

export type PhotoFields = Omit<SerializedPhotoNode, 'type' | 'version'>;

type DomElement = ReturnType<LexicalNode['createDOM']>;
interface DomDocument {
  createElement(tag: string): DomElement;
}
const dom = (): DomDocument => (globalThis as unknown as { document: DomDocument }).document;

/** Reads a stored photo leniently: old or hand-edited bodies may miss fields. */
export function photoFieldsFromJSON(serialized: SerializedLexicalNode): PhotoFields {
  const data = serialized as unknown as Partial<SerializedPhotoNode>;
  return {
    mediaId: String(data.mediaId ?? ''),
    caption: String(data.caption ?? ''),
    credit: String(data.credit ?? ''),
    altText: String(data.altText ?? ''),
    width: Number(data.width) || 0,
    height: Number(data.height) || 0,
  };
}

export class BasePhotoNode<Decoration = null> extends DecoratorNode<Decoration> {
  __fields: PhotoFields;

  static override getType(): string {
    return PHOTO_NODE_TYPE;
  }

  // `new this` so that a subclass's clone and import make instances of the subclass.
  static override clone(node: BasePhotoNode<unknown>): BasePhotoNode<unknown> {
    return new this({ ...node.__fields }, node.__key);
  }

  static override importJSON(serialized: SerializedLexicalNode): BasePhotoNode<unknown> {
    return new this(photoFieldsFromJSON(serialized));
  }

  constructor(fields: PhotoFields, key?: NodeKey) {
    super(key);
    this.__fields = fields;
  }

  override exportJSON(): SerializedPhotoNode & SerializedLexicalNode {
    return { type: PHOTO_NODE_TYPE, version: 1, ...this.getLatest().__fields };
  }

  override createDOM(_config: EditorConfig): DomElement {
    const element = dom().createElement('div');
    element.className = 'editor-photo';
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    return `${this.getLatest().__fields.caption}\n\n`;
  }

  /** The published shape, as src/shared/render/render-body.ts writes it (image source by media id). */
  override exportDOM(): DOMExportOutput {
    const { mediaId, caption, credit, altText, width, height } = this.getLatest().__fields;
    const document = dom();
    const figure = document.createElement('figure');
    figure.className = 'photo';
    const image = document.createElement('img');
    image.setAttribute('src', `media:${mediaId}`);
    image.setAttribute('alt', altText);
    if (width > 0 && height > 0) {
      image.setAttribute('width', String(width));
      image.setAttribute('height', String(height));
    }
    figure.append(image);
    if (caption || credit) {
      const figcaption = document.createElement('figcaption');
      const captionSpan = document.createElement('span');
      captionSpan.className = 'photo-caption';
      captionSpan.textContent = caption;
      figcaption.append(captionSpan);
      if (credit) {
        const creditSpan = document.createElement('span');
        creditSpan.className = 'photo-credit';
        creditSpan.textContent = `Ảnh: ${credit}`;
        figcaption.append(' ', creditSpan);
      }
      figure.append(figcaption);
    }
    return { element: figure };
  }

  getFields(): PhotoFields {
    return this.getLatest().__fields;
  }

  setFields(change: Partial<Pick<PhotoFields, 'caption' | 'credit' | 'altText'>>): void {
    const writable = this.getWritable();
    writable.__fields = { ...writable.__fields, ...change };
  }

  override decorate(): Decoration {
    // Headless editors never decorate; the editor's subclass returns its React figure.
    return null as Decoration;
  }
}
