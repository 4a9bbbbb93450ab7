-- Validation by commit-reveal and settlement (DOMAIN.md, Validation and Settlement).

-- What the job keeps of its validation: the tally's outcome, when the challenge window ends, why it went to a
-- moderator without a tally, and how it finally settled.
alter table job
    add column completed_at        timestamptz,
    add column validation_approved boolean,
    add column challenge_ends_at   timestamptz,
    add column escalation_reason   varchar(16) check (escalation_reason in ('NO_COMMITTEE', 'NO_QUORUM')),
    add column disputed_at         timestamptz,
    add column settled_success     boolean,
    add check (state <> 'COMPLETED' or (validation_approved is not null and challenge_ends_at is not null)),
    add check (state <> 'FINALIZED' or settled_success is not null);

-- One committee per job, drawn when the job enters VALIDATING. The seed and the candidate set are kept so
-- that anyone can re-run the draw (see committee_candidate).
create table committee (
    job_id            uuid        primary key references job (id),
    seed              varchar(64) not null check (seed ~ '^[0-9a-f]{64}$'),
    size_wanted       integer     not null check (size_wanted between 3 and 11),
    drawn_at          timestamptz not null,
    commit_ends_at    timestamptz not null,
    reveal_ends_at    timestamptz not null,
    -- DRAWING never persists: a job without enough candidates is recorded as NO_COMMITTEE.
    phase             varchar(16) not null check (phase in ('COMMIT', 'REVEAL', 'TALLIED', 'NO_COMMITTEE')),
    tallied_at        timestamptz,
    outcome           varchar(16) check (outcome in ('APPROVED', 'REJECTED', 'NO_QUORUM')),
    reveals           integer,
    approve_weight    numeric(38, 18),
    revealed_weight   numeric(38, 18),
    check (commit_ends_at > drawn_at and reveal_ends_at > commit_ends_at),
    check ((phase = 'TALLIED') = (outcome is not null))
);

-- Every eligible validator at the draw with its weight (bonded validator stake), in the draw's order.
create table committee_candidate (
    job_id       uuid            not null references committee (job_id),
    validator_id uuid            not null references participant (id),
    weight       numeric(38, 18) not null check (weight > 0),
    primary key (job_id, validator_id)
);

create table committee_member (
    job_id        uuid            not null references committee (job_id),
    validator_id  uuid            not null references participant (id),
    draw_position integer         not null,
    weight        numeric(38, 18) not null check (weight > 0),
    locked_stake  numeric(38, 18) not null check (locked_stake >= 0),
    commit_hash   varchar(64)     check (commit_hash ~ '^[0-9a-f]{64}$'),
    committed_at  timestamptz,
    approve       boolean,
    revealed_at   timestamptz,
    primary key (job_id, validator_id),
    unique (job_id, draw_position),
    -- One commit per member, and no member may reuse another's hash for the same job.
    unique (job_id, commit_hash),
    check ((commit_hash is null) = (committed_at is null)),
    check ((approve is null) = (revealed_at is null)),
    check (revealed_at is null or committed_at is not null)
);

create index committee_member_validator_idx on committee_member (validator_id, job_id);

-- Members who did not reveal are kept off committees until banned_until (one row per job that banned them).
create table validator_ban (
    validator_id uuid        not null references participant (id),
    job_id       uuid        not null references job (id),
    banned_until timestamptz not null,
    primary key (validator_id, job_id)
);

create index validator_ban_until_idx on validator_ban (validator_id, banned_until);

-- One row per settled job: the primary key is what makes settlement happen at most once, whatever runs it.
create table job_settlement (
    job_id            uuid            primary key references job (id),
    success           boolean         not null,
    trigger           varchar(16)     not null check (trigger in ('CHALLENGE_ENDED', 'RULING')),
    agent_payout      numeric(38, 18) not null check (agent_payout >= 0),
    employer_refund   numeric(38, 18) not null check (employer_refund >= 0),
    validator_rewards numeric(38, 18) not null check (validator_rewards >= 0),
    fee_to_pool       numeric(38, 18) not null check (fee_to_pool >= 0),
    burned            numeric(38, 18) not null check (burned >= 0),
    slashed           numeric(38, 18) not null check (slashed >= 0),
    settled_at        timestamptz     not null
);
