import { z } from 'zod';
import type { Role } from '../domain/roles';
import type { User } from '../domain/user';
import { nfc } from '../text/nfc';

/**
 * Who may make a call: the router checks it after validating the input and before any handler
 * runs. Hiding a button in the UI is never the check.
 *
 * - `public`: no sign-in needed (signing in itself, first-run setup, the UI language).
 * - `signed-in`: any active user.
 * - a list of roles: the user must hold one of them.
 * - a function: a check on the user and the validated input.
 *
 * Rules that need a record's current state (the workflow table, who may edit or delete a story
 * now, who may edit a photo) live in src/shared/workflow and src/shared/media, and the core
 * applies them inside the transaction that changes the record; those refusals are `forbidden` too.
 */
export type AccessRule<I> = 'public' | 'signed-in' | readonly Role[] | ((user: User, input: I) => boolean);

export interface CallSpec<I extends z.ZodType, R> {
  input: I;
  access: AccessRule<z.output<I>>;
  /** Phantom field carrying the result type; never set at run time. */
  readonly __result?: R;
}

/** Any call's spec, whatever its input (an access function on a narrower input still fits). */
export interface AnyCallSpec {
  input: z.ZodType;
  access: AccessRule<never>;
}

/** `call(schema).returns<Result>().access(rule)`: a call is not complete without who may make it. */
export const call = <I extends z.ZodType>(input: I) => ({
  returns: <R>() => ({
    access: (access: AccessRule<z.output<I>>): CallSpec<I, R> => ({ input, access }),
  }),
});

export const Version = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/** Ids of users, destinations, publications, outbox jobs, revisions and saved searches. */
export const Id = z.uuid({ version: 'v7' });

/** Text normalized to NFC and trimmed, between min and max characters. */
export const text = (min: number, max: number) => z.string().transform(nfc).pipe(z.string().trim().min(min).max(max));
