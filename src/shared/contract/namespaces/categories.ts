import { z } from 'zod';
import { CategoryNamesSchema, type Category } from '../../domain/category';
import { ADMIN_ROLES } from '../../domain/roles';
import { call } from '../call-spec';

/** The newsroom's sections: everyone reads them; the admin sets them (Cài đặt → Tòa soạn). */
export const categoriesCalls = {
  'categories.list': call(z.strictObject({})).returns<Category[]>().access('signed-in'),
  'categories.replace': call(z.strictObject({ names: CategoryNamesSchema })).returns<Category[]>().access(ADMIN_ROLES),
};
