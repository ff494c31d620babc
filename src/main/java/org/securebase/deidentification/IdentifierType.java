package org.securebase.deidentification;

/** Kinds of identifying detail, after HIPAA's Safe Harbor list as it applies to case vignettes. */
public enum IdentifierType {
    NAME,
    LOC,
    DATE,
    AGE,
    CONTACT,
    ID,
    ORG
}
