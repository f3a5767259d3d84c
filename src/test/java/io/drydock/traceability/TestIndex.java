package io.drydock.traceability;

import io.drydock.testing.IsolationRule;
import io.drydock.testing.KernelTest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The reflective edge of the traceability check: finds the {@link IsolationRule} annotations on the
 * compiled test classes and tells what kind of test a method is.
 */
final class TestIndex {
  private TestIndex() {}

  /** The kind of {@code Class#method} on the test classpath, empty when there is no such method. */
  static Optional<TestKind> kindOf(String name) {
    int hash = name.indexOf('#');
    if (hash < 0) {
      return Optional.empty();
    }
    try {
      Class<?> c = Class.forName(name.substring(0, hash), false, TestIndex.class.getClassLoader());
      String method = name.substring(hash + 1);
      return Arrays.stream(c.getDeclaredMethods()).filter(m -> m.getName().equals(method)).findFirst().map(TestIndex::kind);
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
  }

  static TestKind kind(Method m) {
    boolean kernel = m.isAnnotationPresent(KernelTest.class) || m.getDeclaringClass().isAnnotationPresent(KernelTest.class)
        || jqwikKernelTag(m);
    if (m.isAnnotationPresent(net.jqwik.api.Property.class) && !kernel) {
      return TestKind.PROPERTY;
    }
    if (kernel && (m.isAnnotationPresent(org.junit.jupiter.api.Test.class) || m.isAnnotationPresent(net.jqwik.api.Property.class))) {
      return TestKind.KERNEL;
    }
    return TestKind.OTHER;
  }

  private static boolean jqwikKernelTag(Method m) {
    return Arrays.stream(m.getAnnotationsByType(net.jqwik.api.Tag.class)).anyMatch(t -> t.value().equals("kernel"));
  }

  /**
   * Rule id → the annotated tests, from every class under the test-classes directory, in the order
   * of class file path and then method name: the JVM lists a class's methods in no fixed order, and
   * the generated table must not change from one run to the next.
   */
  static Map<String, List<TestRef>> annotated() {
    Map<String, List<TestRef>> out = new TreeMap<>();
    for (Class<?> c : testClasses()) {
      Method[] methods;
      try {
        methods = c.getDeclaredMethods();
        Arrays.sort(methods, java.util.Comparator.comparing(Method::getName));
      } catch (LinkageError e) {
        continue;
      }
      for (Method m : methods) {
        for (IsolationRule r : m.getAnnotationsByType(IsolationRule.class)) {
          out.computeIfAbsent(r.value(), k -> new ArrayList<>())
              .add(new TestRef(c.getName() + "#" + m.getName(), kind(m), true));
        }
      }
    }
    return out;
  }

  private static List<Class<?>> testClasses() {
    Path root;
    try {
      root = Path.of(IsolationRule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("locate the test classes", e);
    }
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
        String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
        try {
          out.add(Class.forName(name, false, TestIndex.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError unloadable) {
          // a class that cannot load cannot be run either; its own test run reports it
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("walk " + root, e);
    }
    return out;
  }
}
