/**
 * Why the server refused a pushed change. The laptop keeps the refused change (its text too) and
 * shows the reason from the renderer's locale files (`sync.refusal.<reason>`, vi and en).
 *
 * - `invalid`: the change does not pass the call's contract schema (or names the wrong record).
 * - `role`: none of the pusher's roles may ever make this call (a forged approval).
 * - `state`: the story as the server has it now does not allow it (spiked meanwhile, claimed by
 *   someone else first, no longer the pusher's to edit).
 * - `missing`: the story is not on the server (never pushed, or deleted there).
 * - `unsupported`: a kind of change this server does not apply yet (text documents).
 */
export const SYNC_REFUSALS = ['invalid', 'role', 'state', 'missing', 'unsupported'] as const;
export type SyncRefusal = (typeof SYNC_REFUSALS)[number];
