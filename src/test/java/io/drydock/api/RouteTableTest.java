package io.drydock.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.netty.handler.codec.http.HttpMethod;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {
  private static final RouteHandler NOOP = (req, resp) -> {};
  private final RouteTable table = RouteTable.build(List.of(() -> Map.of("SystemPing", NOOP)));

  @Test
  void everyOperationHasARouteAndOnlyServedOnesAreMarkedSo() {
    assertThat(table.routes()).hasSize(ApiOperations.ALL.size());
    assertThat(table.routes().stream().filter(Route::served)).extracting(r -> r.operation().operationId()).containsExactly("SystemPing");
  }

  @Test
  void literalPathsWinOverParameters() {
    assertThat(table.match(HttpMethod.GET, "/containers/json").route().operation().operationId()).isEqualTo("ContainerList");
    assertThat(table.match(HttpMethod.GET, "/images/json").route().operation().operationId()).isEqualTo("ImageList");
    assertThat(table.match(HttpMethod.POST, "/containers/create").route().operation().operationId()).isEqualTo("ContainerCreate");
    assertThat(table.match(HttpMethod.GET, "/images/a/b:1/json").pathParams()).containsEntry("name", "a/b:1");
  }

  @Test
  void unknownPathsAndWrongMethodsAreBothPageNotFound() {
    assertThatThrownBy(() -> table.match(HttpMethod.GET, "/nope")).isInstanceOf(DrydockException.NotFound.class).hasMessage("page not found");
    assertThatThrownBy(() -> table.match(HttpMethod.POST, "/info")).isInstanceOf(DrydockException.NotFound.class).hasMessage("page not found");
  }

  @Test
  void unservedOperationsSayWhatIsMissing() {
    RouteHandler h = table.match(HttpMethod.POST, "/containers/create").route().handler();
    assertThatThrownBy(() -> h.handle(null, null))
        .isInstanceOf(DrydockException.NotImplemented.class)
        .hasMessage("ContainerCreate (POST /containers/create) is not implemented by drydock yet");
    RouteHandler swarm = table.match(HttpMethod.GET, "/services").route().handler();
    assertThatThrownBy(() -> swarm.handle(null, null)).isInstanceOf(DrydockException.Unavailable.class)
        .hasMessage("This node is not a swarm manager. Use \"docker swarm init\" or \"docker swarm join\" to connect this node to swarm and try again.");
    RouteHandler leave = table.match(HttpMethod.POST, "/swarm/leave").route().handler();
    assertThatThrownBy(() -> leave.handle(null, null)).isInstanceOf(DrydockException.Unavailable.class).hasMessage("This node is not part of a swarm");
    RouteHandler init = table.match(HttpMethod.POST, "/swarm/init").route().handler();
    assertThatThrownBy(() -> init.handle(null, null)).isInstanceOf(DrydockException.NotImplemented.class);
    RouteHandler pluginPull = table.match(HttpMethod.POST, "/plugins/pull").route().handler();
    assertThatThrownBy(() -> pluginPull.handle(null, null)).isInstanceOf(DrydockException.NotImplemented.class)
        .hasMessage("PluginPull (POST /plugins/pull): plugins are not supported by drydock");
  }

  @Test
  void twoGroupsCannotServeOneOperation() {
    RouteGroup a = () -> Map.of("SystemPing", NOOP);
    assertThatThrownBy(() -> RouteTable.build(List.of(a, a))).hasMessageContaining("SystemPing");
  }

  @Test
  void handlersMustNameARealOperation() {
    assertThatThrownBy(() -> RouteTable.build(List.of(() -> Map.of("SystemPong", NOOP)))).hasMessageContaining("SystemPong");
  }

  @Test
  void groupsMayAddOperationsOutsideTheSwagger() {
    ApiOperation cancel = new ApiOperation(HttpMethod.POST, PathTemplate.parse("/build/cancel"), "BuildCancel", ApiGroup.IMAGE);
    RouteGroup g = new RouteGroup() {
      @Override
      public Map<String, RouteHandler> handlers() {
        return Map.of("BuildCancel", NOOP);
      }

      @Override
      public List<ApiOperation> extraOperations() {
        return List.of(cancel);
      }
    };
    assertThat(RouteTable.build(List.of(g)).match(HttpMethod.POST, "/build/cancel").route().served()).isTrue();
  }
}
