import type { Database } from 'better-sqlite3';
import type { Article, ArticleFields } from '../../../shared/domain/article';
import type { ArticleSave, SaveCheckpoint, SavedArticle } from '../../../shared/domain/article-save';
import type { User } from '../../../shared/domain/user';
import { AppError, articleConflictError, conflictError, forbiddenError, validationError } from '../../../shared/errors';
import { publishedPhotoPath, renderArticle } from '../../../shared/render/render-article';
import { composeCorrectionNotice } from '../../../shared/workflow/correction-notice';
import { checkTransitionInputs, mayChangeText, nextWorkflowState } from '../../../shared/workflow/transition-effects';
import { findTransition, mayDeleteStory, mayEditContent, mayRestoreStory, type WorkflowAction } from '../../../shared/workflow/transitions';
import type { ArticleStore, WorkflowState } from '../articles/article-store';
import type { AuditLog } from '../audit/audit-log';
import type { Clock } from '../../../shared/clock';
import type { DraftJournal } from '../drafts/draft-journal';
import type { Logger } from '../../../shared/node/logger';
import type { UserStore } from '../users/user-store';
import type { NoteStore } from '../notes/note-store';
import type { PublicationStore } from '../publications/publication-store';
import type { OutboxAction } from '../../../shared/domain/outbox';
import type { PublicationPayload } from '../../../shared/domain/publication-payload';
import type { OutboxStore } from '../publishing/outbox-store';
import type { RevisionSummary } from '../../../shared/domain/revision';
import type { RevisionStore } from '../revisions/revision-store';

export interface TransitionRequest {
  articleId: string;
  action: WorkflowAction;
  expectedVersion: number;
  /** Required for `return`; added to the story's notes for any action. */
  note?: string | undefined;
  /** Required for `schedule`: when to publish (UTC, in the future). */
  publishAt?: string | undefined;
  /** For `correct`: what was wrong, in the editor's words. */
  correction?: string | undefined;
}

/**
 * The newsroom's rules applied to the store: who may start, edit and move a story. Every method
 * runs in one immediate transaction, so the rule check, the change, the audit entry, the note and
 * the published snapshot commit together or not at all.
 */
export interface ScheduledRun {
  article: Article;
  /** How late the story went out (0 when on time; more when the app was closed at its time). */
  lateByMs: number;
}

export interface WorkflowService {
  create(fields: ArticleFields, actor: User): Article;
  save(articleId: string, expectedVersion: number, patch: Partial<ArticleFields>, actor: User): Article;
  /**
   * The editor's save: creates or updates the story, takes the revision checkpoint it asks for and
   * clears the editor's recovery journal, in one transaction. A stale version is a conflict that
   * carries the story as stored now.
   */
  saveStory(save: ArticleSave, actor: User): SavedArticle;
  transition(request: TransitionRequest, actor: User): Article;
  /** Moves a story to the trash, if `mayDeleteStory` allows. */
  remove(articleId: string, expectedVersion: number, actor: User): { id: string; version: number };
  /** Brings a story back from the trash, if `mayRestoreStory` allows. */
  bringBack(articleId: string, expectedVersion: number, actor: User): Article;
  /** Puts a revision's text back: an edit, so `mayEditContent` decides. */
  restoreRevision(revisionId: string, expectedVersion: number, actor: User): { article: Article; revision: RevisionSummary };
  /**
   * Publishes every scheduled story whose time has come, as the user who scheduled it (if they
   * still may publish). Stories missed while the app was closed go out now, and their audit entry
   * says how late.
   */
  publishDue(): ScheduledRun[];
}

/** Where published stories go, as the workflow needs to know it. */
export interface PublishingTargets {
  /** The enabled destinations' ids; each published version gets one outbox job per destination. */
  destinationIds(): string[];
  newsroomName(): string;
}

interface Dependencies {
  db: Database;
  clock: Clock;
  users: UserStore;
  logger: Logger;
  articles: ArticleStore;
  audit: AuditLog;
  notes: NoteStore;
  publications: PublicationStore;
  revisions: RevisionStore;
  drafts: DraftJournal;
  outbox: OutboxStore;
  publishing: PublishingTargets;
}

/** A schedule that fires more than this after its time counts as late. */
const LATE_AFTER_MS = 60_000;

