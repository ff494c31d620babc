package org.securebase.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.securebase.shared.Inputs;

/** What a clinician tells us when joining. Mutable so a form can bind to it. */
public class SignUpForm {

    @NotBlank(message = "Please choose a display name.")
    @Size(max = 60, message = "Use at most 60 characters.")
    @Pattern(regexp = Inputs.SINGLE_LINE, message = "Use a single line of text.")
    private String displayName = "";

    @NotBlank(message = "Please enter your full name.")
    @Size(max = 120, message = "Use at most 120 characters.")
    @Pattern(regexp = Inputs.SINGLE_LINE, message = "Use a single line of text.")
    private String fullName = "";

    @NotBlank(message = "Please enter your email address.")
    @Email(message = "This does not look like an email address.")
    @Size(max = 254, message = "Use at most 254 characters.")
    private String email = "";

    private String password = "";

    @NotBlank(message = "Please enter your profession.")
    @Size(max = 80, message = "Use at most 80 characters.")
    @Pattern(regexp = Inputs.SINGLE_LINE, message = "Use a single line of text.")
    private String profession = "";

    @NotBlank(message = "Please enter your licence or registration number.")
    @Size(max = 60, message = "Use at most 60 characters.")
    @Pattern(regexp = Inputs.SINGLE_LINE, message = "Use a single line of text.")
    private String licenceNumber = "";

    @NotBlank(message = "Please enter the body that issued it.")
    @Size(max = 120, message = "Use at most 120 characters.")
    @Pattern(regexp = Inputs.SINGLE_LINE, message = "Use a single line of text.")
    private String licenceBody = "";

    private boolean trainee;

    @Size(max = 120, message = "Use at most 120 characters.")
    @Pattern(regexp = Inputs.SINGLE_LINE, message = "Use a single line of text.")
    private String clinicalSupervisor = "";

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getProfession() {
        return profession;
    }

    public void setProfession(String profession) {
        this.profession = profession;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public void setLicenceNumber(String licenceNumber) {
        this.licenceNumber = licenceNumber;
    }

    public String getLicenceBody() {
        return licenceBody;
    }

    public void setLicenceBody(String licenceBody) {
        this.licenceBody = licenceBody;
    }

    public boolean isTrainee() {
        return trainee;
    }

    public void setTrainee(boolean trainee) {
        this.trainee = trainee;
    }

    public String getClinicalSupervisor() {
        return clinicalSupervisor;
    }

    public void setClinicalSupervisor(String clinicalSupervisor) {
        this.clinicalSupervisor = clinicalSupervisor;
    }
}
