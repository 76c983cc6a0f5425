import type { CallResult } from '../errors';
import type { CallInput, CallOutput } from './contract';
import type { CallName } from './calls';

type Namespace = CallName extends `${infer NS}.${string}` ? NS : never;

type MethodsOf<NS extends Namespace> = {
  [N in CallName as N extends `${NS}.${infer M}` ? M : never]: (
    input: CallInput<N>,
  ) => Promise<CallResult<CallOutput<N>>>;
};

/**
 * `window.newsdesk`: one method per call, grouped by namespace (`newsdesk.articles.update(…)`).
 * Methods resolve to a `CallResult` rather than throwing, because errors thrown across Electron's
 * context bridge lose everything but their message.
 */
export type NewsdeskBridge = { [NS in Namespace]: MethodsOf<NS> };

export type Invoke = (name: string, input: unknown) => Promise<unknown>;

/**
 * Builds the bridge object from the call names. It must stay self-contained (no imports, no outer
 * variables): the end-to-end harness injects its source text into the page, so the browser tests
 * use the very function the preload uses.
 */
export function createBridge(
  names: readonly string[],
  invoke: Invoke,
): Record<string, Record<string, (input: unknown) => Promise<unknown>>> {
  const bridge: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const name of names) {
    const [namespace, method] = name.split('.') as [string, string];
    const methods = (bridge[namespace] ??= {});
    methods[method] = (input: unknown) => invoke(name, input);
  }
  for (const methods of Object.values(bridge)) Object.freeze(methods);
  return Object.freeze(bridge);
}
