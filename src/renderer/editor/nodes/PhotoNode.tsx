import { $applyNodeReplacement, type LexicalNode, type SerializedLexicalNode } from 'lexical';
import type { JSX } from 'react';
import { BasePhotoNode, photoFieldsFromJSON, type PhotoFields } from '../../../shared/editor/nodes/photo-node';
import { PhotoFigure } from './PhotoFigure';

export type { PhotoFields };

/**
 * A photo in the body as the reporter edits it: the shared node (data, JSON, HTML export; in
 * src/shared/editor/nodes) decorated with `PhotoFigure`, where caption, credit and alt text are
 * edited in place.
 */
export class PhotoNode extends BasePhotoNode<JSX.Element> {
  static override getType(): string {
    return BasePhotoNode.getType();
  }

  static override clone(node: PhotoNode): PhotoNode {
    return new PhotoNode({ ...node.__fields }, node.__key);
  }

  static override importJSON(serialized: SerializedLexicalNode): PhotoNode {
    return $createPhotoNode(photoFieldsFromJSON(serialized));
  }

  override decorate(): JSX.Element {
    return <PhotoFigure nodeKey={this.getKey()} fields={this.__fields} />;
  }
}

export const $createPhotoNode = (fields: PhotoFields): PhotoNode => $applyNodeReplacement(new PhotoNode(fields));

export const $isPhotoNode = (node: LexicalNode | null | undefined): node is PhotoNode => node instanceof PhotoNode;
