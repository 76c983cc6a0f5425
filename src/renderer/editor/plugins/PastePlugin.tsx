import { $insertDataTransferForRichText } from '@lexical/clipboard';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanPastedHtml } from '../paste/clean-pasted-html';
import { convertLegacyText } from '../paste/legacy-text';

/**
 * Paste keeps structure (paragraphs, headings, lists, bold/italic/underline, links) and drops the
 * rest: the HTML is cleaned first, then handed to Lexical's own importer. Legacy TCVN3/VNI text is
 * converted to Unicode and the reporter is told.
 */
export function PastePlugin({ onNotice }: { onNotice(message: string): void }) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          if (!(event instanceof ClipboardEvent) || !event.clipboardData) return false;
          const html = event.clipboardData.getData('text/html');
          const plain = event.clipboardData.getData('text/plain');
          const cleaned = html ? cleanPastedHtml(html) : null;
          const text = cleaned ? null : convertLegacyText(plain, null);
          const encoding = cleaned?.legacyEncoding ?? text?.encoding ?? null;
          const transfer = new DataTransfer();
          if (cleaned) transfer.setData('text/html', cleaned.html);
          transfer.setData('text/plain', cleaned ? cleaned.text : (text?.text ?? plain).normalize('NFC'));
          event.preventDefault();
          editor.update(() => {
            const selection = $getSelection();
            if ($isRangeSelection(selection)) $insertDataTransferForRichText(transfer, selection, editor);
          });
          if (encoding) onNotice(t('authoring.paste.converted', { encoding: encoding.toUpperCase() }));
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor, onNotice, t],
  );
  return null;
}
