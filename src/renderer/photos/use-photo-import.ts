import { useCallback, useState } from 'react';
import type { PhotoImportResult } from '../../shared/domain/photo';
import { DEFAULT_IMPORT_CONCURRENCY, runImportBatch } from '../../shared/media/import-batch';
import { importPhotoFile } from './import-photo-file';

export type ImportItemState =
  | { status: 'waiting' | 'importing' }
  | { status: 'imported' | 'duplicate'; result: PhotoImportResult }
  | { status: 'failed'; error: unknown };

export interface ImportItem {
  name: string;
  state: ImportItemState;
}

export interface PhotoImport {
  items: ImportItem[];
  done: number;
  running: boolean;
  /** Imports the files and resolves, once the whole batch is done, with what was imported. */
  start(files: File[]): Promise<PhotoImportResult[]>;
  dismiss(): void;
}

const failure = (error: unknown): ImportItemState => ({ status: 'failed', error });

/**
 * Imports files chosen with the picker or dropped on the library: a few at a time, with each
 * file's state for the progress list. One bad file is reported and the rest carry on. The caller
 * hears once per batch (not once per file), so a 50-photo drop reloads the grid once.
 */
export function usePhotoImport(): PhotoImport {
  const [items, setItems] = useState<ImportItem[]>([]);
  const [done, setDone] = useState(0);
  const [running, setRunning] = useState(false);
  const setState = (index: number, state: ImportItemState) =>
    setItems((previous) => previous.map((item, at) => (at === index ? { ...item, state } : item)));

  const start = useCallback(async (files: File[]): Promise<PhotoImportResult[]> => {
    if (files.length === 0) return [];
    setItems(files.map((file) => ({ name: file.name, state: { status: 'waiting' } })));
    setDone(0);
    setRunning(true);
    try {
      const outcomes = await runImportBatch(files, {
        concurrency: DEFAULT_IMPORT_CONCURRENCY,
        importOne: importPhotoFile,
        onStart: (index) => setState(index, { status: 'importing' }),
        onProgress: ({ index, done: finished, outcome }) => {
          setDone(finished);
          setState(index, outcome.ok ? { status: outcome.value.duplicate ? 'duplicate' : 'imported', result: outcome.value } : failure(outcome.error));
        },
      });
      return outcomes.flatMap((outcome) => (outcome.ok ? [outcome.value] : []));
    } finally {
      setRunning(false);
    }
  }, []);

  const dismiss = useCallback(() => {
    setItems([]);
    setDone(0);
  }, []);

  return { items, done, running, start, dismiss };
}
