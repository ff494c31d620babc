package org.securebase.accounts.signin;

/** A client address with its last part hidden (203.0.113.x, 2001:db8:85a3:x), so that no full address is stored. */
final class Addresses {

    private Addresses() {}

    static String truncate(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String a = address.strip();
        if (a.contains(":")) {
            String[] groups = a.replaceAll("[\\[\\]]", "").split(":");
            StringBuilder kept = new StringBuilder();
            for (int i = 0; i < Math.min(3, groups.length) && !groups[i].isEmpty(); i++) {
                kept.append(groups[i]).append(':');
            }
            return kept.isEmpty() ? "x" : kept + "x";
        }
        int lastDot = a.lastIndexOf('.');
        return lastDot < 0 ? "unknown" : a.substring(0, lastDot + 1) + "x";
    }
}
