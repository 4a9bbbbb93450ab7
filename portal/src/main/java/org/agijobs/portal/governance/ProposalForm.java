package org.agijobs.portal.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.agijobs.portal.governance.GovernanceDesk.Console;
import org.agijobs.portal.governance.GovernanceDesk.UserError;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;

/**
 * A new proposal: one or more actions and a reason. Pressing Propose fires a {@link ProposeEvent}; the view sends
 * it and hands the backend's user errors back to {@link #showErrors}, which puts each under the field it names.
 */
class ProposalForm extends VerticalLayout {

    private final Select<ActionRow.Kind> kind = new Select<>();
    private final Button addAction = new Button("Add action");
    private final VerticalLayout rows = new VerticalLayout();
    private final TextArea reason = new TextArea("Reason");
    private final Button propose = new Button("Propose");
    private final List<ActionRow> actions = new ArrayList<>();
    private @Nullable Console console;

    ProposalForm() {
        setId("proposal-form");
        setPadding(false);
        kind.setId("action-kind");
        kind.setLabel("Action");
        kind.setItems(ActionRow.Kind.offered());
        kind.setItemLabelGenerator(ActionRow.Kind::label);
        kind.setValue(ActionRow.Kind.SET_PARAMETER);
        addAction.setId("add-action");
        addAction.addClickListener(click -> addRow(kind.getValue()));
        rows.setId("proposal-actions");
        rows.setPadding(false);
        reason.setId("proposal-reason");
        reason.setMaxLength(2000);
        reason.setWidthFull();
        propose.setId("propose");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.addClickListener(click -> {
            clearErrors();
            if (actions.stream().map(ActionRow::complete).toList().contains(false)) {
                return;
            }
            fireEvent(new ProposeEvent(this, reason.getValue().strip(), inputs()));
        });
        HorizontalLayout picker = new HorizontalLayout(kind, addAction);
        picker.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3("New proposal"), picker, rows, reason, propose);
    }

    /** The parameters, members and blacklist the rows offer; rows added later use the newest. */
    void use(Console console) {
        this.console = console;
    }

    void addRow(ActionRow.@Nullable Kind chosen) {
        if (chosen == null || console == null) {
            return;
        }
        ActionRow[] row = new ActionRow[1];
        row[0] = new ActionRow(chosen, console, () -> {
            actions.remove(row[0]);
            rows.remove(row[0]);
        });
        actions.add(row[0]);
        rows.add(row[0]);
    }

    List<Map<String, Object>> inputs() {
        return actions.stream().map(ActionRow::input).toList();
    }

    /** Puts each error under its field; returns those the form has no place for, for the page's notice. */
    List<UserError> showErrors(List<UserError> errors) {
        clearErrors();
        List<UserError> elsewhere = new ArrayList<>();
        for (UserError error : errors) {
            ErrorTarget target = ErrorTarget.of(error.field());
            if (target != null && target.action() >= 0 && target.action() < actions.size()) {
                actions.get(target.action()).showError(target.path(), error.message());
            } else if (target != null && target.action() < 0 && "reason".equals(target.path())) {
                reason.setErrorMessage(error.message());
                reason.setInvalid(true);
            } else {
                elsewhere.add(error);
            }
        }
        return elsewhere;
    }

    void clearErrors() {
        reason.setInvalid(false);
        actions.forEach(ActionRow::clearErrors);
    }

    /** After an accepted proposal: an empty form for the next one. */
    void reset() {
        clearErrors();
        actions.clear();
        rows.removeAll();
        reason.clear();
    }

    Registration addProposeListener(ComponentEventListener<ProposeEvent> listener) {
        return addListener(ProposeEvent.class, listener);
    }

    static final class ProposeEvent extends ComponentEvent<ProposalForm> {

        private final String reason;
        private final List<Map<String, Object>> actions;

        ProposeEvent(ProposalForm source, String reason, List<Map<String, Object>> actions) {
            super(source, false);
            this.reason = reason;
            this.actions = actions;
        }

        String reason() {
            return reason;
        }

        List<Map<String, Object>> actions() {
            return actions;
        }
    }
}
