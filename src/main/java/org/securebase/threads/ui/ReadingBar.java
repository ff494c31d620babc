package org.securebase.threads.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.function.IntConsumer;

/**
 * The compact bar above a thread's list: the title, where the reader is ("12 / 47"), a jump to any position or to
 * the newest comment, and the marker for comments that arrived while reading.
 */
class ReadingBar extends HorizontalLayout {

    final Span position = new Span();
    final IntegerField jump = new IntegerField();
    final Button newest = new Button("Newest");
    final Button newComments = new Button();
    private int total;

    ReadingBar(String threadTitle, IntConsumer goTo, Runnable goToNewest, Runnable showUnseen) {
        H1 title = new H1(threadTitle);
        title.setId("thread-title");
        title.addClassName("sb-thread-heading");
        position.setId("thread-position");
        position.addClassName("sb-position");
        jump.setId("jump-to");
        jump.setPlaceholder("Go to #");
        jump.setAriaLabel("Go to comment number");
        jump.setMin(1);
        jump.addClassName("sb-jump");
        // The value commits on Enter or on leaving the field, as a phone's "Go" key does.
        jump.addValueChangeListener(e -> {
            Integer number = e.getValue();
            if (number == null) {
                jump.setInvalid(false);
            } else if (number < 1 || number > total) {
                jump.setErrorMessage(
                        total == 0 ? "There are no comments yet." : "Choose a number from 1 to " + total + ".");
                jump.setInvalid(true);
            } else {
                jump.setInvalid(false);
                goTo.accept(number);
            }
        });
        newest.setId("jump-newest");
        newest.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        newest.addClickListener(e -> goToNewest.run());
        newComments.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        newComments.setVisible(false);
        newComments.setId("new-comments");
        newComments.addClickListener(e -> {
            newComments.setVisible(false);
            showUnseen.run();
        });
        HorizontalLayout place = new HorizontalLayout(position, jump, newest, newComments);
        place.setAlignItems(FlexComponent.Alignment.CENTER);
        place.addClassName("sb-place");
        add(title, place);
        setAlignItems(FlexComponent.Alignment.CENTER);
        setWidthFull();
        addClassName("sb-thread-bar");
    }

    void total(int comments) {
        total = comments;
        position.getElement().setAttribute("data-total", Integer.toString(comments));
        position.setText(comments == 1 ? "1 comment" : comments + " comments");
    }

    void unseen(int count) {
        newComments.setText(count == 1 ? "1 new comment: show" : count + " new comments: show");
        newComments.setVisible(count > 0);
    }

    /**
     * The position follows the scrolling in the browser, with no round trip: the first row whose bottom is below
     * the top of the list is the one being read (row 0 is the post).
     */
    void follow(Grid<?> list) {
        list.getElement().executeJs("""
                const grid = this, out = $0;
                customElements.whenDefined('vaadin-grid').then(() => requestAnimationFrame(() => {
                  const table = grid.shadowRoot && grid.shadowRoot.querySelector('#table');
                  if (!table || table.__sbPosition) return;
                  table.__sbPosition = true;
                  const update = () => {
                    const total = Number(out.dataset.total || 0);
                    const top = table.getBoundingClientRect().top + 8;
                    const rows = [...grid.shadowRoot.querySelectorAll('#items > tr')]
                        .filter(r => !r.hidden && r.getBoundingClientRect().bottom > top)
                        .sort((a, b) => a.index - b.index);
                    const first = rows.length ? rows[0].index : 0;
                    out.textContent = first < 1 || total === 0
                        ? (total === 1 ? '1 comment' : total + ' comments')
                        : Math.min(first, total) + ' / ' + total;
                  };
                  table.addEventListener('scroll', update, {passive: true});
                  update();
                }));""", position.getElement());
    }
}
