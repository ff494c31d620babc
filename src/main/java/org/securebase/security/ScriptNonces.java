package org.securebase.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Gives every {@code <script>} of Vaadin's index page (the bootstrap's inline scripts and the bundle's module) the
 * nonce that {@link SecurityHeaders} put into this response's Content-Security-Policy, so the policy can allow them
 * without {@code 'unsafe-inline'}. Vaadin calls index-page listeners after it has written its own scripts.
 */
@Component
class ScriptNonces implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            if (response.getVaadinRequest().getAttribute(SecurityHeaders.NONCE_ATTRIBUTE) instanceof String nonce) {
                response.getDocument().getElementsByTag("script").attr("nonce", nonce);
            }
        });
    }
}
