package org.securebase.threads;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Lays out the consultation note with OpenPDF: one A4 column, a sans-serif face in the app's spirit (Helvetica, the
 * PDF standard face closest to Lumo's system sans), 11 pt text on 16 pt lines, headings in the app's dark blue.
 */
final class NotePdf {

    record Digest(String consultant, String excerpt) {}

    record Note(
            Instant postedAt,
            Instant lastReplyAt,
            String group,
            String title,
            String question,
            List<String> consultants,
            List<Digest> digests,
            String willTry,
            String notDoing,
            boolean attested,
            Instant exportedAt) {}

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);
    private static final Color INK = new Color(0x1a, 0x27, 0x3b);
    private static final Color HEADING = new Color(0x1a, 0x5a, 0x9a);
    private static final Color MUTED = new Color(0x5c, 0x68, 0x7a);

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, INK);
    private static final Font H2 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12.5f, HEADING);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 11, INK);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11, INK);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 9.5f, MUTED);

    private NotePdf() {}

    static byte[] render(Note note) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 64, 64, 64, 64);
        PdfWriter.getInstance(doc, out);
        doc.addTitle("Consultation note");
        doc.addCreator("SecureBase");
        doc.open();
        doc.add(paragraph("Consultation note", TITLE, 6));
        doc.add(paragraph("Peer consultation on SecureBase, for the client's file", SMALL, 14));
        doc.add(fact("Consulted", DAY.format(note.postedAt())));
        doc.add(fact("Last reply", note.lastReplyAt() == null ? "none" : DAY.format(note.lastReplyAt())));
        doc.add(fact("Group", note.group()));
        doc.add(fact("Consultants", note.consultants().isEmpty() ? "none" : String.join("; ", note.consultants())));
        heading(doc, "The question");
        doc.add(paragraph(note.title(), LABEL, 4));
        if (note.question() != null && !note.question().isBlank()) {
            doc.add(paragraph(note.question(), TEXT, 6));
        }
        heading(doc, "What colleagues recommended");
        if (note.digests().isEmpty()) {
            doc.add(paragraph("No answer was included.", TEXT, 6));
        }
        for (Digest d : note.digests()) {
            doc.add(paragraph(d.consultant(), LABEL, 2));
            doc.add(paragraph(d.excerpt(), TEXT, 8));
        }
        heading(doc, "My reflection and decision");
        doc.add(paragraph("What I will try", LABEL, 2));
        doc.add(paragraph(note.willTry(), TEXT, 8));
        doc.add(paragraph("What I decided not to do, and why", LABEL, 2));
        doc.add(paragraph(note.notDoing(), TEXT, 8));
        heading(doc, "De-identification");
        doc.add(paragraph(
                note.attested()
                        ? "The case was de-identified before it was posted. The author attested that identifying "
                                + "details were removed or altered, that consent was obtained or the case disguised as "
                                + "their professional code requires, and that no images or recordings of the client were "
                                + "included. This note was checked for identifying details again when it was exported."
                        : "The case was checked for identifying details before it was posted, and this note again "
                                + "when it was exported.",
                TEXT,
                14));
        doc.add(paragraph("Exported " + DAY.format(note.exportedAt()), SMALL, 0));
        doc.close();
        return out.toByteArray();
    }

    private static void heading(Document doc, String text) {
        Paragraph p = paragraph(text, H2, 4);
        p.setSpacingBefore(12);
        doc.add(p);
    }

    private static Paragraph fact(String label, String value) {
        Paragraph p = new Paragraph(16);
        p.add(new Chunk(label + ": ", LABEL));
        p.add(new Chunk(value, TEXT));
        return p;
    }

    private static Paragraph paragraph(String text, Font font, float after) {
        Paragraph p = new Paragraph(font.getSize() * 1.45f, text, font);
        p.setSpacingAfter(after);
        p.setAlignment(Element.ALIGN_LEFT);
        return p;
    }
}
