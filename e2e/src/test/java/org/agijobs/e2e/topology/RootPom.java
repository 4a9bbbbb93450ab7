package org.agijobs.e2e.topology;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;

/** The root pom, where every version of the platform is kept. */
final class RootPom {

    private final Element properties;

    private RootPom(Element properties) {
        this.properties = properties;
    }

    static RootPom load(Path pom) {
        try {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
            NodeList properties = document.getDocumentElement().getElementsByTagName("properties");
            return new RootPom((Element) properties.item(0));
        } catch (Exception e) {
            throw new IllegalStateException("Could not read " + pom, e);
        }
    }

    String property(String name) {
        NodeList found = properties.getElementsByTagName(name);
        if (found.getLength() == 0) {
            throw new AssertionError("The root pom has no property " + name);
        }
        return found.item(0).getTextContent().strip();
    }
}
