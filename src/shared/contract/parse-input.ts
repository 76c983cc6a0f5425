import type { z } from 'zod';
import { validationError, type ValidationIssue } from '../errors';
import { checkPlainInput } from './plain-input';

export const toIssues = (error: z.ZodError): ValidationIssue[] =>
  error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));

/**
 * Plain data (see plain-input.ts), then the schema: how the laptop's router and the newsroom
 * server both accept input. Throws `validation` with the failing paths.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> {
  checkPlainInput(input);
  return parseChecked(schema, input, what);
}

/** The schema alone, for input whose plain-data check has been done already. */
export function parseChecked<S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(`Invalid input for ${what}`, toIssues(parsed.error));
  return parsed.data;
}
