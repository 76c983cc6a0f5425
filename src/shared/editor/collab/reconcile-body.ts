import { diffArrays } from 'diff';
import {
  $getRoot,
  $isElementNode,
  $isTextNode,
  $parseSerializedNode,
  type ElementFormatType,
  type ElementNode,
  type LexicalNode,
  type SerializedLexicalNode,
} from 'lexical';
import { BasePhotoNode } from '../nodes/photo-node';
import { canonicalNodeJson } from '../photo-text';

/**
 * Turns the open story's body into a saved body (Lexical JSON) with the smallest node edits it can
 * find, inside an editor update, so the Yjs binding records small changes. A save that simply
 * replaced the editor state would give every node a new key: the binding would delete the whole
 * body and insert a copy, and merging two such saves would show the story twice.
 *
 * Per element: children equal to the saved ones (canonical JSON) stay untouched; in a changed run,
 * children are paired in order with saved ones of the same kind (type, text format, photo, link
 * target) and updated in place: a text node gets its new text (the binding diffs it), an element
 * its format and indent and then its children, a photo its caption, credit and alt text. Unpaired
 * ones are removed or inserted. The live editor (a page bound to the document) needs none of this:
 * its every keystroke is already a small edit.
 */

type Serialized = SerializedLexicalNode & {
  children?: Serialized[];
  text?: string;
  format?: number | string;
  indent?: number;
  [key: string]: unknown;
};

function exportDeep(node: LexicalNode): Serialized {
  const json = node.exportJSON() as Serialized;
  if ($isElementNode(node)) json.children = node.getChildren().map(exportDeep);
  return json;
}

/** What must be the same for a node to be updated in place rather than replaced. */
function kindOf(json: Serialized): string {
  const parts = [json.type];
  if (json.type === 'text') parts.push(String(json.format), String(json['style']), String(json['mode']), String(json['detail']));
  for (const key of ['tag', 'listType', 'url', 'mediaId'] as const) if (key in json) parts.push(String(json[key]));
  return parts.join('|');
}

function updateInPlace(node: LexicalNode, saved: Serialized): void {
  if ($isTextNode(node)) {
    if (node.getTextContent() !== saved.text) node.setTextContent(saved.text ?? '');
  } else if (node instanceof BasePhotoNode) {
    const fields = node.getFields();
    const next = {
      caption: String(saved['caption'] ?? ''),
      credit: String(saved['credit'] ?? ''),
      altText: String(saved['altText'] ?? ''),
    };
    if (next.caption !== fields.caption || next.credit !== fields.credit || next.altText !== fields.altText) node.setFields(next);
  } else if ($isElementNode(node)) {
    if (typeof saved.format === 'string' && node.getFormatType() !== saved.format) node.setFormat(saved.format as ElementFormatType);
    if (typeof saved.indent === 'number' && node.getIndent() !== saved.indent) node.setIndent(saved.indent);
    reconcileChildren(node, saved.children ?? []);
  }
}

function reconcileChildren(parent: ElementNode, saved: readonly Serialized[]): void {
  const children = parent.getChildren();
  const parts = diffArrays(
    children.map((child) => canonicalNodeJson(exportDeep(child))),
    saved.map((json) => canonicalNodeJson(json)),
  );
  let childIndex = 0;
  let savedIndex = 0;
  let lastPlaced: LexicalNode | null = null;
  let unmatched: LexicalNode[] = [];

  const place = (node: LexicalNode): void => {
    if (lastPlaced) lastPlaced.insertAfter(node);
    else if (parent.getFirstChild()) parent.getFirstChildOrThrow().insertBefore(node);
    else parent.append(node);
    lastPlaced = node;
  };
  const dropUnmatched = (): void => {
    for (const node of unmatched) node.remove();
    unmatched = [];
  };

  for (const part of parts) {
    const count = part.count ?? part.value.length;
    if (part.removed) {
      unmatched.push(...children.slice(childIndex, childIndex + count));
      childIndex += count;
    } else if (part.added) {
      for (const json of saved.slice(savedIndex, savedIndex + count)) {
        const candidate = unmatched[0];
        if (candidate && kindOf(exportDeep(candidate)) === kindOf(json)) {
          unmatched.shift();
          updateInPlace(candidate, json);
          lastPlaced = candidate;
        } else {
          place($parseSerializedNode(json));
        }
      }
      savedIndex += count;
    } else {
      dropUnmatched();
      lastPlaced = children[childIndex + count - 1] ?? lastPlaced;
      childIndex += count;
      savedIndex += count;
    }
  }
  dropUnmatched();
}

/** Makes the root's children match the saved body's (call inside editor.update). */
export function $reconcileBody(saved: readonly unknown[]): void {
  reconcileChildren($getRoot(), saved as Serialized[]);
}
