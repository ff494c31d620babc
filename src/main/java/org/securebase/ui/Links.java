package org.securebase.ui;

import com.vaadin.flow.router.RouterLink;

/**
 * Links to a page of a module that sits above the caller (a group's page from the group list, a theme's threads
 * from the theme list). They name the page by its address, which is the page's public contract, so the caller needs
 * no compile-time dependency on the view; they navigate inside the page as every other link does.
 */
public final class Links {

    private Links() {}

    public static RouterLink to(String text, String path) {
        RouterLink link = new RouterLink();
        link.setText(text);
        link.getElement().setAttribute("href", path);
        return link;
    }

    public static String group(long groupId) {
        return "groups/" + groupId;
    }

    public static String theme(String slug) {
        return "tags/" + slug;
    }

    public static String reviewQueue() {
        return "moderation";
    }
}
