import type { CallResult } from '../errors';
import type { MenuCommand } from '../ui/app-menu';
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
export type NewsdeskBridge = { [NS in Namespace]: MethodsOf<NS> } & {
  /**
   * Calls `listener` with each command chosen in the native menu (Bài mới, Lưu, …); returns the
   * function that stops listening. Main only sends; the renderer runs the command as it runs the
   * command's keyboard shortcut.
   */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

export type Invoke = (name: string, input: unknown) => Promise<unknown>;

/** Delivers whatever main sends on the menu channel until the returned function is called. */
export type SubscribeToMenu = (deliver: (command: unknown) => void) => () => void;

/**
 * Builds the bridge object from the call names. It must stay self-contained (no imports, no outer
 * variables): the end-to-end harness injects its source text into the page, so the browser tests
 * use the very function the preload uses.
 */
export function createBridge(
  names: readonly string[],
  invoke: Invoke,
  menu: { commands: readonly string[]; subscribe: SubscribeToMenu },
): Record<string, Record<string, (input: unknown) => Promise<unknown>>> & { onMenuCommand(listener: unknown): () => void } {
  const bridge: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const name of names) {
    const [namespace, method] = name.split('.') as [string, string];
    const methods = (bridge[namespace] ??= {});
    methods[method] = (input: unknown) => invoke(name, input);
  }
  for (const methods of Object.values(bridge)) Object.freeze(methods);
  // Only known command names reach the page, whatever arrives on the channel.
  const onMenuCommand = (listener: unknown) => {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function');
    return menu.subscribe((command) => {
      if (typeof command === 'string' && menu.commands.includes(command)) listener(command);
    });
  };
  return Object.freeze(Object.assign(bridge, { onMenuCommand })) as typeof bridge & { onMenuCommand: typeof onMenuCommand };
}
