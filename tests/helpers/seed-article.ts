import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The seed article from the shared fixtures (beside the repository, as in CI). */
export interface SeedArticle {
  category: string;
  headline: string;
  sapo: string;
  published_display: string;
  published_at: string;
  body: ({ type: 'paragraph'; text: string } | { type: 'photo'; caption: string; credit: string })[];
  byline: { display: string; role_label: string; authors: { name: string; roles: ('writer' | 'photographer')[] }[] };
  dateline_place: string;
}

export const SHARED_FIXTURES = resolve(import.meta.dirname, '../../../shared/fixtures');

export const loadSeedArticle = (): SeedArticle =>
  JSON.parse(readFileSync(resolve(SHARED_FIXTURES, 'seed-article.json'), 'utf8')) as SeedArticle;

export const SEED_SLUG =
  '6-thang-dau-nam-2024-cum-thi-dua-so-9-lien-hiep-cac-hoi-kh-kt-cac-tinh-nam-song-hau-thuc-hien-dat-hon-50-muc-tieu-cac-nhiem-vu-de-ra';
