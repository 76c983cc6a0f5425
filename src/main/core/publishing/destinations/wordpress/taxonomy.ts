import { slugFromHeadline } from '../../../../../shared/text/slug';
import { DeliveryError } from '../destination';
import type { WordPressClient } from './wordpress-client';

export type Taxonomy = 'categories' | 'tags';

interface Term {
  id: number;
}

/**
 * The site's term for a name (the category, a keyword): found by the slug Newsdesk makes from the
 * name, else created. If a term of that name exists under another slug, WordPress refuses to
 * create it again with `term_exists` and names the existing term, which is then used.
 */
async function termIdFor(client: WordPressClient, taxonomy: Taxonomy, name: string): Promise<number> {
  const slug = slugFromHeadline(name);
  if (slug) {
    const { body: found } = await client.request<Term[]>(`/wp/v2/${taxonomy}`, { query: { slug } });
    if (found[0]) return found[0].id;
  }
  const { status, body } = await client.request<Term & { code?: string; data?: { term_id?: number } }>(`/wp/v2/${taxonomy}`, {
    json: slug ? { name, slug } : { name },
    accept: [400],
  });
  if (status === 400 && body.code === 'term_exists' && typeof body.data?.term_id === 'number') return body.data.term_id;
  if (status === 400) throw new DeliveryError(`WordPress would not create the ${taxonomy === 'tags' ? 'tag' : 'category'} “${name}”`, false);
  return body.id;
}

/** The term ids for these names, creating missing terms; blank and repeated names are skipped. */
export async function termIdsFor(client: WordPressClient, taxonomy: Taxonomy, names: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const name of new Set(names.map((candidate) => candidate.trim()).filter(Boolean))) {
    const id = await termIdFor(client, taxonomy, name);
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}
