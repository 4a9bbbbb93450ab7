-- Disputes (DOMAIN.md, Disputes): one per job at most. RAISED by the employer or the agent within the challenge
-- window, with a fee held in the ledger account DISPUTE_BOND:<job>; or opened by validation itself when it could
-- not decide (NO_COMMITTEE, NO_QUORUM), without a fee.
create table dispute (
    job_id            uuid            primary key references job (id),
    kind              varchar(16)     not null check (kind in ('RAISED', 'NO_COMMITTEE', 'NO_QUORUM')),
    raised_by         uuid            references participant (id),
    reason            varchar(2000),
    fee               numeric(38, 18) not null default 0 check (fee >= 0),
    opened_at         timestamptz     not null,
    resolved_at       timestamptz,
    ruling            varchar(16)     check (ruling in ('AGENT_WINS', 'EMPLOYER_WINS')),
    resolved_by       uuid            references participant (id),
    resolved_as       varchar(16)     check (resolved_as in ('MODERATOR', 'OWNER')),
    resolution_reason varchar(2000),
    check ((kind = 'RAISED') = (raised_by is not null and reason is not null)),
    check ((resolved_at is null) = (ruling is null)),
    check ((resolved_at is null) = (resolved_by is null and resolution_reason is null and resolved_as is null))
);

-- The moderators' queue: open disputes, oldest first.
create index dispute_open_idx on dispute (opened_at, job_id) where resolved_at is null;

-- Evidence from the parties and the committee members, append-only.
create table dispute_evidence (
    id            uuid          primary key,
    job_id        uuid          not null references dispute (job_id),
    author_id     uuid          not null references participant (id),
    author_role   varchar(16)   not null check (author_role in ('EMPLOYER', 'AGENT', 'VALIDATOR')),
    evidence_hash varchar(64)   not null check (evidence_hash ~ '^[0-9a-f]{64}$'),
    evidence_uri  varchar(2048) not null,
    note          varchar(2000),
    added_at      timestamptz   not null
);

create index dispute_evidence_job_idx on dispute_evidence (job_id, added_at);
