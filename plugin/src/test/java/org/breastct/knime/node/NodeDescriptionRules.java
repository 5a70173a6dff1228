package org.breastct.knime.node;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The rules of KNIME's node description format v4.1 ({@code http://knime.org/node/v4.1}) that a description
 * generated from our {@link NodeInfo} and parameters classes must follow, written down here from the format's
 * documented structure so that the check runs in every build (KNIME's schema file is not part of this
 * repository; where it is available, {@link PluginDescriptorTest} validates against it as well, and
 * {@code NodeDescriptionRulesTest} checks that both agree on its samples).
 *
 * <p>Structure: {@code knimeNode} holds, in this order, {@code name}, {@code shortDescription},
 * {@code fullDescription} ({@code intro}, then either options or tabs of options, then links), an optional
 * {@code interactiveView}, {@code ports} ({@code inPort}s before {@code outPort}s, indices unique per kind),
 * optional {@code views} and optional {@code keywords} (at least one non-blank {@code keyword}). Names of
 * options, tabs and ports must not be blank; ports need an index; links need an href.
 *
 * <p>Text markup: which HTML-like elements may appear depends on where the text is. Everywhere: {@code br b i u
 * tt}. Descriptions add lists ({@code ul ol}), links ({@code a}) and {@code sup sub}; option, port and view texts
 * add paragraphs ({@code p}), {@code hr} and {@code pre}; the intro and table cells add headings ({@code h3 h4})
 * and tables ({@code table > tr > th|td}). A list holds only {@code li}s (at least one); a list item allows the
 * minimal markup and links; a link the minimal markup; a paragraph the description markup; {@code b i u tt pre
 * sup sub h3 h4 hr} hold plain text only; {@code br} is empty.
 */
final class NodeDescriptionRules {

    static final String NS = "http://knime.org/node/v4.1";

    private static final Set<String> MINIMAL = Set.of("br", "b", "i", "u", "tt");
    private static final Set<String> DESCRIPTION = union(MINIMAL, "ul", "ol", "a", "sup", "sub");
    private static final Set<String> EXTENDED = union(DESCRIPTION, "p", "hr", "pre");
    private static final Set<String> INTRO = union(EXTENDED, "h3", "h4", "table");
    private static final Set<String> TEXT_ONLY = Set.of("b", "i", "u", "tt", "pre", "sup", "sub", "h3", "h4", "hr");
    /** The attributes each element may carry (none for elements not listed). */
    private static final Map<String, Set<String>> ATTRIBUTES = Map.ofEntries(
            Map.entry("knimeNode", Set.of("icon", "type", "deprecated")), Map.entry("option", Set.of("name", "optional")),
            Map.entry("tab", Set.of("name")), Map.entry("inPort", Set.of("index", "name")),
            Map.entry("outPort", Set.of("index", "name")),
            Map.entry("dynInPort", Set.of("insert-before", "name", "group-identifier", "configurable-via-menu")),
            Map.entry("dynOutPort", Set.of("insert-before", "name", "group-identifier", "configurable-via-menu")),
            Map.entry("interactiveView", Set.of("name")), Map.entry("view", Set.of("index", "name")),
            Map.entry("link", Set.of("href")), Map.entry("a", Set.of("href")), Map.entry("p", Set.of("id")),
            Map.entry("ul", Set.of("id")), Map.entry("ol", Set.of("id")), Map.entry("table", Set.of("id")),
            Map.entry("td", Set.of("align", "colspan", "rowspan")), Map.entry("th", Set.of("align", "colspan", "rowspan")));
    private static final Set<String> NODE_TYPES = Set.of("Source", "Sink", "Learner", "Predictor", "Manipulator",
            "Visualizer", "Widget", "LoopStart", "LoopEnd", "QuickForm", "Configuration", "Other", "Unknown",
            "ScopeStart", "ScopeEnd", "Container");

