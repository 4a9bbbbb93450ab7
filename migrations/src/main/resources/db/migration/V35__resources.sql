-- Resources (DOMAIN.md, Operator insight): capacities and base prices are governed parameters; assigned jobs
-- reserve their energy and compute budgets here, and a job's resource cost is held in its escrow.
insert into parameter (name, value) values
    ('ENERGY_CAPACITY', '1000000'),
    ('COMPUTE_CAPACITY', '1000000'),
    ('ENERGY_BASE_PRICE', '0.01'),
    ('COMPUTE_BASE_PRICE', '0.05')
on conflict (name) do nothing;

-- One row per resource: what all assigned jobs hold reserved. Reservations lock it, so they never pass capacity.
create table resource_pool (
    resource varchar(16)     primary key check (resource in ('ENERGY', 'COMPUTE')),
    reserved numeric(38, 18) not null default 0 check (reserved >= 0)
);

insert into resource_pool (resource) values ('ENERGY'), ('COMPUTE');

-- What each job holds, from its assignment until it ends; the release deletes its rows.
create table resource_reservation (
    job_id      uuid            not null references job (id),
    resource    varchar(16)     not null references resource_pool (resource),
    amount      numeric(38, 18) not null check (amount > 0),
    reserved_at timestamptz     not null,
    primary key (job_id, resource)
);

-- The cost of the job's budgets at the prices of its posting, held in escrow with reward and fee.
alter table job
    add column resource_cost numeric(38, 18) not null default 0 check (resource_cost >= 0);

-- What a settlement paid the operator pool for the job's resources.
alter table job_settlement
    add column resource_payment numeric(38, 18) not null default 0 check (resource_payment >= 0);
