import type { ArticleBody } from '../../src/shared/domain/article-body';
import type { SerializedPhotoNode } from '../../src/shared/editor/serialized-nodes';
import { TEXT_FORMAT } from '../../src/shared/editor/serialized-nodes';
import { articleGenerator } from '../newsroom/generate';

/**
 * The long article the editor and renderer benchmarks share: a Vietnamese body of about `words`
 * chữ (space-separated syllables, as the paper counts them) with `photos` captioned photos spread
 * through it, some bold and italic runs, a subheading every dozen paragraphs. Seeded, so every run
 * measures the same document.
 */

const text = (value: string, format = 0) => ({ type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' });
const block = (type: 'paragraph' | 'heading', children: unknown[]) => ({
  type,
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  children,
  ...(type === 'heading' ? { tag: 'h2' } : { textFormat: 0, textStyle: '' }),
});

export function longArticleBody({ words = 5_000, photos = 20, seed = 7 } = {}): { body: ArticleBody; words: number } {
  const next = articleGenerator(seed);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const story = next();
    for (const node of story.body.root.children as Array<{ children?: Array<{ text?: string }> }>) {
      const line = (node.children ?? []).map((child) => child.text ?? '').join('');
      if (!line || count >= words) continue;
      paragraphs.push(line);
      count += line.split(/\s+/).length;
    }
  }
  const every = Math.max(1, Math.floor(paragraphs.length / photos));
  const children: unknown[] = [];
  let photo = 0;
  paragraphs.forEach((line, index) => {
    if (index > 0 && index % 12 === 0) children.push(block('heading', [text(line.split(' ').slice(0, 6).join(' '))]));
    if (index % 4 === 1) {
      // A bold run at the start and an italic one at the end, as reporters mark names and quotes.
      const parts = line.split(' ');
      children.push(block('paragraph', [text(`${parts.slice(0, 3).join(' ')} `, TEXT_FORMAT.bold), text(parts.slice(3, -4).join(' ')), text(` ${parts.slice(-4).join(' ')}`, TEXT_FORMAT.italic)]));
    } else {
      children.push(block('paragraph', [text(line)]));
    }
    if (photo < photos && index % every === every - 1) {
      photo += 1;
      const node: SerializedPhotoNode = {
        type: 'photo',
        version: 1,
        mediaId: photo.toString(16).padStart(64, '0'),
        caption: `Ảnh ${photo}: ${line.split(' ').slice(0, 12).join(' ')}`,
        credit: 'Đ.K.C',
        altText: `Ảnh minh họa số ${photo}`,
        width: 1600,
        height: 1067,
      };
      children.push(node);
    }
  });
  return {
    body: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } } as unknown as ArticleBody,
    words: count,
  };
}
