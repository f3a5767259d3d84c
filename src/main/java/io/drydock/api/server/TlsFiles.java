package io.drydock.api.server;

import java.nio.file.Path;

/**
 * The PEM files of mutual TLS, dockerd's {@code --tlscacert}, {@code --tlscert}, {@code --tlskey}.
 * The key must be PKCS#8 (JDK TLS reads no other PEM key format without extra providers).
 */
public record TlsFiles(Path caCert, Path cert, Path key) {}
