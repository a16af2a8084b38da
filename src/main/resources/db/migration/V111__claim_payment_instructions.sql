-- Payment instructions handed to the bank (BankPayments): PENDING until the bank confirms the transfer
-- under the instruction's reference, then PAID with the bank's own reference. The payee's account is in
-- the bank file and, encrypted, in the claim; here only what reconciliation needs.
create table claim_payment_instruction
(
  reference      varchar(40)              primary key,
  claim_no       varchar(32)              not null,
  insurer_id     bigint                   not null,
  amount         numeric(14, 2)           not null check (amount > 0),
  bank_file      varchar(500)             not null,
  state          varchar(16)              not null check (state in ('PENDING', 'PAID')),
  instructed_at  timestamp with time zone not null,
  confirmed_at   timestamp with time zone,
  bank_reference varchar(64)
);
create index claim_payment_instruction_claim_idx on claim_payment_instruction (claim_no);
