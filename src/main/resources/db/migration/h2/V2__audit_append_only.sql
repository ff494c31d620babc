create trigger audit_entry_no_update before update on audit_entry
    for each row call 'org.securebase.audit.AppendOnlyTrigger';
create trigger audit_entry_no_delete before delete on audit_entry
    for each row call 'org.securebase.audit.AppendOnlyTrigger';
