-- The audit trail (DOMAIN.md, Audit and events): every domain event, appended in the transaction that caused it.
-- Business transactions only insert unsealed rows (seq, prev_hash, hash null), so they never wait on each other;
-- one sealer at a time (an advisory lock) links the committed rows into a SHA-256 chain in the order it finds them.
create table audit_event (
    id           bigserial    primary key,
    type         varchar(100) not null,
    -- a token subject, or a platform subject such as system:scheduler
    actor        varchar(255) not null,
    occurred_at  timestamptz  not null,
    subject_type varchar(32),
    subject_id   uuid,
    payload      jsonb        not null,
    -- the chain, set once by the sealer: position, the previous event's hash, and this event's
    seq          bigint       unique,
    prev_hash    char(64),
    hash         char(64),
    check ((seq is null) = (hash is null) and (seq is null) = (prev_hash is null))
);

-- The sealer's work list: what is not yet linked, in id order.
create index audit_event_unsealed on audit_event (id) where seq is null;
create index audit_event_subject on audit_event (subject_type, subject_id, id);
create index audit_event_type on audit_event (type, id);
create index audit_event_actor on audit_event (actor, id);
create index audit_event_occurred on audit_event (occurred_at, id);

-- Append-only for the application: no delete, no truncate, no change of what was recorded, and the chain columns
-- set exactly once. Only a superuser who turns triggers off can edit a row, and verifyAuditChain shows it.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op in ('DELETE', 'TRUNCATE') then
        raise exception 'audit_event is append-only: % refused', tg_op;
    end if;
    if old.seq is not null then
        raise exception 'audit event % is sealed and cannot change', old.id;
    end if;
    if new.id <> old.id or new.type <> old.type or new.actor <> old.actor or new.occurred_at <> old.occurred_at
            or new.subject_type is distinct from old.subject_type or new.subject_id is distinct from old.subject_id
            or new.payload <> old.payload or new.seq is null then
        raise exception 'audit event % may only be sealed', old.id;
    end if;
    return new;
end
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
