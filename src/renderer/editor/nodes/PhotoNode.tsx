import {
  $applyNodeReplacement,
  DecoratorNode,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
} from 'lexical';
import type { JSX } from 'react';
import { PHOTO_NODE_TYPE, type SerializedPhotoNode } from '../../../shared/editor/serialized-nodes';
import { PhotoFigure } from './PhotoFigure';

export type PhotoFields = Omit<SerializedPhotoNode, 'type' | 'version'>;

/**
 * A photo in the body: the media id plus caption, credit and alt text, edited in place by
 * `PhotoFigure`. Its serialized shape is `SerializedPhotoNode` in src/shared, which the pure renderer
 * and publishing read without Lexical.
 */
export class PhotoNode extends DecoratorNode<JSX.Element> {
  __fields: PhotoFields;

  static override getType(): string {
    return PHOTO_NODE_TYPE;
  }

  static override clone(node: PhotoNode): PhotoNode {
    return new PhotoNode({ ...node.__fields }, node.__key);
  }

  static override importJSON(serialized: SerializedLexicalNode): PhotoNode {
    const data = serialized as unknown as SerializedPhotoNode;
    return $createPhotoNode({
      mediaId: String(data.mediaId),
      caption: String(data.caption ?? ''),
      credit: String(data.credit ?? ''),
      altText: String(data.altText ?? ''),
      width: Number(data.width) || 0,
      height: Number(data.height) || 0,
    });
  }

  constructor(fields: PhotoFields, key?: NodeKey) {
    super(key);
    this.__fields = fields;
  }

  override exportJSON(): SerializedPhotoNode & SerializedLexicalNode {
    return { type: PHOTO_NODE_TYPE, version: 1, ...this.getLatest().__fields };
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const element = document.createElement('div');
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

  getFields(): PhotoFields {
    return this.getLatest().__fields;
  }

  setFields(change: Partial<Pick<PhotoFields, 'caption' | 'credit' | 'altText'>>): void {
    const writable = this.getWritable();
    writable.__fields = { ...writable.__fields, ...change };
  }

  override decorate(): JSX.Element {
    return <PhotoFigure nodeKey={this.getKey()} fields={this.__fields} />;
  }
}

export const $createPhotoNode = (fields: PhotoFields): PhotoNode => $applyNodeReplacement(new PhotoNode(fields));

export const $isPhotoNode = (node: LexicalNode | null | undefined): node is PhotoNode => node instanceof PhotoNode;
