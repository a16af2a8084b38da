-- The engine's second pass: a case is named within its insurer, a clock records the version of the
-- standard it runs under, the step it binds, its cycle (a repeatable standard started again), a
-- deadline counted back from an anchor (续保提醒), and whether its stop was a back-dated entry (补录).

alter table service_clock add column cycle int not null default 1;
alter table service_clock add column standard_version date;
alter table service_clock add column binds_step varchar(64);
alter table service_clock add column anchor_at timestamp with time zone;
alter table service_clock add column counted_back boolean not null default false;
alter table service_clock add column late_stop boolean not null default false;
update service_clock set standard_version = date '2000-01-01', binds_step = standard_code where standard_version is null;
alter table service_clock alter column standard_version set not null;
alter table service_clock alter column binds_step set not null;
alter table service_clock drop constraint service_clock_one_per_case_and_standard;
alter table service_clock
  add constraint service_clock_one_per_case_standard_and_cycle
  unique (insurer_id, case_type, case_id, standard_code, cycle);

-- One insurer's case ids never meet another's.
alter table service_milestone add column insurer_id bigint;
update service_milestone m set insurer_id = coalesce(
  (select c.insurer_id from service_clock c where c.case_type = m.case_type and c.case_id = m.case_id limit 1), 0);
alter table service_milestone alter column insurer_id set not null;
alter table service_milestone drop constraint service_milestone_pkey;
alter table service_milestone add primary key (insurer_id, case_type, case_id, milestone, occurred_at);
-- 补录: a step recorded long after it happened carries its reason; both times stay on record.
alter table service_milestone add column late_reason varchar(500);
alter table service_milestone add column repeat_reason varchar(500);
alter table service_milestone add column recorded_by varchar(100);

-- Count rules (保险法第二十二条 一次性通知; 铃响三声内接听): one row per case and standard.
create table service_count
(
  id               uuid                     not null primary key,
  insurer_id       bigint                   not null,
  case_type        varchar(32)              not null,
  case_id          varchar(64)              not null,
  standard_code    varchar(64)              not null,
  standard_version date                     not null,
  binds_step       varchar(64)              not null,
  org_unit_id      bigint                   not null,
  org_path         varchar(255)             not null,
  assignee_id      bigint,
  counted_milestone varchar(64)             not null,
  maximum          int                      not null check (maximum > 0),
  beyond           varchar(16)              not null check (beyond in ('BREACH', 'NEEDS_REASON')),
  counted          int                      not null default 0,
  justified        int                      not null default 0,
  state            varchar(16)              not null check (state in ('OPEN', 'CLOSED', 'CANCELLED')),
  started_at       timestamp with time zone not null,
  exceeded_at      timestamp with time zone,
  stopped_at       timestamp with time zone,
  escalation_roles varchar(255)             not null default '',
  version          int                      not null default 0,
  constraint service_count_one_per_case_and_standard unique (insurer_id, case_type, case_id, standard_code)
);
create index service_count_org_path_idx on service_count (org_path varchar_pattern_ops);
create index service_count_exceeded_idx on service_count (exceeded_at) where exceeded_at is not null;

create table service_count_occurrence
(
  count_id     uuid                     not null references service_count (id) on delete cascade,
  number       int                      not null,
  occurred_at  timestamp with time zone not null,
  reason       varchar(500),
  beyond_limit boolean                  not null,
  recorded_by  varchar(100)             not null,
  primary key (count_id, number)
);

-- Contracts in force (服务质量协议 6.1: 自双方签字盖章之日起生效, 有效期…; a scheme's bid from its contract's
-- effect for a year): a CONTRACT document binds a party only while one of its contracts is in force.
create table service_contract
(
  id            bigint generated always as identity primary key,
  party_type    varchar(16)              not null check (party_type in ('INSURER', 'SCHEME')),
  party_id      bigint                   not null,
  document_code varchar(64)              not null,
  counterparty  varchar(200)             not null,
  signed_on     date                     not null,
  valid_from    date                     not null,
  valid_to      date                     not null,
  recorded_by   varchar(100)             not null,
  recorded_at   timestamp with time zone not null,
  version       int                      not null default 0,
  constraint service_contract_dates check (valid_from >= signed_on and valid_to >= valid_from)
);
create index service_contract_party_idx on service_contract (party_type, party_id, document_code);
