package io.drydock.scenario;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the Cucumber scenarios of {@code features/} (tagged {@code @scenario}) in the normal build,
 * against {@code DOCKER_HOST} or a drydock daemon started for them, with the glue that
 * {@code drydock conformance} ships ({@code io.drydock.conformance.glue}) and this package's hooks.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "io.drydock.conformance.glue,io.drydock.scenario")
public class FeaturesTest {}
