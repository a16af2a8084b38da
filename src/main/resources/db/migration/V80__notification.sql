-- Notifications: customer message templates (data, edited by the administrator), the outbox that other
-- modules' CustomerMessageRequested events write in their own transaction and a dispatcher drains, and
-- staff alerts from the service-level engine's deadline events and overdue recurring duties.
create table notification_template
(
  code        varchar(64)              primary key,
  channel     varchar(16)              not null check (channel in ('SMS')),
  name        varchar(100)             not null,
  body        varchar(500)             not null,
  variables   varchar(64)[]            not null,
  source      varchar(300)             not null,
  quote       varchar(500),
  updated_by  varchar(100)             not null,
  updated_at  timestamp with time zone not null,
  version     int                      not null default 0
);

create table notification_outbox
(
  id               bigint generated always as identity primary key,
  template_code    varchar(64)              not null,
  channel          varchar(16)              not null,
  insurer_id       bigint                   not null,
  org_path         varchar(200),
  source_ref       varchar(100)             not null,
  recipient_cipher varchar(200),
  recipient_masked varchar(20)              not null,
  body             varchar(1000),
  status           varchar(16)              not null check (status in ('PENDING', 'SENT', 'FAILED', 'REJECTED')),
  attempts         int                      not null default 0,
  next_attempt_at  timestamp with time zone,
  last_attempt_at  timestamp with time zone,
  last_error       varchar(500),
  provider_ref     varchar(100),
  requested_at     timestamp with time zone not null,
  sent_at          timestamp with time zone
);
-- The dispatcher claims due messages by time; the delivery log lists an insurer's latest.
create index notification_outbox_due_idx on notification_outbox (next_attempt_at) where status = 'PENDING';
create index notification_outbox_insurer_idx on notification_outbox (insurer_id, requested_at desc);

create table staff_alert
(
  id                bigint generated always as identity primary key,
  kind              varchar(32)              not null check (kind in ('DEADLINE_APPROACHING', 'DEADLINE_BREACHED', 'COUNT_EXCEEDED', 'DUTY_OVERDUE')),
  dedupe_key        varchar(120)             not null unique,
  insurer_id        bigint,
  org_path          varchar(200),
  association_id    bigint,
  roles             varchar(32)[]            not null,
  assignee_staff_id bigint,
  title             varchar(200)             not null,
  detail            varchar(500)             not null,
  link              varchar(300),
  due_at            timestamp with time zone,
  created_at        timestamp with time zone not null
);
create index staff_alert_insurer_idx on staff_alert (insurer_id, created_at desc);

create table staff_alert_read
(
  alert_id   bigint                   not null references staff_alert (id) on delete cascade,
  account_id bigint                   not null,
  read_at    timestamp with time zone not null,
  primary key (alert_id, account_id)
);
