package org.agijobs.resources;

import org.agijobs.parameters.Parameter;

/** A resource a job may declare a budget of, with the parameters that govern it. */
public enum Resource {
    ENERGY(Parameter.ENERGY_CAPACITY, Parameter.ENERGY_BASE_PRICE),
    COMPUTE(Parameter.COMPUTE_CAPACITY, Parameter.COMPUTE_BASE_PRICE);

    private final Parameter capacity;
    private final Parameter basePrice;

    Resource(Parameter capacity, Parameter basePrice) {
        this.capacity = capacity;
        this.basePrice = basePrice;
    }

    public Parameter capacity() {
        return capacity;
    }

    public Parameter basePrice() {
        return basePrice;
    }
}