export function createWorkflowService({ db, clock, users, logger, articles, audit, notes, publications, revisions, drafts, outbox, publishing }: Dependencies): WorkflowService {
  /** The story's workflow state after the action; everything the rules later read is in it. */
  const nextState = (request: TransitionRequest, to: WorkflowState['status'], current: WorkflowState, actor: User): WorkflowState => {
    const scheduling = request.action === 'schedule' || request.action === 'unschedule';
    return {
      ...nextWorkflowState(request, to, current, actor.id, clock.now().toISOString()),
      takenOverFrom: request.action === 'takeover' ? current.holderId : current.takenOverFrom,
      scheduledBy: scheduling ? (request.action === 'schedule' ? actor.id : null) : current.scheduledBy,
    };
  };

  /**
   * The workflow's revisions: the text as it was submitted, approved, published or corrected, and on
   * a takeover the holder's text at that moment, credited to them.
   */
  const recordRevision = (action: WorkflowAction, before: Article, actor: User): void => {
    if (action === 'takeover') revisions.record(before.id, 'takeover', before.holderId);
    else if (action === 'submit' || action === 'approve' || action === 'publish' || action === 'correct') {
      revisions.record(before.id, action, actor.id);
    }
  };

  /** Whether the story was taken over from this user and they do not hold it now. */
  const lostToTakeover = (articleId: string, user: User): boolean => {
    const state = articles.workflowState(articleId);
    return state.takenOverFrom === user.id && state.holderId !== user.id;
  };

  /** One outbox job per destination, in this transaction: no publish without its delivery queued. */
  const queueDeliveries = (action: OutboxAction, payload: PublicationPayload): void => {
    for (const destinationId of publishing.destinationIds()) {
      outbox.enqueue({ articleId: payload.article.id, articleVersion: payload.article.version, destinationId, action, payload });
    }
  };

  /** Publishing and correcting keep a snapshot for the record and send it; unpublishing sends the take-down. */
  const recordPublication = (request: TransitionRequest, before: Article, after: Article, actor: User): void => {
    if (request.action === 'unpublish') {
      const last = publications.latest(before.id);
      if (last) queueDeliveries('unpublish', { ...payloadOf(last.article, last.html, last.correctionNotice), article: { ...last.article, version: after.version } });
      return;
    }
    if (request.action !== 'publish' && request.action !== 'correct') return;
    const original = request.action === 'correct' ? publications.original(before.id) : null;
    const correctionNotice = original
      ? composeCorrectionNotice({ ...original.article, publishedAt: original.publishedAt }, request.correction ?? '')
      : null;
    const html = renderArticle(after, { publishedAt: after.publishedAt ?? after.updatedAt, photoSource: publishedPhotoPath, correctionNotice });
    publications.record({
      article: after,
      kind: request.action === 'publish' ? 'publish' : 'correction',
      html,
      correctionNotice,
      publishedBy: actor.id,
    });
    queueDeliveries(request.action, payloadOf(after, html, correctionNotice));
  };

  const payloadOf = (article: Article, html: string, correctionNotice: string | null): PublicationPayload => ({
    article,
    html,
    correctionNotice,
    publishedAt: article.publishedAt ?? article.updatedAt,
    newsroomName: publishing.newsroomName(),
  });

  const transition = db.transaction((request: TransitionRequest, actor: User, details: Record<string, unknown> = {}): Article => {
    const current = articles.get(request.articleId);
    const rule = findTransition(request.action, actor, current);
    if (!rule) {
      throw forbiddenError(`${actor.username} may not ${request.action} a story that is ${current.status}`);
    }
    if (current.version !== request.expectedVersion) {
      throw conflictError(`The story changed since version ${request.expectedVersion}`, current.version);
    }
    checkTransitionInputs(request, clock.now());
    const updated = articles.setWorkflowState(current.id, nextState(request, rule.to, articles.workflowState(current.id), actor));
    recordRevision(request.action, current, actor);
    if (request.note?.trim()) notes.add(current.id, actor.id, request.note.trim());
    recordPublication(request, current, updated, actor);
    audit.append({
      at: updated.updatedAt,
      userId: actor.id,
      action: request.action,
      articleId: current.id,
      fromStatus: current.status,
      toStatus: updated.status,
      articleVersion: updated.version,
      details: {
        ...(request.action === 'takeover' ? { previousHolder: current.holderId } : {}),
        ...(request.publishAt && request.action === 'schedule' ? { publishAt: request.publishAt } : {}),
        ...details,
      },
    });
    return updated;
  });

  // Who may start a story is a role rule only: the contract's access table (`articles.create`) has it.
  const create = db.transaction((fields: ArticleFields, actor: User): Article => {
    const article = articles.create(fields, actor.id);
    audit.append({ at: article.createdAt, userId: actor.id, action: 'create', articleId: article.id, toStatus: article.status, articleVersion: 1 });
    return article;
  });

  /** Who may change a story's text now: the content rule, or a photographer's photo-text-only change. */
  const editGuard = (actor: User, patch: Partial<ArticleFields>) => (current: Article): void => {
    if (!mayChangeText(actor, current, patch)) throw forbiddenError(`${actor.username} may not edit this story while it is ${current.status}`);
  };

  /** The editor whose story was taken over may still have text in flight: keep it, then refuse. */
  const keepIfTakenOver = (error: unknown, articleId: string, patch: Partial<ArticleFields>, actor: User): unknown => {
    if (error instanceof AppError && error.code === 'forbidden' && lostToTakeover(articleId, actor)) {
      revisions.keep(articleId, patch, actor.id);
      return forbiddenError('The story was taken over by another editor; your latest text was kept as a revision');
    }
    return error;
  };

  /** A save with nothing typed since `expectedVersion`: no new version, but the same checks. */
  const unchanged = (articleId: string, expectedVersion: number, actor: User): Article => {
    const current = articles.get(articleId);
    editGuard(actor, {})(current);
    if (current.version !== expectedVersion) throw conflictError(`The story changed since version ${expectedVersion}`, current.version);
    return current;
  };

  const checkpointOf = (checkpoint: SaveCheckpoint | null, articleId: string, actor: User) =>
    checkpoint === 'manual' ? revisions.record(articleId, 'manual', actor.id) : checkpoint === 'autosave' ? revisions.checkpoint(articleId, actor.id) : null;

  /** The save's write: a new story, the same version again (nothing typed), or a new version. */
  const writeStory = ({ story, fields }: ArticleSave, actor: User): Article => {
    if (story === null) {
      if (fields === null) throw validationError('A new story needs its fields', [{ path: 'fields', message: 'required' }]);
      return create(fields, actor);
    }
    try {
      return fields === null
        ? unchanged(story.id, story.expectedVersion, actor)
        : articles.update(story.id, story.expectedVersion, fields, editGuard(actor, fields));
    } catch (error) {
      // The editor compares with what is stored now; it need not ask for it again.
      if (error instanceof AppError && error.code === 'conflict') throw articleConflictError(error.message, articles.get(story.id));
      throw error;
    }
  };

  // Nested transactions (the store's update, the revision's insert) run as savepoints of this one.
  const saveStory = db.transaction((save: ArticleSave, actor: User): SavedArticle => {
    const article = writeStory(save, actor);
    const revision = checkpointOf(save.checkpoint, article.id, actor);
    if (save.journalKey) drafts.discard(save.journalKey, actor.id);
    return { article, revision };
  });

  return {
    create: (fields, actor) => create.immediate(fields, actor),
    save(articleId, expectedVersion, patch, actor) {
      try {
        return articles.update(articleId, expectedVersion, patch, editGuard(actor, patch));
      } catch (error) {
        throw keepIfTakenOver(error, articleId, patch, actor);
      }
    },
    saveStory(save, actor) {
      try {
        return saveStory.immediate(save, actor);
      } catch (error) {
        // Kept after the save's rollback, in a transaction of its own: the refusal stands.
        throw save.story ? keepIfTakenOver(error, save.story.id, save.fields ?? {}, actor) : error;
      }
    },
    transition: (request, actor) => transition.immediate(request, actor),
    // The stores run each guard inside their own transaction, on the row they are about to change.
    remove: (articleId, expectedVersion, actor) =>
      articles.softDelete(articleId, expectedVersion, (current) => {
        if (!mayDeleteStory(actor, current)) throw forbiddenError('Only the author may delete a story, and only while it is a draft');
      }),
    bringBack: (articleId, expectedVersion, actor) =>
      articles.restore(articleId, expectedVersion, (current) => {
        if (!mayRestoreStory(actor, current)) throw forbiddenError('Only the author may bring back a deleted story');
      }),
    restoreRevision: (revisionId, expectedVersion, actor) =>
      revisions.restore(revisionId, expectedVersion, actor.id, (current) => {
        if (!mayEditContent(actor, current)) throw forbiddenError(`${actor.username} may not edit this story now`);
      }),
    publishDue() {
      const runs: ScheduledRun[] = [];
      for (const id of articles.dueScheduled(clock.now().toISOString())) {
        const story = articles.get(id);
        const { scheduledBy } = articles.workflowState(id);
        const actor = scheduledBy ? users.findActive(scheduledBy) : null;
        if (!actor || !findTransition('publish', actor, story)) {
          logger.warn('scheduled story not published: whoever scheduled it may no longer publish', { article: id });
          continue;
        }
        const lateByMs = Math.max(0, clock.now().getTime() - new Date(story.publishAt ?? 0).getTime());
        const late = lateByMs > LATE_AFTER_MS ? { ranLate: true, lateByMinutes: Math.round(lateByMs / 60_000) } : {};
        const article = transition.immediate(
          { articleId: id, action: 'publish', expectedVersion: story.version },
          actor,
          { scheduled: true, dueAt: story.publishAt, ...late },
        );
        runs.push({ article, lateByMs });
      }
      return runs;
    },
  };
}
