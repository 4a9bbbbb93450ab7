-- Governed parameters (DOMAIN.md, Governance): one row per org.agijobs.governance.Parameter, seeded with its
-- default. Governance proposals update these rows; rules read them fresh in their own transaction. A name
-- missing here reads as the enum's default, so a new parameter works before its row exists.
create table parameter (
    name       varchar(64)  primary key,
    value      varchar(255) not null,
    updated_at timestamptz  not null default now()
);

insert into parameter (name, value) values
    ('MIN_STAKE_AGENT', '100'),
    ('MIN_STAKE_VALIDATOR', '1000'),
    ('MIN_STAKE_PLATFORM', '0'),
    ('MAX_STAKE_PER_ADDRESS', '0'),
    ('UNBONDING_PERIOD', 'P7D'),
    ('MAX_JOB_DURATION', 'P30D'),
    ('MAX_JOB_REWARD', '1000000'),
    ('FEE_PCT', '500'),
    ('VALIDATOR_REWARD_PCT', '800'),
    ('BURN_PCT', '100'),
    ('JOB_STAKE', '1'),
    ('EXPIRATION_GRACE_PERIOD', 'P1D'),
    ('PREMIUM_THRESHOLD', '0'),
    ('MAX_ACTIVE_JOBS_PER_AGENT', '3'),
    ('TERMS_VERSION', '1'),
    ('VALIDATORS_PER_JOB', '3'),
    ('COMMIT_WINDOW', 'PT1H'),
    ('REVEAL_WINDOW', 'PT1H'),
    ('REVEAL_QUORUM_PCT', '6700'),
    ('APPROVAL_THRESHOLD', '6600'),
    ('NON_REVEAL_PENALTY_BPS', '50'),
    ('NON_REVEAL_BAN', 'P1D'),
    ('VALIDATOR_SLASH_PCT', '500'),
    ('DISPUTE_WINDOW', 'P1D'),
    ('DISPUTE_FEE', '1'),
    ('DISPUTE_REVIEW_PERIOD', 'P14D'),
    ('SLASH_EMPLOYER_PCT', '5000'),
    ('SLASH_TREASURY_PCT', '5000'),
    ('SLASH_BURN_PCT', '0'),
    ('FEE_DISTRIBUTION_EPOCH', 'P1D');
