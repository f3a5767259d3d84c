package io.drydock.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test that needs a live daemon (and so the kernel needs of {@link KernelTest}). Skipped
 * with a reason starting with {@code "scenario:"} where they are missing; failed instead under
 * {@code DRYDOCK_REQUIRE_KERNEL=1}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("scenario")
@ExtendWith(ScenarioRequirements.class)
public @interface ScenarioTest {}
