package org.securebase.threads.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import org.securebase.threads.Markdown;

/** What the post and comment editors share: the live character count and the preview toggle. */
final class MarkdownFields {

    private MarkdownFields() {}

    static void showCount(TextArea area, int limit) {
        area.setHelperText(String.format("%,d / %,d characters", area.getValue().length(), limit));
    }

    /** Shows the rendered, sanitised Markdown in place of the text area, or back. */
    static void togglePreview(TextArea source, Div preview, Button toggle) {
        boolean showing = !preview.isVisible();
        if (showing) {
            preview.getElement().setProperty("innerHTML", Markdown.toHtml(source.getValue()));
        }
        preview.setVisible(showing);
        source.setVisible(!showing);
        toggle.setText(showing ? "Back to writing" : "Preview");
    }
}
