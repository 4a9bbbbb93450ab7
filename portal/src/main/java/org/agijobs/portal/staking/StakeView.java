package org.agijobs.portal.staking;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.agijobs.portal.backend.BackendException;
import org.agijobs.portal.backend.CursorPager;
import org.agijobs.portal.governance.Countdown;
import org.agijobs.portal.layout.ErrorNotice;
import org.agijobs.portal.layout.MainLayout;
import org.agijobs.portal.layout.ViewTitle;
import org.agijobs.portal.security.CurrentUser;
import org.agijobs.portal.security.Roles;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * An agent's or validator's stake: per role what is free, locked on jobs or committee seats, and unbonding, with
 * deposit, a withdrawal request (which waits out the unbonding period) and its payout once due; a validator's bans;
 * and every movement of a chosen stake account, slashes included, paged lazily from the API.
 */
@Route(value = "stake", layout = MainLayout.class)
@PageTitle("My stake")
@RolesAllowed({Roles.AGENT, Roles.VALIDATOR})
public class StakeView extends VerticalLayout {

    private final Stakes stakes;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final ErrorNotice error = new ErrorNotice("stake-error");
    private final VerticalLayout roles = new VerticalLayout();
    private final VerticalLayout bans = new VerticalLayout();
    private final Select<String> account = new Select<>();
    private final Grid<Stakes.Movement> history = new Grid<>();

    public StakeView(Stakes stakes, CurrentUser currentUser, Clock clock) {
        this.stakes = stakes;
        this.currentUser = currentUser;
        this.clock = clock;
        setMaxWidth("72rem");
        roles.setId("stake-roles");
        roles.setPadding(false);
        bans.setId("validator-bans");
        bans.setPadding(false);
        account.setId("stake-account");
        account.setLabel("Movements of");
        account.addValueChangeListener(change -> showHistory());
        history.setId("stake-history");
        history.addColumn(movement -> movement.at().toString()).setHeader("When").setFlexGrow(2);
        history.addColumn(Stakes.Movement::reason).setHeader("Why").setFlexGrow(2);
        history.addColumn(Stakes.Movement::signedAmount).setHeader("Amount");
        history.addColumn(Stakes.Movement::counterparty).setHeader("With");
        history.addColumn(Stakes.Movement::reference).setHeader("Reference").setFlexGrow(2);
        history.setHeight("20rem");
        add(new ViewTitle("My stake"), error, roles, bans, new H3("Stake movements"), account, history);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        List<String> accounts = Stream.of("AGENT", "VALIDATOR").filter(this::holds)
                .flatMap(role -> Stream.of("STAKE_" + role, "LOCKED_" + role, "UNBONDING_" + role)).toList();
        account.setItems(accounts);
        if (!accounts.isEmpty() && account.isEmpty()) {
            account.setValue(accounts.getFirst());
        }
        refresh();
    }

    private boolean holds(String role) {
        return currentUser.hasRole(role.toLowerCase(Locale.ROOT));
    }

