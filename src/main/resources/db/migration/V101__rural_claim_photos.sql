-- The photos a surveyor takes of a damaged house (投标方案 现场查勘: 「对事故现场进行拍照、录像，收集相关证据，
-- 如房屋受损照片」), kept with the house claim: JPEG or PNG told by content, size-limited, with the content's
-- SHA-256 so a photo can be proven unchanged. The assessment counts them.
create table rural_claim_photo
(
  id           bigint generated always as identity primary key,
  claim_id     bigint                   not null references rural_house_claim (id),
  content_type varchar(16)              not null check (content_type in ('image/jpeg', 'image/png')),
  size_bytes   int                      not null check (size_bytes > 0),
  sha256       varchar(64)              not null,
  content      bytea                    not null,
  caption      varchar(200),
  uploaded_at  timestamp with time zone not null,
  uploaded_by  varchar(100)             not null
);
create index rural_claim_photo_claim_idx on rural_claim_photo (claim_id);
