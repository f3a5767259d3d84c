/**
 * The Plugin group of the API as a dockerd with no plugins installed answers it: an empty list
 * and "not found" for any name. drydock has no plugin system (volume, network, authorization or
 * log plugins); the operations that would install or change one stay unserved (501, see
 * {@code io.drydock.api.NotServed}). May use {@code io.drydock.api} only: there is no engine part.
 */
package io.drydock.api.plugins;
