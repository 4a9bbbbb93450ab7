package org.agijobs.portal.governance;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Where the proposal form shows a {@code UserError.field}: the action row it names and the field in it
 * ({@code input.actions[1].setParameter.value}), a field of the form itself ({@code input.reason}), or nowhere
 * in particular (no field, or one the form does not have), when the error goes to the page's notice.
 *
 * @param action the action's index, or -1 for the form's own fields
 * @param path   the field inside the action ({@code setParameter.value}) or the form ({@code reason})
 */
public record ErrorTarget(int action, String path) {

    private static final Pattern ACTION_FIELD = Pattern.compile("input\\.actions\\[(\\d{1,3})](?:\\.(.+))?");
    private static final String FORM_PREFIX = "input.";

    public static @Nullable ErrorTarget of(@Nullable String field) {
        if (field == null) {
            return null;
        }
        Matcher action = ACTION_FIELD.matcher(field);
        if (action.matches()) {
            return new ErrorTarget(Integer.parseInt(action.group(1)), action.group(2) == null ? "" : action.group(2));
        }
        if (field.startsWith(FORM_PREFIX)) {
            return new ErrorTarget(-1, field.substring(FORM_PREFIX.length()));
        }
        return null;
    }
}
