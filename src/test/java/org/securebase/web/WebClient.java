package org.securebase.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser seen from the server: its own cookies, no redirects followed, no JavaScript. Enough to send the
 * sign-in form as a page would, or without the token as a page elsewhere would.
 */
public final class WebClient {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public WebClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Sends this header with every request (for example X-Forwarded-For, to stand in for another address). */
    public WebClient header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void forget(String cookie) {
        cookies.remove(cookie);
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Opens the sign-in page and returns the CSRF token it carries for the form (null when it has none). */
    public String openSignInPage() {
        HttpResponse<String> page = get("/login");
        Matcher m = META.matcher(page.body());
        String token = null;
        while (m.find()) {
            if (m.group(1).equals("_csrf")) {
                token = m.group(2);
            }
        }
        return token;
    }

    /** Posts the sign-in form with the page's token, as the login form does; returns the redirect's target. */
    public String signIn(String email, String password) {
        String token = openSignInPage();
        return location(postForm("/login", Map.of("username", email, "password", password, "_csrf", token)));
    }

    /** Whether this browser's session is signed in: the home page opens instead of redirecting to sign-in. */
    public boolean signedIn() {
        HttpResponse<String> home = get("/");
        return home.statusCode() == 200;
    }

    public static String location(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Location")
                .map(l -> l.replaceFirst("^https?://[^/]+", ""))
                .orElse("(status " + response.statusCode() + ")");
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            b.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        headers.forEach(b::header);
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String value = pair.substring(eq + 1);
                if (value.isEmpty() || set.toLowerCase().contains("max-age=0")) {
                    cookies.remove(pair.substring(0, eq));
                } else {
                    cookies.put(pair.substring(0, eq), value);
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
