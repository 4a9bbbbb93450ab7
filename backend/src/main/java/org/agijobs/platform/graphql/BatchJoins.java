package org.agijobs.platform.graphql;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The two steps of every {@code @BatchMapping} from a page of objects to the objects they point at: collect the
 * ids the page points at (to load them in one query), then hand each source its target.
 */
public final class BatchJoins {

    private BatchJoins() {
    }

    /** The distinct ids {@code sources} point at through {@code key}, nulls left out. */
    public static <S> Set<UUID> ids(Collection<S> sources, Function<? super S, UUID> key) {
        return sources.stream().map(key).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** Each source with its target; sources without one are left out, so their field is null. */
    public static <S, T> Map<S, T> joined(Collection<S> sources, Function<? super S, UUID> key, Map<UUID, T> targets) {
        Map<S, T> result = new LinkedHashMap<>();
        for (S source : sources) {
            UUID id = key.apply(source);
            if (id != null && targets.containsKey(id)) {
                result.put(source, targets.get(id));
            }
        }
        return result;
    }
}
