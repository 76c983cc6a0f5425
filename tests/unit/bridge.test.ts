import { expect, test } from 'vitest';
import { createBridge } from '../../src/shared/contract/bridge';
import { CALL_NAMES } from '../../src/shared/contract/calls';
import { contract } from '../../src/shared/contract/contract';
import { MENU_COMMANDS } from '../../src/shared/ui/app-menu';

/** A menu channel the test drives, as main's `webContents.send` would. */
function fakeMenuChannel() {
  const delivers = new Set<(command: unknown) => void>();
  return {
    menu: {
      commands: MENU_COMMANDS,
      subscribe: (deliver: (command: unknown) => void) => {
        delivers.add(deliver);
        return () => void delivers.delete(deliver);
      },
    },
    send: (command: unknown) => delivers.forEach((deliver) => deliver(command)),
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
  expect(Object.keys(bridge).sort()).toEqual([...namespaces, 'onMenuCommand'].sort());
  expect(Object.keys(bridge['articles']!).sort()).toEqual(['create', 'delete', 'get', 'restore', 'save', 'update']);
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
