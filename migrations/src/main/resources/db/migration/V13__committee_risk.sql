-- Committee seats at risk, and the roles committee draws rely on (README, domain decisions: committee weight and
-- validator roles).

-- The realm roles of the newest token the platform has seen for each participant (lower-case names, sorted), and
-- that token's issued-at. Roles still come from the token for every authorization; these columns only tell a
-- committee draw, which runs without the participant's token, who still holds the validator role. A request with
-- an older token never overwrites what a newer one recorded; null roles_issued_at means "not known yet".
alter table participant
    add column seen_roles      text[]      not null default '{}',
    add column roles_issued_at timestamptz;

-- Until now no roles were recorded: whoever holds validator stake had the validator role when depositing it, and
-- keeps being drawn until a request shows otherwise.
update participant p set seen_roles = '{validator}'
where exists (select 1 from ledger_account a
              where a.owner_id = p.id and a.kind in ('STAKE_VALIDATOR', 'LOCKED_VALIDATOR') and a.balance > 0);

-- A member who did not reveal and no longer held the validator role at the tally: not penalised, not banned, not
-- rewarded (it could not vote once the role was gone).
alter table committee_member
    add column excused_at timestamptz,
    add constraint committee_member_excused_silent check (excused_at is null or revealed_at is null);
