import { z } from 'zod';
import { nfc } from '../text/nfc';
import { ARTICLE_LIMITS } from './article';

export interface Category {
  id: string;
  name: string;
  position: number;
}

/**
 * What first-run setup offers: the sections of a Vietnamese provincial paper (the seed's "Tin tức"
 * first, the glossary's set, and the farming section such papers keep). The admin may change every
 * name; what is stored is the name the admin chose. `key` names the English gloss the setup form
 * shows in the English UI (`setup.categoryGloss.<key>`); it is never stored.
 */
export const DEFAULT_CATEGORIES = [
  { key: 'news', name: 'Tin tức' },
  { key: 'currentAffairs', name: 'Thời sự – Chính trị' },
  { key: 'economy', name: 'Kinh tế' },
  { key: 'society', name: 'Xã hội' },
  { key: 'culture', name: 'Văn hóa – Văn nghệ' },
  { key: 'sports', name: 'Thể thao' },
  { key: 'law', name: 'Pháp luật' },
  { key: 'defence', name: 'Quốc phòng – An ninh' },
  { key: 'education', name: 'Giáo dục' },
  { key: 'health', name: 'Y tế' },
  { key: 'agriculture', name: 'Nông nghiệp – Nông thôn' },
  { key: 'readers', name: 'Bạn đọc' },
] as const;

export type DefaultCategoryKey = (typeof DEFAULT_CATEGORIES)[number]['key'];

export const CATEGORY_LIMITS = { count: 100 } as const;

/** Two names a reader cannot tell apart ("Kinh tế" and "kinh tế ") are one section. */
export const categoryKey = (name: string): string => nfc(name).trim().toLocaleLowerCase('vi');

const CategoryName = z.string().transform(nfc).pipe(z.string().trim().min(1).max(ARTICLE_LIMITS.category));

/** The newsroom's sections in the order the desk offers them: at least one, no name twice. */
export const CategoryNamesSchema = z
  .array(CategoryName)
  .min(1)
  .max(CATEGORY_LIMITS.count)
  .superRefine((names, context) => {
    const seen = new Set<string>();
    names.forEach((name, index) => {
      const key = categoryKey(name);
      if (seen.has(key)) context.addIssue({ code: 'custom', path: [index], message: `"${name}" is listed twice` });
      seen.add(key);
    });
  });
