import * as Y from 'yjs';

/**
 * What travels between laptops and the server: opaque Yjs updates per story. The transport needs
 * no more than these (and never looks inside an update): a state vector says what a side has, the
 * update since that vector is what the other side lacks, and any set of updates applies in any
 * order, any number of times, with the same result.
 */

export const stateVectorOf = (doc: Y.Doc): Uint8Array => Y.encodeStateVector(doc);

/** Everything the document holds that a side with `stateVector` lacks (everything without one). */
export const updateSince = (doc: Y.Doc, stateVector?: Uint8Array): Uint8Array => Y.encodeStateAsUpdate(doc, stateVector);

export const applyUpdate = (doc: Y.Doc, update: Uint8Array, origin?: unknown): void => Y.applyUpdate(doc, update, origin);

/** One update equal to applying all of them (compaction of stored rows). */
export const mergeUpdates = (updates: readonly Uint8Array[]): Uint8Array => Y.mergeUpdates([...updates]);

/** The state vector a set of stored updates amounts to, without building a document. */
export const stateVectorOfUpdate = (update: Uint8Array): Uint8Array => Y.encodeStateVectorFromUpdate(update);

/** The part of `update` a side with `stateVector` lacks. */
export const diffUpdate = (update: Uint8Array, stateVector: Uint8Array): Uint8Array => Y.diffUpdate(update, stateVector);
