package org.agijobs.portal.governance;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.agijobs.portal.governance.GovernanceDesk.Console;
import org.agijobs.portal.governance.GovernanceDesk.Member;
import org.agijobs.portal.governance.GovernanceDesk.Parameter;
import org.agijobs.portal.governance.GovernanceDesk.ParticipantRef;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One action of the proposal being written: the fields its kind needs, each registered under the path the API's
 * {@code UserError.field} uses inside the action ({@code setParameter.value}), so a refusal lands under its field.
 */
class ActionRow extends HorizontalLayout {

    /** The kinds of action, in menu order; RESUME belongs to the pause panel. */
    enum Kind {
        SET_PARAMETER("Set a parameter", true),
        ADD_COUNCIL_MEMBER("Add a council member", true),
        REMOVE_COUNCIL_MEMBER("Remove a council member", true),
        BUMP_TERMS("Bump the terms version", true),
        BLACKLIST("Blacklist a participant", true),
        UNBLACKLIST("Lift a blacklisting", true),
        WITHDRAW_TREASURY("Withdraw from the treasury", true),
        CANCEL_JOB("Cancel a job", true),
        SPAWN_JOB("Spawn a job paid by the treasury", true);

        private final String label;
        private final boolean offered;

        Kind(String label, boolean offered) {
            this.label = label;
            this.offered = offered;
        }

        String label() {
            return label;
        }

        /** The kinds the proposal form's menu offers. */
        static List<Kind> offered() {
            return Arrays.stream(values()).filter(kind -> kind.offered).toList();
        }
    }

    private final Kind kind;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Span rowError = new Span();
    private final Supplier<Map<String, Object>> input;
    private @Nullable DateTimePicker deadline;

    ActionRow(Kind kind, Console console, Runnable remove) {
        this.kind = kind;
        addClassName("proposal-action");
        getElement().setAttribute("data-kind", kind.name());
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWidthFull();
        getStyle().set("flex-wrap", "wrap");
        add(new Span(kind.label()));
        input = configure(console);
        Button removeButton = new Button("Remove", click -> remove.run());
        removeButton.addClassName("remove-action");
        removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        rowError.addClassName("action-error");
        rowError.getStyle().set("color", "var(--lumo-error-text-color)");
        add(removeButton, rowError);
    }

    Kind kind() {
        return kind;
    }

    /** The {@code ProposalActionInput} as the fields hold it now. */
    Map<String, Object> input() {
        return input.get();
    }

