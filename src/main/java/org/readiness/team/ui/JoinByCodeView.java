package org.readiness.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.readiness.base.ui.MainLayout;
import org.readiness.team.Invitations;

/**
 * Where people in the room type the short code shown beside the join link's QR code ("K7M-Q2P"), for whom scanning
 * is no option; the code leads to the join link while the team lets people in. A session that types
 * {@value #TRIES} wrong codes is told to ask for the link instead, so codes cannot be guessed from one browser.
 */
@Route(value = JoinByCodeView.PATH, layout = MainLayout.class)
@AnonymousAllowed
public class JoinByCodeView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    static final String PATH = "join";
    static final int TRIES = 10;
    private static final String WRONG = JoinByCodeView.class.getName() + ".wrong";

    private final Invitations invitations;

    JoinByCodeView(Invitations invitations) {
        this.invitations = invitations;
        addClassName("join-by-code");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        TextField code = new TextField(getTranslation("team.code.field"));
        code.setMaxLength(12);
        code.setHelperText(getTranslation("team.code.help"));
        code.setAutofocus(true);
        Button go = new Button(getTranslation("team.code.go"), click -> join(code));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        add(new H1(getTranslation("team.code.heading")), new Paragraph(getTranslation("team.code.intro")), code, go);
    }

    private void join(TextField code) {
        VaadinSession session = VaadinSession.getCurrent();
        Integer wrong = (Integer) session.getAttribute(WRONG);
        if (wrong != null && wrong >= TRIES) {
            code.setErrorMessage(getTranslation("team.code.too-many"));
            code.setInvalid(true);
            return;
        }
        invitations.joinLinkOf(code.getValue()).ifPresentOrElse(
                token -> getUI().ifPresent(ui -> ui.navigate(TeamJoinView.PATH + token.value())),
                () -> {
                    session.setAttribute(WRONG, wrong == null ? 1 : wrong + 1);
                    code.setErrorMessage(getTranslation("team.code.unknown"));
                    code.setInvalid(true);
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.code.page-title");
    }
}
