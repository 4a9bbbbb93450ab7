-- A participant is a Keycloak user or service account, known by the token's subject.
-- The profile is created on first authenticated use; roles are never stored: they come from the token.
create table participant (
    id                      uuid primary key,
    subject                 varchar(255) not null unique,
    handle                  varchar(64)  not null unique,
    display_name            varchar(200) not null,
    agent_type              varchar(8)   not null default 'HUMAN' check (agent_type in ('HUMAN', 'AI')),
    profile_uri             varchar(2048),
    policy_version_acknowledged integer  not null default 0,
    blacklisted             boolean      not null default false,
    created_at              timestamptz  not null,
    version                 bigint       not null default 0
);

create table participant_skill (
    participant_id uuid        not null references participant (id) on delete cascade,
    skill          varchar(64) not null,
    primary key (participant_id, skill)
);
