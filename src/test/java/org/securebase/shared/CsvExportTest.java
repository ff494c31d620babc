package org.securebase.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvExportTest {

    private static List<CSVRecord> read(String csv) throws Exception {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
    }

    @ParameterizedTest(name = "a cell starting with {0}")
    @ValueSource(strings = {"=", "+", "-", "@", "\t", "\r"})
    void everyDangerousFirstCharacterGetsALeadingQuote(String first) throws Exception {
        String cell = first + "HYPERLINK(\"http://example.invalid\",\"Open\")";
        String csv;
        try (CsvExport export = new CsvExport("who", "why")) {
            export.row(cell, "a reason, with a comma");
            csv = export.toString();
        }
        CSVRecord record = read(csv).getFirst();
        assertThat(record.get("who")).isEqualTo("'" + cell);
        assertThat(record.get("why")).isEqualTo("a reason, with a comma");
    }

    @Test
    void harmlessCellsAreLeftAsTheyAre() {
        for (String text : List.of(
                "Dr. Hale",
                "2026-03-02T09:00:00Z",
                "42",
                "a = b",
                " =starts with a space",
                "",
                "'quoted already",
                "thread.retagged")) {
            assertThat(CsvExport.inert(text)).isEqualTo(text);
        }
        assertThat(CsvExport.inert(null)).isEmpty();
    }
}
