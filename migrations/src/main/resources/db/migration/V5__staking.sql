-- Staking. The money itself lives only in ledger accounts (STAKE_*, LOCKED_*, UNBONDING_* per participant);
-- these tables record why it sits there: which locks hold stake for which job, and which withdrawals wait
-- for the end of their unbonding period.

-- One row per lock of role stake for a reference (a job, a committee seat, a dispute). The unique key makes
-- a reference lock at most once per participant and role; released_at makes it release at most once.
-- amount is what the lock still holds: a slash of the reference takes from it. A lock of zero is allowed so
-- that callers need no special case when a governed stake amount (JOB_STAKE) is set to 0.
create table stake_lock (
    id             uuid           primary key,
    participant_id uuid           not null references participant (id),
    role           varchar(16)    not null check (role in ('AGENT', 'VALIDATOR')),
    reference      varchar(255)   not null,
    locked_amount  numeric(38, 18) not null check (locked_amount >= 0),
    amount         numeric(38, 18) not null check (amount >= 0 and amount <= locked_amount),
    created_at     timestamptz    not null,
    released_at    timestamptz,
    unique (participant_id, role, reference)
);

create index stake_lock_active on stake_lock (participant_id, role) where released_at is null;

-- A request to take role stake out: it sits in UNBONDING_* until available_at, then finalizing moves what is
-- left of it (amount; slashes during unbonding shrink it) to the wallet, exactly once.
create table stake_withdrawal (
    id               uuid           primary key,
    participant_id   uuid           not null references participant (id),
    role             varchar(16)    not null check (role in ('AGENT', 'VALIDATOR', 'PLATFORM')),
    requested_amount numeric(38, 18) not null check (requested_amount > 0),
    amount           numeric(38, 18) not null check (amount >= 0 and amount <= requested_amount),
    requested_at     timestamptz    not null,
    available_at     timestamptz    not null check (available_at >= requested_at),
    state            varchar(16)    not null check (state in ('REQUESTED', 'FINALIZED')),
    finalized_at     timestamptz,
    check ((state = 'FINALIZED') = (finalized_at is not null))
);

create index stake_withdrawal_pending on stake_withdrawal (participant_id, role) where state = 'REQUESTED';
create index stake_withdrawal_by_participant on stake_withdrawal (participant_id, requested_at desc, id);
