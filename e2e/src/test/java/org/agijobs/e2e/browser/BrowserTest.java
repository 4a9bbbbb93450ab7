package org.agijobs.e2e.browser;

import org.agijobs.e2e.platform.PlatformStack;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A test in Chromium against the running platform: test methods take a {@link com.microsoft.playwright.Page}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({PlatformStack.class, Chromium.class})
public @interface BrowserTest {
}
