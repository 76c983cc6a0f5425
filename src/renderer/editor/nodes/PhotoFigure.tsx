import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImeSafeInput } from '../../components/ImeSafeInput';
import { photoUrl } from '../../photos/photo-urls';
import { BasePhotoNode, type PhotoFields } from '../../../shared/editor/nodes/photo-node';
import { PhotoTextEditable } from './photo-text-editable';

interface PhotoFigureProps {
  nodeKey: NodeKey;
  fields: PhotoFields;
}

type EditableField = 'caption' | 'credit' | 'altText';

/**
 * The photo as the reporter edits it: the image and three plain inputs. Lexical leaves inputs
 * inside a decorator alone, so typing (and an input method's composition) there is the browser's.
 */
export function PhotoFigure({ nodeKey, fields }: PhotoFigureProps) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const [src, setSrc] = useState<string | null>(null);
  const textEditable = useContext(PhotoTextEditable);

  useEffect(() => {
    let live = true;
    photoUrl(fields.mediaId).then((url) => live && setSrc(url), () => live && setSrc(null));
    return () => {
      live = false;
    };
  }, [fields.mediaId]);

  const edit = (field: EditableField) => (value: string) => {
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      // The shared base class, not PhotoNode: PhotoNode decorates itself with this figure, and
      // importing it back would make the two files a loop.
      if (node instanceof BasePhotoNode) node.setFields({ [field]: value });
    });
  };

  const input = (field: EditableField, label: string, multiline = false) => (
    <label className="field">
      <span className="field__label">{label}</span>
      {multiline ? (
        <ImeSafeInput multiline rows={2} disabled={!textEditable} value={fields[field]} onValueChange={edit(field)} />
      ) : (
        <ImeSafeInput disabled={!textEditable} value={fields[field]} onValueChange={edit(field)} />
      )}
    </label>
  );

  return (
    <figure className="photo-figure" aria-label={t('authoring.photo')}>
      {src ? <img src={src} alt={fields.altText} width={fields.width} height={fields.height} /> : null}
      <figcaption>
        {input('caption', t('authoring.caption'), true)}
        {input('credit', t('authoring.photoCredit'))}
        {input('altText', t('authoring.altText'))}
      </figcaption>
    </figure>
  );
}
