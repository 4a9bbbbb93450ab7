-- Signed checkpoints of the audit chain (issue 12): at intervals the platform signs the sealed head (seq, hash, when
-- it was sealed, when signed) with its certificate key. A third party keeps the JWS; if history before that seq is
-- ever rewritten, the platform's own chain no longer matches what the platform signed, and the holder can show it.

-- When the sealer linked each event: the time a checkpoint cites for its head. Not part of the chain hash (the
-- trigger of V24 already refuses any change of a sealed row); null for events sealed before this column existed.
alter table audit_event add column sealed_at timestamptz;

create table audit_checkpoint (
    -- the head that was signed: one checkpoint per head, and the head only moves forward
    seq        bigint       primary key,
    hash       char(64)     not null,
    -- null only for a head sealed before audit_event.sealed_at existed
    sealed_at  timestamptz,
    issued_at  timestamptz  not null,
    -- the compact JWS over {seq, hash, sealedAt, issuedAt}, exactly as handed out
    jws        text         not null
);

-- Append-only for every database user, like audit_event: a checkpoint once signed is a statement on record.
create function audit_checkpoint_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_checkpoint is append-only: % refused', tg_op;
end
$$;

create trigger audit_checkpoint_append_only before update or delete on audit_checkpoint
    for each row execute function audit_checkpoint_append_only();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function audit_checkpoint_append_only();
