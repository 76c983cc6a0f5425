import { z } from 'zod';

/**
 * The renderer's CSP has no 'unsafe-eval', so zod's compiled (new Function) validators can never
 * run here. Without `jitless`, zod still probes with `new Function("")` on its first object parse,
 * and Chromium reports the blocked probe as a securitypolicyviolation: noise that would hide a real
 * one (tests/e2e/xss.e2e.test.ts fails on any violation). Imported first by main.tsx.
 */
z.config({ jitless: true });
