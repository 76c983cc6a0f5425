import { z } from 'zod';
import { DESTINATION_KINDS, type ConnectionCheck, type DestinationSummary } from '../../domain/destination';
import { ADMIN_ROLES } from '../../domain/roles';
import { call, Id, text } from '../call-spec';

/** Where published stories go; the admin configures them. */
export const destinationsCalls = {
  'destinations.list': call(z.strictObject({})).returns<DestinationSummary[]>().access(ADMIN_ROLES),
  'destinations.save': call(
    z.strictObject({
      id: Id.optional(),
      /** Fixed when the destination is added; absent means ninjs HTTP push. */
      kind: z.enum(DESTINATION_KINDS).optional(),
      name: text(1, 100),
      url: z.url().max(2_000),
      /** The WordPress account (required for WordPress). */
      username: text(1, 60).optional(),
      enabled: z.boolean(),
      /**
       * Write-only; absent keeps the stored secret. An HMAC key long enough to be worth one, or a
       * WordPress application password (24 characters, shown in groups of four).
       */
      secret: z.string().min(16).max(500).optional(),
    }),
  )
    .returns<DestinationSummary>()
    .access(ADMIN_ROLES),
  'destinations.remove': call(z.strictObject({ id: Id })).returns<{ id: string }>().access(ADMIN_ROLES),
  'destinations.check': call(z.strictObject({ id: Id })).returns<ConnectionCheck>().access(ADMIN_ROLES),
};
