package org.agijobs.participants;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.jspecify.annotations.Nullable;

/**
 * A change to one's own profile; a null field stays as it is. Skills are tags matched against jobs' required
 * skills, so they are normalised to lower case and limited like a job's (20 tags of at most 64 characters).
 */
public record ProfileChange(@Nullable String displayName, @Nullable AgentType agentType,
                            @Nullable List<String> skills, @Nullable String profileUri) {

    static final int MAX_DISPLAY_NAME = 200;
    static final int MAX_SKILLS = 20;
    static final int MAX_SKILL_LENGTH = 64;
    static final int MAX_URI = 2048;
    private static final Pattern SKILL = Pattern.compile("[a-z0-9][a-z0-9._+-]*");

    /** The same change with skills normalised; throws {@link ErrorCode#INVALID_INPUT} naming the bad field. */
    ProfileChange validated() {
        String name = displayName == null ? null : displayName.strip();
        if (name != null && (name.isEmpty() || name.length() > MAX_DISPLAY_NAME)) {
            throw invalid("input.displayName", "A display name has 1 to " + MAX_DISPLAY_NAME + " characters");
        }
        return new ProfileChange(name, agentType, skills == null ? null : List.copyOf(normalised(skills)),
                profileUri == null ? null : checkedUri(profileUri.strip()));
    }

    private static Set<String> normalised(List<String> skills) {
        Set<String> tags = new LinkedHashSet<>();
        for (String skill : skills) {
            String tag = skill == null ? "" : skill.strip().toLowerCase(Locale.ROOT);
            if (tag.length() > MAX_SKILL_LENGTH || !SKILL.matcher(tag).matches()) {
                throw invalid("input.skills", "A skill is 1 to " + MAX_SKILL_LENGTH
                        + " lower-case letters, digits or . _ + -, starting with a letter or digit: '" + skill + "'");
            }
            tags.add(tag);
        }
        if (tags.size() > MAX_SKILLS) {
            throw invalid("input.skills", "At most " + MAX_SKILLS + " skills");
        }
        return tags;
    }

    /** An empty text clears the link; anything else must be an absolute http(s) or ipfs URI. */
    private static String checkedUri(String text) {
        if (text.isEmpty()) {
            return text;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (text.length() <= MAX_URI && Set.of("http", "https", "ipfs").contains(scheme)) {
                return text;
            }
        } catch (URISyntaxException malformed) {
            // refused below, with the field named
        }
        throw invalid("input.profileUri", "An absolute http, https or ipfs URI of at most " + MAX_URI + " characters");
    }

    private static DomainException invalid(String field, String message) {
        return new DomainException(ErrorCode.INVALID_INPUT, field, message);
    }
}
