package org.securebase.threads.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.Set;
import org.securebase.shared.InvalidInputException;
import org.securebase.threads.ConsultationLoop;
import org.securebase.threads.ThreadService;
import org.securebase.ui.Forms;

/** The author's update after the consultation, posted as a comment marked "Follow-up". */
class FollowUpDialog extends Dialog {

    final TextArea body = new TextArea("How did it go?");
    final Button post = new Button("Post follow-up");

    FollowUpDialog(ConsultationLoop loop, long threadId, Runnable posted) {
        setHeaderTitle("Follow-up");
        setId("follow-up-dialog");
        setWidth("min(40rem, 100vw)");
        body.setId("follow-up-body");
        body.setWidthFull();
        body.setMaxLength(ThreadService.COMMENT_LIMIT);
        add(body);
        post.setId("post-follow-up-comment");
        post.addThemeVariants(ButtonVariant.PRIMARY);
        post.addClickListener(e -> {
            Forms.clearErrors(Map.of("body", body));
            try {
                org.securebase.threads.Posted followUp = loop.followUp(threadId, body.getValue(), Set.of());
                close();
                if (followUp.heldForReview()) {
                    Forms.notice(Composer.heldMessage(followUp.heldBecause()), "follow-up-held");
                }
                posted.run();
            } catch (InvalidInputException invalid) {
                Forms.showErrors(invalid, Map.of("body", body));
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), post);
    }
}
