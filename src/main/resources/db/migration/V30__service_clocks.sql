-- Service clocks: one row per (case, standard). The breach sweep reads the partial index on the
-- deadline of running clocks with FOR UPDATE SKIP LOCKED, so several nodes can sweep one database.
create table service_clock
(
  id                   uuid                     not null primary key,
  case_type            varchar(32)              not null,
  case_id              varchar(64)              not null,
  standard_code        varchar(64)              not null,
  insurer_id           bigint                   not null,
  org_unit_id          bigint                   not null,
  org_path             varchar(255)             not null,
  assignee_id          bigint,
  started_at           timestamp with time zone not null,
  period_amount        bigint                   not null,
  period_unit          varchar(16)              not null,
  calendar_id          varchar(32)              not null,
  roll_rest_day        boolean                  not null,
  end_at_close         boolean                  not null,
  deadline             timestamp with time zone not null,
  state                varchar(16)              not null
    check (state in ('RUNNING', 'PAUSED', 'MET', 'BREACHED', 'CANCELLED')),
  paused_since         timestamp with time zone,
  pause_reason         varchar(100),
  warning_percents     varchar(64)              not null default '',
  warned_percent       smallint                 not null default 0,
  next_warning_at      timestamp with time zone,
  escalation_roles     varchar(255)             not null default '',
  breach_flagged_at    timestamp with time zone,
  breach_ack_reason    varchar(500),
  breach_ack_by        varchar(100),
  breach_ack_at        timestamp with time zone,
  stopped_at           timestamp with time zone,
  elapsed_seconds      bigint,
  version              int                      not null default 0,
  constraint service_clock_one_per_case_and_standard unique (case_type, case_id, standard_code)
);
create index service_clock_due_idx on service_clock (deadline) where state in ('RUNNING');
create index service_clock_warning_due_idx on service_clock (next_warning_at) where state in ('RUNNING');
create index service_clock_org_path_idx on service_clock (org_path varchar_pattern_ops);
create index service_clock_calendar_idx on service_clock (calendar_id, id) where state in ('RUNNING', 'PAUSED');
create index service_clock_started_idx on service_clock (started_at);

-- 司法解释二第十五条, 投诉办法第十八条/第二十三条: periods that do not count towards the limit.
create table service_clock_pause
(
  clock_id    uuid                     not null references service_clock (id) on delete cascade,
  paused_from timestamp with time zone not null,
  paused_to   timestamp with time zone not null,
  reason      varchar(100)             not null,
  primary key (clock_id, paused_from)
);

-- 投诉办法第十八条, 浙江规范第七章 2.7.1: approved extensions, each with its notice to the customer.
create table service_clock_extension
(
  clock_id             uuid                     not null references service_clock (id) on delete cascade,
  step                 int                      not null,
  amount               bigint                   not null,
  unit                 varchar(16)              not null,
  previous_deadline    timestamp with time zone not null,
  new_deadline         timestamp with time zone not null,
  approver             varchar(100)             not null,
  reason               varchar(500)             not null,
  customer_notified_at timestamp with time zone,
  granted_at           timestamp with time zone not null,
  primary key (clock_id, step)
);

-- The timeline of a clock: everything that happened to it, in order.
create table service_clock_event_log
(
  id          bigint generated always as identity primary key,
  clock_id    uuid                     not null references service_clock (id) on delete cascade,
  occurred_at timestamp with time zone not null,
  kind        varchar(32)              not null,
  detail      varchar(500),
  actor       varchar(100)             not null
);
create index service_clock_event_log_clock_idx on service_clock_event_log (clock_id, id);

-- A milestone is acted on once: a second report of the same (case, milestone, instant) is ignored.
create table service_milestone
(
  case_type   varchar(32)              not null,
  case_id     varchar(64)              not null,
  milestone   varchar(64)              not null,
  occurred_at timestamp with time zone not null,
  received_at timestamp with time zone not null,
  primary key (case_type, case_id, milestone, occurred_at)
);

-- On breach the clock's standard names the roles to escalate to within the clock's org unit.
create table service_clock_escalation
(
  id              bigint generated always as identity primary key,
  clock_id        uuid                     not null references service_clock (id) on delete cascade,
  insurer_id      bigint                   not null,
  org_unit_id     bigint                   not null,
  org_path        varchar(255)             not null,
  roles           varchar(255)             not null,
  created_at      timestamp with time zone not null,
  constraint service_clock_escalation_once unique (clock_id)
);
create index service_clock_escalation_org_path_idx on service_clock_escalation (org_path varchar_pattern_ops, created_at desc);
