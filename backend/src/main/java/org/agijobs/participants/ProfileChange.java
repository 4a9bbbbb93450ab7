package org.agijobs.participants;

import java.util.List;
import java.util.Set;

import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.input.InputRules;
import org.jspecify.annotations.Nullable;

/**
 * A change to one's own profile; a null field stays as it is. Skills are tags matched against jobs' required
 * skills, so they follow the same rule ({@link InputRules#skills}).
 */
public record ProfileChange(@Nullable String displayName, @Nullable AgentType agentType,
                            @Nullable List<String> skills, @Nullable String profileUri) {

    static final int MAX_DISPLAY_NAME = 200;
    private static final Set<String> URI_SCHEMES = Set.of("http", "https", "ipfs");

    /** The same change with skills normalised; throws {@link ErrorCode#INVALID_INPUT} naming the bad field. */
    ProfileChange validated() {
        String name = displayName == null ? null
                : InputRules.requiredText(displayName, "input.displayName", MAX_DISPLAY_NAME);
        return new ProfileChange(name, agentType,
                skills == null ? null : List.copyOf(InputRules.skills(skills, "input.skills")),
                profileUri == null ? null : checkedUri(profileUri.strip()));
    }

    /** An empty text clears the link; anything else must be an absolute http(s) or ipfs URI. */
    private static String checkedUri(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return InputRules.optionalUri(text, "input.profileUri", URI_SCHEMES);
    }
}
