-- Callbacks (回访) and satisfaction surveys: questionnaires and their answer scales as data (the seeds'
-- surveys kept apart), each insurer's sampling rule, the callback tasks with their attempts, and the answers.

create table answer_scale
(
  code  varchar(32)  primary key,
  title varchar(100) not null
);

create table scale_option
(
  scale_code varchar(32) not null references answer_scale (code),
  position   int         not null,
  code       varchar(32) not null,
  label      varchar(40) not null,
  -- counts towards the satisfaction rate (the scale's top answer)
  satisfied  boolean     not null default false,
  primary key (scale_code, code),
  unique (scale_code, position)
);

create table questionnaire
(
  code    varchar(32)  primary key,
  title   varchar(100) not null,
  source  varchar(200) not null,
  intro   text,
  -- what the packaged version leaves out of the seed and why
  omitted text
);

create table questionnaire_question
(
  questionnaire_code varchar(32)  not null references questionnaire (code),
  position           int          not null,
  code               varchar(32)  not null,
  text               varchar(300) not null,
  scale_code         varchar(32)  not null references answer_scale (code),
  -- whether the question rates the service (and enters the satisfaction rate)
  rates_service      boolean      not null,
  primary key (questionnaire_code, code),
  unique (questionnaire_code, position)
);

insert into answer_scale (code, title) values
  ('SAT3-002', '满意 / 一般 / 不满意（002 客户服务满意度调查表）'),
  ('ABLE-002', '能 / 不能（002）'),
  ('WILLING-002', '愿意 / 不愿意（002）'),
  ('SAT3-004', '满意 / 基本满意 / 不满意（004 互助县农房保险投标方案）');
insert into scale_option (scale_code, position, code, label, satisfied) values
  ('SAT3-002', 1, 'SATISFIED', '满意', true),
  ('SAT3-002', 2, 'NEUTRAL', '一般', false),
  ('SAT3-002', 3, 'DISSATISFIED', '不满意', false),
  ('ABLE-002', 1, 'ABLE', '能', false),
  ('ABLE-002', 2, 'UNABLE', '不能', false),
  ('WILLING-002', 1, 'WILLING', '愿意', false),
  ('WILLING-002', 2, 'UNWILLING', '不愿意', false),
  ('SAT3-004', 1, 'SATISFIED', '满意', true),
  ('SAT3-004', 2, 'FAIRLY_SATISFIED', '基本满意', false),
  ('SAT3-004', 3, 'DISSATISFIED', '不满意', false);

insert into questionnaire (code, title, source, intro, omitted) values
  ('SEED-002', '客户服务满意度调查表', '002 第三篇 客户服务满意度调查表',
   '为保证我们的经营服务质量,进一步提升客户服务的水平,特邀请您协助对我公司代理人的服务满意程度进行评价。',
   '第5、6题收集第三人的姓名和联系方式（亲友、求职者）：未经本人同意不得收集他人个人信息（个人信息保护法第十三条），默认问卷不含这两题。'),
  ('SEED-004', '理赔与投诉服务满意度调查', '004 服务质量监督标准 客户评价收集；理赔服务高效；投诉处理及时',
   '设计科学合理的调查问卷,涵盖服务态度、理赔速度、保险条款清晰度等多个方面。', null);
insert into questionnaire_question (questionnaire_code, position, code, text, scale_code, rates_service) values
  ('SEED-002', 1, 'Q1', '1、对公司基本情况的介绍是否满意?', 'SAT3-002', true),
  ('SEED-002', 2, 'Q2', '2、对代理人服务态度是否满意?', 'SAT3-002', true),
  ('SEED-002', 3, 'Q3', '3、以目前的收入情况,能否满足您未来的个人养老问题?', 'ABLE-002', false),
  ('SEED-002', 4, 'Q4', '4、如果商业养老保险能帮助您轻松地解决上述问题,您愿意了解吗?', 'WILLING-002', false),
  ('SEED-004', 1, 'ATTITUDE', '您对我们的服务态度是否满意?', 'SAT3-004', true),
  ('SEED-004', 2, 'SPEED', '您对理赔（投诉处理）的速度是否满意?', 'SAT3-004', true),
  ('SEED-004', 3, 'TERMS', '您对保险条款讲解的清晰程度是否满意?', 'SAT3-004', true);

create table callback_rule
(
  insurer_id              bigint primary key,
  -- 回访比例: the share of paid claims below the amount called back, chosen by the claim number's hash
  share_percent           int            not null check (share_percent between 0 and 100),
  -- every paid claim at or above this amount is called back
  amount_threshold        numeric(14, 2) not null check (amount_threshold >= 0),
  claim_questionnaire     varchar(32)    not null references questionnaire (code),
  complaint_questionnaire varchar(32)    not null references questionnaire (code),
  max_attempts            int            not null check (max_attempts between 1 and 10),
  updated_by              varchar(64)    not null,
  updated_at              timestamp with time zone not null,
  version                 int            not null default 0
);

create table callback_task
(
  id                 bigint generated always as identity primary key,
  insurer_id         bigint                   not null,
  org_unit_id        bigint                   not null,
  org_path           varchar(255)             not null,
  source             varchar(24)              not null check (source in ('CLAIM_PAYMENT', 'COMPLAINT_CLOSURE')),
  case_number        varchar(64)              not null,
  reason             varchar(24)              not null,
  questionnaire_code varchar(32)              not null references questionnaire (code),
  mobile_cipher      text,
  mobile_masked      varchar(16),
  contact_ref        varchar(100),
  rated_staff        varchar(100),
  status             varchar(16)              not null check (status in ('OPEN', 'COMPLETED', 'UNREACHABLE')),
  attempts           int                      not null default 0,
  max_attempts       int                      not null,
  created_at         timestamp with time zone not null,
  last_attempt_at    timestamp with time zone,
  completed_at       timestamp with time zone,
  completed_by       varchar(64),
  version            int                      not null default 0,
  -- one callback per event, however often it is delivered
  unique (insurer_id, source, case_number)
);
create index callback_task_queue_idx on callback_task (insurer_id, org_path varchar_pattern_ops, status, created_at);

create table callback_attempt
(
  id       bigint generated always as identity primary key,
  task_id  bigint                   not null references callback_task (id),
  at       timestamp with time zone not null,
  by_user  varchar(64)              not null,
  channel  varchar(8)               not null check (channel in ('PHONE', 'SMS')),
  outcome  varchar(16)              not null check (outcome in ('REACHED', 'NO_ANSWER', 'BUSY', 'WRONG_NUMBER', 'REFUSED')),
  note     text
);

create table callback_answer
(
  id                 bigint generated always as identity primary key,
  task_id            bigint                   not null references callback_task (id),
  questionnaire_code varchar(32)              not null,
  question_code      varchar(32)              not null,
  scale_code         varchar(32)              not null,
  option_code        varchar(32)              not null,
  rates_service      boolean                  not null,
  satisfied          boolean                  not null,
  answered_at        timestamp with time zone not null,
  unique (task_id, question_code),
  foreign key (scale_code, option_code) references scale_option (scale_code, code)
);
