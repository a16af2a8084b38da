-- Login accounts. An account belongs to an insurer's organisation unit (staff), to an association,
-- to a county authority, or to nobody (platform administrator); its data scope follows from that.
create table user_account
(
  id                   bigint generated always as identity primary key,
  username             varchar(64)  not null unique,
  password_hash        varchar(100) not null,
  display_name         varchar(100) not null,
  roles                varchar(32)[] not null,
  insurer_id           bigint,
  org_unit_id          bigint,
  association_id       bigint,
  county_division_code varchar(12),
  staff_id             bigint,
  enabled              boolean      not null default true,
  failed_attempts      int          not null default 0,
  locked_until         timestamp with time zone,
  last_login_at        timestamp with time zone,
  created_at           timestamp with time zone not null,
  version              int          not null default 0,
  constraint user_account_scope_is_consistent check (
    (org_unit_id is null or insurer_id is not null)
  )
);
