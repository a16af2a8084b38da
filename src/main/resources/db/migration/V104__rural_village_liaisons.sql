-- The villages a 村级联络员 account reports damaged houses for (issue 10: "a village liaison reports a batch of
-- damaged houses after a disaster from a phone"). Held by village code, so an assignment outlives the year's
-- scheme and carries into the renewed one; the account is named by its sign-in name, which never changes.
create table rural_liaison_village
(
  username     varchar(100)             not null,
  village_code varchar(12)              not null,
  assigned_at  timestamp with time zone not null,
  assigned_by  varchar(100)             not null,
  primary key (username, village_code)
);
create index rural_liaison_village_code_idx on rural_liaison_village (village_code);
