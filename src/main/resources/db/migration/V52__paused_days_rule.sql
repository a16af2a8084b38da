-- Which days a pause leaves out of a clock's day-based period, fixed when the clock starts from its
-- standard: BOTH_END_DAYS (司法解释二第十五条 "自…之日起至…之日止", and every clock started before this
-- column existed) or DAYS_BETWEEN (only the days strictly between the pause's start and end days: the
-- catalog's earlier-warning reading of 投诉办法第十八条第二款、第二十三条).
alter table service_clock add column paused_days varchar(16) not null default 'BOTH_END_DAYS';
alter table service_clock
  add constraint service_clock_paused_days_known check (paused_days in ('BOTH_END_DAYS', 'DAYS_BETWEEN'));
