package org.securebase.mail;

/**
 * Every mail SecureBase writes, in one place. Mail leaves the protected system, so these take only structured
 * facts (what happened, who acted as the member may see them, the group's name, a link) and never the text of a
 * post or comment, the title of a thread, or anything typed into a case consultation.
 */
public final class MailTexts {

    static final String SIGNATURE =
            "\n\n-- \nSecureBase\nThis mail never contains what members wrote; " + "open SecureBase to read it.";

    private MailTexts() {}

    static MailText passwordReset(String link) {
        return MailText.of(
                "Set a new SecureBase password",
                "Someone, hopefully you, asked to set a new password for your SecureBase account.\n\n"
                        + "Open this link within 30 minutes to choose one (it works once):\n" + link + "\n\n"
                        + "If you did not ask, ignore this mail: your password stays as it is." + SIGNATURE);
    }

    static MailText passwordChanged(String forgotLink) {
        return MailText.of(
                "Your SecureBase password was changed",
                "The password of your SecureBase account was just changed with a reset link, and every other "
                        + "signed-in session of your account was signed out.\n\n"
                        + "If this was not you, ask for a new link at once and tell an administrator:\n"
                        + forgotLink + SIGNATURE);
    }

    static MailText emailVerification(String link) {
        return MailText.of(
                "Confirm your email for SecureBase",
                "Someone, hopefully you, signed up to SecureBase with this address.\n\n"
                        + "Open this link within 24 hours to confirm it (it works once):\n" + link + "\n\n"
                        + "Then a supervisor or administrator checks your registration, and we email you when "
                        + "it is done. Until you confirm, nobody sees your registration.\n\n"
                        + "If you did not sign up, ignore this mail." + SIGNATURE);
    }

    static MailText emailChangeLink(String link) {
        return MailText.of(
                "Confirm your new email for SecureBase",
                "Someone, hopefully you, asked to move their SecureBase account to this address.\n\n"
                        + "Open this link within 24 hours, signed in to SecureBase, and press the button on the "
                        + "page to confirm it (it works once):\n" + link + "\n\n"
                        + "Until then your account keeps its old address. If you did not ask, ignore this mail."
                        + SIGNATURE);
    }

    /** To the old address, when the change is asked for; the new one only masked ({@code n***@example.org}). */
    static MailText emailChanging(String maskedNewEmail, String forgotLink) {
        return MailText.of(
                "Your SecureBase email is being changed",
                "Your SecureBase email is being changed to " + maskedNewEmail + ". It changes once the new "
                        + "address confirms it.\n\n"
                        + "If this wasn't you, reset your password at once and tell an administrator:\n" + forgotLink
                        + SIGNATURE);
    }

    static MailText accountVerified(String loginLink) {
        return MailText.of(
                "Your SecureBase account is active",
                "A supervisor or administrator has verified your registration: your SecureBase account is "
                        + "active.\n\nSign in here:\n" + loginLink + SIGNATURE);
    }

    /** The reason is what the supervisor or admin typed about the registration, as the login page also shows it. */
    static MailText accountRefused(String reason) {
        return MailText.of(
                "Your request to join SecureBase was refused",
                "A supervisor or administrator has checked your registration and refused it.\n\n"
                        + "Reason: " + reason + "\n\n"
                        + "You cannot sign in with this account. If you think this is a mistake, please contact "
                        + "an administrator of SecureBase." + SIGNATURE);
    }

    static MailText closureRequested() {
        return MailText.of(
                "You asked to close your SecureBase account",
                "We have your request to close your SecureBase account. An administrator will close it soon; until "
                        + "then you can cancel the request on your profile page.\n\n"
                        + "When it is closed, your display name, email, password and professional details are erased, "
                        + "and you can no longer sign in. Your posts and comments stay, for the sake of the "
                        + "discussions they belong to, shown as written by a former member.\n\n"
                        + "If you did not ask for this, sign in, cancel the request and change your password."
                        + SIGNATURE);
    }

