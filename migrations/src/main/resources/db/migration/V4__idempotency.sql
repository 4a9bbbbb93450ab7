-- Idempotency keys of money-moving mutations (DOMAIN.md, Money), scoped to the caller and kept at least 24 h
-- (a scheduled cleanup deletes them after 48 h). The row is inserted in the same transaction as the effect,
-- so a key is burnt exactly when the effect commits, and a concurrent duplicate waits on the primary key.
create table idempotency_record (
    caller_subject  varchar(255) not null,
    idempotency_key varchar(255) not null,
    -- SHA-256 (hex) of the canonical JSON of the request: the same key with another request is refused.
    request_hash    char(64)     not null,
    -- The first response, replayed as it is.
    response        jsonb,
    created_at      timestamptz  not null,
    primary key (caller_subject, idempotency_key)
);

create index idempotency_record_created_at_idx on idempotency_record (created_at);
