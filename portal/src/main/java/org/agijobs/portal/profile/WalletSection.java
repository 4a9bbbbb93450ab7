package org.agijobs.portal.profile;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.agijobs.portal.backend.BackendException;
import org.agijobs.portal.backend.CursorPager;
import org.agijobs.portal.layout.ErrorNotice;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The free wallet balance, a form to withdraw from it (the backend's refusals are shown at the amount), demo money
 * where the backend has a faucet, and every movement of the wallet in a grid that pages lazily through the API.
 */
public class WalletSection extends VerticalLayout {

    static final String AMOUNT_FIELD = "input.amount";

    private final Wallet wallet;

    private final ErrorNotice error = new ErrorNotice("wallet-error");
    private final Span balance = new Span();
    private final TextField amount = new TextField("Amount (AGIALPHA)");
    private final Button withdraw = new Button("Withdraw");
    private final Button faucet = new Button("Get 1,000 demo AGIALPHA");
    private final Grid<Wallet.Movement> history = new Grid<>();

    public WalletSection(Wallet wallet) {
        this.wallet = wallet;
        setId("wallet");
        setPadding(false);
        balance.setId("wallet-balance");
        amount.setId("withdraw-amount");
        withdraw.setId("withdraw-submit");
        withdraw.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        withdraw.setDisableOnClick(true);
        // A new key per press: a double click replays the first withdrawal instead of paying twice.
        withdraw.addClickListener(click -> withdraw(UUID.randomUUID()));
        faucet.setId("wallet-faucet");
        faucet.setVisible(wallet.faucetEnabled());
        faucet.setDisableOnClick(true);
        faucet.addClickListener(click -> requestDemoFunds(UUID.randomUUID()));
        HorizontalLayout form = new HorizontalLayout(amount, withdraw, faucet);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(new H3("Wallet"), new Span(new Span("Free balance: "), balance, new Span(" AGIALPHA")), form, error,
                new H3("Wallet history"), configureHistory());
    }

    private Grid<Wallet.Movement> configureHistory() {
        history.setId("wallet-history");
        history.addColumn(movement -> movement.at().toString()).setHeader("When").setFlexGrow(2);
        history.addColumn(Wallet.Movement::reason).setHeader("Why").setFlexGrow(2);
        history.addColumn(Wallet.Movement::signedAmount).setHeader("Amount");
        history.addColumn(Wallet.Movement::counterparty).setHeader("With");
        history.addColumn(Wallet.Movement::reference).setHeader("Reference").setFlexGrow(2);
        history.setPageSize(50);
        history.setHeight("20rem");
        return history;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        refresh();
    }

    void refresh() {
        try {
            balance.setText(wallet.balance());
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
        CursorPager<Wallet.Movement> pager = new CursorPager<>(wallet::history);
        history.setItems(query -> {
            try {
                return pager.fetch(query.getOffset(), query.getLimit());
            } catch (BackendException e) {
                error.show(e.getMessage());
                return Stream.empty();
            }
        });
    }

    void requestDemoFunds(UUID idempotencyKey) {
        try {
            List<Wallet.UserError> userErrors = wallet.requestFaucet("1000", idempotencyKey);
            if (userErrors.isEmpty()) {
                error.clear();
                Notification.show("1,000 demo AGIALPHA credited to your wallet.");
                refresh();
            } else {
                error.show(userErrors.stream().map(Wallet.UserError::message).reduce((a, b) -> a + " " + b)
                        .orElseThrow());
            }
        } catch (BackendException e) {
            error.show(e.getMessage());
        } finally {
            faucet.setEnabled(true);
        }
    }

    void withdraw(UUID idempotencyKey) {
        amount.setInvalid(false);
        try {
            List<Wallet.UserError> userErrors = wallet.withdraw(amount.getValue().strip(), idempotencyKey);
            if (userErrors.isEmpty()) {
                error.clear();
                Notification.show("Withdrew " + amount.getValue().strip() + " AGIALPHA.");
                amount.clear();
                refresh();
            } else {
                showRefusal(userErrors);
            }
        } catch (BackendException e) {
            error.show(e.getMessage());
        } finally {
            withdraw.setEnabled(true);
        }
    }

    private void showRefusal(List<Wallet.UserError> userErrors) {
        List<String> atAmount = userErrors.stream().filter(userError -> AMOUNT_FIELD.equals(userError.field()))
                .map(Wallet.UserError::message).toList();
        List<String> general = userErrors.stream().filter(userError -> !AMOUNT_FIELD.equals(userError.field()))
                .map(Wallet.UserError::message).toList();
        if (!atAmount.isEmpty()) {
            amount.setErrorMessage(String.join(" ", atAmount));
            amount.setInvalid(true);
        }
        if (general.isEmpty()) {
            error.clear();
        } else {
            error.show(String.join(" ", general));
        }
    }
}
