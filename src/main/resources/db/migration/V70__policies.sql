-- Policies: motor, property and rural housing policies, their covers, endorsements and imports.
-- Personal data (names, ID numbers, mobiles) is held encrypted (*_cipher), looked up by keyed hash
-- (*_hash) and listed by its masked form (*_masked), so a list never decrypts.

-- 交强险 limits as data: the schedule in force on the policy's first day applies
-- (银保监发〔2020〕 交强险责任限额调整, effective 2020-09-19; before it the 2008 schedule).
create table policy_ctpl_limit
(
  effective_from  date          not null,
  item            varchar(30)   not null check (item in ('DEATH_AND_DISABILITY', 'MEDICAL_EXPENSES', 'PROPERTY_DAMAGE')),
  when_liable     numeric(14, 2) not null check (when_liable >= 0),
  when_not_liable numeric(14, 2) not null check (when_not_liable >= 0),
  primary key (effective_from, item)
);
insert into policy_ctpl_limit (effective_from, item, when_liable, when_not_liable)
values ('2008-02-01', 'DEATH_AND_DISABILITY', 110000, 11000),
       ('2008-02-01', 'MEDICAL_EXPENSES', 10000, 1000),
       ('2008-02-01', 'PROPERTY_DAMAGE', 2000, 100),
       ('2020-09-19', 'DEATH_AND_DISABILITY', 180000, 18000),
       ('2020-09-19', 'MEDICAL_EXPENSES', 18000, 1800),
       ('2020-09-19', 'PROPERTY_DAMAGE', 2000, 100);

create table policy
(
  id                    bigserial primary key,
  insurer_id            bigint         not null references insurer (id),
  issuing_unit_id       bigint         not null references org_unit (id),
  policy_no             varchar(64)    not null,
  product_line          varchar(20)    not null check (product_line in ('MOTOR', 'PROPERTY', 'RURAL_HOUSING')),
  status                varchar(20)    not null check (status in ('IN_FORCE', 'SURRENDERED')),
  period_start          timestamptz    not null,
  period_end            timestamptz    not null,
  terminated_at         timestamptz,
  surrender_reason      varchar(40),
  premium               numeric(14, 2) not null check (premium >= 0),
  refund                numeric(14, 2) check (refund >= 0),
  holder_name_cipher    text           not null,
  holder_name_masked    varchar(60)    not null,
  holder_id_cipher      text           not null,
  holder_id_hash        varchar(64)    not null,
  holder_id_masked      varchar(20)    not null,
  insured_name_cipher   text           not null,
  insured_name_masked   varchar(60)    not null,
  insured_id_cipher     text           not null,
  insured_id_hash       varchar(64)    not null,
  insured_id_masked     varchar(20)    not null,
  insured_mobile_cipher text,
  insured_mobile_masked varchar(20),
  plate                 varchar(10),
  vin                   char(17),
  vehicle_model         varchar(100),
  address               varchar(300),
  division_code         varchar(12),
  delivery_required     boolean        not null default false,
  issued_at             timestamptz    not null,
  issued_by             varchar(100)   not null,
  delivered_at          timestamptz,
  renewal_reminded_at   timestamptz,
  version               bigint         not null default 0,
  check (period_end > period_start),
  check ((product_line = 'MOTOR') = (vin is not null)),
  check (product_line = 'MOTOR' or address is not null),
  unique (insurer_id, policy_no)
);
create index policy_plate_idx on policy (insurer_id, plate) where plate is not null;
create index policy_insured_id_idx on policy (insurer_id, insured_id_hash);
create index policy_holder_id_idx on policy (insurer_id, holder_id_hash);
create index policy_unit_idx on policy (issuing_unit_id, period_end desc);

create table policy_coverage
(
  policy_id   bigint         not null references policy (id) on delete cascade,
  kind        varchar(30)    not null check (kind in ('CTPL', 'THIRD_PARTY_LIABILITY', 'VEHICLE_DAMAGE',
                                                      'PROPERTY_DAMAGE', 'RURAL_HOUSING')),
  sum_insured numeric(14, 2) not null check (sum_insured > 0),
  deductible  numeric(14, 2) not null check (deductible >= 0),
  primary key (policy_id, kind)
);

-- 批改: one request to change a policy, with the one-time list of materials told to the applicant.
create table policy_endorsement
(
  id                 bigserial primary key,
  policy_id          bigint        not null references policy (id),
  endorsement_no     varchar(64)   not null,
  kind               varchar(40)   not null,
  status             varchar(20)   not null check (status in ('AWAITING_MATERIALS', 'COMPLETED', 'WITHDRAWN')),
  requested_value    varchar(300)  not null,
  previous_value     varchar(300),
  materials          text          not null,
  materials_received text          not null default '',
  explanations       int           not null default 1 check (explanations >= 1),
  reexplain_reason   varchar(500),
  requested_at       timestamptz   not null,
  requested_by       varchar(100)  not null,
  closed_at          timestamptz,
  closed_by          varchar(100),
  withdraw_reason    varchar(500),
  version            bigint        not null default 0,
  unique (policy_id, endorsement_no)
);
create index policy_endorsement_policy_idx on policy_endorsement (policy_id, requested_at desc);

-- One import run (API batch or Excel upload) and its rejected rows.
create table policy_import
(
  id             uuid          primary key,
  insurer_id     bigint        not null references insurer (id),
  started_by     varchar(100)  not null,
  source         varchar(20)   not null check (source in ('EXCEL', 'API')),
  file_name      varchar(255),
  status         varchar(20)   not null check (status in ('RUNNING', 'FINISHED', 'FAILED')),
  total_rows     int           not null default 0,
  processed_rows int           not null default 0,
  imported_rows  int           not null default 0,
  rejected_rows  int           not null default 0,
  started_at     timestamptz   not null,
  finished_at    timestamptz
);

create table policy_import_error
(
  import_id  uuid          not null references policy_import (id) on delete cascade,
  row_no     int           not null,
  field      varchar(60)   not null,
  message    varchar(500)  not null,
  primary key (import_id, row_no, field)
);
