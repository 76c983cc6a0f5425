import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, $isTextNode } from 'lexical';
import { useEffect } from 'react';
import { registerSpellingEditor, wordRangeAt } from '../../commands/spelling-choice';

/**
 * Lets a spelling suggestion from the context menu replace the misspelled word at the body's
 * selection, through Lexical (one update, so one undo step) rather than behind its back with
 * Electron's `replaceMisspelling`. A word split over differently formatted text nodes is not
 * matched and stays as it is.
 */
export function SpellingPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      registerSpellingEditor({
        owns: (element) => editor.getRootElement()?.contains(element) ?? false,
        isComposing: () => editor.isComposing(),
        replace(choice) {
          let outcome: 'replaced' | 'not-found' = 'not-found';
          editor.update(
            () => {
              const selection = $getSelection();
              if (!$isRangeSelection(selection) || !editor.isEditable()) return;
              const anchor = selection.anchor.getNode();
              if (!$isTextNode(anchor) || selection.focus.getNode() !== anchor) return;
              const [start, end] = [selection.anchor.offset, selection.focus.offset].sort((a, b) => a - b) as [number, number];
              const [from, to] = wordRangeAt(anchor.getTextContent(), start, end);
              if (anchor.getTextContent().slice(from, to).normalize('NFC') !== choice.misspelled) return;
              selection.setTextNodeRange(anchor, from, anchor, to);
              selection.insertText(choice.suggestion);
              outcome = 'replaced';
            },
            { discrete: true },
          );
          return outcome;
        },
      }),
    [editor],
  );
  return null;
}
