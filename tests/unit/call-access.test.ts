import { expect, test } from 'vitest';
import { CALL_NAMES } from '../../src/shared/contract/calls';
import { contract } from '../../src/shared/contract/contract';
import { ROLES } from '../../src/shared/domain/roles';

/**
 * The access rule is part of each call's spec (`call(…).returns<…>().access(rule)`), so a call
 * without one does not compile; this test also fails at run time if a spec reaches the router
 * without a usable rule, or with a role list naming no real role.
 */
test.each(CALL_NAMES)('%s has an access entry the router can apply', (name) => {
  const access = (contract[name] as { access?: unknown }).access;
  if (typeof access === 'function') return;
  if (access === 'public' || access === 'signed-in') return;
  expect(Array.isArray(access), `${name} has no access entry`).toBe(true);
  const roles = access as readonly string[];
  expect(roles.length).toBeGreaterThan(0);
  for (const role of roles) expect(ROLES).toContain(role);
});

test('only signing in, first-run setup and the UI language and theme are public', () => {
  const publicCalls = CALL_NAMES.filter((name) => contract[name].access === 'public');
  expect(publicCalls.sort()).toEqual(
    ['session.current', 'session.signIn', 'session.signOut', 'settings.get', 'settings.setLanguage', 'settings.setTheme', 'setup.createNewsroom'].sort(),
  );
});