    /** Shows {@code message} under the field at {@code path}, or on the row when it has no such field. */
    void showError(String path, String message) {
        HasValidation field = fields.get(path);
        if (field == null) {
            rowError.setText(message);
            return;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /**
     * Whether the row can be sent: a spawned job's deadline is a required DateTime, which the API cannot refuse at
     * its field when it is missing (the request would not parse), so the row says so itself.
     */
    boolean complete() {
        if (deadline != null && deadline.getValue() == null) {
            showError("spawnJob.deadline", "Pick the job's deadline");
            return false;
        }
        return true;
    }

    void clearErrors() {
        rowError.setText("");
        fields.values().forEach(field -> field.setInvalid(false));
    }

    private Supplier<Map<String, Object>> configure(Console console) {
        return switch (kind) {
            case SET_PARAMETER -> {
                ComboBox<Parameter> parameter = field("setParameter.parameter", "action-parameter",
                        new ComboBox<Parameter>("Parameter"));
                parameter.setItems(console.parameters());
                parameter.setItemLabelGenerator(Parameter::name);
                TextField value = field("setParameter.value", "action-value", new TextField("New value"));
                parameter.addValueChangeListener(change -> parameter.setHelperText(change.getValue() == null ? ""
                        : change.getValue().description() + " Current " + change.getValue().value() + ", bounds "
                        + change.getValue().min() + " to " + change.getValue().max() + "."));
                yield () -> ProposalActions.setParameter(
                        parameter.getValue() == null ? "" : parameter.getValue().name(), value.getValue());
            }
            case ADD_COUNCIL_MEMBER -> {
                TextField participant = participantId("addCouncilMember.participant");
                yield () -> ProposalActions.addCouncilMember(participant.getValue());
            }
            case REMOVE_COUNCIL_MEMBER -> {
                Select<Member> member = field("removeCouncilMember.subject", "action-member", new Select<Member>());
                member.setLabel("Member");
                member.setItems(console.council().members());
                member.setItemLabelGenerator(Member::username);
                yield () -> ProposalActions.removeCouncilMember(
                        member.getValue() == null ? "" : member.getValue().subject());
            }
            case BUMP_TERMS -> {
                add(new Paragraph("Raises the terms version by one; money-moving actions then wait for each "
                        + "participant's new acknowledgement."));
                yield ProposalActions::bumpTerms;
            }
            case BLACKLIST -> {
                TextField participant = participantId("blacklist.participant");
                TextArea reason = reason("blacklist.reason");
                yield () -> ProposalActions.blacklist(participant.getValue(), reason.getValue());
            }
            case UNBLACKLIST -> {
                ComboBox<ParticipantRef> participant = field("unblacklist.participant", "action-participant",
                        new ComboBox<ParticipantRef>("Blacklisted participant"));
                participant.setItems(console.blacklist());
                participant.setItemLabelGenerator(ParticipantRef::handle);
                TextArea reason = reason("unblacklist.reason");
                yield () -> ProposalActions.unblacklist(
                        participant.getValue() == null || participant.getValue().id() == null
                                ? "" : participant.getValue().id(), reason.getValue());
            }
            case WITHDRAW_TREASURY -> {
                TextField amount = field("withdrawTreasury.amount", "action-amount",
                        new TextField("Amount (AGIALPHA)"));
                amount.setHelperText("The treasury holds " + console.treasuryBalance() + ".");
                TextField destination = field("withdrawTreasury.destination", "action-destination",
                        new TextField("Destination outside the platform"));
                yield () -> ProposalActions.withdrawTreasury(amount.getValue(), destination.getValue());
            }
            case CANCEL_JOB -> {
                add(new Paragraph("Cancels a job in any state but a final one, once approved (no timelock): its "
                        + "employer gets the whole escrow back, nobody is slashed, every stake lock is freed."));
                TextField job = field("cancelJob.job", "action-job", new TextField("Job id"));
                job.setHelperText("The job's global id, as the API shows it.");
                TextArea reason = reason("cancelJob.reason");
                reason.setMaxLength(500);
                yield () -> ProposalActions.cancelJob(job.getValue(), reason.getValue());
            }
            case SPAWN_JOB -> {
                TextField title = field("spawnJob.title", "action-title", new TextField("Title"));
                TextArea description = field("spawnJob.description", "action-description",
                        new TextArea("Description"));
                TextField reward = field("spawnJob.reward", "action-reward", new TextField("Reward (AGIALPHA)"));
                reward.setHelperText("Reward plus fee come from the treasury, which holds " + console.treasuryBalance()
                        + "; the treasury is the job's employer.");
                DateTimePicker deadline = field("spawnJob.deadline", "action-deadline",
                        new DateTimePicker("Deadline (UTC)"));
                deadline.setRequiredIndicatorVisible(true);
                deadline.setHelperText("Still in the future when the proposal executes, after the timelock.");
                this.deadline = deadline;
                TextField skills = field("spawnJob.requiredSkills", "action-skills",
                        new TextField("Required skills (comma-separated)"));
                Select<String> agentTypes = field("spawnJob.agentTypesAllowed", "action-agent-types", new Select<String>());
                agentTypes.setLabel("Agent types");
                agentTypes.setItems("ANY", "HUMAN", "AI");
                agentTypes.setValue("ANY");
                TextField preferred = field("spawnJob.preferredAgent", "action-preferred-agent",
                        new TextField("Preferred agent id (optional)"));
                yield () -> ProposalActions.spawnJob(new ProposalActions.SpawnDraft(title.getValue(),
                        description.getValue(), reward.getValue(),
                        deadline.getValue() == null ? null : deadline.getValue().toInstant(ZoneOffset.UTC),
                        skills.getValue(), agentTypes.getValue(), preferred.getValue()));
            }
        };
    }

    private TextField participantId(String path) {
        TextField participant = field(path, "action-participant", new TextField("Participant id"));
        participant.setHelperText("The participant's global id, as the API shows it.");
        return participant;
    }

    private TextArea reason(String path) {
        TextArea reason = field(path, "action-reason", new TextArea("Reason"));
        reason.setMaxLength(2000);
        return reason;
    }

    private <T extends Component & HasValidation> T field(String path, String className, T component) {
        component.addClassName(className);
        fields.put(path, component);
        add(component);
        return component;
    }
}
