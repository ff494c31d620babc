package org.securebase.threads;

/** How an author is shown: display name, "Anonymous member" to peers, or "guest: NAME" for imported comments. */
public final class Authors {

    public static final String ANONYMOUS = "Anonymous member";

    private Authors() {}

    public static String label(
            Long authorId, String displayName, String guestName, boolean anonymous, boolean viewerModerates) {
        if (authorId == null) {
            return guestName == null || guestName.isBlank() ? "guest" : "guest: " + guestName;
        }
        if (anonymous) {
            return viewerModerates ? ANONYMOUS + " (" + displayName + ")" : ANONYMOUS;
        }
        return displayName;
    }
}
