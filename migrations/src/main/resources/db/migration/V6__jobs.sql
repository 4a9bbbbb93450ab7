-- Jobs (DOMAIN.md, Jobs). Money columns are exact: numeric(38,18), the scale of AGIALPHA.
-- The escrow itself lives in the ledger (account ESCROW:<job id>); the amounts here are the snapshot the
-- rules were applied with, so a later parameter change never alters an open job.
create table job (
    id                    uuid          primary key,
    title                 varchar(200)  not null,
    -- The spec: its text, or a URI to it; spec_hash is the SHA-256 (hex) of the text, or of the document at
    -- the URI as the employer computed it.
    description           text,
    spec_uri              varchar(2048),
    spec_hash             varchar(64)     not null check (spec_hash ~ '^[0-9a-f]{64}$'),
    reward                numeric(38, 18) not null check (reward > 0),
    fee                   numeric(38, 18) not null check (fee >= 0),
    fee_bps               integer       not null check (fee_bps between 0 and 10000),
    validator_reward_bps  integer       not null check (validator_reward_bps between 0 and 10000),
    deadline              timestamptz   not null,
    required_skills       varchar(64)[] not null default '{}',
    agent_types_allowed   varchar(5)    not null check (agent_types_allowed in ('HUMAN', 'AI', 'ANY')),
    preferred_agent_id    uuid          references participant (id),
    parent_id             uuid          references job (id),
    -- Resource budgets (DOMAIN.md, Resources); null when the job declares none.
    energy_budget         numeric(38, 18) check (energy_budget >= 0),
    compute_budget        numeric(38, 18) check (compute_budget >= 0),
    employer_id           uuid          not null references participant (id),
    agent_id              uuid          references participant (id),
    -- Snapshots taken at assignment: the agent stake locked for the job, and when the job expires without a
    -- submission (deadline + expiration grace period).
    job_stake             numeric(38, 18) check (job_stake >= 0),
    expires_at            timestamptz,
    state                 varchar(16)   not null check (state in ('CREATED', 'ASSIGNED', 'SUBMITTED', 'VALIDATING',
                                                                  'COMPLETED', 'FINALIZED', 'DISPUTED', 'CANCELLED',
                                                                  'EXPIRED')),
    created_at            timestamptz   not null,
    assigned_at           timestamptz,
    submitted_at          timestamptz,
    finalized_at          timestamptz,
    cancelled_at          timestamptz,
    expired_at            timestamptz,
    cancel_reason         varchar(500),
    result_hash           varchar(64)     check (result_hash ~ '^[0-9a-f]{64}$'),
    result_uri            varchar(2048),
    result_text           text,
    version               bigint        not null default 0,
    check (description is not null or spec_uri is not null),
    -- An open job has no agent; every state past assignment has one (a cancelled job may have either).
    check (state <> 'CREATED' or agent_id is null),
    check (state in ('CREATED', 'CANCELLED') or agent_id is not null),
    check (parent_id is null or parent_id <> id)
);

-- The job list's default order (newest first) doubles as the keyset of its cursors.
create index job_created_idx on job (created_at desc, id desc);
create index job_state_created_idx on job (state, created_at desc, id desc);
create index job_employer_created_idx on job (employer_id, created_at desc, id desc);
create index job_agent_state_idx on job (agent_id, state) where agent_id is not null;
create index job_parent_idx on job (parent_id) where parent_id is not null;
create index job_preferred_agent_idx on job (preferred_agent_id) where preferred_agent_id is not null;
-- Filters "jobs needing skill X" and "jobs whose skills an agent has" use the array operators @> and <@.
create index job_required_skills_idx on job using gin (required_skills);
