-- Double-entry ledger (DOMAIN.md, Money). Balances change only through org.agijobs.ledger.Ledger.transfer,
-- which writes one ledger_transfer row and updates the two balances in the same transaction.

-- One row per account, created on first use. code is AccountRef.code(): WALLET:<participant>, ESCROW:<job>,
-- TREASURY, EXTERNAL, ...; owner_id is the participant or job (null for system accounts).
create table ledger_account (
    id         uuid           primary key default gen_random_uuid(),
    code       varchar(100)   not null unique,
    kind       varchar(32)    not null,
    owner_id   uuid,
    balance    numeric(38, 18) not null default 0,
    created_at timestamptz    not null default now(),
    -- The last line of defence: even code that bypasses the ledger cannot overdraw a non-external account.
    constraint ledger_account_not_negative check (balance >= 0 or kind = 'EXTERNAL')
);

create index ledger_account_owner_idx on ledger_account (owner_id) where owner_id is not null;

-- Every movement, append-only: balances can always be recomputed from this table.
create table ledger_transfer (
    id           uuid            primary key default gen_random_uuid(),
    from_account uuid            not null references ledger_account (id),
    to_account   uuid            not null references ledger_account (id),
    amount       numeric(38, 18) not null check (amount > 0),
    reason       varchar(64)     not null check (reason <> ''),
    reference    varchar(255),
    actor        varchar(255),
    created_at   timestamptz     not null,
    constraint ledger_transfer_two_accounts check (from_account <> to_account)
);

create index ledger_transfer_from_idx on ledger_transfer (from_account);
create index ledger_transfer_to_idx on ledger_transfer (to_account);
create index ledger_transfer_reference_idx on ledger_transfer (reference) where reference is not null;

-- History is never rewritten: corrections are new transfers.
create function ledger_transfer_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'ledger_transfer is append-only (% refused)', tg_op using errcode = 'restrict_violation';
end;
$$;

create trigger ledger_transfer_no_update_or_delete
    before update or delete on ledger_transfer
    for each statement execute function ledger_transfer_append_only();

create trigger ledger_transfer_no_truncate
    before truncate on ledger_transfer
    for each statement execute function ledger_transfer_append_only();
