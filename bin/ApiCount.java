import java.io.*;
import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;

/**
 * Counts the public types (nested ones included) and their declared public methods and constructors in each
 * package a module's classes folder exports: {@code java bin/ApiCount.java core/target/classes <class path>}.
 * docs/design.md gives the figures it printed before and after issue 16.
 */
public class ApiCount {
    public static void main(String[] a) throws Exception {
        Path dir = Path.of(a[0]);
        List<URL> urls = new ArrayList<>();
        urls.add(dir.toUri().toURL());
        for (int i = 1; i < a.length; i++) for (String p : a[i].split(":")) if (!p.isEmpty()) urls.add(Path.of(p).toUri().toURL());
        URLClassLoader cl = new URLClassLoader(urls.toArray(URL[]::new), ApiCount.class.getClassLoader());
        Set<String> exported = new TreeSet<>();
        var md = java.lang.module.ModuleDescriptor.read(Files.newInputStream(dir.resolve("module-info.class")));
        md.exports().forEach(e -> { if (!e.isQualified()) exported.add(e.source()); });
        Map<String, int[]> counts = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().equals("module-info.class")).toList()) {
                String name = dir.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, cl);
                if (!exported.contains(c.getPackageName()) || !visible(c)) continue;
                int[] n = counts.computeIfAbsent(c.getPackageName(), k -> new int[2]);
                n[0]++;
                for (Method m : c.getDeclaredMethods()) {
                    int mod = m.getModifiers();
                    if ((Modifier.isPublic(mod) || (Modifier.isProtected(mod) && !Modifier.isFinal(c.getModifiers()))) && !m.isSynthetic() && !m.isBridge()) n[1]++;
                }
                for (Constructor<?> k : c.getDeclaredConstructors()) if (Modifier.isPublic(k.getModifiers())) n[1]++;
            }
        }
        int t = 0, m = 0;
        for (var e : counts.entrySet()) { System.out.printf("%-40s %4d %5d%n", e.getKey(), e.getValue()[0], e.getValue()[1]); t += e.getValue()[0]; m += e.getValue()[1]; }
        System.out.printf("%-40s %4d %5d%n", "total", t, m);
    }
    static boolean visible(Class<?> c) {
        for (Class<?> x = c; x != null; x = x.getDeclaringClass()) {
            if (!Modifier.isPublic(x.getModifiers())) return false;
            if (x.isAnonymousClass() || x.isLocalClass()) return false;
        }
        return true;
    }
}
