-- Operator insight (DOMAIN.md, Operator insight) reads other modules' facts through these read-only views, not
-- their tables: the views name exactly the columns the KPIs depend on, so a module may reshape its tables as long
-- as it keeps its view, and the insight module can never write what it reports on.

-- One row per settled job: when it was created and settled, how it ended, its reward, whether it was disputed.
create view insight_settled_job as
select s.job_id,
       s.success,
       s.settled_at,
       j.created_at,
       j.reward,
       exists (select 1 from dispute d where d.job_id = s.job_id) as disputed
from job_settlement s
join job j on j.id = s.job_id;

-- One row per ledger transfer with the kinds of its two accounts: enough to classify every flow by reason.
create view insight_ledger_flow as
select t.amount,
       t.reason,
       t.created_at,
       fa.kind as from_kind,
       ta.kind as to_kind
from ledger_transfer t
join ledger_account fa on fa.id = t.from_account
join ledger_account ta on ta.id = t.to_account;
