package org.securebase.threads.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.securebase.groups.GroupService;
import org.securebase.groups.GroupSummary;
import org.securebase.shared.InvalidInputException;
import org.securebase.threads.ThreadModeration;
import org.securebase.threads.ThreadPage;
import org.securebase.threads.ThreadQuery;
import org.securebase.threads.ThreadService;
import org.securebase.threads.ThreadSummary;
import org.securebase.ui.Forms;
import org.securebase.ui.ReasonDialog;

/** A supervisor's actions on the whole thread: lock, pin, hide, move, merge and slow mode. */
class ThreadModerationBar extends FlexLayout {

    ThreadModerationBar(
            ThreadModeration moderation,
            ThreadService threads,
            GroupService groups,
            ThreadPage page,
            Runnable changed) {
        setId("thread-moderation");
        addClassName("sb-moderation-bar");
        setFlexWrap(FlexWrap.WRAP);
        ThreadPage.Moderation m = page.moderation();
        add(button(
                m.locked() ? "Unlock" : "Lock",
                "lock-thread",
                () -> ReasonDialog.ask(m.locked() ? "Unlock this thread" : "Lock this thread", "Why?", reason -> {
                    moderation.lock(page.id(), !m.locked(), reason);
                    changed.run();
                })));
        add(button(m.pinned() ? "Unpin" : "Pin", "pin-thread", () -> {
            moderation.pin(page.id(), !m.pinned());
            changed.run();
        }));
        add(button(
                m.hidden() ? "Restore" : "Hide",
                "hide-thread",
                () -> ReasonDialog.ask(m.hidden() ? "Restore this thread" : "Hide this thread", "Why?", reason -> {
                    moderation.hideThread(page.id(), !m.hidden(), reason);
                    changed.run();
                })));
        add(button("Move…", "move-thread", () -> move(moderation, groups, page, changed)));
        add(button("Merge into…", "merge-thread", () -> merge(moderation, threads, page, changed)));
        add(button(
                m.slowModeMinutes() > 0 ? "Slow mode: " + m.slowModeMinutes() + " min" : "Slow mode…",
                "slow-mode",
                () -> slowMode(moderation, page, changed)));
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text, e -> {
            try {
                action.run();
            } catch (InvalidInputException ex) {
                Forms.error(ex.getMessage());
            }
        });
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        button.setId(id);
        return button;
    }

    private static void move(ThreadModeration moderation, GroupService groups, ThreadPage page, Runnable changed) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Move to another group");
        var moderated = moderation.moderatedGroups();
        ComboBox<GroupSummary> to = new ComboBox<>("Group");
        to.setItems(groups.visibleGroups().stream()
                .filter(g -> moderated.contains(g.id()) && g.id() != page.groupId())
                .toList());
        to.setItemLabelGenerator(GroupSummary::name);
        to.setId("move-to");
        TextField reason = new TextField("Why?");
        reason.setId("move-reason");
        Button ok = new Button("Move", e -> {
            if (to.getValue() == null) {
                to.setErrorMessage("Choose a group you moderate.");
                to.setInvalid(true);
                return;
            }
            moderation.move(page.id(), to.getValue().id(), reason.getValue());
            dialog.close();
            changed.run();
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        ok.setId("confirm-move");
        dialog.add(to, reason);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.open();
    }

    private static void merge(ThreadModeration moderation, ThreadService threads, ThreadPage page, Runnable changed) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Merge this thread into another");
        ComboBox<ThreadSummary> into = new ComboBox<>("The thread the discussion continues in");
        List<ThreadSummary> candidates = threads.threads(ThreadQuery.inGroup(page.groupId()), 0, 200).stream()
                .filter(t -> t.id() != page.id())
                .toList();
        into.setItems(candidates);
        into.setItemLabelGenerator(ThreadSummary::title);
        into.setWidth("min(36em, 80vw)");
        into.setId("merge-thread-into");
        TextField reason = new TextField("Why?");
        Button ok = new Button("Merge", e -> {
            if (into.getValue() == null) {
                into.setErrorMessage("Choose the thread to keep.");
                into.setInvalid(true);
                return;
            }
            moderation.mergeThread(page.id(), into.getValue().id(), reason.getValue());
            dialog.close();
            changed.run();
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        ok.setId("confirm-merge-thread");
        dialog.add(into, reason);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.open();
    }

    private static void slowMode(ThreadModeration moderation, ThreadPage page, Runnable changed) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Slow mode");
        IntegerField minutes = new IntegerField("Minutes between a member's comments (0 turns it off)");
        minutes.setValue(page.moderation().slowModeMinutes());
        minutes.setMin(0);
        minutes.setMax(ThreadModeration.MAX_SLOW_MODE_MINUTES);
        minutes.setWidthFull();
        minutes.setId("slow-mode-minutes");
        Button ok = new Button("Save", e -> {
            try {
                moderation.slowMode(page.id(), minutes.getValue() == null ? -1 : minutes.getValue());
                dialog.close();
                changed.run();
            } catch (InvalidInputException ex) {
                minutes.setErrorMessage(ex.getMessage());
                minutes.setInvalid(true);
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        ok.setId("save-slow-mode");
        dialog.add(minutes);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.open();
    }
}
