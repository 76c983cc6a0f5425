import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $setBlocksType } from '@lexical/selection';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type ElementNode,
  type LexicalEditor,
  type TextFormatType,
} from 'lexical';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isAllowedLinkUrl } from '../../../shared/editor/serialized-nodes';
import { LibraryPicker } from '../../photos/LibraryPicker';
import { photoFieldsFromFile, photoFieldsFrom } from '../import-photo';
import { INSERT_PHOTO_COMMAND } from './PhotoPlugin';

const setBlock = (editor: LexicalEditor, create: () => ElementNode) =>
  editor.update(() => $setBlocksType($getSelection(), create));

const TOGGLED_FORMATS = ['bold', 'italic', 'underline'] as const satisfies readonly TextFormatType[];

/**
 * The text formats on at the caret, as one string ("bold italic") so React skips the re-render
 * when they did not change: this runs after every keystroke.
 */
function useActiveFormats(editor: LexicalEditor): string {
  const [active, setActive] = useState('');
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) =>
        editorState.read(() => {
          const selection = $getSelection();
          setActive($isRangeSelection(selection) ? TOGGLED_FORMATS.filter((format) => selection.hasFormat(format)).join(' ') : '');
        }),
      ),
    [editor],
  );
  return active;
}

/** The body's toolbar. Every button has a visible title and an accessible name from the locale file. */
export function ToolbarPlugin({ onError }: { onError(error: unknown): void }) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const [linkUrl, setLinkUrl] = useState<string | null>(null);
  const [linkInvalid, setLinkInvalid] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const [picking, setPicking] = useState(false);
  const activeFormats = useActiveFormats(editor).split(' ');

  const button = (label: string, action: () => void, pressed?: boolean) => (
    <button
      type="button"
      className="toolbar__button"
      aria-label={label}
      aria-pressed={pressed}
      title={label}
      onMouseDown={(event) => event.preventDefault()}
      onClick={action}
    >
      {label}
    </button>
  );
  // Bold, italic and underline show whether they are on at the caret (they carry over onto text
  // typed after deleting formatted text, as in a word processor).
  const formatButton = (label: string, format: (typeof TOGGLED_FORMATS)[number]) =>
    button(label, () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format), activeFormats.includes(format));

  const applyLink = () => {
    const url = (linkUrl ?? '').trim();
    if (url !== '' && !isAllowedLinkUrl(url)) {
      setLinkInvalid(true);
      return;
    }
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, url === '' ? null : url);
    setLinkUrl(null);
    setLinkInvalid(false);
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    for (const file of files) {
      try {
        editor.dispatchCommand(INSERT_PHOTO_COMMAND, await photoFieldsFromFile(file));
      } catch (error) {
        onError(error);
      }
    }
  };

  return (
    <div className="toolbar" role="toolbar" aria-label={t('authoring.toolbar.label')}>
      {button(t('authoring.toolbar.undo'), () => editor.dispatchCommand(UNDO_COMMAND, undefined))}
      {button(t('authoring.toolbar.redo'), () => editor.dispatchCommand(REDO_COMMAND, undefined))}
      {formatButton(t('authoring.toolbar.bold'), 'bold')}
      {formatButton(t('authoring.toolbar.italic'), 'italic')}
      {formatButton(t('authoring.toolbar.underline'), 'underline')}
      {button(t('authoring.toolbar.paragraph'), () => setBlock(editor, () => $createParagraphNode()))}
      {button(t('authoring.toolbar.heading'), () => setBlock(editor, () => $createHeadingNode('h2')))}
      {button(t('authoring.toolbar.quote'), () => setBlock(editor, () => $createQuoteNode()))}
      {button(t('authoring.toolbar.orderedList'), () => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined))}
      {button(t('authoring.toolbar.bulletList'), () => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined))}
      {button(t('authoring.toolbar.link'), () => setLinkUrl(''))}
      {button(t('authoring.addPhoto'), () => fileInput.current?.click())}
      {button(t('photos.chooseFromLibrary'), () => setPicking(true))}
      {picking ? (
        <LibraryPicker
          onClose={() => setPicking(false)}
          onChoose={(photo) => {
            setPicking(false);
            editor.dispatchCommand(INSERT_PHOTO_COMMAND, photoFieldsFrom(photo));
          }}
        />
      ) : null}
      <input ref={fileInput} type="file" accept="image/*" hidden aria-label={t('authoring.photoFile')} onChange={(event) => void onFile(event)} />
      {linkUrl !== null ? (
        <span className="toolbar__link">
          <label>
            <span className="field__label">{t('authoring.toolbar.linkUrl')}</span>
            <input value={linkUrl} onChange={(event) => setLinkUrl(event.target.value)} onKeyDown={(event) => event.key === 'Enter' && (event.preventDefault(), applyLink())} />
          </label>
          {button(t('authoring.toolbar.applyLink'), applyLink)}
          {linkInvalid ? <span role="alert">{t('authoring.toolbar.linkInvalid')}</span> : null}
        </span>
      ) : null}
    </div>
  );
}
