namespace Winkel.Storage.Sqlite;

/// <summary>
/// The embedded schema, applied in order by <see cref="SqliteDatabase"/>; a database records the
/// number of steps it has applied in <c>PRAGMA user_version</c>. Append steps, never edit old ones.
/// </summary>
internal static class Schema
{
    public static readonly string[] Steps =
    [
        """
        CREATE TABLE products (
            product_id  TEXT PRIMARY KEY,
            category    TEXT NOT NULL,
            subcategory TEXT NOT NULL,
            price_cents INTEGER NOT NULL,
            stock       INTEGER NOT NULL CHECK (stock >= 0),
            doc         TEXT NOT NULL
        );
        CREATE INDEX products_by_category_price ON products (category, price_cents, product_id);
        CREATE INDEX products_by_price ON products (price_cents, product_id);

        CREATE TABLE category_counts (
            category      TEXT NOT NULL,
            subcategory   TEXT NOT NULL,
            product_count INTEGER NOT NULL,
            PRIMARY KEY (category, subcategory)
        ) WITHOUT ROWID;

        CREATE TABLE catalog_changes (
            position   INTEGER PRIMARY KEY AUTOINCREMENT,
            product_id TEXT NOT NULL,
            old_doc    TEXT,
            new_doc    TEXT,
            changed_at INTEGER NOT NULL
        );

        CREATE TABLE change_checkpoints (
            consumer TEXT PRIMARY KEY,
            position INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE customers (
            customer_id   TEXT PRIMARY KEY,
            email         TEXT NOT NULL UNIQUE,
            name          TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            roles         TEXT NOT NULL,
            failed_logins INTEGER NOT NULL DEFAULT 0,
            locked_until  INTEGER NOT NULL DEFAULT 0,
            created_at    INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE sessions (
            token_hash  TEXT PRIMARY KEY,
            customer_id TEXT NOT NULL,
            email       TEXT NOT NULL,
            roles       TEXT NOT NULL,
            created_at  INTEGER NOT NULL,
            expires_at  INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX sessions_by_customer ON sessions (customer_id);
        """,
        """
        CREATE TABLE carts (
            owner_id   TEXT PRIMARY KEY,
            doc        TEXT NOT NULL,
            expires_at INTEGER NOT NULL,
            version    INTEGER NOT NULL,
            item_count INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX carts_by_expiry ON carts (expires_at);
        """,
        """
        CREATE INDEX sessions_by_expiry ON sessions (expires_at);
        CREATE INDEX catalog_changes_by_time ON catalog_changes (changed_at);
        """,
        """
        CREATE TABLE test_payments (
            payment_id      TEXT PRIMARY KEY,
            order_id        TEXT NOT NULL,
            attempt         INTEGER NOT NULL,
            status          TEXT NOT NULL,
            amount_minor    INTEGER NOT NULL CHECK (amount_minor > 0),
            currency        TEXT NOT NULL,
            payment_method  TEXT NOT NULL,
            return_url      TEXT NOT NULL,
            decline_code    TEXT,
            challenge_nonce TEXT NOT NULL,
            refunded_minor  INTEGER NOT NULL DEFAULT 0 CHECK (refunded_minor BETWEEN 0 AND amount_minor),
            created_at      INTEGER NOT NULL,
            updated_at      INTEGER NOT NULL,
            UNIQUE (order_id, attempt)
        ) WITHOUT ROWID;

        CREATE TABLE test_payment_refunds (
            payment_id      TEXT NOT NULL,
            idempotency_key TEXT NOT NULL,
            refund_id       TEXT NOT NULL UNIQUE,
            amount_minor    INTEGER NOT NULL CHECK (amount_minor > 0),
            created_at      INTEGER NOT NULL,
            PRIMARY KEY (payment_id, idempotency_key)
        ) WITHOUT ROWID;

        CREATE TABLE payment_events (
            event_id     TEXT PRIMARY KEY,
            type         TEXT NOT NULL,
            payment_id   TEXT NOT NULL,
            processed_at INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE payment_log (
            position     INTEGER PRIMARY KEY AUTOINCREMENT,
            logged_at    INTEGER NOT NULL,
            order_id     TEXT,
            payment_id   TEXT,
            provider     TEXT NOT NULL,
            kind         TEXT NOT NULL,
            amount_minor INTEGER,
            decline_code TEXT
        );
        CREATE INDEX payment_log_by_order ON payment_log (order_id, position);
        CREATE TRIGGER payment_log_no_update BEFORE UPDATE ON payment_log BEGIN SELECT RAISE(ABORT, 'payment_log is append-only'); END;
        CREATE TRIGGER payment_log_no_delete BEFORE DELETE ON payment_log BEGIN SELECT RAISE(ABORT, 'payment_log is append-only'); END;
        """,
        """
        CREATE TABLE orders (
            order_id       TEXT PRIMARY KEY,
            owner_id       TEXT NOT NULL,
            status         TEXT NOT NULL,
            created_at     INTEGER NOT NULL,
            reserved_until INTEGER NOT NULL,
            doc            TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX orders_by_owner ON orders (owner_id, created_at DESC);
        CREATE INDEX orders_pending_by_reservation ON orders (reserved_until) WHERE status = 'pending_payment';

        CREATE TABLE idempotency_keys (
            key          TEXT PRIMARY KEY,
            request_hash TEXT NOT NULL,
            claim_token  TEXT NOT NULL,
            order_id     TEXT,
            status       INTEGER,
            body         TEXT,
            lease_until  INTEGER NOT NULL,
            expires_at   INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX idempotency_keys_by_expiry ON idempotency_keys (expires_at);
        """,
        """
        CREATE INDEX orders_by_created ON orders (created_at);
        """,
    ];
}
