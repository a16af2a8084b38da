-- Claims (赔案): the aggregate as one JSON document (its steps, notices, assessment and adjustment travel
-- together and change together), with the columns lists and scoping filter on beside it.
create sequence claim_number_seq;

create table claim (
    id bigserial primary key,
    claim_no varchar(32) not null unique,
    insurer_id bigint not null references insurer (id),
    org_unit_id bigint not null references org_unit (id),
    org_path varchar(400) not null,
    policy_no varchar(64) not null,
    kind varchar(32) not null,
    status varchar(32) not null,
    loss_at timestamptz not null,
    reported_at timestamptz not null,
    surveyor_id bigint,
    zone varchar(32),
    loss_division varchar(12) not null,
    amount numeric(14, 2) not null,
    back_dated_steps int not null default 0,
    body jsonb not null,
    version int not null default 0,
    updated_at timestamptz not null
);

create index claim_scope_idx on claim (insurer_id, org_path text_pattern_ops);
create index claim_policy_loss_idx on claim (insurer_id, policy_no, loss_at);
create index claim_status_idx on claim (insurer_id, status);
create index claim_surveyor_idx on claim (surveyor_id) where surveyor_id is not null;

-- Survey photos and scanned documents, checked by content (JPEG, PNG, PDF) and hashed.
create table claim_attachment (
    id bigserial primary key,
    claim_id bigint not null references claim (id),
    content_type varchar(40) not null,
    size_bytes int not null,
    sha256 char(64) not null,
    content bytea not null,
    caption varchar(200),
    uploaded_at timestamptz not null,
    uploaded_by varchar(100) not null
);

create index claim_attachment_claim_idx on claim_attachment (claim_id);

-- Idempotency-Key of the report and step APIs: the same key with the same body answers the first result.
create table claim_request (
    insurer_id bigint not null,
    idempotency_key varchar(100) not null,
    request_hash char(64) not null,
    operation varchar(40) not null,
    claim_no varchar(32) not null,
    created_at timestamptz not null,
    primary key (insurer_id, idempotency_key)
);