    private final List<String> problems = new ArrayList<>();

    private NodeDescriptionRules() {
    }

    /** The rule violations of the description rooted at {@code root}, each naming where; empty when it follows them. */
    static List<String> check(final Element root) {
        NodeDescriptionRules r = new NodeDescriptionRules();
        r.knimeNode(root);
        return r.problems;
    }

    private void knimeNode(final Element e) {
        if (!is(e, "knimeNode")) {
            problem("/", "the root must be knimeNode in namespace " + NS + ", is " + e.getNamespaceURI() + " "
                    + e.getLocalName());
            return;
        }
        attributes(e, "knimeNode");
        if (e.hasAttribute("type") && !NODE_TYPES.contains(e.getAttribute("type").strip())) {
            problem("knimeNode", "unknown node type '" + e.getAttribute("type") + "'");
        }
        List<Element> c = sequence(e, "knimeNode", List.of("name", "shortDescription", "fullDescription",
                "interactiveView?", "ports", "views?", "keywords?"));
        for (Element child : c) {
            String where = "knimeNode/" + child.getLocalName();
            switch (child.getLocalName()) {
                case "name", "shortDescription" -> textOnly(child, where);
                case "fullDescription" -> fullDescription(child);
                case "interactiveView" -> {
                    nonBlankAttribute(child, "name", where);
                    markup(child, EXTENDED, where);
                }
                case "ports" -> ports(child);
                case "views" -> views(child);
                case "keywords" -> keywords(child);
                default -> throw new IllegalStateException(child.getLocalName());
            }
        }
    }

    private void fullDescription(final Element e) {
        String where = "fullDescription";
        List<Element> c = children(e, where);
        int i = 0;
        if (c.isEmpty() || !is(c.get(0), "intro")) {
            problem(where, "must start with intro");
        } else {
            markup(c.get(0), INTRO, where + "/intro");
            i = 1;
        }
        boolean options = false;
        boolean tabs = false;
        for (; i < c.size() && (is(c.get(i), "option") || is(c.get(i), "tab")); i++) {
            if (is(c.get(i), "option")) {
                options = true;
                option(c.get(i), where);
            } else {
                tabs = true;
                tab(c.get(i));
            }
        }
        if (options && tabs) {
            problem(where, "holds options and tabs; it may hold one kind only");
        }
        for (; i < c.size() && is(c.get(i), "link"); i++) {
            nonBlankAttribute(c.get(i), "href", where + "/link");
            textOnly(c.get(i), where + "/link");
        }
        if (i < c.size()) {
            problem(where, "unexpected " + c.get(i).getLocalName() + " (order: intro, options or tabs, links)");
        }
    }

    private void tab(final Element e) {
        String where = "tab '" + e.getAttribute("name") + "'";
        nonBlankAttribute(e, "name", "fullDescription/tab");
        List<Element> c = children(e, where);
        int i = 0;
        if (!c.isEmpty() && is(c.get(0), "description")) {
            markup(c.get(0), DESCRIPTION, where + "/description");
            i = 1;
        }
        int options = 0;
        for (; i < c.size() && is(c.get(i), "option"); i++) {
            option(c.get(i), where);
            options++;
        }
        if (options == 0) {
            problem(where, "holds no option");
        }
        if (i < c.size()) {
            problem(where, "unexpected " + c.get(i).getLocalName() + " (order: description, options)");
        }
    }

    private void option(final Element e, final String parent) {
        String where = parent + "/option '" + e.getAttribute("name") + "'";
        nonBlankAttribute(e, "name", where);
        markup(e, EXTENDED, where);
    }

