/**
 * The Image group of the API: list, inspect, history, tag, delete, prune, create (pull and
 * import), push, save and load. Handlers parse the request, call one method of
 * {@link io.drydock.engine.image.service.ImageService} and translate its records with
 * {@link io.drydock.api.images.ImageTranslator}; they hold no image logic and map no statuses.
 */
package io.drydock.api.images;
