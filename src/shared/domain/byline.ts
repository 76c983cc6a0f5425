import { z } from 'zod';
import { nfc } from '../text/nfc';

/** The common byline forms (Nhãn tác giả), offered as suggestions; any other label is allowed. */
export const BYLINE_LABEL_SUGGESTIONS = ['Tin', 'Bài', 'Ảnh', 'Tin, ảnh', 'Bài, ảnh', 'Bài và ảnh', 'Theo', 'Nhóm PV'] as const;

export const AUTHOR_ROLES = ['writer', 'photographer'] as const;
export type AuthorRole = (typeof AUTHOR_ROLES)[number];

export const BYLINE_LIMITS = { label: 60, name: 120, authors: 20 } as const;

/** One name in the byline: a full name, initials (Đ.K.C) or a pen name, with what they did. */
export const AuthorSchema = z.strictObject({
  name: z.string().trim().min(1).max(BYLINE_LIMITS.name).transform(nfc),
  roles: z.array(z.enum(AUTHOR_ROLES)).min(1).max(AUTHOR_ROLES.length)
    .refine((roles) => new Set(roles).size === roles.length, { message: 'A role is listed twice' }),
});

export type Author = z.output<typeof AuthorSchema>;

export const AuthorsSchema = z.array(AuthorSchema).max(BYLINE_LIMITS.authors);

/** `Tin, ảnh: Đ.K.C`; a label alone (`Nhóm PV`) or names alone are shown as they are. */
export function formatByline(label: string, authors: readonly Author[]): string {
  const names = authors.map((author) => author.name).join(', ');
  if (label && names) return `${label}: ${names}`;
  return label || names;
}
