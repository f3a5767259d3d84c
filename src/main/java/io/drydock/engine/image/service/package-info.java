/**
 * The image verbs as the API calls them: {@link io.drydock.engine.image.Images} plus what dockerd
 * does around each verb — Docker events ({@code pull}, {@code tag}, {@code untag}, {@code delete},
 * {@code import}, {@code load}, {@code save}, {@code push}) and the object counts of
 * {@code /info} and {@code /system/df}. It owns no storage and may not touch the image store's
 * files; it uses only {@code engine.image}, {@code engine.events}, {@code engine.system}.
 */
package io.drydock.engine.image.service;
