import type { SaveEvent } from './autosave-controller';

/** What the status bar says about the open story's save (`Đã lưu lúc…`, `Đang lưu…`…). */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed' };

export const saveStateOf = (event: SaveEvent): SaveState =>
  event.kind === 'saved' ? { kind: 'saved', at: event.article.updatedAt } : { kind: event.kind };
