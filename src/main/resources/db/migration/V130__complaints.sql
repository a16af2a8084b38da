-- Customer contact: consultations (咨询), complaints (投诉) with their complainants and timeline, the
-- remedies (补救, 服务质量协议第五条) they lead to and the rectification ledger (整改台账). Personal data
-- (names, mobiles) is stored encrypted (v1: AES-GCM) with a masked copy for lists and a keyed hash for lookups.

create sequence consultation_number_seq;
create sequence complaint_number_seq;

create table consultation
(
  id                     bigint generated always as identity primary key,
  number                 varchar(32)              not null unique,
  insurer_id             bigint                   not null,
  org_unit_id            bigint                   not null,
  org_path               varchar(255)             not null,
  channel                varchar(24)              not null,
  category               varchar(24)              not null,
  customer_name_cipher   text,
  customer_name_masked   varchar(40),
  customer_mobile_cipher text,
  customer_mobile_masked varchar(16),
  customer_mobile_hash   varchar(64),
  question               text                     not null,
  answer                 text,
  claim_inquiry          boolean                  not null default false,
  status                 varchar(16)              not null check (status in ('OPEN', 'ANSWERED', 'CONVERTED')),
  received_at            timestamp with time zone not null,
  answered_at            timestamp with time zone,
  converted_to           varchar(32),
  created_by             varchar(64)              not null,
  created_at             timestamp with time zone not null,
  updated_at             timestamp with time zone not null,
  version                int                      not null default 0
);
create index consultation_scope_idx on consultation (insurer_id, org_path varchar_pattern_ops, received_at desc);

create table complaint
(
  id                  bigint generated always as identity primary key,
  number              varchar(32)              not null unique,
  insurer_id          bigint                   not null,
  org_unit_id         bigint                   not null,
  org_path            varchar(255)             not null,
  scheme_id           bigint,
  channel             varchar(24)              not null,
  category            varchar(24)              not null,
  product_line        varchar(16),
  content             text                     not null,
  customer_request    text                     not null,
  policy_number       varchar(40),
  claim_number        varchar(40),
  consultation_number varchar(32),
  received_at         timestamp with time zone not null,
  registered_at       timestamp with time zone not null,
  handler_staff_id    bigint,
  handler_name        varchar(100),
  status              varchar(16)              not null
    check (status in ('REGISTERED', 'ASSIGNED', 'DECIDED', 'CLOSED', 'UNDER_REVIEW', 'WITHDRAWN')),
  acknowledged_at     timestamp with time zone,
  complexity          varchar(24)              not null default 'SIMPLE',
  paused              varchar(16),
  major               boolean                  not null default false,
  disaster_related    boolean                  not null default false,
  upheld              boolean,
  facts_verified      text,
  basis               text,
  reasons             text,
  remedies_open       text,
  decided_at          timestamp with time zone,
  closed_at           timestamp with time zone,
  withdrawn_at        timestamp with time zone,
  review_requested_at timestamp with time zone,
  review_result       text,
  review_decided_at   timestamp with time zone,
  created_by          varchar(64)              not null,
  created_at          timestamp with time zone not null,
  updated_at          timestamp with time zone not null,
  version             int                      not null default 0
);
create index complaint_scope_idx on complaint (insurer_id, org_path varchar_pattern_ops, received_at desc);

create table complainant
(
  id            bigint generated always as identity primary key,
  complaint_id  bigint      not null references complaint (id),
  position      int         not null,
  name_cipher   text        not null,
  name_masked   varchar(40) not null,
  mobile_cipher text,
  mobile_masked varchar(16),
  mobile_hash   varchar(64),
  unique (complaint_id, position)
);
create index complainant_mobile_idx on complainant (mobile_hash);

-- The complaint's timeline: every step with when it happened, when and by whom it was recorded, and why
-- a step recorded late (补录) was late.
create table complaint_step
(
  id           bigint generated always as identity primary key,
  complaint_id bigint                   not null references complaint (id),
  step         varchar(40)              not null,
  occurred_at  timestamp with time zone not null,
  recorded_at  timestamp with time zone not null,
  recorded_by  varchar(64)              not null,
  note         text,
  late_reason  text
);
create index complaint_step_idx on complaint_step (complaint_id, occurred_at);

create table remedy
(
  id                   bigint generated always as identity primary key,
  insurer_id           bigint                   not null,
  org_unit_id          bigint                   not null,
  org_path             varchar(255)             not null,
  case_type            varchar(16)              not null check (case_type in ('COMPLAINT', 'CLAIM')),
  case_number          varchar(64)              not null,
  kind                 varchar(24)              not null,
  trigger              varchar(16)              not null check (trigger in ('UPHELD', 'CLOCK_BREACHED', 'MANUAL')),
  standard_code        varchar(40),
  -- one proposal per breached clock, however often the breach event is delivered
  clock_id             uuid unique,
  description          text                     not null,
  amount               numeric(14, 2),
  corrective_action    text,
  status               varchar(16)              not null
    check (status in ('PROPOSED', 'APPROVED', 'ACCEPTED', 'REFUSED', 'COMPLETED')),
  proposed_at          timestamp with time zone not null,
  proposed_by          varchar(64)              not null,
  approved_at          timestamp with time zone,
  approved_by          varchar(64),
  answered_at          timestamp with time zone,
  answer_note          text,
  follow_up_due        date,
  completed_at         timestamp with time zone,
  completed_by         varchar(64),
  follow_up_note       text,
  version              int                      not null default 0
);
create index remedy_scope_idx on remedy (insurer_id, org_path varchar_pattern_ops, proposed_at desc);

create table rectification_item
(
  id               bigint generated always as identity primary key,
  insurer_id       bigint                   not null,
  org_unit_id      bigint                   not null,
  org_path         varchar(255)             not null,
  complaint_number varchar(32),
  problem          text                     not null,
  root_cause       text                     not null,
  owner            varchar(100)             not null,
  due_on           date                     not null,
  status           varchar(16)              not null check (status in ('OPEN', 'DONE', 'VERIFIED')),
  result           text,
  done_at          timestamp with time zone,
  verified_by      varchar(64),
  verified_at      timestamp with time zone,
  verification     text,
  created_by       varchar(64)              not null,
  created_at       timestamp with time zone not null,
  version          int                      not null default 0
);
create index rectification_scope_idx on rectification_item (insurer_id, org_path varchar_pattern_ops, due_on);
