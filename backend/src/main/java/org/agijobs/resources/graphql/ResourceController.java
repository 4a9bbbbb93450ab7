package org.agijobs.resources.graphql;

import java.math.BigDecimal;
import java.util.List;

import org.agijobs.platform.security.Caller;
import org.agijobs.resources.ResourceLevel;
import org.agijobs.resources.ResourceService;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ResourceController {

    private final ResourceService resources;

    ResourceController(ResourceService resources) {
        this.resources = resources;
    }

    @QueryMapping
    List<ResourceLevel> resourcePool(Caller caller) {
        return resources.levels(caller);
    }

    @SchemaMapping(typeName = "ResourceLevel", field = "capacity")
    String capacity(ResourceLevel level) {
        return plain(level.capacity());
    }

    @SchemaMapping(typeName = "ResourceLevel", field = "reserved")
    String reserved(ResourceLevel level) {
        return plain(level.reserved());
    }

    @SchemaMapping(typeName = "ResourceLevel", field = "available")
    String available(ResourceLevel level) {
        return plain(level.available());
    }

    /** Units as clients write them: no exponent, no trailing zeros ({@code 1000000}, {@code 2.5}). */
    private static String plain(BigDecimal units) {
        return units.stripTrailingZeros().toPlainString();
    }
}
