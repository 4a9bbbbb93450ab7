-- Fee-pool distributions (DOMAIN.md, Settlement: fee pool). The money moves only in the ledger (FEE_POOL to
-- each platform staker's WALLET, or to TREASURY when nobody holds platform stake); these rows record each run
-- and why each amount was paid, for owners and auditors. The ledger transfers carry the run's id as reference.
create table fee_distribution (
    id            uuid            primary key,
    ran_at        timestamptz     not null,
    trigger       varchar(16)     not null check (trigger in ('SCHEDULED', 'OWNER')),
    -- The owner's token subject; null for the scheduled run, which no person started.
    actor         varchar(255),
    -- The pool's balance when the run took it, and where all of it went: the three parts add up exactly.
    pool_amount   numeric(38, 18) not null check (pool_amount >= 0),
    total_stake   numeric(38, 18) not null check (total_stake >= 0),
    paid_out      numeric(38, 18) not null check (paid_out >= 0),
    to_treasury   numeric(38, 18) not null check (to_treasury >= 0),
    -- What stayed in the pool for the next epoch: the rounding remainder of the pro-rata shares.
    kept          numeric(38, 18) not null check (kept >= 0),
    recipients    integer         not null check (recipients >= 0),
    constraint fee_distribution_adds_up check (pool_amount = paid_out + to_treasury + kept),
    constraint fee_distribution_treasury_only_without_stake check (to_treasury = 0 or total_stake = 0),
    constraint fee_distribution_owner_named check ((trigger = 'OWNER') = (actor is not null))
);

create index fee_distribution_newest on fee_distribution (ran_at desc, id desc);

-- One line per staker paid in a run: the stake that weighed and the share it earned (never zero: a share
-- that rounds down to nothing is not paid and not listed).
create table fee_distribution_share (
    distribution_id uuid            not null references fee_distribution (id),
    participant_id  uuid            not null references participant (id),
    stake           numeric(38, 18) not null check (stake > 0),
    amount          numeric(38, 18) not null check (amount > 0),
    primary key (distribution_id, participant_id)
);