    private void ports(final Element e) {
        List<Element> c = children(e, "ports");
        List<String> order = List.of("inPort", "dynInPort", "outPort", "dynOutPort");
        int last = 0;
        Set<String> inIndex = new HashSet<>();
        Set<String> outIndex = new HashSet<>();
        for (Element p : c) {
            String kind = p.getLocalName();
            int k = order.indexOf(kind);
            String where = "ports/" + kind + " '" + p.getAttribute("name") + "'";
            if (k < 0 || !NS.equals(p.getNamespaceURI())) {
                problem("ports", "unexpected " + kind);
                continue;
            }
            if (k < last) {
                problem("ports", kind + " after " + order.get(last) + " (order: inPort, dynInPort, outPort, dynOutPort)");
            }
            last = Math.max(last, k);
            nonBlankAttribute(p, "name", where);
            if (kind.startsWith("dyn")) {
                nonNegativeInteger(p, "insert-before", where);
                nonBlankAttribute(p, "group-identifier", where);
            } else {
                String index = nonNegativeInteger(p, "index", where);
                if (index != null && !(kind.equals("inPort") ? inIndex : outIndex).add(index)) {
                    problem(where, "index " + index + " is used twice");
                }
            }
            markup(p, EXTENDED, where);
        }
    }

    private void views(final Element e) {
        List<Element> c = children(e, "views");
        if (c.isEmpty()) {
            problem("views", "holds no view");
        }
        Set<String> indices = new HashSet<>();
        for (Element v : c) {
            String where = "views/view '" + v.getAttribute("name") + "'";
            if (!is(v, "view")) {
                problem("views", "unexpected " + v.getLocalName());
                continue;
            }
            nonBlankAttribute(v, "name", where);
            String index = nonNegativeInteger(v, "index", where);
            if (index != null && !indices.add(index)) {
                problem(where, "index " + index + " is used twice");
            }
            markup(v, EXTENDED, where);
        }
    }

    private void keywords(final Element e) {
        List<Element> c = children(e, "keywords");
        if (c.isEmpty()) {
            problem("keywords", "holds no keyword");
        }
        for (Element k : c) {
            if (!is(k, "keyword")) {
                problem("keywords", "unexpected " + k.getLocalName());
            } else if (k.getTextContent().isBlank()) {
                problem("keywords", "blank keyword");
            } else {
                textOnly(k, "keywords/keyword");
            }
        }
    }

    /** Text with the markup elements {@code allowed}, each checked by its own content rule. */
    private void markup(final Element e, final Set<String> allowed, final String where) {
        for (Element c : children(e, where)) {
            String tag = c.getLocalName();
            String here = where + "/" + tag;
            if (!allowed.contains(tag)) {
                problem(where, "<" + tag + "> is not allowed here (allowed: " + new java.util.TreeSet<>(allowed) + ")");
            } else if (TEXT_ONLY.contains(tag)) {
                textOnly(c, here);
            } else {
                switch (tag) {
                    case "br" -> {
                        if (c.hasChildNodes()) {
                            problem(here, "must be empty");
                        }
                    }
                    case "a" -> {
                        if (!c.hasAttribute("href")) {
                            problem(here, "needs an href");
                        }
                        markup(c, MINIMAL, here);
                    }
                    case "p" -> markup(c, DESCRIPTION, here);
                    case "ul", "ol" -> list(c, here);
                    case "table" -> table(c, here);
                    default -> throw new IllegalStateException(tag);
                }
            }
        }
    }

    private void list(final Element e, final String where) {
        noText(e, where);
        List<Element> items = children(e, where);
        if (items.isEmpty()) {
            problem(where, "holds no li");
        }
        for (Element li : items) {
            if (!is(li, "li")) {
                problem(where, "<" + li.getLocalName() + "> is not allowed here (only li)");
            } else {
                markup(li, union(MINIMAL, "a"), where + "/li");
            }
        }
    }

