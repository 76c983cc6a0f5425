import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { createEditor } from 'lexical';
import { BasePhotoNode } from '../../../src/shared/editor/nodes/photo-node';

/**
 * The typing benchmark's baseline: a bare Lexical rich-text editor (rich text and history, the
 * same node types, no React, no plugins of ours) that the benchmark fills with the same article.
 */
declare global {
  interface Window {
    startBareEditor(bodyJson: string): void;
  }
}

window.startBareEditor = (bodyJson: string) => {
  const editor = createEditor({
    namespace: 'bare',
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, BasePhotoNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(document.getElementById('editor'));
  registerRichText(editor);
  registerHistory(editor, createEmptyHistoryState(), 300);
  editor.setEditorState(editor.parseEditorState(bodyJson));
};
