-- The market's pause switch (DOMAIN.md, Governance). One row holds the level in force, so pausing and resuming
-- lock it and two guardians pausing at once give one pause and one typed error. Every change is also appended
-- to market_pause_change, the audit trail of who paused or resumed, when, why and (for a resume) which proposal.
create table market_pause (
    id            smallint      primary key check (id = 1),
    level         varchar(16)   not null check (level in ('NONE', 'INTAKE', 'FULL')),
    reason        varchar(1000),
    actor_subject varchar(255),
    actor_name    varchar(255),
    -- when the level in force began (for NONE: the last resume, or the migration)
    since         timestamptz   not null,
    -- when FULL began, so a resume knows how long scheduled work and windows stood still
    full_since    timestamptz,
    check ((level = 'NONE') = (reason is null)),
    check ((level = 'FULL') = (full_since is not null))
);

insert into market_pause (id, level, since) values (1, 'NONE', now());

create table market_pause_change (
    id             bigserial     primary key,
    level          varchar(16)   not null check (level in ('NONE', 'INTAKE', 'FULL')),
    previous_level varchar(16)   not null check (previous_level in ('NONE', 'INTAKE', 'FULL')),
    -- the pauser's reason, or for a resume the proposal's
    reason         varchar(1000) not null,
    actor_subject  varchar(255)  not null,
    actor_name     varchar(255)  not null,
    proposal       varchar(255),
    at             timestamptz   not null,
    check ((level = 'NONE') = (proposal is not null))
);
