package org.agijobs.resources;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.parameters.Parameters;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.money.Money;
import org.agijobs.platform.security.Authorization;
import org.agijobs.platform.security.Caller;
import org.agijobs.resources.internal.ResourceBook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resources module's API. Quotes read without locks; {@link #reserve} and {@link #release} run in the jobs
 * module's transaction, on the job's locked row, and lock the pool rows they change. Callers take those locks after
 * their ledger moves (the pool rows are the last locks of a job command), so no order of ledger and pool locks can
 * close a cycle between two commands.
 */
@Service
public class ResourceService {

    private final ResourceBook book;
    private final Parameters parameters;
    private final Clock clock;

    ResourceService(ResourceBook book, Parameters parameters, Clock clock) {
        this.book = book;
        this.parameters = parameters;
        this.clock = clock;
    }

    /** Every resource as it stands now; any role. */
    public List<ResourceLevel> levels(Caller caller) {
        Authorization.requireSomeRole(caller);
        return List.copyOf(levels().values());
    }

    /**
     * What these budgets cost at this moment's prices; a budget larger than what is available now is refused with
     * {@code RESOURCE_UNAVAILABLE} at its field. Absent or zero budgets cost nothing and need nothing.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public ResourceQuote quote(@Nullable BigDecimal energyBudget, @Nullable BigDecimal computeBudget,
            String energyField, String computeField) {
        BigDecimal energy = orZero(energyBudget);
        BigDecimal compute = orZero(computeBudget);
        Map<Resource, ResourceLevel> levels = levels();
        ResourceLevel energyLevel = levels.get(Resource.ENERGY);
        ResourceLevel computeLevel = levels.get(Resource.COMPUTE);
        requireAvailable(energyLevel, energy, energyField);
        requireAvailable(computeLevel, compute, computeField);
        return new ResourceQuote(energy, energyLevel.unitPrice(), compute, computeLevel.unitPrice(),
                energyLevel.cost(energy).plus(computeLevel.cost(compute)));
    }

    /**
     * Reserves the job's budgets for it, under the pool rows' lock: if what is available dropped below a budget
     * since the job was posted, {@code RESOURCE_UNAVAILABLE} at {@code field}, and the caller's transaction rolls
     * back whatever it did. A job without positive budgets reserves nothing and takes no lock.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reserve(UUID jobId, @Nullable BigDecimal energyBudget, @Nullable BigDecimal computeBudget,
            String field) {
        Map<Resource, BigDecimal> wanted = new EnumMap<>(Resource.class);
        if (orZero(energyBudget).signum() > 0) {
            wanted.put(Resource.ENERGY, energyBudget);
        }
        if (orZero(computeBudget).signum() > 0) {
            wanted.put(Resource.COMPUTE, computeBudget);
        }
        if (wanted.isEmpty()) {
            return;
        }
        Map<Resource, BigDecimal> reserved = book.lock(wanted.keySet());
        for (var entry : wanted.entrySet()) {
            BigDecimal available = ResourcePricing.available(parameters.units(entry.getKey().capacity()),
                    reserved.get(entry.getKey()));
            if (entry.getValue().compareTo(available) > 0) {
                throw unavailable(entry.getKey(), entry.getValue(), available, field);
            }
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        wanted.forEach((resource, amount) -> book.reserve(jobId, resource, amount, now));
    }

    /** Gives back whatever the job holds reserved; a job that holds nothing (never assigned, released) is a no-op. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<Resource, BigDecimal> release(UUID jobId) {
        Map<Resource, BigDecimal> held = book.heldBy(jobId);
        if (!held.isEmpty()) {
            book.lock(held.keySet());
            book.release(jobId, held);
        }
        return held;
    }

    private Map<Resource, ResourceLevel> levels() {
        Map<Resource, BigDecimal> reserved = book.reserved();
        Map<Resource, ResourceLevel> levels = new EnumMap<>(Resource.class);
        for (Resource resource : Resource.values()) {
            levels.put(resource, ResourceLevel.of(resource, parameters.units(resource.capacity()),
                    reserved.getOrDefault(resource, BigDecimal.ZERO), parameters.money(resource.basePrice())));
        }
        return levels;
    }

    private static void requireAvailable(ResourceLevel level, BigDecimal budget, String field) {
        if (budget.compareTo(level.available()) > 0) {
            throw unavailable(level.resource(), budget, level.available(), field);
        }
    }

    private static DomainException unavailable(Resource resource, BigDecimal budget, BigDecimal available,
            String field) {
        return new DomainException(ErrorCode.RESOURCE_UNAVAILABLE, field, "The " + resource.name().toLowerCase()
                + " budget " + budget.stripTrailingZeros().toPlainString() + " is more than the "
                + available.stripTrailingZeros().toPlainString() + " units available now");
    }

    private static BigDecimal orZero(@Nullable BigDecimal budget) {
        return budget == null ? BigDecimal.ZERO : budget;
    }
}