    private void table(final Element e, final String where) {
        noText(e, where);
        List<Element> rows = children(e, where);
        if (rows.isEmpty()) {
            problem(where, "holds no tr");
        }
        for (Element tr : rows) {
            if (!is(tr, "tr")) {
                problem(where, "<" + tr.getLocalName() + "> is not allowed here (only tr)");
                continue;
            }
            noText(tr, where + "/tr");
            List<Element> cells = children(tr, where + "/tr");
            if (cells.isEmpty()) {
                problem(where + "/tr", "holds no th or td");
            }
            for (Element cell : cells) {
                if (!is(cell, "th") && !is(cell, "td")) {
                    problem(where + "/tr", "<" + cell.getLocalName() + "> is not allowed here (only th, td)");
                } else {
                    markup(cell, INTRO, where + "/tr/" + cell.getLocalName());
                }
            }
        }
    }

    /** The element children of {@code e} in {@code expected} order; names ending in '?' are optional. */
    private List<Element> sequence(final Element e, final String where, final List<String> expected) {
        List<Element> c = children(e, where);
        int i = 0;
        for (String name : expected) {
            boolean optional = name.endsWith("?");
            String n = optional ? name.substring(0, name.length() - 1) : name;
            if (i < c.size() && is(c.get(i), n)) {
                i++;
            } else if (!optional) {
                problem(where, "missing " + n + (i < c.size() ? " (found " + c.get(i).getLocalName() + ")" : ""));
            }
        }
        if (i < c.size()) {
            problem(where, "unexpected " + c.get(i).getLocalName() + " (order: " + expected + ")");
        }
        noText(e, where);
        return c.subList(0, i);
    }

    private List<Element> children(final Element e, final String where) {
        List<Element> out = new ArrayList<>();
        NodeList l = e.getChildNodes();
        for (int i = 0; i < l.getLength(); i++) {
            Node n = l.item(i);
            if (n instanceof Element c) {
                if (!NS.equals(c.getNamespaceURI())) {
                    problem(where, "<" + c.getNodeName() + "> is not in namespace " + NS);
                }
                attributes(c, where + "/" + c.getLocalName());
                out.add(c);
            }
        }
        return out;
    }

    private void attributes(final Element e, final String where) {
        Set<String> allowed = ATTRIBUTES.getOrDefault(e.getLocalName(), Set.of());
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            Node a = e.getAttributes().item(i);
            String name = a.getLocalName() != null ? a.getLocalName() : a.getNodeName();
            if (a.getNamespaceURI() == null && !allowed.contains(name)) {
                problem(where, "attribute " + name + " is not allowed here (allowed: " + new java.util.TreeSet<>(allowed)
                        + ")");
            }
        }
    }

    private void textOnly(final Element e, final String where) {
        for (Element c : children(e, where)) {
            problem(where, "holds plain text only, found <" + c.getLocalName() + ">");
        }
    }

    private void noText(final Element e, final String where) {
        NodeList l = e.getChildNodes();
        for (int i = 0; i < l.getLength(); i++) {
            Node n = l.item(i);
            if ((n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE)
                    && !n.getNodeValue().isBlank()) {
                problem(where, "holds elements only, found text '" + n.getNodeValue().strip() + "'");
                return;
            }
        }
    }

    private void nonBlankAttribute(final Element e, final String name, final String where) {
        if (e.getAttribute(name).isBlank()) {
            problem(where, "needs a non-blank " + name);
        }
    }

    private String nonNegativeInteger(final Element e, final String name, final String where) {
        String v = e.getAttribute(name).strip();
        if (!v.matches("\\+?[0-9]+")) {
            problem(where, name + " must be a non-negative integer, is '" + v + "'");
            return null;
        }
        return v.replaceFirst("^\\+?0*(?=.)", "");
    }

    private static boolean is(final Element e, final String localName) {
        return NS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName());
    }

    private void problem(final String where, final String what) {
        problems.add(where + ": " + what);
    }

    private static Set<String> union(final Set<String> base, final String... more) {
        Set<String> s = new HashSet<>(base);
        s.addAll(List.of(more));
        return Set.copyOf(s);
    }
}
