-- Governance (DOMAIN.md, Governance): the parameter registry's last changes, the council, proposals with their
-- actions, approvals and history. Values change only when a proposal executes; every step is a history row.

-- Which executed proposal set a parameter's value, and when (null while the seeded default holds).
alter table parameter add column changed_by_proposal uuid;
alter table parameter add column changed_at timestamptz;

insert into parameter (name, value) values
    ('COUNCIL_THRESHOLD', '2'),
    ('TIMELOCK_DELAY', 'PT24H')
on conflict (name) do nothing;

-- The owners who approve proposals, by token subject. Seeded once from configuration (the realm's owners);
-- afterwards changed only by executed proposals.
create table council_member (
    subject             varchar(255) primary key,
    username            varchar(255) not null,
    added_at            timestamptz  not null,
    added_by_proposal   uuid
);

create table proposal (
    id               uuid primary key,
    state            varchar(16)   not null check (state in ('PENDING', 'QUEUED', 'EXECUTED', 'FAILED', 'CANCELLED')),
    reason           varchar(2000) not null,
    proposer_subject varchar(255)  not null,
    proposer_name    varchar(255)  not null,
    protective       boolean       not null,
    created_at       timestamptz   not null,
    eta              timestamptz,
    closed_at        timestamptz,
    failure_reason   varchar(2000),
    version          bigint        not null
);

create index proposal_newest on proposal (created_at desc, id desc);
create index proposal_state_newest on proposal (state, created_at desc, id desc);

-- The actions of a proposal, applied in position order and atomically. Which columns are set depends on the kind.
create table proposal_action (
    proposal_id    uuid         not null references proposal (id),
    position       int          not null,
    kind           varchar(32)  not null,
    parameter      varchar(64),
    value          varchar(255),
    subject        varchar(255),
    name           varchar(255),
    participant_id uuid,
    amount         numeric(38, 18),
    destination    varchar(255),
    note           varchar(2000),
    primary key (proposal_id, position)
);

create table proposal_approval (
    proposal_id    uuid         not null references proposal (id),
    member_subject varchar(255) not null,
    member_name    varchar(255) not null,
    approved_at    timestamptz  not null,
    primary key (proposal_id, member_subject)
);

-- Every step of every proposal: who (a member's subject, or system:governance for the scheduler), when, what.
create table proposal_history (
    id            bigserial     primary key,
    proposal_id   uuid          not null references proposal (id),
    step          varchar(16)   not null,
    actor_subject varchar(255)  not null,
    actor_name    varchar(255)  not null,
    at            timestamptz   not null,
    detail        varchar(2000)
);

create index proposal_history_of on proposal_history (proposal_id, id);
