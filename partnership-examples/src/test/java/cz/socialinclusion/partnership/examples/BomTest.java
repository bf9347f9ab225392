package cz.socialinclusion.partnership.examples;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bill of materials has no parent (so that a host importing it gets no other dependency management),
 * so nothing in Maven keeps it in step with the build: this test does. It reads the poms of this checkout.
 */
class BomTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static Document read(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }

    private static String child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        return null;
    }

    private static List<String> texts(Document document, String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    /** The artifacts of the reactor that are deployed: every module but those that skip deploying. */
    private static List<String> deployedModules(Document parent) throws Exception {
        List<String> deployed = new ArrayList<>();
        for (String module : texts(parent, "module")) {
            Document pom = read(ROOT.resolve(module).resolve("pom.xml"));
            boolean skipped = texts(pom, "maven.deploy.skip").contains("true");
            String packaging = child(pom.getDocumentElement(), "packaging");
            if (!skipped && !"pom".equals(packaging)) {
                deployed.add(child(pom.getDocumentElement(), "artifactId"));
            }
        }
        return deployed;
    }

    @Test
    void theBomHasTheParentsVersionAndNoParent() throws Exception {
        Element parent = read(ROOT.resolve("pom.xml")).getDocumentElement();
        Element bom = read(ROOT.resolve("partnership-bom/pom.xml")).getDocumentElement();
        assertThat(bom.getElementsByTagName("parent").getLength()).isZero();
        assertThat(child(bom, "groupId")).isEqualTo(child(parent, "groupId"));
        assertThat(child(bom, "version")).isEqualTo(child(parent, "version"));
    }

    @Test
    void theBomManagesEveryDeployedArtifactAtTheProjectVersion() throws Exception {
        Document parent = read(ROOT.resolve("pom.xml"));
        Element managed = (Element) read(ROOT.resolve("partnership-bom/pom.xml"))
                .getElementsByTagName("dependencyManagement").item(0);
        NodeList dependencies = managed.getElementsByTagName("dependency");
        List<String> artifacts = new ArrayList<>();
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            assertThat(child(dependency, "groupId")).isEqualTo("cz.socialinclusion");
            assertThat(child(dependency, "version")).isEqualTo("${project.version}");
            artifacts.add(child(dependency, "artifactId"));
        }
        assertThat(artifacts).containsExactlyInAnyOrderElementsOf(deployedModules(parent))
                .contains("partnership-core", "partnership-json", "partnership-jdbc", "partnership-fixtures");
    }
}
