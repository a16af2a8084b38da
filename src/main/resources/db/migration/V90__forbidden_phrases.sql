-- 服务禁语 (浙江保险业机动车辆保险客户服务规范 第四篇 第九章): the list, the checks made on behalf of
-- staff, the phrases each check found, and the texts held for a supervisor's review.

-- Every change to a phrase takes a new revision, so each node sees that its compiled list is stale.
create sequence forbidden_phrase_revision;

create table forbidden_phrase
(
  id            bigint generated always as identity primary key,
  stage         varchar(16)              not null
    check (stage in ('GENERAL', 'SALES', 'UNDERWRITING', 'REPORT', 'SURVEY', 'ASSESSMENT', 'DOCUMENTS',
                     'COMPLAINT', 'INTERNAL')),
  phrase        varchar(200)             not null,
  -- the phrase's folded words: one phrase per stage however it is spaced or written
  folded        varchar(400)             not null,
  core          varchar(200)[]           not null default '{}',
  -- where the source says it; null for a phrase an administrator added
  source_clause varchar(200),
  -- the packaged seed entry (GENERAL-01 …); null for a phrase an administrator added
  seed_key      varchar(32) unique,
  active        boolean                  not null default true,
  revision      bigint                   not null default nextval('forbidden_phrase_revision'),
  created_at    timestamp with time zone not null,
  created_by    varchar(64)              not null,
  updated_at    timestamp with time zone not null,
  updated_by    varchar(64)              not null,
  version       int                      not null default 0,
  constraint forbidden_phrase_once_per_stage unique (stage, folded)
);

-- One check of a text made on behalf of a staff member; the text itself is kept only when held.
create table phrase_check
(
  id           bigint generated always as identity primary key,
  checked_at   timestamp with time zone not null,
  account_id   bigint                   not null,
  username     varchar(64)              not null,
  display_name varchar(100)             not null,
  insurer_id   bigint,
  org_unit_id  bigint,
  org_path     varchar(255),
  stage        varchar(16)              not null,
  source       varchar(40)              not null,
  reference    varchar(100),
  outcome      varchar(8)               not null check (outcome in ('PASSED', 'BLOCKED', 'HELD')),
  text_length  int                      not null
);
create index phrase_check_scope_idx on phrase_check (insurer_id, org_path varchar_pattern_ops, checked_at);
create index phrase_check_account_idx on phrase_check (account_id, checked_at);

create table phrase_hit
(
  id         bigint generated always as identity primary key,
  check_id   bigint                   not null references phrase_check (id),
  phrase_id  bigint                   not null references forbidden_phrase (id),
  stage      varchar(16)              not null,
  match_kind varchar(8)               not null check (match_kind in ('EXACT', 'NEAR')),
  blocks     boolean                  not null,
  similarity numeric(4, 3)            not null,
  offset_at  int                      not null,
  length     int                      not null
);
create index phrase_hit_check_idx on phrase_hit (check_id);
create index phrase_hit_phrase_idx on phrase_hit (phrase_id);

-- A held text waits for a QUALITY_INSPECTOR or MANAGER of the writer's organisation. The text is
-- encrypted (PiiCipher): replies to customers carry names, numbers and addresses.
create table held_text
(
  id             bigint generated always as identity primary key,
  check_id       bigint                   not null unique references phrase_check (id),
  text_encrypted text                     not null,
  status         varchar(10)              not null default 'PENDING'
    check (status in ('PENDING', 'RELEASED', 'REJECTED')),
  decided_by     varchar(64),
  decided_at     timestamp with time zone,
  decision_note  varchar(500),
  version        int                      not null default 0,
  constraint held_text_decision_is_complete check (
    (status = 'PENDING') = (decided_by is null and decided_at is null)
  )
);
create index held_text_pending_idx on held_text (status) where status = 'PENDING';
