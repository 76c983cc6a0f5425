import { expect, test } from 'vitest';
import { createBridge } from '../../src/shared/contract/bridge';
import { CALL_NAMES } from '../../src/shared/contract/calls';
import { contract } from '../../src/shared/contract/contract';

test('the contract defines exactly the call names the preload exposes', () => {
  expect(Object.keys(contract).sort()).toEqual([...CALL_NAMES].sort());
});

test('the bridge has one method per call, forwarding the call name and input', async () => {
  const calls: [string, unknown][] = [];
  const bridge = createBridge(CALL_NAMES, async (name, input) => {
    calls.push([name, input]);
    return { ok: true, value: name };
  });
  const namespaces = [...new Set(CALL_NAMES.map((name) => name.split('.')[0]))].sort();
  expect(Object.keys(bridge).sort()).toEqual(namespaces);
  expect(Object.keys(bridge['articles']!).sort()).toEqual(['create', 'delete', 'get', 'restore', 'save', 'update']);
  expect(await bridge['articles']!['get']!({ id: 'x' })).toEqual({ ok: true, value: 'articles.get' });
  expect(calls).toEqual([['articles.get', { id: 'x' }]]);
});

test('the bridge cannot be modified by page scripts', () => {
  const bridge = createBridge(CALL_NAMES, async () => null);
  expect(Object.isFrozen(bridge)).toBe(true);
  expect(Object.isFrozen(bridge['articles'])).toBe(true);
});
