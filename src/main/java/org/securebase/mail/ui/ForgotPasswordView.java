package org.securebase.mail.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.securebase.mail.PasswordResets;
import org.securebase.shared.InvalidInputException;

/** "Forgot password?": the same answer whether or not an account uses the address. */
@Route(value = "forgot-password", autoLayout = false)
@PageTitle("Forgot password · SecureBase")
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout {

    final EmailField email = new EmailField("Email");
    final Button send = new Button("Send me a link");
    final Paragraph answer = new Paragraph();

    public ForgotPasswordView(PasswordResets resets) {
        addClassName("sb-login");
        getElement().setAttribute("role", "main"); // a page without the app layout names its own main landmark
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        setSizeFull();
        email.setId("forgot-email");
        email.setWidth("20rem");
        email.setHelperText("The address you signed up with");
        send.setId("forgot-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickShortcut(Key.ENTER);
        answer.setId("forgot-answer");
        answer.setVisible(false);
        answer.setMaxWidth("28rem");
        send.addClickListener(e -> {
            email.setInvalid(false);
            try {
                answer.setText(resets.request(email.getValue(), client()));
                answer.setVisible(true);
                send.setEnabled(false);
                email.setReadOnly(true);
            } catch (InvalidInputException ex) {
                email.setErrorMessage(ex.fieldErrors().get("email"));
                email.setInvalid(true);
            }
        });
        Anchor back = new Anchor("login", "Back to sign in");
        add(
                new H1("Forgot your password?"),
                new Paragraph("Enter your email and we will send a link to set a new password."),
                email,
                send,
                answer,
                back);
    }

    private static String client() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "" : request.getRemoteAddr();
    }
}
