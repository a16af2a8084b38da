-- Repair shops (修理厂) an insurer may recommend, and the shop each claim's customer chose. 浙江规范第七章 2.3.8:
-- 「公司不得指定修理厂或配件供应商,但可向客户推荐具有机动车辆维修管理部门核定的具有二类以上维修资质的修理厂。」
-- So a shop carries its qualification class (一类/二类/三类) and only classes 1 and 2 are ever recommended;
-- the claim keeps the customer's own choice, which may be any shop, and nothing that designates one.
create table repair_shop
(
  id                  bigint generated always as identity primary key,
  insurer_id          bigint                   not null references insurer (id),
  name                varchar(100)             not null,
  division_code       varchar(12)              not null check (division_code ~ '^[0-9]{6}$'),
  qualification_class smallint                 not null check (qualification_class between 1 and 3),
  contact             varchar(100)             not null,
  active              boolean                  not null default true,
  updated_by          varchar(64)              not null,
  updated_at          timestamp with time zone not null,
  version             int                      not null default 0,
  unique (insurer_id, name)
);
create index repair_shop_area_idx on repair_shop (insurer_id, division_code) where active;

create table claim_repair_choice
(
  claim_id    bigint primary key references claim (id),
  shop_id     bigint references repair_shop (id),
  shop_name   varchar(100)             not null,
  -- the customer was told, before choosing, that any shop may be chosen (2.3.8)
  told_free_choice boolean             not null check (told_free_choice),
  recorded_by varchar(64)              not null,
  recorded_at timestamp with time zone not null,
  version     int                      not null default 0
);