    static MailText closureDeclined(String reason) {
        return MailText.of(
                "Your SecureBase account stays open",
                "An administrator has declined your request to close your SecureBase account.\n\n" + "Reason: " + reason
                        + "\n\nYou can ask again from your profile page." + SIGNATURE);
    }

    static MailText secondFactorReset(String reason, String loginLink) {
        return MailText.of(
                "Your SecureBase second factor was reset",
                "An administrator has reset the second factor (authenticator app and recovery codes) of your "
                        + "SecureBase account, and signed out your sessions.\n\nReason: " + reason
                        + "\n\nAt your next sign-in you can set up an authenticator app again: " + loginLink
                        + "\n\nIf you did not ask for this, tell an administrator at once." + SIGNATURE);
    }

    static MailText accountClosed() {
        return MailText.of(
                "Your SecureBase account is closed",
                "As you asked, your SecureBase account is closed. Your display name, email, password and "
                        + "professional details are erased; this is the last mail we send you. Your posts and "
                        + "comments stay, shown as written by a former member." + SIGNATURE);
    }

    /** The page where a member changes what they hear about and how; every notification mail links to it. */
    public static final String PREFERENCES = "mail-preferences";

    /** One line of a digest: what happened, who acted (as the member may see them), in which group. */
    record Line(org.securebase.notifications.NotificationKind kind, String actor, String group) {}

    static String what(org.securebase.notifications.NotificationKind kind, String actor, String group) {
        String who = actor == null || actor.isBlank() ? "A member" : actor;
        String in = group == null ? "" : " in " + group;
        return switch (kind) {
            case REPLY -> who + " replied to you" + in + ".";
            case MENTION -> who + " mentioned you" + in + ".";
            case REVIEW -> "A supervisor reviewed a post of yours" + in + ".";
            case WARNING -> "A supervisor sent you a message.";
            case FLAG_OUTCOME -> "A supervisor dealt with something you flagged" + in + ".";
            case FOLLOWED_TAG -> who + " started a thread" + in + " with a theme you follow.";
            case QUEUE -> "A new item waits in the review queue" + in + ".";
            case RISK_ALERT -> "Risk alert" + in + ": a member may need someone to reach out now.";
        };
    }

    static MailText notification(
            org.securebase.notifications.NotificationKind kind,
            String actor,
            String group,
            String link,
            String preferences) {
        String subject = switch (kind) {
                    case REPLY -> "New reply";
                    case MENTION -> "You were mentioned";
                    case REVIEW -> "A supervisor reviewed your post";
                    case WARNING -> "A message from a supervisor";
                    case FLAG_OUTCOME -> "Your flag was reviewed";
                    case FOLLOWED_TAG -> "New thread in a theme you follow";
                    case QUEUE -> "New item in your review queue";
                    case RISK_ALERT -> "Risk alert: please look now";
                }
                + (group == null ? "" : " · " + group) + " · SecureBase";
        return new MailText(
                subject,
                what(kind, actor, group) + "\n\nOpen it in SecureBase:\n" + link + "\n\nChoose which mails you get: "
                        + preferences + SIGNATURE,
                preferences);
    }

    static MailText digest(java.util.List<Line> lines, String link, String preferences) {
        StringBuilder body = new StringBuilder("What you have not seen yet in SecureBase:\n\n");
        for (Line l : lines) {
            body.append("- ").append(what(l.kind(), l.actor(), l.group())).append('\n');
        }
        body.append("\nOpen your notifications:\n")
                .append(link)
                .append("\n\nChoose which mails you get: ")
                .append(preferences)
                .append(SIGNATURE);
        return new MailText(
                "Your SecureBase digest: " + lines.size() + (lines.size() == 1 ? " update" : " updates"),
                body.toString(),
                preferences);
    }
}
