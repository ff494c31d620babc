package org.securebase.accounts;

/** The signed-in member's own data, to download from the profile page; the memberdata module implements it. */
public interface MemberDataExport {

    /** A zip of JSON files (profile, posts, comments, notifications) of the signed-in member only; audited. */
    byte[] zipOfMine();
}
