-- A supervisor may close a risk alert as "not a risk" (an idiom, a quotation, a marked joke): counted on the
-- dashboard so the detector's false-alarm rate in real use is visible.
alter table queue_item add column not_a_risk boolean default false not null;
