-- The remedy an insurer's service-quality agreement promises when a service clock of its complaints or claims
-- is breached (服务质量协议第五条 5.3: explanation, free re-processing, priority handling, compensation such as an
-- apology letter or a small gift): which remedy, and for a compensation the amount. One row per insurer and case
-- type, set by the insurer's manager; without one, a breach proposes the agreement's default (5.3(1), (3)).
create table remedy_term
(
  insurer_id  bigint                   not null references insurer (id),
  case_type   varchar(16)              not null check (case_type in ('COMPLAINT', 'CLAIM')),
  kind        varchar(24)              not null
    check (kind in ('EXPLANATION_AND_APOLOGY', 'FREE_REPROCESSING', 'PRIORITY_HANDLING', 'COMPENSATION')),
  amount      numeric(14, 2) check (amount > 0),
  description text                     not null,
  updated_by  varchar(64)              not null,
  updated_at  timestamp with time zone not null,
  version     int                      not null default 0,
  primary key (insurer_id, case_type),
  -- only a compensation carries an amount (Remedy.propose)
  check (amount is null or kind = 'COMPENSATION')
);
