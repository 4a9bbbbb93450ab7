package org.agijobs.e2e.platform;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Makes sure the whole platform answers before a test class runs. A platform that already runs (e.g. from
 * {@code ./platform start}) is reused; otherwise the launcher is started once for the whole test run and stopped
 * when the run ends, because the run's root store closes what it holds.
 */
public final class PlatformStack implements BeforeAllCallback {

    private static final Namespace NAMESPACE = Namespace.create(PlatformStack.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(PlatformRun.class, key -> PlatformRun.startOrReuse(), PlatformRun.class)
                .requireUp();
    }
}
