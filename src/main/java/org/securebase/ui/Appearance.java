package org.securebase.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.util.function.Consumer;

/**
 * Light or dark pages. By default they follow the device's setting (Lumo's light-dark variant, see
 * {@code @ColorScheme} on the application); a member may fix light or dark on the profile page. The choice is kept
 * in the browser (localStorage), so a phone and a laptop may differ, and is applied before the page is drawn.
 */
public final class Appearance {

    public static final String SYSTEM = "system";
    public static final String LIGHT = "light";
    public static final String DARK = "dark";

    private static final String APPLY = """
            const html = document.documentElement;
            const choice = $0 || localStorage.getItem('sb-color-scheme') || 'system';
            if ($0) { localStorage.setItem('sb-color-scheme', $0); }
            const themes = (html.getAttribute('theme') || '').split(' ')
                .filter(t => t && t !== 'dark' && t !== 'light' && t !== 'light-dark');
            themes.push(choice === 'system' ? 'light-dark' : choice);
            html.setAttribute('theme', themes.join(' '));
            html.style.colorScheme = choice === 'system' ? 'light dark' : choice;
            return choice;""";

    private Appearance() {}

    /** Applies the browser's stored choice to the page; the choice is handed to {@code chosen}. */
    public static void apply(Element anyElement, Consumer<String> chosen) {
        anyElement.executeJs(APPLY, (String) null).then(String.class, chosen::accept);
    }

    /** Stores and applies a choice: {@link #SYSTEM}, {@link #LIGHT} or {@link #DARK}. */
    public static void choose(UI ui, String choice) {
        ui.getElement().executeJs(APPLY, choice);
    }
}
