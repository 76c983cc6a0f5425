import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { bodyFromPlainText, type ArticleBody } from '../../../shared/domain/article-body';
import type { Article } from '../../../shared/domain/article';
import { AuthorsSchema } from '../../../shared/domain/byline';
import type { LibraryPhoto } from '../../../shared/domain/photo';
import type { User } from '../../../shared/domain/user';
import { containedPath } from '../../../shared/node/contained-path';
import { forbiddenError, notFoundError } from '../../../shared/errors';
import type { WorkflowAction } from '../../../shared/workflow/transitions';
import type { Newsroom } from '../newsroom';

/** The bundled file naming the sample's photos and stories (resources/sample/). */
export const SAMPLE_MANIFEST = 'sample-newsroom.json';

const PhotoPart = z.strictObject({ type: z.literal('photo'), photo: z.string(), caption: z.string().optional(), credit: z.string().optional() });
const ParagraphPart = z.strictObject({ type: z.literal('paragraph'), text: z.string() });

/** The states a sample story is walked to, each by the workflow's own steps from a draft. */
const STEPS_TO = {
  draft: [],
  submitted: ['submit'],
  editing: ['submit', 'claim'],
  returned: ['submit', 'claim', 'return'],
  approved: ['submit', 'claim', 'approve'],
} as const satisfies Record<string, readonly WorkflowAction[]>;

const SampleManifestSchema = z.object({
  photos: z.array(z.strictObject({ file: z.string(), caption: z.string(), credit: z.string(), altText: z.string() })),
  stories: z.array(
    z.strictObject({
      state: z.enum(Object.keys(STEPS_TO) as [keyof typeof STEPS_TO]),
      note: z.string().optional(),
      category: z.string(),
      headline: z.string(),
      sapo: z.string(),
      body: z.array(z.discriminatedUnion('type', [ParagraphPart, PhotoPart])),
      bylineLabel: z.string(),
      authors: AuthorsSchema,
      place: z.string(),
      keywords: z.array(z.string()),
    }),
  ),
});

type SampleManifest = z.output<typeof SampleManifestSchema>;
type SampleStory = SampleManifest['stories'][number];

export interface SampleNewsroomResult {
  stories: Article[];
  photos: LibraryPhoto[];
}

/**
 * Fills a new, empty newsroom with the sample (the seed article and a few other stories in
 * several states, with photos) through the same paths a person's work takes: each photo through
 * the photo import and the library's caption edit, each story through the workflow's create and
 * steps, as `actor` (the first account: admin and editor-in-chief). Refused once the newsroom has
 * stories, so it can never mix with real work. Each step commits on its own (photo decoding
 * cannot sit inside one SQLite transaction); an interrupted run leaves only complete photos and
 * stories, and the admin may spike them.
 */
export async function loadSampleNewsroom(newsroom: Newsroom, sampleFolder: string | undefined, actor: User): Promise<SampleNewsroomResult> {
  if (!sampleFolder) throw notFoundError('This build of Newsdesk has no sample newsroom');
  if (newsroom.desk.list({}).items.length > 0) throw forbiddenError('The sample goes only into a newsroom without stories');
  const manifest = SampleManifestSchema.parse(JSON.parse(await readFile(containedPath(sampleFolder, SAMPLE_MANIFEST), 'utf8')));

  const photos = new Map<string, LibraryPhoto>();
  for (const entry of manifest.photos) {
    const bytes = await readFile(containedPath(sampleFolder, entry.file));
    const { photo } = await newsroom.media.importPhoto(bytes, entry.file, actor.id);
    const { caption, credit, altText } = entry;
    photos.set(entry.file, newsroom.media.update(photo.id, photo.version, { caption, credit, altText }, actor));
  }
  const stories = manifest.stories.map((story) => walkToState(newsroom, createStory(newsroom, story, photos, actor), story, actor));
  return { stories, photos: [...photos.values()] };
}

function createStory(newsroom: Newsroom, story: SampleStory, photos: Map<string, LibraryPhoto>, actor: User): Article {
  const { category, headline, sapo, bylineLabel, authors, place, keywords } = story;
  return newsroom.workflow.create({ category, headline, sapo, bylineLabel, authors, place, keywords, body: sampleBody(story, photos) }, actor);
}

function sampleBody(story: SampleStory, photos: Map<string, LibraryPhoto>): ArticleBody {
  const empty = bodyFromPlainText('');
  const children = story.body.map((part) => {
    if (part.type === 'paragraph') return bodyFromPlainText(part.text).root.children[0]!;
    const photo = photos.get(part.photo);
    if (!photo) throw notFoundError(`The sample story "${story.headline}" names a photo it does not have: ${part.photo}`);
    // A story may word the caption for itself (the seed does); otherwise the library's is used.
    return {
      type: 'photo',
      version: 1,
      mediaId: photo.id,
      caption: part.caption ?? photo.caption,
      credit: part.credit ?? photo.credit,
      altText: photo.altText,
      width: photo.width,
      height: photo.height,
    };
  });
  return { root: { ...empty.root, children } };
}

function walkToState(newsroom: Newsroom, created: Article, story: SampleStory, actor: User): Article {
  let article = created;
  for (const action of STEPS_TO[story.state]) {
    const note = action === 'return' ? story.note : undefined;
    article = newsroom.workflow.transition({ articleId: article.id, action, expectedVersion: article.version, note }, actor);
  }
  return article;
}
