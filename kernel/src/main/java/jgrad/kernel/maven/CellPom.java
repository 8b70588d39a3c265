package jgrad.kernel.maven;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The POM of a %%loadFromPOM cell: a whole {@code <project>} as written, or a fragment (a
 * {@code <dependencies>} block, single {@code <dependency>} and {@code <repository>} elements,
 * {@code <repositories>}, {@code <properties>}, {@code <dependencyManagement>}) completed into one.
 */
final class CellPom {
    /** What a fragment's POM is called unless the cell says otherwise. */
    private static final Map<String, String> DEFAULT_COORDINATES = Map.of(
            "modelVersion", "4.0.0", "groupId", "jgrad.notebook", "artifactId", "cell", "version", "1");

    private CellPom() {
    }

    static String complete(String body) {
        Document cell = parse("<cell>" + body + "</cell>");
        Element root = cell.getDocumentElement();
        Element onlyProject = singleChildElement(root, "project");
        if (onlyProject != null) {
            return write(onlyProject);
        }
        Document pom = newBuilder().newDocument();
        Element project = pom.createElement("project");
        pom.appendChild(project);
        Element dependencies = pom.createElement("dependencies");
        Element repositories = pom.createElement("repositories");
        Set<String> written = new HashSet<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element e)) {
                if (child.getNodeType() == Node.TEXT_NODE && !child.getTextContent().isBlank()) {
                    throw new IllegalArgumentException("text outside any element: '" + child.getTextContent().strip() + "'");
                }
                continue;
            }
            switch (e.getTagName()) {
                case "dependency" -> dependencies.appendChild(pom.importNode(e, true));
                case "repository" -> repositories.appendChild(pom.importNode(e, true));
                case "dependencies" -> copyChildren(pom, e, dependencies);
                case "repositories" -> copyChildren(pom, e, repositories);
                default -> {
                    written.add(e.getTagName());
                    project.appendChild(pom.importNode(e, true));
                }
            }
        }
        DEFAULT_COORDINATES.forEach((name, value) -> {
            if (!written.contains(name)) {
                Element el = pom.createElement(name);
                el.setTextContent(value);
                project.appendChild(el);
            }
        });
        project.appendChild(dependencies);
        project.appendChild(repositories);
        return write(project);
    }

    private static void copyChildren(Document into, Element from, Element to) {
        NodeList children = from.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e) {
                to.appendChild(into.importNode(e, true));
            }
        }
    }

    private static Element singleChildElement(Element parent, String name) {
        Element found = null;
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found != null && name.equals(found.getTagName()) ? found : null;
    }

    private static Document parse(String xml) {
        try {
            return newBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            throw new IllegalArgumentException("the cell is not well-formed XML: line " + e.getLineNumber() + ": "
                    + withoutFinalPeriod(e.getMessage()), e);
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("the cell is not well-formed XML: " + e.getMessage(), e);
        }
    }

    static String withoutFinalPeriod(String message) {
        return message != null && message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // A cell is data, never a reason to read files or URLs: no DTDs, no external entities.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(Element element) {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(javax.xml.transform.OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(element), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
