import type { NewsdeskBridge } from '../../shared/contract/bridge';
import { AppError, type CallResult } from '../../shared/errors';

/** The bridge's results, turned back into values or thrown `AppError`s for the UI code. */
export async function unwrap<T>(pending: Promise<CallResult<T>>): Promise<T> {
  const result = await pending;
  if (result.ok) return result.value;
  throw new AppError(result.error);
}

export const newsdesk = (): NewsdeskBridge => window.newsdesk;
