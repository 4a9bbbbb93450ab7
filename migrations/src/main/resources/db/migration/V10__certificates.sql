-- Certificates (DOMAIN.md, Certificates): on a successful settlement, the agent gets a JWS signed by the
-- platform key. The row keeps the fields for queries and the JWS exactly as issued, which is what the agent
-- hands to third parties and what verifyCertificate compares a presented certificate with.

-- One certificate per job at most: the unique job_id makes a replayed settlement event a no-op.
create table certificate (
    id          uuid            primary key,
    job_id      uuid            not null unique references job (id),
    agent_id    uuid            not null references participant (id),
    employer_id uuid            not null references participant (id),
    spec_hash   varchar(64)     not null,
    result_hash varchar(64)     not null,
    reward      numeric(38, 18) not null check (reward > 0),
    settled_at  timestamptz     not null,
    -- The JWS iat claim: whole seconds, as NumericDate has no fraction.
    issued_at   timestamptz     not null check (issued_at = date_trunc('second', issued_at)),
    key_id      varchar(128)    not null,
    jws         text            not null
);

-- myCertificates: an agent's certificates, newest first, paged by keyset.
create index certificate_agent_issued_idx on certificate (agent_id, issued_at desc, id desc);

-- Development and tests only: the key the platform generates for itself when no signing key is configured
-- (agijobs.certificates.signing-key). A private key in a table is readable by everyone who can read the
-- database or its backups, who could then forge certificates; production configures its key from a secret.
-- One row per name; every instance inserts its candidate if absent and then signs with whatever row won.
create table certificate_signing_key (
    name        varchar(64)  primary key,
    key_id      varchar(128) not null,
    private_jwk text         not null,
    created_at  timestamptz  not null
);
