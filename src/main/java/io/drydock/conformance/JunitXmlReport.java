package io.drydock.conformance;

import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The comparison as JUnit XML, the format CI servers read: one {@code testsuite} per engine, one
 * {@code testcase} per scenario (class name = feature), with {@code failure} or {@code skipped}
 * carrying the whole message. Written with the JDK's XML writer, and stripped of the characters
 * XML 1.0 cannot carry (an engine's answer may hold any byte).
 */
public final class JunitXmlReport {
  private JunitXmlReport() {}

  public static String render(ComparisonTable table) {
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "drydock conformance");
      int tests = 0;
      int failures = 0;
      int skipped = 0;
      for (int e = 0; e < table.engines().size(); e++) {
        for (ScenarioKey k : table.scenarios()) {
          tests++;
          Outcome o = table.cell(k, e).map(ScenarioResult::outcome).orElse(Outcome.FAILED);
          failures += o == Outcome.FAILED ? 1 : 0;
          skipped += o == Outcome.SKIPPED ? 1 : 0;
        }
      }
      xml.writeAttribute("tests", String.valueOf(tests));
      xml.writeAttribute("failures", String.valueOf(failures));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("skipped", String.valueOf(skipped));
      List<String> headers = MarkdownReport.headers(table.engines());
      for (int e = 0; e < table.engines().size(); e++) {
        suite(xml, table, e, headers.get(e));
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException ex) {
      throw new IllegalStateException("write JUnit XML", ex);
    }
    return text + "\n";
  }

  private static void suite(XMLStreamWriter xml, ComparisonTable table, int engine, String name) throws XMLStreamException {
    EngineRun run = table.engines().get(engine);
    long notRun = table.scenarios().stream().filter(k -> table.cell(k, engine).isEmpty()).count();
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", xmlText(name));
    xml.writeAttribute("tests", String.valueOf(table.scenarios().size()));
    xml.writeAttribute("failures", String.valueOf(run.count(Outcome.FAILED) + notRun));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", String.valueOf(run.count(Outcome.SKIPPED)));
    xml.writeCharacters("\n    ");
    xml.writeStartElement("properties");
    property(xml, "host", run.host());
    property(xml, "engine", run.engine());
    xml.writeEndElement();
    for (ScenarioKey k : table.scenarios()) {
      testcase(xml, k, table.cell(k, engine));
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
    xml.writeEmptyElement("property");
    xml.writeAttribute("name", name);
    xml.writeAttribute("value", xmlText(value));
  }

  private static void testcase(XMLStreamWriter xml, ScenarioKey k, Optional<ScenarioResult> result) throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", xmlText(k.feature()));
    xml.writeAttribute("name", xmlText(k.scenario() + " (" + k.location() + ")"));
    Outcome outcome = result.map(ScenarioResult::outcome).orElse(Outcome.FAILED);
    String message = result.map(ScenarioResult::message).orElse("not run on this engine");
    if (outcome == Outcome.FAILED) {
      xml.writeStartElement("failure");
      xml.writeAttribute("message", xmlText(firstLine(message)));
      xml.writeCharacters(xmlText(message));
      xml.writeEndElement();
    } else if (outcome == Outcome.SKIPPED) {
      xml.writeEmptyElement("skipped");
      xml.writeAttribute("message", xmlText(firstLine(message)));
    }
    xml.writeEndElement();
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** {@code s} without the code points XML 1.0 forbids (most control characters, lone surrogates). */
  static String xmlText(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(c -> out.appendCodePoint(allowed(c) ? c : '\uFFFD'));
    return out.toString();
  }

  private static boolean allowed(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
