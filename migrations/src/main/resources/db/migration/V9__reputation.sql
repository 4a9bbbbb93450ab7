-- Reputation (DOMAIN.md, Reputation). Scores are whole numbers in [0, 88,888], one per participant and role.

-- The current score. Every change locks this row first, so concurrent settlements for the same participant
-- apply one after the other and none is lost.
create table reputation_score (
    participant_id uuid        not null references participant (id),
    role           varchar(16) not null check (role in ('AGENT', 'VALIDATOR')),
    score          integer     not null check (score between 0 and 88888),
    updated_at     timestamptz not null,
    primary key (participant_id, role)
);

-- Append-only history: one row per participant, role and job. The unique key is what makes a replayed
-- settlement or expiry count once: its second insert conflicts and the score is left alone.
-- delta is the change actually applied (a loss stops at 0, a gain at the cap, a success is damped).
create table reputation_change (
    id             bigint      generated always as identity primary key,
    participant_id uuid        not null references participant (id),
    role           varchar(16) not null check (role in ('AGENT', 'VALIDATOR')),
    job_id         uuid        not null references job (id),
    delta          integer     not null,
    score_after    integer     not null check (score_after between 0 and 88888),
    reason         varchar(32) not null check (reason in ('JOB_SUCCEEDED', 'JOB_FAILED', 'JOB_EXPIRED',
                                                          'VOTED_WITH_OUTCOME', 'VOTED_AGAINST_OUTCOME',
                                                          'DID_NOT_REVEAL')),
    at             timestamptz not null,
    unique (participant_id, role, job_id)
);

-- A participant's history, newest first.
create index reputation_change_newest on reputation_change (participant_id, at desc, id desc);

-- The employer score: successful / settled jobs, FINALIZED ones only. One row per settled job makes a replay
-- count once; the counters make reading the score one row, however many jobs an employer settled.
create table employer_settled_job (
    job_id      uuid        primary key references job (id),
    employer_id uuid        not null references participant (id),
    success     boolean     not null,
    settled_at  timestamptz not null
);

create table employer_record (
    employer_id     uuid        primary key references participant (id),
    successful_jobs integer     not null check (successful_jobs >= 0),
    settled_jobs    integer     not null check (settled_jobs >= successful_jobs),
    updated_at      timestamptz not null
);
