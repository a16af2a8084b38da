-- The organisation: insurers, their branch tree, service outlets, zones, staff and associations.
-- Every mutable aggregate root carries a version column checked on update (optimistic locking).

create table insurer
(
  id          bigserial primary key,
  code        varchar(32)  not null unique,
  full_name   varchar(200) not null,
  short_name  varchar(60)  not null,
  credit_code char(18)     not null unique,
  hotline     varchar(20)  not null,
  active      boolean      not null default true,
  version     bigint       not null default 0
);

-- The materialised path (/1/4/9/) lets a data scope be one "path like '/1/4/%'" predicate.
create table org_unit
(
  id            bigserial primary key,
  insurer_id    bigint       not null references insurer (id),
  parent_id     bigint references org_unit (id),
  level         varchar(40)  not null check (level in ('HEAD_OFFICE', 'BRANCH', 'CENTRAL_SUB_BRANCH', 'SUB_BRANCH',
                                                       'BUSINESS_DEPARTMENT', 'MARKETING_SERVICE_DEPARTMENT')),
  code          varchar(64)  not null,
  name          varchar(200) not null,
  division_code varchar(12)  not null,
  path          varchar(1000) not null,
  active        boolean      not null default true,
  version       bigint       not null default 0,
  unique (insurer_id, code)
);
-- One head office per insurer.
create unique index org_unit_one_root_per_insurer on org_unit (insurer_id) where parent_id is null;
create index org_unit_path_idx on org_unit (path varchar_pattern_ops);
create index org_unit_parent_idx on org_unit (parent_id);

create table outlet
(
  id            bigserial primary key,
  org_unit_id   bigint       not null references org_unit (id),
  name          varchar(200) not null,
  address       varchar(300) not null,
  division_code varchar(12)  not null,
  kind          varchar(20)  not null check (kind in ('SELF_BUILT', 'PARTNER_SITE')),
  hotline       varchar(20)  not null,
  active        boolean      not null default true,
  version       bigint       not null default 0
);
create index outlet_org_unit_idx on outlet (org_unit_id);

-- A weekday without a row is closed.
create table outlet_hours
(
  outlet_id   bigint   not null references outlet (id) on delete cascade,
  day_of_week smallint not null check (day_of_week between 1 and 7),
  opens_at    time     not null,
  closes_at   time     not null check (closes_at > opens_at),
  primary key (outlet_id, day_of_week)
);

create table staff
(
  id                    bigserial primary key,
  insurer_id            bigint       not null references insurer (id),
  org_unit_id           bigint       not null references org_unit (id),
  name                  varchar(60)  not null,
  employee_no           varchar(32)  not null,
  -- AES-256-GCM ciphertext; the HMAC-SHA256 beside it allows exact-match search without decrypting.
  mobile_cipher         text         not null,
  mobile_hash           char(64)     not null,
  association_cert_no   varchar(64),
  active                boolean      not null default true,
  version               bigint       not null default 0,
  unique (insurer_id, employee_no)
);
create index staff_org_unit_idx on staff (org_unit_id);
create index staff_mobile_hash_idx on staff (mobile_hash);

create table staff_role
(
  staff_id bigint      not null references staff (id) on delete cascade,
  role     varchar(40) not null,
  primary key (staff_id, role)
);

create table staff_qualification
(
  staff_id   bigint       not null references staff (id) on delete cascade,
  ordinal    int          not null,
  name       varchar(100) not null,
  number     varchar(64)  not null,
  issuer     varchar(100) not null,
  issued_on  date         not null,
  expires_on date,
  primary key (staff_id, ordinal)
);

-- Weekend and holiday duty: who is on duty at an outlet on a date.
create table outlet_duty
(
  outlet_id bigint      not null references outlet (id) on delete cascade,
  duty_date date        not null,
  staff_id  bigint      not null references staff (id),
  note      varchar(200),
  primary key (outlet_id, duty_date, staff_id)
);

create table zone
(
  id          bigserial primary key,
  insurer_id  bigint       not null references insurer (id),
  org_unit_id bigint       not null references org_unit (id),
  name        varchar(100) not null,
  kind        varchar(30)  not null check (kind in ('URBAN', 'OUTSIDE_URBAN', 'COUNTY_TOWN', 'ELSEWHERE_IN_COUNTY')),
  active      boolean      not null default true,
  version     bigint       not null default 0
);
create index zone_insurer_idx on zone (insurer_id);

create table zone_division
(
  zone_id       bigint      not null references zone (id) on delete cascade,
  division_code varchar(12) not null,
  primary key (zone_id, division_code)
);

create table association
(
  id            bigserial primary key,
  code          varchar(32)  not null unique,
  name          varchar(200) not null,
  division_code varchar(12)  not null,
  active        boolean      not null default true,
  version       bigint       not null default 0
);

create table association_member
(
  association_id bigint not null references association (id) on delete cascade,
  insurer_id     bigint not null references insurer (id),
  joined_on      date   not null,
  left_on        date,
  primary key (association_id, insurer_id, joined_on)
);
