-- Spring Modulith's persisted event publication registry (schema v2 for PostgreSQL): no event is
-- lost on a crash; incomplete publications are resubmitted on restart.
create table event_publication
(
  id                     uuid                     not null primary key,
  listener_id            text                     not null,
  event_type             text                     not null,
  serialized_event       text                     not null,
  publication_date       timestamp with time zone not null,
  completion_date        timestamp with time zone,
  status                 text,
  completion_attempts    int,
  last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

create table event_publication_archive
(
  id                     uuid                     not null primary key,
  listener_id            text                     not null,
  event_type             text                     not null,
  serialized_event       text                     not null,
  publication_date       timestamp with time zone not null,
  completion_date        timestamp with time zone,
  status                 text,
  completion_attempts    int,
  last_resubmission_date timestamp with time zone
);
create index event_publication_archive_serialized_event_hash_idx on event_publication_archive using hash (serialized_event);
create index event_publication_archive_by_completion_date_idx on event_publication_archive (completion_date);

-- The audit trail is append-only: the trigger below refuses to change or remove a row.
create table audit_entry
(
  id             bigint generated always as identity primary key,
  occurred_at    timestamp with time zone not null,
  kind           varchar(16)              not null check (kind in ('WRITE', 'PII_VIEW', 'SECURITY')),
  action         varchar(64)              not null,
  actor          varchar(100)             not null,
  entity_type    varchar(64),
  entity_id      varchar(64),
  summary        text,
  remote_address varchar(64)
);
create index audit_entry_occurred_at_idx on audit_entry (occurred_at desc);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id);

create function audit_entry_is_append_only() returns trigger
  language plpgsql as
$$
begin
  raise exception 'audit_entry is append-only: % refused', tg_op;
end;
$$;

create trigger audit_entry_append_only
  before update or delete or truncate
  on audit_entry
  for each statement
execute function audit_entry_is_append_only();
