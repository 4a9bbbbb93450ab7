package org.agijobs.portal.work;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.agijobs.portal.governance.ErrorTarget;
import org.agijobs.portal.work.AgentDesk.UserError;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;

/** A form's refusals placed under the input fields they name ({@code input.title} → the title field). */
final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * Marks each error's field invalid with its message and returns the errors that name no field of the form,
     * for the page's notice.
     */
    static List<UserError> show(List<UserError> errors, Function<String, @Nullable HasValidation> fieldAt) {
        List<UserError> elsewhere = new ArrayList<>();
        for (UserError error : errors) {
            ErrorTarget target = ErrorTarget.of(error.field());
            HasValidation field = target == null || target.action() != -1 ? null : fieldAt.apply(target.path());
            if (field == null) {
                elsewhere.add(error);
            } else {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
            }
        }
        return elsewhere;
    }
}
