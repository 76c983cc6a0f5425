import { z } from 'zod';

export interface CallSpec<I extends z.ZodType, R> {
  input: I;
  /** Phantom field carrying the result type; never set at run time. */
  readonly __result?: R;
}

export const call = <I extends z.ZodType>(input: I) => ({
  returns: <R>(): CallSpec<I, R> => ({ input }),
});

export const Version = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
