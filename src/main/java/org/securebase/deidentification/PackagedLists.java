package org.securebase.deidentification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One list out of Datafaker's packaged YAML files (Apache License 2.0), lower case, templates left out. */
final class PackagedLists {

    private static final Pattern KEY = Pattern.compile("^(\\s*)([a-z_]+):\\s*(.*)$");
    private static final Pattern ITEM = Pattern.compile("^\\s*-\\s*\"?([^\"#{}]+?)\"?\\s*$");

    private PackagedLists() {}

    /** Every value listed under {@code key} in {@code resource}, inline ({@code [a, b]}) or one a line. */
    static List<String> read(String resource, String key) {
        List<String> values = new ArrayList<>();
        try (InputStream in = PackagedLists.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return values;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean inside = false;
            int indent = -1;
            String line;
            while ((line = reader.readLine()) != null) {
                Matcher k = KEY.matcher(line);
                if (k.matches()) {
                    if (inside && k.group(1).length() <= indent) {
                        inside = false;
                    }
                    if (k.group(2).equals(key)) {
                        String rest = k.group(3).strip();
                        if (rest.startsWith("[")) {
                            for (String v : rest.replaceAll("^\\[|]$", "").split(",")) {
                                add(values, v);
                            }
                        } else if (rest.isEmpty()) {
                            inside = true;
                            indent = k.group(1).length();
                        }
                    }
                    continue;
                }
                Matcher item = ITEM.matcher(line);
                if (inside && item.matches()) {
                    add(values, item.group(1));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not read packaged list " + resource, e);
        }
        return values;
    }

    private static void add(List<String> values, String raw) {
        String v = raw.strip().replaceAll("^[\"']|[\"']$", "").strip();
        if (!v.isEmpty() && !v.contains("#{")) {
            values.add(v.toLowerCase(Locale.ROOT));
        }
    }
}
