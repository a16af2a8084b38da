-- 政策性农村住房保险 (互助县 bid, seeds/004): a scheme per county and year, its household registry by
-- village, one policy (enrolment) per household and year with its premium ledger, Excel imports with
-- their row-level reports, house claims with the village public notice (公示) and its objections.
-- Money is kept in fen (分) as bigint. Personal data (name, ID number, phone, bank account, address)
-- is stored encrypted (PiiCipher, "v1:" values) with a masked copy for lists and a keyed hash of the
-- ID number for duplicate checks.

create table rural_scheme
(
  id                      bigint generated always as identity primary key,
  county_code             varchar(6)               not null,
  scheme_year             int                      not null check (scheme_year between 2000 and 2100),
  name                    varchar(200)             not null,
  insurer_id              bigint                   not null,
  org_unit_id             bigint                   not null,
  org_path                varchar(255)             not null,
  bid_document            varchar(64)              not null,
  county_authority        varchar(200)             not null,
  period_from             date                     not null,
  period_to               date                     not null,
  premium_fen             bigint                   not null check (premium_fen > 0),
  farmer_fen              bigint                   not null check (farmer_fen >= 0),
  central_percent         int                      not null check (central_percent between 0 and 100),
  province_percent        int                      not null check (province_percent between 0 and 100),
  county_percent          int                      not null check (county_percent between 0 and 100),
  sum_insured_fen         bigint                   not null check (sum_insured_fen > 0),
  special_farmer_fen      bigint                   not null check (special_farmer_fen >= 0),
  special_sum_insured_fen bigint                   not null check (special_sum_insured_fen > 0),
  top_up_fen              bigint                   not null check (top_up_fen >= 0),
  top_up_sum_insured_fen  bigint                   not null check (top_up_sum_insured_fen > 0),
  deductible_fen          bigint                   not null default 0 check (deductible_fen >= 0),
  notice_days             int                      not null default 0 check (notice_days between 0 and 30),
  perils                  text                     not null,
  exclusions              text                     not null,
  insured_object          text                     not null,
  excluded_objects        text                     not null,
  updated_by              varchar(100)             not null,
  updated_at              timestamp with time zone not null,
  version                 int                      not null default 0,
  constraint rural_scheme_shares_make_whole check (central_percent + province_percent + county_percent = 100),
  constraint rural_scheme_one_per_county_and_year unique (county_code, scheme_year)
);

create table rural_household
(
  id               bigint generated always as identity primary key,
  scheme_id        bigint                   not null references rural_scheme (id),
  town_code        varchar(9)               not null,
  village_code     varchar(12)              not null,
  register_no      varchar(40)              not null,
  head_name        text                     not null,
  head_name_masked varchar(40)              not null,
  head_id          text                     not null,
  head_id_masked   varchar(20)              not null,
  head_id_hash     varchar(64)              not null,
  members          int                      not null check (members between 1 and 99),
  address          text                     not null,
  structure        varchar(20)              not null,
  year_built       int                      not null,
  floor_area       numeric(8, 2)            not null check (floor_area > 0),
  category         varchar(24)              not null,
  top_up           boolean                  not null default false,
  bank_account     text                     not null,
  bank_masked      varchar(32)              not null,
  phone            text                     not null,
  phone_masked     varchar(20)              not null,
  id_conflict      boolean                  not null default false,
  created_by       varchar(100)             not null,
  created_at       timestamp with time zone not null,
  version          int                      not null default 0,
  -- One insured dwelling per household: the 户口簿 names the household (R04).
  constraint rural_household_one_per_register unique (scheme_id, register_no)
);
create index rural_household_village_idx on rural_household (scheme_id, village_code);
create index rural_household_id_hash_idx on rural_household (scheme_id, head_id_hash);

