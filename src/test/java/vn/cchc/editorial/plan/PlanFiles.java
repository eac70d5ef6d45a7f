package vn.cchc.editorial.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import vn.cchc.editorial.plan.internal.PlanFileReader;

/** Reads the plan files of the test resources as the catalog would. */
final class PlanFiles {

    private PlanFiles() {
    }

    static Plan read(String classpathFile) {
        try (InputStream in = PlanFiles.class.getResourceAsStream("/" + classpathFile)) {
            if (in == null) {
                throw new IllegalArgumentException("no such test resource: " + classpathFile);
            }
            return PlanFileReader.read(classpathFile, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
