import { $insertDataTransferForRichText } from '@lexical/clipboard';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { DRAG_DROP_PASTE } from '@lexical/rich-text';
import { $getRoot, $getSelection, $isRangeSelection, COMMAND_PRIORITY_EDITOR, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeTextFile } from '../../../shared/text/undeclared-bytes';
import { convertLegacyText } from '../paste/legacy-text';

/** An article is a few thousand words; a file past this is not one to drop into a story. */
const MAX_TEXT_FILE_BYTES = 1024 * 1024;

const isTextFile = (file: File) => file.type === 'text/plain' || /\.txt$/iu.test(file.name);

/** A .txt file's text, in Unicode, and the legacy encoding it was converted from, if any. */
async function readTextFile(file: File): Promise<{ text: string; encoding: string | null }> {
  const decoded = decodeTextFile(new Uint8Array(await file.arrayBuffer()));
  // A Word document in .VnTime saved as UTF-8 text keeps its TCVN3 mojibake, in valid UTF-8.
  const converted = decoded.legacy ? null : convertLegacyText(decoded.text, null);
  return { text: (converted?.text ?? decoded.text).normalize('NFC'), encoding: decoded.legacy ?? converted?.encoding ?? null };
}

function insertPlainText(editor: LexicalEditor, text: string): void {
  editor.update(() => {
    // Lexical's drop handler has put the caret at the drop point when it could find one.
    const selection = $getSelection() ?? $getRoot().selectEnd();
    if (!$isRangeSelection(selection)) return;
    const transfer = new DataTransfer();
    transfer.setData('text/plain', text);
    $insertDataTransferForRichText(transfer, selection, editor);
  });
}

/**
 * A plain-text file dropped (or pasted as a file) onto the body is inserted as paragraphs where it
 * lands. Whatever its encoding (UTF-8, UTF-16, Windows-1258, or TCVN3/VNI from an old Word
 * document), it arrives as Unicode; a legacy one is converted and the reporter is told.
 */
export function TextFileDropPlugin({ onNotice }: { onNotice(message: string): void }) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        DRAG_DROP_PASTE,
        (files) => {
          const textFiles = files.filter(isTextFile);
          if (textFiles.length === 0) return false;
          void (async () => {
            for (const file of textFiles) {
              if (file.size > MAX_TEXT_FILE_BYTES) {
                onNotice(t('authoring.drop.tooLarge', { name: file.name }));
                continue;
              }
              const { text, encoding } = await readTextFile(file);
              insertPlainText(editor, text);
              if (encoding) onNotice(t('authoring.drop.converted', { name: file.name, encoding: encoding.toUpperCase() }));
            }
          })();
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor, onNotice, t],
  );
  return null;
}
