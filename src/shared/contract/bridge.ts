import type { CallResult } from '../errors';
import type { MenuCommand } from '../ui/app-menu';
import type { SpellingChoice } from '../ui/context-menu';
import type { CallInput, CallOutput } from './contract';
import type { CallName } from './calls';

type Namespace = CallName extends `${infer NS}.${string}` ? NS : never;

type MethodsOf<NS extends Namespace> = {
  [N in CallName as N extends `${NS}.${infer M}` ? M : never]: (
    input: CallInput<N>,
  ) => Promise<CallResult<CallOutput<N>>>;
};

/**
 * `window.newsdesk`: one method per call, grouped by namespace (`newsdesk.articles.save(…)`).
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
  /**
   * Calls `listener` with each spelling suggestion chosen in the context menu. The renderer
   * replaces the word itself (and not while an input method composes); see
   * `shared/ui/context-menu.ts`.
   */
  onSpellingChoice(listener: (choice: SpellingChoice) => void): () => void;
};

export type Invoke = (name: string, input: unknown) => Promise<unknown>;

/** Delivers whatever main sends on a renderer-bound channel until the returned function is called. */
export type Subscribe = (deliver: (message: unknown) => void) => () => void;

/**
 * Builds the bridge object from the call names. It must stay self-contained (no imports, no outer
 * variables): the end-to-end harness injects its source text into the page, so the browser tests
 * use the very function the preload uses.
 */
export function createBridge(
  names: readonly string[],
  invoke: Invoke,
  menu: { commands: readonly string[]; subscribe: Subscribe; subscribeToSpelling: Subscribe },
): Record<string, Record<string, (input: unknown) => Promise<unknown>>> & {
  onMenuCommand(listener: unknown): () => void;
  onSpellingChoice(listener: unknown): () => void;
} {
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
  // A spelling choice reaches the page as a fresh object of two strings (never the event or
  // anything else main's message might carry); the renderer checks the words themselves.
  const onSpellingChoice = (listener: unknown) => {
    if (typeof listener !== 'function') throw new TypeError('onSpellingChoice needs a function');
    return menu.subscribeToSpelling((message) => {
      if (typeof message !== 'object' || message === null) return;
      const { misspelled, suggestion } = message as Record<string, unknown>;
      if (typeof misspelled === 'string' && typeof suggestion === 'string') listener({ misspelled, suggestion });
    });
  };
  return Object.freeze(Object.assign(bridge, { onMenuCommand, onSpellingChoice })) as typeof bridge & {
    onMenuCommand: typeof onMenuCommand;
    onSpellingChoice: typeof onSpellingChoice;
  };
}
