-- The blanks of contracts that the service-standards catalog leaves to each insurer or scheme: the
-- service-quality agreement's [例如:N] and the rural housing bid's XXX个工作日. The owner is a plain
-- id (insurer or scheme), not a foreign key, because schemes live in another module.
create table contract_parameter
(
  id         bigint generated always as identity primary key,
  owner_type varchar(16)              not null check (owner_type in ('INSURER', 'SCHEME')),
  owner_id   bigint                   not null,
  parameter  varchar(100)             not null,
  amount     integer                  not null check (amount between 1 and 365),
  unit       varchar(20) check (unit in ('MINUTES', 'HOURS', 'CALENDAR_DAYS', 'WORKING_DAYS', 'MONTHS', 'SERVICE_HOURS')),
  updated_by varchar(100)             not null,
  updated_at timestamp with time zone not null,
  version    integer                  not null default 0,
  constraint contract_parameter_owner_parameter_uq unique (owner_type, owner_id, parameter)
);
