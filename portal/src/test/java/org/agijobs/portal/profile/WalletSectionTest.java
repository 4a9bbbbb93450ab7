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
}
