package io.drydock.engine.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drydock.common.DrydockException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * {@code docker search}: {@code GET <index>/v1/search?q=<term>&n=<limit>} on the registry the term
 * names ({@code 127.0.0.1:5000/foo} searches that registry for {@code foo}; a term without a
 * registry part searches Docker Hub's index, {@code https://index.docker.io}), as dockerd's
 * registry service does. The v1 search API is Docker Hub's; a distribution v2 registry does not
 * serve it and answers 404. A registry that cannot be reached is a 500 with Go's wording of the
 * transport failure, which is what dockerd answers on a machine without network.
 */
final class RegistrySearch {
  static final String HUB_INDEX = "https://index.docker.io";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http;
  private final RegistryConfig config;

  RegistrySearch(HttpClient http, RegistryConfig config) {
    this.http = http;
    this.config = config;
  }

  /** The registry part and the repository part of a search term (dockerd's {@code splitReposSearchTerm}). */
  record Term(String registry, String remoteName) {
    static Term parse(String term) {
      if (term.contains("://")) {
        throw new DrydockException.InvalidArgument("Invalid repository name (ex: \"registry.domain.tld/myrepos\")");
      }
      int slash = term.indexOf('/');
      String first = slash < 0 ? "" : term.substring(0, slash);
      if (slash < 0 || (!first.contains(".") && !first.contains(":") && !first.equals("localhost"))) {
        return new Term("docker.io", term.startsWith("library/") ? term.substring("library/".length()) : term);
      }
      return new Term(first, term.substring(slash + 1));
    }

    boolean hub() {
      return registry.equals("docker.io") || registry.equals("index.docker.io");
    }
  }

  /** The URI asked for {@code term} with at most {@code limit} results. */
  URI searchUri(Term term, int limit) {
    String base = term.hub() ? HUB_INDEX : RegistryEndpoint.of(term.registry(), config).base().toString();
    return URI.create(base + "/v1/search?q=" + URLEncoder.encode(term.remoteName(), StandardCharsets.UTF_8) + "&n=" + limit);
  }

  List<SearchResult> search(String term, int limit, SearchFilter filter, Optional<RegistryAuth> auth) {
    if (term == null || term.isBlank()) {
      throw new DrydockException.InvalidArgument("term is required");
    }
    if (limit < 1 || limit > 100) {
      throw new DrydockException.InvalidArgument("limit " + limit + " is outside the range of [1, 100]");
    }
    URI uri = searchUri(Term.parse(term), limit);
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(TIMEOUT).version(HttpClient.Version.HTTP_1_1).GET();
    auth.filter(RegistryAuth::hasPassword).ifPresent(a -> b.header("Authorization", "Basic "
        + Base64.getEncoder().encodeToString((a.username() + ":" + a.password()).getBytes(StandardCharsets.UTF_8))));
    HttpResponse<byte[]> r;
    try {
      r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new DrydockException.SystemError(GoStyleErrors.describe("GET", uri, e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DrydockException.SystemError("search interrupted", e);
    }
    if (r.statusCode() != 200) {
      throw new DrydockException.SystemError("Unexpected status code " + r.statusCode());
    }
    List<SearchResult> results = parse(r.body());
    return results.stream().filter(filter::test).limit(limit).toList();
  }

  /** The {@code results} of a v1 search answer; anything else is a 500 naming what was wrong. */
  static List<SearchResult> parse(byte[] body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      throw new DrydockException.SystemError("error decoding search results: " + e.getMessage(), e);
    }
    if (root == null || !root.path("results").isArray()) {
      throw new DrydockException.SystemError("error decoding search results: no \"results\" list in the registry's answer");
    }
    List<SearchResult> out = new ArrayList<>();
    for (JsonNode n : root.path("results")) {
      out.add(new SearchResult(n.path("name").asText(""), n.path("description").asText(""), n.path("star_count").asLong(0),
          n.path("is_official").asBoolean(false), n.path("is_automated").asBoolean(false)));
    }
    return out;
  }
}
