-- The treasury as a party of record: the employer of the jobs that governance spawns from treasury money. Its money
-- is the TREASURY ledger account, never a wallet (ledger AccountRef.payee); nobody signs in as it.
insert into participant (id, subject, handle, display_name, created_at)
values ('00000000-0000-4000-8000-00000000a000', 'system:treasury', 'platform.treasury', 'Treasury', now());

-- CANCEL_JOB and SPAWN_JOB actions. CANCEL_JOB: job_id and note (the reason). SPAWN_JOB: the draft in these columns,
-- amount as the reward and participant_id as the preferred agent; job_id is the spawned job once executed.
alter table proposal_action
    add column job_id              uuid references job (id),
    add column title               varchar(200),
    add column description         text,
    add column spec_uri            varchar(2048),
    add column spec_hash           varchar(64),
    add column deadline            timestamptz,
    add column required_skills     text[],
    add column agent_types_allowed varchar(8),
    add column energy_budget       numeric(38, 18),
    add column compute_budget      numeric(38, 18);

-- A job cancelled by governance ends its committee's vote and its dispute without a ruling.
alter table committee drop constraint committee_phase_check;
alter table committee add constraint committee_phase_check
    check (phase in ('COMMIT', 'REVEAL', 'TALLIED', 'NO_COMMITTEE', 'CANCELLED'));

alter table dispute add column cancelled_at timestamptz;
drop index dispute_open_idx;
create index dispute_open_idx on dispute (opened_at, job_id) where resolved_at is null and cancelled_at is null;
