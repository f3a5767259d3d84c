package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.conformance.glue.EngineClient;
import io.drydock.testing.HostFacts;
import io.drydock.testing.Requirements;
import io.drydock.testing.ScenarioTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * TCP with {@code --tlsverify}: a client with a certificate from the CA gets answers; a client
 * without one is refused during the handshake. Certificates are made with openssl for the test.
 */
@ScenarioTest
class MutualTlsTest {
  private static final char[] PASSWORD = "test".toCharArray();
  private Path dir;

  @BeforeEach
  void makeCertificates() throws IOException {
    Requirements.require("scenario", HostFacts.onPath("openssl") ? Optional.empty() : Optional.of("needs openssl to make test certificates"));
    dir = Files.createTempDirectory("drydock-tls");
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca-key.pem", "-out", "ca.pem", "-days", "1", "-subj", "/CN=drydock-test-ca");
    for (String who : List.of("server", "client")) {
      openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", who + "-key.pem", "-out", who + ".csr", "-subj", "/CN=" + who);
      Files.writeString(dir.resolve(who + ".ext"), who.equals("server") ? "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n" : "extendedKeyUsage=clientAuth\n");
      openssl("x509", "-req", "-in", who + ".csr", "-CA", "ca.pem", "-CAkey", "ca-key.pem", "-CAcreateserial", "-out", who + ".pem", "-days", "1", "-extfile", who + ".ext");
    }
    openssl("pkcs12", "-export", "-in", "client.pem", "-inkey", "client-key.pem", "-out", "client.p12", "-passout", "pass:test");
  }

  @AfterEach
  void cleanUp() {
    TestEngine.deleteTree(dir);
  }

  private void openssl(String... args) {
    List<String> cmd = new java.util.ArrayList<>(List.of("openssl"));
    cmd.addAll(List.of(args));
    CommandResult r = CommandResult.run(dir, Map.of("RANDFILE", dir.resolve(".rnd").toString()), cmd.stream().map(a -> a.endsWith(".pem") || a.endsWith(".csr") || a.endsWith(".ext") || a.endsWith(".p12") ? dir.resolve(a).toString() : a).toList(), 60);
    assertThat(r.exitCode()).as("openssl %s: %s", args[0], r.stderr()).isZero();
  }

  private SSLContext clientContext(boolean withCertificate) throws Exception {
    KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
    trust.load(null, null);
    try (InputStream ca = Files.newInputStream(dir.resolve("ca.pem"))) {
      trust.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(ca));
    }
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    KeyStore keys = KeyStore.getInstance("PKCS12");
    if (withCertificate) {
      try (InputStream p12 = Files.newInputStream(dir.resolve("client.p12"))) {
        keys.load(p12, PASSWORD);
      }
    } else {
      keys.load(null, null);
    }
    kmf.init(keys, PASSWORD);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
    return ctx;
  }

  private static String ping(SSLContext ctx, int port) throws IOException {
    try (SSLSocket s = (SSLSocket) ctx.getSocketFactory().createSocket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write("GET /_ping HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      s.getOutputStream().flush();
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  @Test
  void onlyClientsWithACertificateFromTheCaGetIn() throws Exception {
    int port = DaemonLifecycleTest.freePort();
    try (DaemonProcess d = DaemonProcess.start(dir.resolve("daemon"),
        "-H", "unix://" + dir.resolve("daemon/drydock.sock"), "-H", "tcp://127.0.0.1:" + port,
        "--tlsverify", "--tlscacert", dir.resolve("ca.pem").toString(),
        "--tlscert", dir.resolve("server.pem").toString(), "--tlskey", dir.resolve("server-key.pem").toString())) {
      assertThat(ping(clientContext(true), port)).startsWith("HTTP/1.1 200 OK").endsWith("OK");
      String anonymous;
      try {
        anonymous = ping(clientContext(false), port);
      } catch (IOException e) {
        anonymous = "refused: " + e;
      }
      assertThat(anonymous).as("a client without a certificate").doesNotContain("200 OK");
      assertThat(new EngineClient(d.dockerHost()).request("GET", "/_ping").text()).as("the unix socket stays plain").isEqualTo("OK");
    }
  }
}
