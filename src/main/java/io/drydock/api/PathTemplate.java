package io.drydock.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A route path such as {@code /containers/{id}/json}. A parameter matches one path segment;
 * {@code {name:.*}} matches one or more segments (image names contain slashes). Parameter values
 * are percent-decoded.
 */
public final class PathTemplate {
  private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z]+)(:\\.\\*)?}");

  private final String template;
  private final Pattern pattern;
  private final List<String> names;

  private PathTemplate(String template, Pattern pattern, List<String> names) {
    this.template = template;
    this.pattern = pattern;
    this.names = List.copyOf(names);
  }

  public static PathTemplate parse(String template) {
    if (!template.startsWith("/")) {
      throw new IllegalArgumentException("path template must start with /: " + template);
    }
    Matcher m = PARAM.matcher(template);
    StringBuilder regex = new StringBuilder("^");
    List<String> names = new ArrayList<>();
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(template.substring(last, m.start())));
      regex.append(m.group(2) == null ? "([^/]+)" : "(.+)");
      names.add(m.group(1));
      last = m.end();
    }
    regex.append(Pattern.quote(template.substring(last))).append('$');
    return new PathTemplate(template, Pattern.compile(regex.toString()), names);
  }

  /** The template as written in the swagger ({@code {name:.*}} shown as {@code {name}}). */
  public String swaggerForm() {
    return template.replace(":.*}", "}");
  }

  public int parameterCount() {
    return names.size();
  }

  /** The parameters when {@code rawPath} (still percent-encoded) matches. */
  public Optional<Map<String, String>> match(String rawPath) {
    Matcher m = pattern.matcher(rawPath);
    if (!m.matches()) {
      return Optional.empty();
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      params.put(names.get(i), PercentDecoding.decode(m.group(i + 1)));
    }
    return Optional.of(params);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PathTemplate other && other.template.equals(template);
  }

  @Override
  public int hashCode() {
    return template.hashCode();
  }

  @Override
  public String toString() {
    return template;
  }
}
