package io.drydock.conformance;

import static io.drydock.conformance.Results.HELLO;
import static io.drydock.conformance.Results.INFO;
import static io.drydock.conformance.Results.PING;
import static io.drydock.conformance.Results.fail;
import static io.drydock.conformance.Results.pass;
import static io.drydock.conformance.Results.run;
import static io.drydock.conformance.Results.skip;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitXmlReportTest {
  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void oneSuitePerEngineOneCasePerScenarioWithCounts() throws Exception {
    ComparisonTable t = ComparisonTable.of(List.of(
        run("unix:///a", "drydock dev", pass(PING), skip(INFO, "gap"), pass(HELLO)),
        run("unix:///b", "Docker Engine", pass(PING), fail(INFO, "expected 200\nbut was 500"))));
    Document doc = parse(JunitXmlReport.render(t));
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("6");
    assertThat(root.getAttribute("failures")).as("one failure and one scenario not run").isEqualTo("2");
    assertThat(root.getAttribute("skipped")).isEqualTo("1");
    NodeList suites = doc.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(2);
    Element docker = (Element) suites.item(1);
    assertThat(docker.getAttribute("name")).isEqualTo("Docker Engine");
    assertThat(docker.getAttribute("failures")).isEqualTo("2");
    NodeList cases = docker.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(3);
    Element info = (Element) cases.item(1);
    assertThat(info.getAttribute("classname")).isEqualTo("System endpoints");
    assertThat(info.getAttribute("name")).isEqualTo("GET /info reports true figures (system.feature:55)");
    Element failure = (Element) info.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("expected 200");
    assertThat(failure.getTextContent()).isEqualTo("expected 200\nbut was 500");
    Element notRun = (Element) cases.item(2);
    assertThat(((Element) notRun.getElementsByTagName("failure").item(0)).getAttribute("message")).isEqualTo("not run on this engine");
    Element drydockInfo = (Element) ((Element) suites.item(0)).getElementsByTagName("testcase").item(1);
    assertThat(((Element) drydockInfo.getElementsByTagName("skipped").item(0)).getAttribute("message")).isEqualTo("gap");
  }

  @Test
  void anyAnswerOfAnEngineStaysWellFormed() throws Exception {
    String nasty = "body <a href=\"x\">&amp;</a> ]]> \u0000\u0001\u001b[31m \uD800 done";
    ComparisonTable t = ComparisonTable.of(List.of(run("unix:///a", "<engine & \"co\">", fail(PING, nasty))));
    Document doc = parse(JunitXmlReport.render(t));
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertThat(failure.getTextContent()).isEqualTo("body <a href=\"x\">&amp;</a> ]]> \uFFFD\uFFFD\uFFFD[31m \uFFFD done");
    assertThat(((Element) doc.getElementsByTagName("testsuite").item(0)).getAttribute("name")).isEqualTo("<engine & \"co\">");
  }
}
