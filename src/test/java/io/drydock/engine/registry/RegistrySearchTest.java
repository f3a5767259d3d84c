package io.drydock.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.drydock.common.DrydockException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code docker search} against a loopback server serving Docker Hub's v1 search format, and
 * against a closed port (what a machine without network sees).
 */
class RegistrySearchTest {
  static final String ANSWER = "{\"num_results\":3,\"query\":\"busy\",\"page\":1,\"results\":["
      + "{\"name\":\"busybox\",\"description\":\"Busybox base image.\",\"star_count\":3100,\"is_official\":true,\"is_automated\":false},"
      + "{\"name\":\"team/busy-app\",\"description\":\"an app\",\"star_count\":7,\"is_official\":false,\"is_automated\":true},"
      + "{\"name\":\"someone/busy\",\"description\":\"\",\"star_count\":0,\"is_official\":false,\"is_automated\":false}]}";

  private HttpServer server;
  private final List<String> queries = new CopyOnWriteArrayList<>();
  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  private final RegistryClient client = new RegistryClient(RegistryConfig.DEFAULT);

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v1/search", this::search);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void search(HttpExchange ex) throws IOException {
    queries.add(ex.getRequestURI().getRawQuery());
    authorizations.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
    byte[] body = ANSWER.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(200, body.length);
    ex.getResponseBody().write(body);
    ex.close();
  }

  private String address() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  @Test
  void searchAsksTheRegistryTheTermNamesAndReturnsItsResults() {
    List<SearchResult> results = client.search(address() + "/busy", 25, SearchFilter.NONE, Optional.empty());
    assertThat(queries).containsExactly("q=busy&n=25");
    assertThat(authorizations).containsExactly("null");
    assertThat(results).containsExactly(
        new SearchResult("busybox", "Busybox base image.", 3100, true, false),
        new SearchResult("team/busy-app", "an app", 7, false, true),
        new SearchResult("someone/busy", "", 0, false, false));
  }

  @Test
  void filtersAndLimitNarrowTheResults() {
    assertThat(client.search(address() + "/busy", 25, SearchFilter.parse(Map.of("is-official", List.of("true"))), Optional.empty()))
        .extracting(SearchResult::name).containsExactly("busybox");
    assertThat(client.search(address() + "/busy", 25, SearchFilter.parse(Map.of("stars", List.of("5"))), Optional.empty()))
        .extracting(SearchResult::name).containsExactly("busybox", "team/busy-app");
    assertThat(client.search(address() + "/busy", 25, SearchFilter.parse(Map.of("is-automated", List.of("true"))), Optional.empty()))
        .extracting(SearchResult::name).containsExactly("team/busy-app");
    assertThat(client.search(address() + "/busy", 2, SearchFilter.NONE, Optional.empty())).hasSize(2);
    assertThat(queries).last().isEqualTo("q=busy&n=2");
  }

  @Test
  void credentialsGoAsBasicAuthorization() {
    client.search(address() + "/busy", 10, SearchFilter.NONE, Optional.of(new RegistryAuth("alice", "pw", address(), "")));
    assertThat(authorizations).containsExactly("Basic YWxpY2U6cHc=");
  }

  @Test
  void badArgumentsAreRefusedBeforeAnyRequest() {
    assertThatThrownBy(() -> client.search(address() + "/busy", 0, SearchFilter.NONE, Optional.empty()))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessage("limit 0 is outside the range of [1, 100]");
    assertThatThrownBy(() -> client.search(address() + "/busy", 101, SearchFilter.NONE, Optional.empty()))
        .hasMessage("limit 101 is outside the range of [1, 100]");
    assertThatThrownBy(() -> SearchFilter.parse(Map.of("color", List.of("red"))))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessage("Invalid filter 'color'");
    assertThatThrownBy(() -> SearchFilter.parse(Map.of("stars", List.of("many")))).hasMessage("Invalid filter 'stars=many'");
    assertThatThrownBy(() -> SearchFilter.parse(Map.of("is-official", List.of("maybe")))).hasMessage("Invalid filter 'is-official=maybe'");
    assertThatThrownBy(() -> client.search("http://" + address() + "/busy", 25, SearchFilter.NONE, Optional.empty()))
        .isInstanceOf(DrydockException.InvalidArgument.class);
    assertThat(queries).isEmpty();
  }

  @Test
  void termsNameTheirRegistryLikeDockerd() {
    assertThat(RegistrySearch.Term.parse("busybox")).isEqualTo(new RegistrySearch.Term("docker.io", "busybox"));
    assertThat(RegistrySearch.Term.parse("library/busybox")).isEqualTo(new RegistrySearch.Term("docker.io", "busybox"));
    assertThat(RegistrySearch.Term.parse("team/app")).isEqualTo(new RegistrySearch.Term("docker.io", "team/app"));
    assertThat(RegistrySearch.Term.parse("localhost/app")).isEqualTo(new RegistrySearch.Term("localhost", "app"));
    assertThat(RegistrySearch.Term.parse("reg.example.com/team/app")).isEqualTo(new RegistrySearch.Term("reg.example.com", "team/app"));
    RegistrySearch search = new RegistrySearch(null, RegistryConfig.DEFAULT);
    assertThat(search.searchUri(RegistrySearch.Term.parse("busy box"), 25).toString()).isEqualTo("https://index.docker.io/v1/search?q=busy+box&n=25");
    assertThat(search.searchUri(RegistrySearch.Term.parse("127.0.0.1:5000/x"), 3).toString()).isEqualTo("http://127.0.0.1:5000/v1/search?q=x&n=3");
  }

  @Test
  void aClosedPortIsA500WithGoWording() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    int closed = port;
    assertThatThrownBy(() -> client.search("127.0.0.1:" + closed + "/busy", 25, SearchFilter.NONE, Optional.empty()))
        .isInstanceOf(DrydockException.SystemError.class)
        .hasMessage("Get \"http://127.0.0.1:" + closed + "/v1/search?q=busy&n=25\": dial tcp 127.0.0.1:" + closed + ": connect: connection refused");
  }

  @Test
  void aRegistryWithoutV1SearchIsUnexpectedStatus() {
    server.removeContext("/v1/search");
    assertThatThrownBy(() -> client.search(address() + "/busy", 25, SearchFilter.NONE, Optional.empty()))
        .isInstanceOf(DrydockException.SystemError.class).hasMessage("Unexpected status code 404");
  }
}
