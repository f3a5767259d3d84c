/**
 * The Network group of the API ({@code /networks}): handlers that parse, call one method of
 * {@code engine.network.Networks}, translate to {@code api.dto} and answer. Also holds
 * {@link io.drydock.api.networks.FilterArgs}, the {@code filters} query parser the volume routes
 * share. Touches no other engine area.
 */
package io.drydock.api.networks;
