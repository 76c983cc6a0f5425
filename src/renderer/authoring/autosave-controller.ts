import type { Article } from '../../shared/domain/article';
import { newsdesk, unwrap } from '../api/newsdesk';
import { fieldsOf, isBlank, type Draft } from './draft';

/** The recovery journal is written this long after a pause, and at least this often while typing goes on. */
export const JOURNAL_PAUSE_MS = 300;
export const JOURNAL_MAX_WAIT_MS = 1_500;
/** The article itself is saved (a new version) this long after typing pauses. */
export const AUTOSAVE_PAUSE_MS = 2_000;

export type SaveEvent =
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved'; article: Article }
  | { kind: 'failed'; error: unknown };

/**
 * Autosave and the crash journal for one open editor. Typing never waits for either: changes only
 * move timers, and the calls run in the background, one save at a time. The journal (cheap, no
 * version) bounds what a crash can lose to about `JOURNAL_MAX_WAIT_MS`; a save (`articles.save`)
 * makes the version, its checkpoint and clears the journal in one transaction.
 */
export class AutosaveController {
  private latest: Draft;
  private stored: Article | null;
  private dirty = false;
  private blocked = false;
  private journalTimer: ReturnType<typeof setTimeout> | null = null;
  private journalDeadline: ReturnType<typeof setTimeout> | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly key: string,
    initial: Draft,
    stored: Article | null,
    private readonly emit: (event: SaveEvent) => void,
  ) {
    this.latest = initial;
    this.stored = stored;
  }

  change(draft: Draft): void {
    this.latest = draft;
    this.dirty = true;
    this.blocked = false;
    this.emit({ kind: 'unsaved' });
    this.scheduleJournal();
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(null), AUTOSAVE_PAUSE_MS);
  }

  /** Blur, window close, app quit: write everything now. */
  flush(): void {
    void this.journal();
    void this.save(null);
  }

  /** The reporter's "Lưu": a save and a revision, even when nothing changed since the last autosave. */
  saveManually(): Promise<void> {
    this.blocked = false;
    return this.save('manual');
  }

  /**
   * Before a workflow step: saves pending text (so the step applies to what is on screen) and
   * resolves to the stored article, or null when the save failed.
   */
  async settle(): Promise<Article | null> {
    if (this.dirty) {
      this.blocked = false;
      await this.save(null);
    }
    return this.dirty ? null : this.stored;
  }

  /** The store moved the article on (a workflow step): later saves build on that version. */
  adopt(article: Article): void {
    this.stored = article;
  }

  /**
   * After a conflict the reporter chose to keep their text: save it over the newer version they
   * have now seen and compared.
   */
  overwrite(newer: Article): Promise<void> {
    this.stored = newer;
    this.dirty = true;
    return this.saveManually();
  }

  dispose(): void {
    for (const timer of [this.journalTimer, this.journalDeadline, this.saveTimer]) if (timer) clearTimeout(timer);
  }

  private scheduleJournal(): void {
    if (this.journalTimer) clearTimeout(this.journalTimer);
    this.journalTimer = setTimeout(() => void this.journal(), JOURNAL_PAUSE_MS);
    this.journalDeadline ??= setTimeout(() => void this.journal(), JOURNAL_MAX_WAIT_MS);
  }

  private cancelJournal(): void {
    for (const timer of [this.journalTimer, this.journalDeadline]) if (timer) clearTimeout(timer);
    this.journalTimer = null;
    this.journalDeadline = null;
  }

  private async journal(): Promise<void> {
    this.cancelJournal();
    if (isBlank(this.latest) && !this.stored) return;
    try {
      await unwrap(
        newsdesk().drafts.write({
          key: this.key,
          articleId: this.stored?.id ?? null,
          baseVersion: this.stored?.version ?? null,
          fields: fieldsOf(this.latest),
        }),
      );
    } catch {
      // The journal is a safety net; the save state already tells the reporter when saving fails.
    }
  }

  private save(reason: 'manual' | null): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    this.running = this.running.then(() => this.saveOnce(reason));
    return this.running;
  }

  private async saveOnce(reason: 'manual' | null): Promise<void> {
    if (reason === null && (!this.dirty || this.blocked)) return;
    if (!this.stored && isBlank(this.latest)) return;
    const draft = this.latest;
    this.emit({ kind: 'saving' });
    try {
      // One call: the core saves, takes the checkpoint and clears this editor's journal together.
      const { article } = await unwrap(
        newsdesk().articles.save({
          story: this.stored ? { id: this.stored.id, expectedVersion: this.stored.version } : null,
          fields: this.stored && !this.dirty ? null : fieldsOf(draft),
          checkpoint: reason ?? 'autosave',
          journalKey: this.key,
        }),
      );
      this.stored = article;
      this.dirty = this.latest !== draft;
      // Typing that went on during the save is journaled by its own timers; otherwise nothing is left to journal.
      if (!this.dirty) this.cancelJournal();
      this.emit({ kind: 'saved', article });
    } catch (error) {
      // Nothing typed is thrown away: the draft stays on screen and in the journal.
      this.blocked = true;
      this.emit({ kind: 'failed', error });
    }
  }
}
