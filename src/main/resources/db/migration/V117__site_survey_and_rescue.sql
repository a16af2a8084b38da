-- Two facts a claim records beside its document (V110), each with the guard of its clause.
--
-- 浙江规范第七章 2.3.4 (seed C08): 「如在规定范围内不需现场查勘,但客户强烈要求现场查勘的,查勘人员须先以满足客户需求为主,
-- 并及时向本机构理赔负责人报告,除因不可抗力、异地出险等特殊情况外,须根据客户要求进行现场查勘。」 Once the customer insists,
-- the claim is surveyed on site unless the claims head (MANAGER) excuses it on such a ground.
create table claim_site_survey_insistence
(
  claim_id       bigint primary key references claim (id),
  insisted_at    timestamp with time zone not null,
  insisted_by    varchar(64)              not null,
  note           varchar(500)             not null,
  excused_ground varchar(20) check (excused_ground in ('FORCE_MAJEURE', 'OUT_OF_AREA', 'OTHER_SPECIAL')),
  excused_reason varchar(500),
  excused_by     varchar(64),
  excused_at     timestamp with time zone,
  check ((excused_ground is null) = (excused_by is null) and (excused_by is null) = (excused_at is null)
         and (excused_by is null) = (excused_reason is null))
);

-- 浙江规范第七章 2.3.7 (seed C07): 「在征得客户同意的情况下,可联系相关单位提供救援服务,如需客户支付救援服务费用的须事先向客户
-- 说明。」 The fee told to the customer and when, then the order, which needs the customer's consent and, where the customer
-- pays, a disclosure recorded before it.
create table claim_rescue
(
  claim_id         bigint primary key references claim (id),
  provider         varchar(100)             not null,
  fee              numeric(14, 2) check (fee >= 0),
  fee_disclosed_at timestamp with time zone,
  fee_disclosed_by varchar(64),
  customer_pays    boolean,
  ordered_at       timestamp with time zone,
  ordered_by       varchar(64),
  check ((fee is null) = (fee_disclosed_at is null)),
  check (ordered_at is null or customer_pays is not null),
  check (ordered_at is null or not customer_pays or fee_disclosed_at <= ordered_at)
);
