import type { ServerMigration } from '../migration';

// A released migration never changes, so its lists are written out here, not imported from the
// live code (src/shared/domain/roles.ts, article-status.ts): a role or status added later gets
// its own migration that widens these CHECKs (tests/unit/migration-imports.test.ts).
const ROLES = ['reporter', 'photographer', 'editor', 'managing_editor', 'editor_in_chief', 'admin'];
const ARTICLE_STATUSES = ['draft', 'submitted', 'editing', 'returned', 'approved', 'scheduled', 'published', 'unpublished', 'spiked'];

const sqlList = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * The newsroom server's first schema.
 *
 * - newsroom: one row (its name); accounts: the people, with the laptop's roles (checked against
 *   `shared/domain/roles.ts`), an argon2id hash, and a version for optimistic edits.
 * - sessions: a sign-in's token is random and only its SHA-256 is stored, so a copy of the database
 *   (a backup) cannot be used to act as anyone.
 * - sign_in_throttle: the shared throttle rules' records (`shared/security/sign-in-throttle.ts`).
 * - stories: the server's current state of each story (fields as jsonb until sync fills them).
 * - change_log: append-only (triggers refuse UPDATE, DELETE and TRUNCATE); `seq` is the global order and
 *   the sync cursor; `change_id` is made by the laptop, so a retried push is a no-op. Every insert
 *   statement announces the newest `seq` on the channel `newsdesk_changes` (delivered at commit to
 *   every instance that listens).
 * - audit: who did what, append-only like the change log.
 */
export const migration001: ServerMigration = {
  version: 1,
  name: 'foundation',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE newsroom (
        id          boolean PRIMARY KEY DEFAULT true CHECK (id),
        name        text NOT NULL,
        created_at  timestamptz NOT NULL
      );

      CREATE TABLE accounts (
        id             uuid PRIMARY KEY,
        username       text NOT NULL,
        username_key   text NOT NULL UNIQUE,
        display_name   text NOT NULL,
        initials       text NOT NULL,
        roles          text[] NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY[${sqlList(ROLES)}]::text[]),
        password_hash  text NOT NULL,
        disabled_at    timestamptz,
        version        integer NOT NULL DEFAULT 1,
        created_at     timestamptz NOT NULL,
        updated_at     timestamptz NOT NULL
      );

      CREATE TABLE sessions (
        token_hash  text PRIMARY KEY,
        account_id  uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        created_at  timestamptz NOT NULL,
        expires_at  timestamptz NOT NULL
      );
      CREATE INDEX sessions_by_account ON sessions (account_id);
      CREATE INDEX sessions_by_expiry ON sessions (expires_at);

      CREATE TABLE sign_in_throttle (
        username_key     text PRIMARY KEY,
        failures         integer NOT NULL,
        locked_until     timestamptz,
        last_failure_at  timestamptz NOT NULL
      );
      CREATE INDEX sign_in_throttle_by_last_failure ON sign_in_throttle (last_failure_at);

      CREATE TABLE stories (
        id          uuid PRIMARY KEY,
        version     integer NOT NULL,
        status      text NOT NULL CHECK (status IN (${sqlList(ARTICLE_STATUSES)})),
        fields      jsonb NOT NULL,
        created_by  uuid REFERENCES accounts (id),
        holder_id   uuid REFERENCES accounts (id),
        created_at  timestamptz NOT NULL,
        updated_at  timestamptz NOT NULL,
        deleted_at  timestamptz
      );

      CREATE TABLE change_log (
        seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        change_id    uuid NOT NULL UNIQUE,
        account_id   uuid REFERENCES accounts (id),
        entity       text NOT NULL,
        entity_id    uuid NOT NULL,
        op           text NOT NULL,
        payload      jsonb NOT NULL,
        received_at  timestamptz NOT NULL
      );

      CREATE TABLE audit (
        id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at          timestamptz NOT NULL,
        account_id  uuid REFERENCES accounts (id),
        action      text NOT NULL,
        details     jsonb NOT NULL DEFAULT '{}'
      );

      CREATE FUNCTION refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
      END $$;
      CREATE TRIGGER change_log_append_only BEFORE UPDATE OR DELETE ON change_log
        FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
      CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit
        FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
      CREATE TRIGGER change_log_not_truncated BEFORE TRUNCATE ON change_log
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
      CREATE TRIGGER audit_not_truncated BEFORE TRUNCATE ON audit
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();

      CREATE FUNCTION announce_changes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('newsdesk_changes', (SELECT max(seq) FROM added)::text);
        RETURN NULL;
      END $$;
      CREATE TRIGGER change_log_announce AFTER INSERT ON change_log
        REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION announce_changes();
    `);
  },
};
