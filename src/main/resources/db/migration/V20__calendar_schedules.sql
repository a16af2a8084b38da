-- Holiday schedules uploaded through the calendar administration page, one row per year. An upload of
-- a year replaces that year (the whole State Council notice); the newest of an upload and a file
-- dropped into the calendars directory wins over the packaged data.
create table calendar_year_upload
(
  year        int                      not null primary key check (year between 1949 and 2999),
  content     text                     not null,
  file_name   varchar(200)             not null,
  day_count   int                      not null,
  uploaded_by varchar(100)             not null,
  uploaded_at timestamp with time zone not null,
  version     int                      not null default 0
);

-- The schedule each year was last served with, so that a change found on start or reload (a new
-- upload, a file dropped in while the application was down) recomputes the clocks of that year only.
create table calendar_year_fingerprint
(
  year        int         not null primary key,
  fingerprint varchar(64) not null,
  version     int         not null default 0
);
