package io.drydock.api.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drydock.engine.events.Actor;
import io.drydock.engine.events.Event;
import io.drydock.engine.events.EventType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /events} through the real pipeline, with events published on the engine's bus. */
class EventsRouteTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Testbed t = new Testbed();

  private Event container(String action, String id, String name) {
    return t.events.publish(EventType.CONTAINER, action, new Actor(id, Map.of("name", name, "image", "busybox:latest")));
  }

  private static String seconds(long nanos) {
    return (nanos / 1_000_000_000L) + "." + String.format("%09d", nanos % 1_000_000_000L);
  }

  /** JSON lines in the chunked body (chunk sizes and separators dropped). */
  private static List<JsonNode> messages(String raw) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : raw.split("\r\n")) {
      if (line.startsWith("{")) {
        for (String json : line.split("\n")) {
          out.add(JSON.readTree(json));
        }
      }
    }
    return out;
  }

  @Test
  void headersGoOutBeforeAnyEventAndTheStreamStaysOpen() {
    String r = t.exchange(Testbed.get("/v1.41/events"));
    assertThat(r).startsWith("HTTP/1.1 200 OK\r\n").contains("content-type: application/json\r\n", "transfer-encoding: chunked\r\n");
    assertThat(t.channel.isOpen()).isTrue();
    assertThat(t.events.subscriberCount()).isEqualTo(1);
  }

  @Test
  void liveEventsAreStreamedInDockersShape() throws Exception {
    t.exchange(Testbed.get("/events"));
    Event e = container("start", "abc", "web");
    List<JsonNode> msgs = messages(t.drain());
    assertThat(msgs).hasSize(1);
    JsonNode m = msgs.get(0);
    assertThat(m.get("Type").asText()).isEqualTo("container");
    assertThat(m.get("Action").asText()).isEqualTo("start");
    assertThat(m.get("Actor").get("ID").asText()).isEqualTo("abc");
    assertThat(m.get("Actor").get("Attributes").get("name").asText()).isEqualTo("web");
    assertThat(m.get("scope").asText()).isEqualTo("local");
    assertThat(m.get("time").asLong()).isEqualTo(e.timeNano() / 1_000_000_000L);
    assertThat(m.get("timeNano").asLong()).isEqualTo(e.timeNano());
    assertThat(m.get("status").asText()).isEqualTo("start");
    assertThat(m.get("id").asText()).isEqualTo("abc");
    assertThat(m.get("from").asText()).isEqualTo("busybox:latest");
  }

  @Test
  void anUntilInThePastReplaysAndEndsTheStream() throws Exception {
    Event first = container("create", "abc", "web");
    container("start", "abc", "web");
    String r = t.exchange(Testbed.get("/events?since=" + seconds(first.timeNano()) + "&until=" + seconds(first.timeNano())));
    t.channel.runScheduledPendingTasks();
    r += t.drain();
    assertThat(messages(r)).extracting(m -> m.get("Action").asText()).containsExactly("create");
    assertThat(r).endsWith("0\r\n\r\n");
    assertThat(t.events.subscriberCount()).isZero();
    assertThat(t.channel.isOpen()).as("keep-alive survives the end of the stream").isTrue();
  }

  @Test
  void sinceReplaysThenStreamsLive() throws Exception {
    Event create = container("create", "abc", "web");
    String r = t.exchange(Testbed.get("/events?since=" + seconds(create.timeNano())));
    container("start", "abc", "web");
    r += t.drain();
    assertThat(messages(r)).extracting(m -> m.get("Action").asText()).containsExactly("create", "start");
  }

  @Test
  void filtersSelectByTypeContainerEventAndLabel() throws Exception {
    String filters = URLEncoder.encode("{\"type\":{\"container\":true},\"event\":[\"die\"],\"container\":{\"web\":true}}", StandardCharsets.UTF_8);
    t.exchange(Testbed.get("/events?filters=" + filters));
    container("start", "abc", "web");
    container("die", "def", "db");
    container("die", "abc", "web");
    t.events.publish(EventType.IMAGE, "die", Actor.of("sha256:1"));
    List<JsonNode> msgs = messages(t.drain());
    assertThat(msgs).hasSize(1);
    assertThat(msgs.get(0).get("Actor").get("ID").asText()).isEqualTo("abc");
    assertThat(msgs.get(0).get("Action").asText()).isEqualTo("die");
  }

  @Test
  void imageEventsCarryNoFrom() throws Exception {
    t.exchange(Testbed.get("/events"));
    t.events.publish(EventType.IMAGE, "pull", new Actor("busybox:latest", Map.of("name", "busybox")));
    t.events.publish(EventType.NETWORK, "create", Actor.of("n1"));
    List<JsonNode> msgs = messages(t.drain());
    assertThat(msgs.get(0).has("from")).isFalse();
    assertThat(msgs.get(0).get("status").asText()).isEqualTo("pull");
    assertThat(msgs.get(1).has("status")).isFalse();
    assertThat(msgs.get(1).has("id")).isFalse();
  }

  @Test
  void theSubscriptionEndsWhenTheClientGoes() {
    t.exchange(Testbed.get("/events"));
    assertThat(t.events.subscriberCount()).isEqualTo(1);
    t.channel.close();
    assertThat(t.events.subscriberCount()).isZero();
  }

  @Test
  void badQueriesAre400BeforeTheStreamStarts() {
    assertThat(t.exchange(Testbed.get("/events?since=yesterday"))).startsWith("HTTP/1.1 400").contains("invalid value for since");
    assertThat(t.exchange(Testbed.get("/events?filters=%7Bnot-json"))).startsWith("HTTP/1.1 400").contains("invalid filters");
    assertThat(t.exchange(Testbed.get("/events?since=20&until=10"))).startsWith("HTTP/1.1 400").contains("cannot be after `until`");
    assertThat(t.events.subscriberCount()).isZero();
  }
}
