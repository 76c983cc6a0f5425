import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertNodeToNearestRoot, mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_HIGH, createCommand, DROP_COMMAND, type LexicalCommand } from 'lexical';
import { useEffect } from 'react';
import { photoFieldsFromFile } from '../import-photo';
import { $createPhotoNode, type PhotoFields } from '../nodes/PhotoNode';

export const INSERT_PHOTO_COMMAND: LexicalCommand<PhotoFields> = createCommand('INSERT_PHOTO_COMMAND');

const photoFiles = (event: DragEvent): File[] =>
  [...(event.dataTransfer?.files ?? [])].filter((file) => file.type.startsWith('image/'));

/** Inserts photos: from the toolbar's file picker (through the command) or dropped onto the body. */
export function PhotoPlugin({ onError }: { onError(error: unknown): void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          INSERT_PHOTO_COMMAND,
          (fields) => {
            const photo = $createPhotoNode(fields);
            const selection = $getSelection();
            const block = $isRangeSelection(selection) ? selection.anchor.getNode().getTopLevelElement() : null;
            // On an empty line the photo takes the line's place, so no blank paragraph is left above it.
            if ($isParagraphNode(block) && block.getTextContentSize() === 0) {
              block.insertBefore(photo);
              block.selectStart();
            } else {
              $insertNodeToNearestRoot(photo);
            }
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          DROP_COMMAND,
          (event) => {
            const files = photoFiles(event);
            if (files.length === 0) return false;
            event.preventDefault();
            void (async () => {
              for (const file of files) {
                try {
                  editor.dispatchCommand(INSERT_PHOTO_COMMAND, await photoFieldsFromFile(file));
                } catch (error) {
                  onError(error);
                }
              }
            })();
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor, onError],
  );
  return null;
}
