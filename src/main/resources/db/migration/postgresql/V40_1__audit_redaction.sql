-- The audit trail stays append-only, with one exception: a redaction (which sets securebase.redacting for its own
-- transaction) may replace text in an entry's target name and reason. Every other column must stay as it was.
create or replace function audit_entry_refuse_change() returns trigger as $$
begin
    if tg_op = 'UPDATE' and coalesce(current_setting('securebase.redacting', true), '') = 'on'
            and new.id = old.id and new.occurred_at = old.occurred_at
            and new.actor_id is not distinct from old.actor_id and new.actor_name = old.actor_name
            and new.action = old.action and new.target_type = old.target_type
            and new.target_id is not distinct from old.target_id then
        return new;
    end if;
    raise exception 'audit_entry is append-only: % refused', tg_op;
end;
$$ language plpgsql;
