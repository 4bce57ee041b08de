package org.sitmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AccessibleObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every class holding tests (JUnit, jqwik properties, ArchUnit rules: anything marked {@link Testable}) matches
 * surefire's includes in {@code pom.xml}, so {@code mvn verify} runs it. A property class once went unrun for a year
 * because its name did not end in "Test".
 */
class EveryTestClassRunsTest {
    private static final List<String> SUREFIRE_DEFAULT_INCLUDES =
            List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java", "**/*TestCase.java");

    @Test
    void everyClassWithTests_matchesSurefireIncludes() throws Exception {
        Document pom = parse(Path.of("pom.xml"));
        List<String> includes = surefire(pom, "include");
        if (includes.isEmpty()) includes = SUREFIRE_DEFAULT_INCLUDES;
        List<String> excludes = surefire(pom, "exclude");
        List<String> testClasses = testClasses(Path.of("target/test-classes"));
        assertTrue(testClasses.size() > 30, "found only " + testClasses);
        assertTrue(testClasses.contains("org/sitmap/geo/ZoneCoverageProperties.java"), testClasses::toString);
        List<String> skipped = new ArrayList<>();
        for (String c : testClasses) {
            if (!matchesAny(c, includes) || matchesAny(c, excludes)) skipped.add(c);
        }
        assertEquals(List.of(), skipped, "test classes surefire would not run (includes " + includes + ")");
    }

    @Test
    void patterns_matchAsSurefireDoes() {
        assertTrue(matchesAny("org/sitmap/geo/ZoneCoverageProperties.java", List.of("**/*.java")));
        assertTrue(!matchesAny("org/sitmap/geo/ZoneCoverageProperties.java", SUREFIRE_DEFAULT_INCLUDES));
        assertTrue(matchesAny("org/sitmap/ArchitectureTest.java", SUREFIRE_DEFAULT_INCLUDES));
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f.newDocumentBuilder().parse(file.toFile());
    }

    /** The include or exclude patterns of the surefire plugin's configuration. */
    private static List<String> surefire(Document pom, String kind) {
        List<String> out = new ArrayList<>();
        NodeList ids = pom.getElementsByTagName("artifactId");
        for (int i = 0; i < ids.getLength(); i++) {
            if (!"maven-surefire-plugin".equals(ids.item(i).getTextContent().strip())) continue;
            NodeList patterns = ((Element) ids.item(i).getParentNode()).getElementsByTagName(kind);
            for (int k = 0; k < patterns.getLength(); k++) out.add(patterns.item(k).getTextContent().strip());
        }
        return out;
    }

    /** Source-style paths ({@code org/sitmap/X.java}) of the top-level test classes with at least one test. */
    private static List<String> testClasses(Path root) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String path = root.relativize(p).toString().replace('\\', '/');
                String name = path.substring(0, path.length() - ".class".length()).replace('/', '.');
                if (hasTests(classNamed(name))) out.add(path.replace(".class", ".java"));
            }
        }
        out.sort(null);
        return out;
    }

    private static Class<?> classNamed(String name) {
        try {
            return Class.forName(name, false, EveryTestClassRunsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name, e);
        }
    }

    private static boolean hasTests(Class<?> c) {
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            if (Stream.concat(Arrays.stream(k.getDeclaredMethods()), Arrays.stream(k.getDeclaredFields()))
                    .anyMatch(EveryTestClassRunsTest::testable)) return true;
        }
        return false;
    }

    private static boolean testable(AccessibleObject member) {
        for (Annotation a : member.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(Testable.class)) return true;
        }
        return false;
    }

    /** Surefire's pattern syntax: {@code **}/ any folders, {@code *} any characters within a name. */
    private static boolean matchesAny(String path, List<String> patterns) {
        for (String pattern : patterns) {
            String regex = Arrays.stream(pattern.split("\\*\\*/", -1))
                    .map(part -> Arrays.stream(part.split("\\*", -1)).map(Pattern::quote)
                            .reduce((a, b) -> a + "[^/]*" + b).orElse(""))
                    .reduce((a, b) -> a + "(?:.*/)?" + b).orElse("");
            if (path.matches(regex)) return true;
        }
        return false;
    }
}
