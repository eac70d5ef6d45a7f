package vn.cchc.editorial.portal;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user guide and its pictures agree: every picture the guide shows is a file beside it, and every
 * picture {@link GuideBrowserTest} takes ({@link GuidePicture}) is shown in the guide, so none is taken for
 * nothing and none goes stale unnoticed. The guide is read as Markdown (commonmark-java), as /huong-dan renders it.
 */
class GuidePicturesTest {

    static final Path GUIDE = Path.of("docs", "huong-dan-su-dung.md");
    /** All the pictures together: small enough to keep in the repository and to load on a slow line. */
    static final long MOST_BYTES = 1_500_000;

    @Test
    void everyPictureTheGuideShowsIsAFileBesideIt() throws IOException {
        List<String> shown = picturesShown();
        assertThat(shown).isNotEmpty();
        for (String picture : shown) {
            assertThat(picture).as("a relative link into %s", GuidePicture.FOLDER).startsWith(GuidePicture.FOLDER.getFileName() + "/");
            assertThat(GUIDE.resolveSibling(picture)).as("the picture %s of the guide", picture).isRegularFile();
        }
    }

    @Test
    void everyPictureTheBrowserTestTakesIsShownInTheGuideAndNoOtherLiesBesideIt() throws IOException {
        List<String> taken = Arrays.stream(GuidePicture.values()).map(p -> GuidePicture.FOLDER.getFileName() + "/" + p.file()).toList();
        assertThat(picturesShown()).containsExactlyInAnyOrderElementsOf(taken);
        try (Stream<Path> files = Files.list(GuidePicture.FOLDER)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(Arrays.stream(GuidePicture.values()).map(GuidePicture::file).toList());
        }
    }

    @Test
    void thePicturesAreSmall() throws IOException {
        long bytes = 0;
        for (GuidePicture picture : GuidePicture.values()) {
            bytes += Files.size(picture.path());
        }
        assertThat(bytes).as("the bytes of all the guide's pictures (install pngquant, then take them again)").isLessThan(MOST_BYTES);
    }

    private static List<String> picturesShown() throws IOException {
        List<String> shown = new ArrayList<>();
        Parser.builder().build().parse(Files.readString(GUIDE)).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                shown.add(image.getDestination());
                visitChildren(image);
            }
        });
        return shown;
    }
}
