import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { EditorState, LexicalEditor } from 'lexical';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleBody } from '../../shared/domain/article-body';
import { isAllowedLinkUrl } from '../../shared/editor/serialized-nodes';
import { ErrorMessage } from '../components/ErrorMessage';
import { EDITOR_NODES } from './editor-nodes';
import { PhotoTextEditable } from './nodes/photo-text-editable';
import { EditableStatePlugin } from './plugins/EditableStatePlugin';
import { PastePlugin } from './plugins/PastePlugin';
import { TextFileDropPlugin } from './plugins/TextFileDropPlugin';
import { PhotoPlugin } from './plugins/PhotoPlugin';
import { SpellingPlugin } from './plugins/SpellingPlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';

interface BodyEditorProps {
  initialBody: ArticleBody;
  /** False while the workflow does not let this user change the story. */
  editable: boolean;
  /** Photos' captions, credits and alt texts take typing (defaults to `editable`). */
  photoTextEditable?: boolean;
  onChange(body: ArticleBody): void;
  onNotice(message: string): void;
}

const hasContent = (body: ArticleBody): boolean => body.root.children.length > 0;

const THEME = {
  paragraph: 'editor-paragraph',
  quote: 'editor-quote',
  heading: { h2: 'editor-heading', h3: 'editor-heading' },
  text: { bold: 'editor-bold', italic: 'editor-italic', underline: 'editor-underline' },
  link: 'editor-link',
};

/** The article body: Lexical rich text with the toolbar, lists, links, photos and a cleaning paste. */
export function BodyEditor({ initialBody, editable, photoTextEditable = editable, onChange, onNotice }: BodyEditorProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  // A photo the core refused says why (ErrorMessage shows `errors.photo.<reason>`).
  const onPhotoError = setError;
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'newsdesk-body',
    nodes: EDITOR_NODES,
    theme: THEME,
    editorState: hasContent(initialBody) ? JSON.stringify(initialBody) : undefined,
    editable,
    onError: (failure: Error) => setError(failure),
  }));

  // While an input method composes, the editor holds its pre-edit text ("Đươ" on the way to
  // "Đường"); autosave and the crash journal must only ever see committed text, so changes wait
  // for the composition to end (its commit is an update of its own and is emitted then).
  const emit = useCallback(
    (state: EditorState, editor: LexicalEditor) => {
      if (!editor.isComposing()) onChange(state.toJSON() as unknown as ArticleBody);
    },
    [onChange],
  );

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <PhotoTextEditable.Provider value={photoTextEditable}>
      <div className="body-editor">
        {editable ? <ToolbarPlugin onError={onPhotoError} /> : null}
        <ErrorMessage error={error} onDismiss={() => setError(null)} />
        <RichTextPlugin
          contentEditable={<ContentEditable className="body-editor__content" aria-label={t('article.body')} spellCheck />}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <ListPlugin />
        <LinkPlugin validateUrl={isAllowedLinkUrl} />
        <PhotoPlugin onError={onPhotoError} />
        <PastePlugin onNotice={onNotice} />
        <TextFileDropPlugin onNotice={onNotice} />
        <SpellingPlugin />
        <OnChangePlugin ignoreSelectionChange onChange={emit} />
        <EditableStatePlugin editable={editable} />
      </div>
      </PhotoTextEditable.Provider>
    </LexicalComposer>
  );
}
