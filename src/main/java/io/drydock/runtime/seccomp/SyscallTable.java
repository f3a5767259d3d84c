package io.drydock.runtime.seccomp;

import io.drydock.common.DrydockException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Name → number of every system call of one arch, read from the resource
 * {@code <arch>.syscalls} (one {@code name number} per line, {@code #} comments). Numbers are those
 * {@code seccomp_data.nr} carries, so x32 numbers include {@link Arch#X32_SYSCALL_BIT}.
 */
public final class SyscallTable {
  private static final Map<Arch, SyscallTable> LOADED = new EnumMap<>(Arch.class);

  private final Arch arch;
  private final Map<String, Integer> numbers;

  private SyscallTable(Arch arch, Map<String, Integer> numbers) {
    this.arch = arch;
    this.numbers = Collections.unmodifiableMap(numbers);
  }

  /** The table of {@code arch}; only arches with {@link Arch#hasSyscallTable()} have one. */
  public static synchronized SyscallTable of(Arch arch) {
    if (!arch.hasSyscallTable()) {
      throw new DrydockException.NotImplemented("seccomp: drydock has no syscall table for " + arch.ociName());
    }
    return LOADED.computeIfAbsent(arch, SyscallTable::load);
  }

  /** Whether any table drydock has knows {@code name}. */
  public static boolean knownToAnyArch(String name) {
    for (Arch arch : Arch.values()) {
      if (arch.hasSyscallTable() && of(arch).number(name).isPresent()) {
        return true;
      }
    }
    return false;
  }

  public Arch arch() {
    return arch;
  }

  /** The number of {@code name} on this arch, empty when the arch lacks that system call. */
  public OptionalInt number(String name) {
    Integer number = numbers.get(name);
    return number == null ? OptionalInt.empty() : OptionalInt.of(number);
  }

  /** Every name → number, in table order. */
  public Map<String, Integer> entries() {
    return numbers;
  }

  private static SyscallTable load(Arch arch) {
    String resource = arch.tableName() + ".syscalls";
    try (InputStream in = SyscallTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new DrydockException.SystemError("seccomp: resource " + resource + " missing from the build");
      }
      return new SyscallTable(arch, parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
    } catch (IOException e) {
      throw new UncheckedIOException("seccomp: reading resource " + resource, e);
    }
  }

  private static Map<String, Integer> parse(String resource, BufferedReader reader) throws IOException {
    Map<String, Integer> numbers = new LinkedHashMap<>();
    String line;
    int lineNumber = 0;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] fields = trimmed.split("\\s+");
      if (fields.length != 2 || numbers.put(fields[0], Integer.parseInt(fields[1])) != null) {
        throw new DrydockException.SystemError("seccomp: " + resource + " line " + lineNumber + " is malformed: " + line);
      }
    }
    return numbers;
  }
}
