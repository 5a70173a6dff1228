package org.breastct.knime.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.knime.core.node.NodeFactory;
import org.xml.sax.SAXException;

/**
 * {@link NodeDescriptionRules} on hand-written descriptions: each valid one passes, each invalid one is refused
 * naming the place. Where KNIME's schema v4.1 is available (real org.knime.core, or {@code -Dknime.node.xsd}), the
 * schema must give the same verdict on every sample, so our rules are checked against KNIME's.
 */
class NodeDescriptionRulesTest {

    /** A description with {@code fullDescription} content {@code full} and {@code ports} content {@code ports}. */
    private static String doc(final String full, final String ports, final String keywords) {
        return "<knimeNode xmlns=\"http://knime.org/node/v4.1\" icon=\"./i.png\" type=\"Manipulator\">"
                + "<name>N</name><shortDescription>S</shortDescription><fullDescription>" + full
                + "</fullDescription><ports>" + ports + "</ports>" + keywords + "</knimeNode>";
    }

    private static final String PORTS = "<inPort index=\"0\" name=\"in\">x</inPort><outPort index=\"0\" name=\"out\">y</outPort>";

    @ParameterizedTest
    @ValueSource(strings = {
        "<intro>text <b>bold</b><p>para <a href=\"u\">l<i>i</i></a></p><ul><li>a <tt>t</tt></li></ul><h3>H</h3>"
                + "<table><tr><th>h</th><td><p>c</p></td></tr></table></intro>"
                + "<tab name=\"Tab\"><description>d <sup>2</sup></description><option name=\"o\">o<p>p</p><pre>x</pre>"
                + "</option></tab><link href=\"h\">L</link>",
        "<intro/><option name=\"a\" optional=\"true\">x<hr/></option><option name=\"b\"/>",
        "<intro>x</intro>"})
    void validDescriptionsPass(final String full) throws Exception {
        String d = doc(full, PORTS, "<keywords><keyword>k</keyword></keywords>");
        assertEquals(List.of(), NodeDescriptionRules.check(parse(d)));
        assertSchemaAgrees(d, true);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<option name=\"o\">x</option>", // no intro
        "<intro>x</intro><option name=\"o\">x</option><tab name=\"t\"><option name=\"p\">y</option></tab>", // both kinds
        "<intro>x</intro><tab name=\"t\"/>", // tab without option
        "<intro>x</intro><tab name=\" \"><option name=\"p\">y</option></tab>", // blank tab name
        "<intro>x</intro><option name=\"\">x</option>", // blank option name
        "<intro>x</intro><option name=\"o\"><h3>no headings in options</h3></option>",
        "<intro>x</intro><option name=\"o\"><table><tr><td>no tables in options</td></tr></table></option>",
        "<intro><ul><li><p>no paragraph in a list item</p></li></ul></intro>",
        "<intro><ul>text in a list<li>a</li></ul></intro>",
        "<intro><ul></ul></intro>",
        "<intro><b>no <i>nesting</i> in bold</b></intro>",
        "<intro><p><p>no paragraph in a paragraph</p></p></intro>",
        "<intro><a>no href</a></intro>",
        "<intro><br>not empty</br></intro>",
        "<intro><div>unknown</div></intro>",
        "<intro><p style=\"x\">unknown attribute</p></intro>",
        "<intro>x</intro><link href=\"h\">L</link><option name=\"o\">link before option</option>",
        "<intro>x</intro><link>no href</link>"})
    void invalidDescriptionsAreRefused(final String full) throws Exception {
        String d = doc(full, PORTS, "");
        List<String> problems = NodeDescriptionRules.check(parse(d));
        assertFalse(problems.isEmpty(), "refused: " + full);
        assertSchemaAgrees(d, false);
    }

    /**
     * A port index used twice is refused by our rules. KNIME's schema means to refuse it too (a uniqueness
     * constraint on the ports' indices), but its constraint selects the ports without their namespace and so
     * never applies; this case is therefore not compared with the schema.
     */
    @org.junit.jupiter.api.Test
    void aPortIndexUsedTwiceIsRefused() throws Exception {
        List<String> p = NodeDescriptionRules.check(parse(doc("<intro>x</intro>",
                "<inPort index=\"0\" name=\"a\">x</inPort><inPort index=\"0\" name=\"b\">x</inPort>", "")));
        assertEquals(List.of("ports/inPort 'b': index 0 is used twice"), p);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<outPort index=\"0\" name=\"a\">x</outPort><inPort index=\"0\" name=\"b\">x</inPort>", // order
        "<inPort index=\"-1\" name=\"a\">x</inPort>",
        "<inPort name=\"a\">x</inPort>",
        "<inPort index=\"0\" name=\"\">x</inPort>",
        "<inPort index=\"0\" name=\"a\"><h4>no heading in a port</h4></inPort>"})
    void invalidPortsAreRefused(final String ports) throws Exception {
        String d = doc("<intro>x</intro>", ports, "");
        assertFalse(NodeDescriptionRules.check(parse(d)).isEmpty(), "refused: " + ports);
        assertSchemaAgrees(d, false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<keywords/>", "<keywords><keyword> </keyword></keywords>",
        "<keywords><keyword><b>k</b></keyword></keywords>"})
    void invalidKeywordsAreRefused(final String keywords) throws Exception {
        String d = doc("<intro>x</intro>", PORTS, keywords);
        assertFalse(NodeDescriptionRules.check(parse(d)).isEmpty(), "refused: " + keywords);
        assertSchemaAgrees(d, false);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<knimeNode xmlns=\"http://knime.org/node/v4.1\" type=\"Manipulator\"><shortDescription>S</shortDescription>"
                + "<fullDescription><intro/></fullDescription><ports/></knimeNode>", // no name
        "<knimeNode xmlns=\"http://knime.org/node/v4.1\" type=\"Nonsense\"><name>N</name><shortDescription>S"
                + "</shortDescription><fullDescription><intro/></fullDescription><ports/></knimeNode>",
        "<knimeNode xmlns=\"http://knime.org/node/v4.1\"><name>N</name><shortDescription>S</shortDescription>"
                + "<ports/><fullDescription><intro/></fullDescription></knimeNode>", // order
        "<knimeNode xmlns=\"http://knime.org/node/v3.6\"><name>N</name><shortDescription>S</shortDescription>"
                + "<fullDescription><intro/></fullDescription><ports/></knimeNode>"}) // other namespace
    void invalidNodesAreRefused(final String d) throws Exception {
        assertFalse(NodeDescriptionRules.check(parse(d)).isEmpty(), "refused: " + d);
        assertSchemaAgrees(d, false);
    }

    private static org.w3c.dom.Element parse(final String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }

    /** Where KNIME's schema is available: it accepts {@code d} exactly when {@code valid}. */
    private static void assertSchemaAgrees(final String d, final boolean valid) throws Exception {
        Schema schema = knimeSchema();
        if (schema == null) {
            return; // our rules were checked above; KNIME's schema file is not part of this repository
        }
        boolean accepted;
        try {
            schema.newValidator().validate(new StreamSource(new StringReader(d)));
            accepted = true;
        } catch (SAXException e) {
            accepted = false;
        }
        assertEquals(valid, accepted, "KNIME's schema v4.1 " + (accepted ? "accepts " : "refuses ") + d);
    }

    private static Schema knimeSchema() throws Exception {
        URL u = NodeFactory.class.getResource("Node_v4.1.xsd");
        if (u == null) {
            String p = System.getProperty("knime.node.xsd");
            if (p != null && !p.isBlank() && Files.isRegularFile(Path.of(p))) {
                u = Path.of(p).toUri().toURL();
            }
        }
        return u == null ? null : SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(u);
    }

    @org.junit.jupiter.api.Test
    void problemsNameThePlace() throws Exception {
        List<String> p = NodeDescriptionRules.check(parse(doc(
                "<intro>x</intro><option name=\"Mode\"><h3>H</h3></option>", PORTS, "")));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("fullDescription/option 'Mode': <h3> is not allowed here"), p.get(0));
    }
}
