import { useTranslation } from 'react-i18next';
import { countText } from '../../shared/text/count';
import { overSoftLimit, type SoftLimit } from '../../shared/text/length-limits';

/** Live "chữ" and character counts under a field, with a warning past the house's soft limit. */
export function CountLine({ text, limit }: { text: string; limit: SoftLimit }) {
  const { t } = useTranslation();
  const counts = countText(text);
  const over = overSoftLimit(counts, limit);
  return (
    <p className={over ? 'count count--over' : 'count'}>
      {t('authoring.counts.text', { syllables: counts.syllables, characters: counts.characters })}
      {over ? (
        <span role="note" className="count__warning">
          {' '}
          {t('authoring.counts.over', { max: limit.maxSyllables ?? limit.maxCharacters })}
        </span>
      ) : null}
    </p>
  );
}