    void refresh() {
        showHistory();
        try {
            List<Stakes.RoleStake> mine = stakes.mine();
            roles.removeAll();
            Instant now = clock.instant();
            mine.stream().filter(stake -> holds(stake.role())).forEach(stake -> roles.add(card(stake, now)));
            showBans();
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
    }

    private VerticalLayout card(Stakes.RoleStake stake, Instant now) {
        String role = stake.role();
        Paragraph figures = new Paragraph("Free " + stake.free() + " · locked " + stake.locked() + " · unbonding "
                + stake.unbonding() + " · minimum to work " + stake.minimum());
        figures.addClassName("stake-figures");
        TextField depositAmount = new TextField("Deposit from wallet");
        depositAmount.addClassName("deposit-amount");
        Button deposit = new Button("Deposit", click -> deposit(role, depositAmount, UUID.randomUUID()));
        deposit.addClassName("deposit-stake");
        deposit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        TextField withdrawAmount = new TextField("Withdraw (unbonds first)");
        withdrawAmount.addClassName("withdraw-stake-amount");
        Button withdraw = new Button("Request withdrawal", click -> requestWithdrawal(role, withdrawAmount,
                UUID.randomUUID()));
        withdraw.addClassName("request-stake-withdrawal");
        HorizontalLayout forms = new HorizontalLayout(depositAmount, deposit, withdrawAmount, withdraw);
        forms.setAlignItems(FlexComponent.Alignment.BASELINE);
        forms.setWrap(true);
        VerticalLayout card = new VerticalLayout(new H3(role.charAt(0) + role.substring(1).toLowerCase(Locale.ROOT)
                + " stake"), figures, forms);
        card.addClassName("role-stake");
        card.getElement().setAttribute("data-role", role);
        card.setPadding(false);
        if (!stake.pendingWithdrawals().isEmpty()) {
            UnorderedList pending = new UnorderedList();
            pending.addClassName("pending-withdrawals");
            for (Stakes.Withdrawal withdrawal : stake.pendingWithdrawals()) {
                boolean due = !now.isBefore(withdrawal.availableAt());
                ListItem item = new ListItem(withdrawal.amount() + " unbonding, " + (due ? "available now"
                        : "available " + Countdown.until(withdrawal.availableAt(), now)) + " ");
                Button finalize = new Button("Pay out to wallet", click -> finalizeWithdrawal(withdrawal.id(),
                        UUID.randomUUID()));
                finalize.addClassName("finalize-stake-withdrawal");
                finalize.setEnabled(due);
                item.add(finalize);
                pending.add(item);
            }
            card.add(pending);
        }
        return card;
    }

    private void showBans() {
        bans.removeAll();
        if (!holds("VALIDATOR")) {
            return;
        }
        List<Stakes.Ban> mine = stakes.bans();
        UnorderedList list = new UnorderedList();
        mine.forEach(ban -> list.add(new ListItem((ban.active() ? "Banned until " : "Was banned until ")
                + ban.bannedUntil() + " for not revealing the vote on " + ban.job().title())));
        bans.add(new H3("Committee bans"), mine.isEmpty() ? new Paragraph("No bans: every vote you committed"
                + " was revealed.") : list);
    }

    private void showHistory() {
        String chosen = account.getValue();
        if (chosen == null) {
            return;
        }
        CursorPager<Stakes.Movement> pager = new CursorPager<>((after, first) -> stakes.history(chosen, after,
                first));
        history.setItems(query -> {
            try {
                return pager.fetch(query.getOffset(), query.getLimit());
            } catch (BackendException e) {
                error.show(e.getMessage());
                return Stream.empty();
            }
        });
    }

    void deposit(String role, TextField amount, UUID idempotencyKey) {
        if (shown(() -> stakes.deposit(role, amount.getValue(), idempotencyKey), amount)) {
            Notification.show("Deposited " + amount.getValue().strip() + " to your " + role.toLowerCase(Locale.ROOT)
                    + " stake.");
            refresh();
        }
    }

    void requestWithdrawal(String role, TextField amount, UUID idempotencyKey) {
        if (shown(() -> stakes.requestWithdrawal(role, amount.getValue(), idempotencyKey), amount)) {
            Notification.show("Withdrawal requested; it pays out once the unbonding period has passed.");
            refresh();
        }
    }

    void finalizeWithdrawal(String withdrawalId, UUID idempotencyKey) {
        if (shown(() -> stakes.finalizeWithdrawal(withdrawalId, idempotencyKey), null)) {
            Notification.show("Paid out to your wallet.");
            refresh();
        }
    }

    /** Shows the backend's refusals (the amount's under its field); true when there were none. */
    private boolean shown(Supplier<List<Stakes.UserError>> command, @Nullable TextField amount) {
        List<Stakes.UserError> refusals;
        try {
            refusals = command.get();
        } catch (BackendException e) {
            error.show(e.getMessage());
            return false;
        }
        if (amount != null) {
            amount.setInvalid(false);
        }
        if (refusals.isEmpty()) {
            error.clear();
            return true;
        }
        if (amount != null) {
            refusals.stream().filter(refusal -> "input.amount".equals(refusal.field())).findFirst()
                    .ifPresent(refusal -> {
                        amount.setErrorMessage(refusal.message());
                        amount.setInvalid(true);
                    });
        }
        error.show(refusals.stream().map(Stakes.UserError::message).reduce((a, b) -> a + " " + b).orElseThrow());
        return false;
    }
}
