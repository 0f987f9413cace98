package org.readiness.consultant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.readiness.base.ui.MainLayout;
import org.readiness.consultant.Account;
import org.readiness.consultant.AccountProblem;
import org.readiness.consultant.AccountService;
import org.readiness.consultant.Role;

/** Administrators add consultants, disable and enable them, and reset their passwords. */
@Route(value = "admin/consultants", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AccountsView extends Div implements HasDynamicTitle {

    private final AccountService accounts;
    private final Grid<Account> grid = new Grid<>();

    AccountsView(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        addClassName("accounts-view");
        TextField username = new TextField(getTranslation("accounts.username"));
        TextField name = new TextField(getTranslation("accounts.display-name"));
        PasswordField password = new PasswordField(getTranslation("accounts.password"));
        password.setHelperText(getTranslation("accounts.password.rules"));
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("accounts.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(each -> getTranslation("accounts.role." + each.name()));
        role.setValue(Role.CONSULTANT);
        Button add = new Button(getTranslation("accounts.add"), click -> {
            try {
                accounts.create(username.getValue(), name.getValue(), password.getValue(), role.getValue());
                Notification.show(getTranslation("accounts.added"));
                username.clear();
                name.clear();
                password.clear();
                refresh();
            } catch (AccountProblem problem) {
                var field = problem.kind().isAboutThePassword() ? password : username;
                field.setErrorMessage(getTranslation("accounts.problem." + problem.kind().name()));
                field.setInvalid(true);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setUpGrid();
        Div form = new Div(username, name, password, role, add);
        form.addClassName("toolbar");
        add(new ConsultantBar(authentication), new H1(getTranslation("accounts.heading")), form, grid);
        refresh();
    }

    private void setUpGrid() {
        grid.addColumn(Account::username).setHeader(getTranslation("accounts.username"));
        grid.addColumn(Account::displayName).setHeader(getTranslation("accounts.display-name"));
        grid.addColumn(account -> getTranslation("accounts.role." + account.role().name()))
                .setHeader(getTranslation("accounts.role"));
        grid.addColumn(account -> account.enabled() ? "\u2713" : "-").setHeader(getTranslation("accounts.enabled"));
        grid.addComponentColumn(this::authorCell).setHeader(getTranslation("accounts.author"));
        grid.addComponentColumn(this::actionsCell);
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        grid.getColumns().get(grid.getColumns().size() - 1).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
    }

    private Div actionsCell(Account account) {
        Button toggle = new Button(getTranslation(account.enabled() ? "accounts.disable" : "accounts.enable"),
                click -> {
                    accounts.setEnabled(account.id(), !account.enabled());
                    refresh();
                });
        Button reset = new Button(getTranslation("accounts.reset"), click -> Notification.show(
                getTranslation("accounts.reset.done", account.username(), accounts.resetPassword(account.id())),
                20000, Notification.Position.MIDDLE));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div actions = new Div(toggle, reset);
        actions.addClassName("row-actions");
        return actions;
    }

    /** Administrators always write questionnaires; a consultant may be given the right, or lose it. */
    private com.vaadin.flow.component.Component authorCell(Account account) {
        if (account.role() == Role.ADMIN) {
            return new com.vaadin.flow.component.html.Span(getTranslation("accounts.author.always"));
        }
        Button toggle = new Button(getTranslation(account.author() ? "accounts.author.revoke" : "accounts.author.grant",
                account.username()), click -> {
            accounts.setAuthor(account.id(), !account.author());
            Notification.show(getTranslation(account.author() ? "accounts.author.revoked" : "accounts.author.granted",
                    account.username()));
            refresh();
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        toggle.addClassName("author-toggle");
        return toggle;
    }

    private void refresh() {
        grid.setItems(accounts.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.page-title");
    }
}
