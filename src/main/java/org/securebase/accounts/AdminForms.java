package org.securebase.accounts;

public final class AdminForms {

    private AdminForms() {}

    /** An administrator is staff, not a clinician: the professional fields say so. */
    public static SignUpForm admin(String email, String password) {
        SignUpForm form = new SignUpForm();
        form.setEmail(email);
        form.setPassword(password);
        form.setDisplayName("Administrator");
        form.setFullName("Administrator");
        form.setProfession("Administrator");
        form.setLicenceNumber("n/a");
        form.setLicenceBody("n/a");
        return form;
    }
}
