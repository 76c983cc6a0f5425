import { expect, test } from 'vitest';
import en from '../../src/renderer/locales/en.json';
import vi from '../../src/renderer/locales/vi.json';
import { CALL_NAMES } from '../../src/shared/contract/calls';
import { SYNC_REFUSALS } from '../../src/shared/sync/refusals';
import { SYNCED_CALL_NAMES } from '../../src/shared/sync/synced-calls';

test('every reason the server gives for refusing a change has Vietnamese and English text', () => {
  for (const messages of [vi, en]) {
    expect(Object.keys(messages.sync.refusal).sort()).toEqual([...SYNC_REFUSALS].sort());
  }
});

test('every synced call is a call of the contract', () => {
  for (const name of SYNCED_CALL_NAMES) expect(CALL_NAMES).toContain(name);
});
