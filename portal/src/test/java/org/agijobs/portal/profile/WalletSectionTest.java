package org.agijobs.portal.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

/** The wallet on the profile: the free balance, a withdrawal, and the backend's refusals at the amount. */
class WalletSectionTest {

    private final Wallet wallet = mock(Wallet.class);
    private final WalletSection section = new WalletSection(wallet);

    // Vaadin keeps the current UI only weakly: the test holds it, or a garbage collection loses it mid-test.
    private final UI ui = new UI();

    @BeforeEach
    void currentUi() {
        UI.setCurrent(ui);
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void aWithdrawalPaysTheAmountTypedAndShowsTheNewBalance() {
        when(wallet.balance()).thenReturn("1000", "987.5");
        section.refresh();
        amount().setValue(" 12.5 ");

        section.withdraw(UUID.randomUUID());

        verify(wallet).withdraw(eq("12.5"), any());
        assertThat(((Span) byId("wallet-balance")).getText()).isEqualTo("987.5");
        assertThat(amount().isInvalid()).isFalse();
    }

    @Test
    void anAmountOverTheFreeBalanceIsRefusedAtTheField() {
        when(wallet.balance()).thenReturn("10");
        when(wallet.withdraw(eq("11"), any())).thenReturn(List.of(new Wallet.UserError(WalletSection.AMOUNT_FIELD,
                "INSUFFICIENT_FUNDS", "The wallet holds only 10")));
        section.refresh();
        amount().setValue("11");

        section.withdraw(UUID.randomUUID());

        assertThat(amount().isInvalid()).isTrue();
        assertThat(amount().getErrorMessage()).isEqualTo("The wallet holds only 10");
        assertThat(((Paragraph) byId("wallet-error")).isVisible()).isFalse();
        assertThat(((Span) byId("wallet-balance")).getText()).isEqualTo("10");
    }

    private TextField amount() {
        return (TextField) byId("withdraw-amount");
    }

    private Component byId(String id) {
        return descendants(section).filter(component -> component.getId().orElse("").equals(id)).findFirst()
                .orElseThrow();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(WalletSectionTest::descendants));
    }

    @Test
    void theHistoryPagesThroughEveryMovementNewestFirst() {
        when(wallet.balance()).thenReturn("0");
        when(wallet.history(any(), org.mockito.ArgumentMatchers.anyInt())).thenAnswer(call -> {
            String after = call.getArgument(0);
            int from = after == null ? 0 : Integer.parseInt(after) + 1;
            int to = Math.min(130, from + Math.min(100, (int) call.getArgument(1)));
            List<Integer> rows = java.util.stream.IntStream.range(from, to).boxed().toList();
            return new org.agijobs.portal.backend.CursorPager.Page<>(rows.stream().map(WalletSectionTest::movement)
                    .toList(), rows.stream().map(String::valueOf).toList(), to < 130);
        });
        section.refresh();

        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<Wallet.Movement>) byId("wallet-history");
        var last = grid.getDataProvider().fetch(new com.vaadin.flow.data.provider.Query<>(100, 50, List.of(), null,
                null)).toList();

        assertThat(last).hasSize(30);
        assertThat(last.getLast().signedAmount()).isEqualTo("-129");
    }

    @Test
    void theFaucetIsOfferedOnlyWhereTheBackendHasOne() {
        assertThat(byId("wallet-faucet").isVisible()).isFalse();
        Wallet devWallet = mock(Wallet.class);
        when(devWallet.faucetEnabled()).thenReturn(true);
        when(devWallet.balance()).thenReturn("0", "1000");
        WalletSection dev = new WalletSection(devWallet);

        assertThat(Stream.concat(Stream.of(dev), descendants(dev)).filter(c -> c.getId().orElse("").equals("wallet-faucet"))
                .findFirst().orElseThrow().isVisible()).isTrue();
        dev.requestDemoFunds(UUID.randomUUID());
        verify(devWallet).requestFaucet(eq("1000"), any());
    }

    private static Wallet.Movement movement(int index) {
        return new Wallet.Movement(java.time.Instant.parse("2026-12-01T00:00:00Z").minusSeconds(index),
                "JOB_ESCROW", index % 2 == 0 ? "IN" : "OUT", String.valueOf(index), "ESCROW", "job-" + index);
    }
}
