import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_PHOTO_BYTES, type PhotoImportResult } from '../../shared/contract/photo-contract';
import { AppError, type PhotoRefusal } from '../../shared/errors';
import { DEFAULT_IMPORT_CONCURRENCY, runImportBatch } from '../../shared/media/import-batch';
import { newsdesk, unwrap } from '../api/newsdesk';

export type ImportItemState =
  | { status: 'waiting' | 'importing' }
  | { status: 'imported' | 'duplicate'; result: PhotoImportResult }
  | { status: 'failed'; problem: PhotoRefusal | null; error: unknown };

export interface ImportItem {
  name: string;
  state: ImportItemState;
}

export interface PhotoImport {
  items: ImportItem[];
  done: number;
  running: boolean;
  start(files: File[]): Promise<void>;
  dismiss(): void;
}

class LocalProblem extends Error {
  constructor(readonly problem: PhotoRefusal) {
    super(problem);
  }
}

/** Reads one file and sends it to main. Files too large are refused here, before a byte is read. */
async function importFile(file: File): Promise<PhotoImportResult> {
  if (file.size > MAX_PHOTO_BYTES) throw new LocalProblem('too_large');
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    // The file was moved or deleted after it was chosen, or may not be read.
    throw new LocalProblem('unreadable');
  }
  return unwrap(newsdesk().media.importPhoto({ fileName: file.name || 'photo', data: new Uint8Array(bytes) }));
}

const failure = (error: unknown): ImportItemState => ({
  status: 'failed',
  problem: error instanceof LocalProblem ? error.problem : error instanceof AppError ? (error.photoRefusal ?? null) : null,
  error,
});

/**
 * Imports files chosen with the picker or dropped on the library: a few at a time, with each
 * file's state for the progress list. One bad file is reported and the rest carry on.
 */
export function usePhotoImport(onImported: (result: PhotoImportResult) => void): PhotoImport {
  const [items, setItems] = useState<ImportItem[]>([]);
  const [done, setDone] = useState(0);
  const [running, setRunning] = useState(false);
  const onImportedRef = useRef(onImported);
  useEffect(() => {
    onImportedRef.current = onImported;
  }, [onImported]);

  const setState = (index: number, state: ImportItemState) =>
    setItems((previous) => previous.map((item, at) => (at === index ? { ...item, state } : item)));

  const start = useCallback(async (files: File[]) => {
    if (files.length === 0) return;
    setItems(files.map((file) => ({ name: file.name, state: { status: 'waiting' } })));
    setDone(0);
    setRunning(true);
    try {
      await runImportBatch(files, {
        concurrency: DEFAULT_IMPORT_CONCURRENCY,
        importOne: importFile,
        onStart: (index) => setState(index, { status: 'importing' }),
        onProgress: ({ index, done: finished, outcome }) => {
          setDone(finished);
          if (outcome.ok) {
            setState(index, { status: outcome.value.duplicate ? 'duplicate' : 'imported', result: outcome.value });
            onImportedRef.current(outcome.value);
          } else {
            setState(index, failure(outcome.error));
          }
        },
      });
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
