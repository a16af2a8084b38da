-- Occurrences of the recurring duties of duties/recurring-duties.yml (定期, 每月, 每年): one per duty,
-- owner and period. The owner is a plain id (insurer, unit, association or scheme) with the columns the
-- data scope needs, because owners live in other modules.
create table duty_occurrence
(
  id             bigint generated always as identity primary key,
  duty_code      varchar(64)              not null,
  owner_type     varchar(16)              not null check (owner_type in ('INSURER', 'BRANCH', 'ASSOCIATION', 'SCHEME')),
  owner_id       bigint                   not null,
  owner_name     varchar(200)             not null,
  insurer_id     bigint,
  org_path       varchar(200),
  county_code    varchar(12),
  period_start   date                     not null,
  period_end     date                     not null,
  due_day        date                     not null,
  due_at         timestamp with time zone not null,
  due_provisional boolean                 not null default false,
  optional       boolean                  not null default false,
  status         varchar(16)              not null check (status in ('OPEN', 'OVERDUE', 'DONE', 'DONE_LATE', 'LAPSED')),
  overdue_at     timestamp with time zone,
  performed_on   date,
  evidence       varchar(500),
  note           varchar(2000),
  completed_by   varchar(100),
  completed_at   timestamp with time zone,
  created_at     timestamp with time zone not null,
  version        int                      not null default 0,
  constraint duty_occurrence_once_per_period unique (duty_code, owner_type, owner_id, period_start),
  constraint duty_occurrence_period check (period_end >= period_start),
  constraint duty_occurrence_done_has_evidence check (status not in ('DONE', 'DONE_LATE') or evidence is not null)
);
-- The overdue sweep claims open occurrences by due time.
create index duty_occurrence_open_due_idx on duty_occurrence (due_at) where status = 'OPEN';
create index duty_occurrence_insurer_idx on duty_occurrence (insurer_id, period_start);
