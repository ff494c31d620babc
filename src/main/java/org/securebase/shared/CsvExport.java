package org.securebase.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV export goes through here: RFC 4180 quoting (Apache Commons CSV), and cells a spreadsheet would run as a
 * formula made inert. A cell that begins with {@code = + - @}, a tab or a carriage return gets a leading single
 * quote, so a display name such as {@code =HYPERLINK(...)} opens as text (OWASP's advice on CSV injection).
 */
public final class CsvExport implements AutoCloseable {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final StringBuilder out = new StringBuilder();
    private final CSVPrinter printer;

    public CsvExport(String... header) {
        try {
            printer = new CSVPrinter(
                    out,
                    CSVFormat.RFC4180
                            .builder()
                            .setHeader(
                                    Arrays.stream(header).map(CsvExport::inert).toArray(String[]::new))
                            .get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(Object... cells) {
        try {
            printer.printRecord(Arrays.stream(cells).map(CsvExport::inert).toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell as text, with a leading quote when a spreadsheet would otherwise read it as a formula. */
    public static String inert(Object cell) {
        String text = cell == null ? "" : cell.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    @Override
    public String toString() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Override
    public void close() {
        try {
            printer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
