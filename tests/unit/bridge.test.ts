import { expect, test } from 'vitest';
import { createBridge } from '../../src/shared/contract/bridge';
import { CALL_NAMES } from '../../src/shared/contract/calls';
import { contract } from '../../src/shared/contract/contract';
import { MENU_COMMANDS } from '../../src/shared/ui/app-menu';

/** One renderer-bound channel the test drives, as main's `webContents.send` would. */
function fakeChannel() {
  const delivers = new Set<(message: unknown) => void>();
  return {
    subscribe: (deliver: (message: unknown) => void) => {
      delivers.add(deliver);
      return () => void delivers.delete(deliver);
    },
    send: (message: unknown) => delivers.forEach((deliver) => deliver(message)),
  };
}

/** The native menu's and the context menu's channels. */
function fakeMenuChannel() {
  const commands = fakeChannel();
  const spelling = fakeChannel();
  return {
    menu: { commands: MENU_COMMANDS, subscribe: commands.subscribe, subscribeToSpelling: spelling.subscribe },
    send: commands.send,
    sendSpelling: spelling.send,
  };
}

test('the contract defines exactly the call names the preload exposes', () => {
  expect(Object.keys(contract).sort()).toEqual([...CALL_NAMES].sort());
});

test('the bridge has one method per call, forwarding the call name and input', async () => {
  const calls: [string, unknown][] = [];
  const bridge = createBridge(
    CALL_NAMES,
    async (name, input) => {
      calls.push([name, input]);
      return { ok: true, value: name };
    },
    fakeMenuChannel().menu,
  );
  const namespaces = [...new Set(CALL_NAMES.map((name) => name.split('.')[0]))];
  expect(Object.keys(bridge).sort()).toEqual([...namespaces, 'onMenuCommand', 'onSpellingChoice'].sort());
  expect(Object.keys(bridge['articles']!).sort()).toEqual(['create', 'delete', 'get', 'restore', 'save']);
  expect(await bridge['articles']!['get']!({ id: 'x' })).toEqual({ ok: true, value: 'articles.get' });
  expect(calls).toEqual([['articles.get', { id: 'x' }]]);
});

test('the bridge cannot be modified by page scripts', () => {
  const bridge = createBridge(CALL_NAMES, async () => null, fakeMenuChannel().menu);
  expect(Object.isFrozen(bridge)).toBe(true);
  expect(Object.isFrozen(bridge['articles'])).toBe(true);
});

test('menu commands reach the page only when they are known ones, until it stops listening', () => {
  const channel = fakeMenuChannel();
  const bridge = createBridge(CALL_NAMES, async () => null, channel.menu);
  const heard: unknown[] = [];
  const stop = bridge.onMenuCommand((command: unknown) => heard.push(command));
  channel.send('save');
  channel.send('newArticle');
  for (const forged of ['rm -rf', { command: 'save' }, 42, null, '__proto__']) channel.send(forged);
  stop();
  channel.send('preview');
  expect(heard).toEqual(['save', 'newArticle']);
  expect(() => bridge.onMenuCommand('not a function')).toThrow(TypeError);
});

test('spelling choices reach the page as two strings only, without anything else the message carried', () => {
  const channel = fakeMenuChannel();
  const bridge = createBridge(CALL_NAMES, async () => null, channel.menu);
  const heard: unknown[] = [];
  const stop = bridge.onSpellingChoice((choice: unknown) => heard.push(choice));
  channel.sendSpelling({ misspelled: 'muốii', suggestion: 'muối', sender: { ipc: 'secret' } });
  for (const forged of ['muối', null, { misspelled: 'a' }, { misspelled: 1, suggestion: 'b' }]) channel.sendSpelling(forged);
  stop();
  channel.sendSpelling({ misspelled: 'khoo', suggestion: 'khô' });
  expect(heard).toEqual([{ misspelled: 'muốii', suggestion: 'muối' }]);
  expect(() => bridge.onSpellingChoice(null)).toThrow(TypeError);
});
