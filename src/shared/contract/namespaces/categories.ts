import { z } from 'zod';
import type { Category } from '../../domain/category';
import { call } from '../call-spec';

/** The newsroom's sections. */
export const categoriesCalls = {
  'categories.list': call(z.strictObject({})).returns<Category[]>().access('signed-in'),
};
