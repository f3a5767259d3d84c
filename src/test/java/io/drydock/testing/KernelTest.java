package io.drydock.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test that needs the real kernel: root, namespaces, cgroups, overlayfs. Where those are
 * missing it is skipped with a one-line reason starting with {@code "kernel:"}; with
 * {@code DRYDOCK_REQUIRE_KERNEL=1} (CI) a missing need fails the test instead.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("kernel")
@ExtendWith(KernelRequirements.class)
public @interface KernelTest {}
