import type { Migration } from '../migration';

/**
 * The workflow's own state on the story (#16 item 6), so the workflow service reads the articles
 * table and never looks back through the audit log for a rule:
 *
 * - `taken_over_from`: whom the story was last taken over from (a takeover's previous holder). While
 *   they do not hold it, a late save of theirs is kept as a revision instead of being lost.
 * - `scheduled_by`: who set the story's publish time; the schedule publishes as them. It follows
 *   `publish_at` (set by a schedule, cleared by an unschedule).
 *
 * Stories from before this step are filled from the audit log, the only place that knew.
 */
export const migration010: Migration = {
  version: 10,
  name: 'workflow-columns',
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN taken_over_from TEXT REFERENCES users (id);
      ALTER TABLE articles ADD COLUMN scheduled_by TEXT REFERENCES users (id);

      UPDATE articles SET taken_over_from = (
        SELECT json_extract(audit_log.details_json, '$.previousHolder') FROM audit_log
         WHERE audit_log.article_id = articles.id AND audit_log.action = 'takeover'
         ORDER BY audit_log.seq DESC LIMIT 1
      );
      UPDATE articles SET scheduled_by = (
        SELECT audit_log.user_id FROM audit_log
         WHERE audit_log.article_id = articles.id AND audit_log.action = 'schedule'
         ORDER BY audit_log.seq DESC LIMIT 1
      ) WHERE publish_at IS NOT NULL;
    `);
  },
};
