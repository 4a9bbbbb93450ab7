package org.agijobs.portal.staking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.agijobs.portal.backend.CursorPager;
import org.agijobs.portal.security.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** A validator's stake page, with the backend replaced by a mock of {@link Stakes}. */
class StakeViewTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final Stakes stakes = mock(Stakes.class);
    private final CurrentUser validator = mock(CurrentUser.class);
    private final StakeView view = new StakeView(stakes, validator, Clock.fixed(NOW, ZoneOffset.UTC));
    // Vaadin keeps the current UI only weakly: the test holds it, or a garbage collection loses it mid-test.
    private final UI ui = new UI();

    @BeforeEach
    void validatorWithAStake() {
        UI.setCurrent(ui);
        when(validator.hasRole("validator")).thenReturn(true);
        when(stakes.mine()).thenReturn(List.of(
                new Stakes.RoleStake("AGENT", "0", "0", "0", "0", "1", List.of()),
                new Stakes.RoleStake("VALIDATOR", "40", "60", "25", "100", "10", List.of(
                        new Stakes.Withdrawal("w-due", "15", NOW.minusSeconds(600), NOW.minusSeconds(1), "REQUESTED"),
                        new Stakes.Withdrawal("w-later", "10", NOW, NOW.plusSeconds(300), "REQUESTED")))));
        when(stakes.bans()).thenReturn(List.of(new Stakes.Ban(NOW.plusSeconds(3600), true,
                new Stakes.JobRef("job-1", "Translate"))));
        when(stakes.history(anyString(), any(), anyInt())).thenReturn(new CursorPager.Page<>(List.of(), List.of(),
                false));
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void showsOnlyTheRolesTheUserHoldsWithEveryFigureAndTheBans() {
        view.refresh();

        assertThat(byClass(Paragraph.class, "stake-figures")).extracting(Paragraph::getText)
                .containsExactly("Free 40 · locked 60 · unbonding 25 · minimum to work 10");
        assertThat(descendants(byId("validator-bans")).filter(ListItem.class::isInstance).map(c -> ((ListItem) c).getText()))
                .containsExactly("Banned until 2026-12-07T11:00:00Z for not revealing the vote on Translate");
    }

    @Test
    void onlyAWithdrawalPastItsUnbondingMayBePaidOut() {
        view.refresh();

        List<Button> payouts = byClass(Button.class, "finalize-stake-withdrawal");
        assertThat(payouts).extracting(Button::isEnabled).containsExactly(true, false);
        assertThat(byClass(ListItem.class, "").stream().map(ListItem::getText))
                .anySatisfy(text -> assertThat(text).startsWith("10 unbonding, available in 5 min 00 s"));
        when(stakes.finalizeWithdrawal(eq("w-due"), any())).thenReturn(List.of());
        view.finalizeWithdrawal("w-due", UUID.randomUUID());
        verify(stakes).finalizeWithdrawal(eq("w-due"), any());
    }

    @Test
    void aRefusedDepositIsMarkedAtTheAmount() {
        view.refresh();
        TextField amount = byClass(TextField.class, "deposit-amount").getFirst();
        amount.setValue("1000");
        when(stakes.deposit(eq("VALIDATOR"), eq("1000"), any())).thenReturn(List.of(new Stakes.UserError(
                "input.amount", "INSUFFICIENT_FUNDS", "The wallet holds only 3")));

        view.deposit("VALIDATOR", amount, UUID.randomUUID());

        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo("The wallet holds only 3");
        verify(stakes, never()).requestWithdrawal(anyString(), anyString(), any());
    }

    private <T extends Component> List<T> byClass(Class<T> type, String className) {
        return descendants(view).filter(type::isInstance).map(type::cast)
                .filter(c -> className.isEmpty() || c.hasClassName(className)).toList();
    }

    private Component byId(String id) {
        return descendants(view).filter(c -> c.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(StakeViewTest::descendants));
    }
}
