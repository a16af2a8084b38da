-- The one-customer view (docs/customer.md) finds a customer's consultations and complaints by the keyed hash of
-- the mobile and by the policies and claims a complaint names; without these every search reads every row.
create index consultation_mobile_idx on consultation (customer_mobile_hash);
create index consultation_converted_idx on consultation (converted_to);
create index complaint_policy_number_idx on complaint (policy_number);
create index complaint_claim_number_idx on complaint (claim_number);
