package org.securebase.accounts;

/**
 * Whether a group the member belongs to requires its members to use a second factor. The groups module answers
 * it (it depends on accounts, not the other way round); without it no group requires one.
 */
public interface SecondFactorGroups {

    boolean anyGroupRequires(long accountId);
}