create table rural_enrolment
(
  id               bigint generated always as identity primary key,
  scheme_id        bigint                   not null references rural_scheme (id),
  household_id     bigint                   not null references rural_household (id),
  village_code     varchar(12)              not null,
  policy_no        varchar(40)              not null unique,
  status           varchar(16)              not null check (status in ('ENROLLED', 'DECLINED')),
  decline_reason   varchar(32),
  category         varchar(24)              not null,
  top_up           boolean                  not null,
  sum_insured_fen  bigint                   not null,
  premium_fen      bigint                   not null,
  farmer_fen       bigint                   not null,
  central_fen      bigint                   not null,
  province_fen     bigint                   not null,
  county_fen       bigint                   not null,
  top_up_fen       bigint                   not null,
  farmer_paid      boolean                  not null default false,
  paid_at          timestamp with time zone,
  enrolled_by      varchar(100)             not null,
  enrolled_at      timestamp with time zone not null,
  version          int                      not null default 0,
  constraint rural_enrolment_one_per_household unique (scheme_id, household_id),
  constraint rural_enrolment_ledger_adds_up
    check (status = 'DECLINED' or farmer_fen + central_fen + province_fen + county_fen + top_up_fen = premium_fen)
);
create index rural_enrolment_village_idx on rural_enrolment (scheme_id, village_code);

create table rural_import
(
  id          uuid                     not null primary key,
  scheme_id   bigint                   not null references rural_scheme (id),
  file_name   varchar(255)             not null,
  state       varchar(16)              not null check (state in ('RUNNING', 'DONE', 'FAILED')),
  rows_read   int                      not null default 0,
  imported    int                      not null default 0,
  rejected    int                      not null default 0,
  failure     varchar(500),
  started_by  varchar(100)             not null,
  started_at  timestamp with time zone not null,
  finished_at timestamp with time zone
);

-- A rejected row keeps its cells (encrypted: they hold ID numbers) to give them back as a workbook.
create table rural_import_rejection
(
  import_id uuid         not null references rural_import (id),
  row_no    int          not null,
  column_name varchar(40) not null,
  reason    varchar(300) not null,
  cells     text         not null,
  primary key (import_id, row_no)
);

create table rural_claim_batch
(
  id           bigint generated always as identity primary key,
  scheme_id    bigint                   not null references rural_scheme (id),
  village_code varchar(12)              not null,
  peril        varchar(32)              not null,
  occurred_at  timestamp with time zone not null,
  reported_at  timestamp with time zone not null,
  reported_by  varchar(100)             not null,
  note         varchar(500)
);

create table rural_public_notice
(
  id           bigint generated always as identity primary key,
  scheme_id    bigint                   not null references rural_scheme (id),
  village_code varchar(12)              not null,
  published_at timestamp with time zone not null,
  ends_at      timestamp with time zone not null,
  closed_at    timestamp with time zone,
  published_by varchar(100)             not null,
  version      int                      not null default 0
);

create table rural_house_claim
(
  id               bigint generated always as identity primary key,
  claim_no         varchar(40)              not null unique,
  scheme_id        bigint                   not null references rural_scheme (id),
  batch_id         bigint                   not null references rural_claim_batch (id),
  household_id     bigint                   not null references rural_household (id),
  enrolment_id     bigint                   not null references rural_enrolment (id),
  village_code     varchar(12)              not null,
  zone             varchar(24)              not null,
  state            varchar(16)              not null,
  reported_at      timestamp with time zone not null,
  contacted_at     timestamp with time zone,
  arrived_at       timestamp with time zone,
  extent           varchar(16),
  assessed_loss_fen bigint,
  indemnity_fen    bigint,
  photos           int                      not null default 0,
  assessed_at      timestamp with time zone,
  notice_id        bigint references rural_public_notice (id),
  documents_complete_at timestamp with time zone,
  approved_at      timestamp with time zone,
  paid_at          timestamp with time zone,
  version          int                      not null default 0,
  constraint rural_house_claim_one_per_batch unique (batch_id, household_id)
);
create index rural_house_claim_scheme_idx on rural_house_claim (scheme_id, village_code);

create table rural_notice_objection
(
  id          bigint generated always as identity primary key,
  notice_id   bigint                   not null references rural_public_notice (id),
  claim_id    bigint                   not null references rural_house_claim (id),
  objection   varchar(1000)            not null,
  received_at timestamp with time zone not null,
  answer      varchar(1000),
  answered_at timestamp with time zone,
  answered_by varchar(100)
);
