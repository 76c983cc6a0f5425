import { z } from 'zod';
import { ADMIN_ROLES } from '../../domain/roles';
import { call, text } from '../call-spec';

/** The newsroom itself (Cài đặt → Tòa soạn): the admin renames it. */
export const newsroomCalls = {
  'newsroom.rename': call(z.strictObject({ name: text(1, 200) })).returns<{ name: string }>().access(ADMIN_ROLES),
};
