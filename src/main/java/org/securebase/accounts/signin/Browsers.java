package org.securebase.accounts.signin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short readable form of a User-Agent, such as "Firefox 133 on Windows". A few lines of our own rather than a
 * parser library: the list only has to tell a member's own devices apart, not classify every agent there is.
 * The order matters: Edge and Opera also say Chrome, Chrome also says Safari, Android also says Linux.
 */
final class Browsers {

    private static final String[][] BROWSERS = {
        {"Edg(?:e|A|iOS)?/(\\d+)", "Edge"},
        {"OPR/(\\d+)", "Opera"},
        {"SamsungBrowser/(\\d+)", "Samsung Internet"},
        {"Firefox/(\\d+)", "Firefox"},
        {"FxiOS/(\\d+)", "Firefox"},
        {"CriOS/(\\d+)", "Chrome"},
        {"Chrome/(\\d+)", "Chrome"},
        {"Version/(\\d+)[.\\d]* (?:Mobile/\\S+ )?Safari/", "Safari"},
    };

    private static final String[][] SYSTEMS = {
        {"Windows", "Windows"},
        {"iPhone|iPad|iPod", "iOS"},
        {"Android", "Android"},
        {"CrOS", "ChromeOS"},
        {"Mac OS X|Macintosh", "macOS"},
        {"Linux", "Linux"},
    };

    private Browsers() {}

    static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Unknown browser";
        }
        String browser = "Unknown browser";
        for (String[] b : BROWSERS) {
            Matcher m = Pattern.compile(b[0]).matcher(userAgent);
            if (m.find()) {
                browser = b[1] + " " + m.group(1);
                break;
            }
        }
        for (String[] os : SYSTEMS) {
            if (Pattern.compile(os[0]).matcher(userAgent).find()) {
                return browser + " on " + os[1];
            }
        }
        return browser;
    }
}
