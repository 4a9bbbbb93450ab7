package org.agijobs.portal.work;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agijobs.portal.governance.Countdown;
import org.agijobs.portal.governance.ErrorTarget;
import org.agijobs.portal.work.AgentStake.RoleStake;
import org.agijobs.portal.work.AgentStake.UserError;
import org.agijobs.portal.work.AgentStake.Withdrawal;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/**
 * The agent stake: what is bonded, free, locked and unbonding, a deposit and an unbonding request, and each
 * withdrawal with the time left until it can be paid out. Each button fires a {@link StakeEvent} for the view to
 * send; the backend's refusals come back under the amount they are about.
 */
class StakePanel extends VerticalLayout {

    enum Step {
        DEPOSIT, REQUEST_WITHDRAWAL, FINALIZE
    }

    private final Paragraph summary = new Paragraph();
    private final TextField depositAmount = amountField("Deposit (AGIALPHA)", "deposit-amount");
    private final Button deposit = new Button("Deposit stake");
    private final TextField withdrawAmount = amountField("Unbond (AGIALPHA)", "withdraw-amount");
    private final Button requestWithdrawal = new Button("Request unbonding");
    private final Div withdrawals = new Div();
    private final Map<String, Span> countdowns = new LinkedHashMap<>();
    private final Map<String, Withdrawal> pending = new LinkedHashMap<>();

    StakePanel() {
        setPadding(false);
        setId("stake-panel");
        summary.setId("stake-summary");
        withdrawals.setId("stake-withdrawals");
        deposit.setId("deposit-stake");
        deposit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        deposit.addClickShortcut(Key.ENTER).listenOn(depositAmount);
        deposit.addClickListener(click -> fireEvent(new StakeEvent(this, Step.DEPOSIT, depositAmount.getValue())));
        requestWithdrawal.setId("request-withdrawal");
        requestWithdrawal.addClickShortcut(Key.ENTER).listenOn(withdrawAmount);
        requestWithdrawal.addClickListener(click -> fireEvent(new StakeEvent(this, Step.REQUEST_WITHDRAWAL,
                withdrawAmount.getValue())));
        add(summary, row(depositAmount, deposit), row(withdrawAmount, requestWithdrawal), withdrawals);
    }

    void show(RoleStake stake, Instant now) {
        summary.setText("Bonded " + stake.bonded() + " AGIALPHA (free " + stake.free() + ", locked for jobs "
                + stake.locked() + ") · unbonding " + stake.unbonding() + " · minimum to apply " + stake.minimum());
        withdrawals.removeAll();
        countdowns.clear();
        pending.clear();
        for (Withdrawal withdrawal : stake.pendingWithdrawals()) {
            Span text = new Span();
            text.addClassName("withdrawal-status");
            Button finalize = new Button("Finalize");
            finalize.addClassName("finalize-withdrawal");
            finalize.setAriaLabel("Finalize the withdrawal of " + withdrawal.amount() + " AGIALPHA");
            finalize.addClickListener(click -> fireEvent(new StakeEvent(this, Step.FINALIZE, withdrawal.id())));
            countdowns.put(withdrawal.id(), text);
            pending.put(withdrawal.id(), withdrawal);
            FlexLayout line = row(text, finalize);
            line.addClassName("withdrawal");
            withdrawals.add(line);
        }
        tick(now);
    }

    void tick(Instant now) {
        countdowns.forEach((id, text) -> text.setText(withdrawalText(pending.get(id), now)));
    }

    static String withdrawalText(Withdrawal withdrawal, Instant now) {
        String at = withdrawal.availableAt().truncatedTo(ChronoUnit.SECONDS).toString();
        return withdrawal.amount() + " AGIALPHA unbonding · "
                + (now.isBefore(withdrawal.availableAt()) ? "can be paid out " + Countdown.until(withdrawal.availableAt(), now)
                        + " (" + at + ")" : "can be paid out now");
    }

    /** After a step went through: the amount typed for it is used up. */
    void done(Step step) {
        clearErrors();
        switch (step) {
            case DEPOSIT -> depositAmount.clear();
            case REQUEST_WITHDRAWAL -> withdrawAmount.clear();
            case FINALIZE -> {
            }
        }
    }

    /** Puts {@code input.amount} errors under the amount of {@code step}; returns the rest for the page's notice. */
    List<UserError> showErrors(Step step, List<UserError> errors) {
        clearErrors();
        @Nullable TextField amount = switch (step) {
            case DEPOSIT -> depositAmount;
            case REQUEST_WITHDRAWAL -> withdrawAmount;
            case FINALIZE -> null;
        };
        List<UserError> elsewhere = new ArrayList<>();
        for (UserError error : errors) {
            ErrorTarget target = ErrorTarget.of(error.field());
            if (amount != null && target != null && target.action() == -1 && target.path().equals("amount")) {
                amount.setErrorMessage(error.message());
                amount.setInvalid(true);
            } else {
                elsewhere.add(error);
            }
        }
        return elsewhere;
    }

    private void clearErrors() {
        for (TextField field : List.of(depositAmount, withdrawAmount)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    Registration addStakeListener(ComponentEventListener<StakeEvent> listener) {
        return addListener(StakeEvent.class, listener);
    }

    private static TextField amountField(String label, String id) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setPlaceholder("e.g. 100");
        return field;
    }

    /** A field and its button side by side, wrapping under each other on a narrow screen. */
    private static FlexLayout row(Component... parts) {
        FlexLayout row = new FlexLayout(parts);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("gap", "var(--lumo-space-s)");
        return row;
    }

    /** {@code value} is the amount typed for a deposit or an unbonding, the withdrawal's id for a finalize. */
    static final class StakeEvent extends ComponentEvent<StakePanel> {

        private final Step step;
        private final String value;

        StakeEvent(StakePanel source, Step step, String value) {
            super(source, false);
            this.step = step;
            this.value = value;
        }

        Step step() {
            return step;
        }

        String value() {
            return value;
        }
    }
}
