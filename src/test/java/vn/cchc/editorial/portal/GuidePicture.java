package vn.cchc.editorial.portal;

import org.openqa.selenium.OutputType;
import vn.cchc.editorial.Browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The pictures of the user guide (docs/huong-dan-su-dung.md), each a screen that {@link GuideBrowserTest} shows
 * and checks: {@code VAN_PHONG_BANG_THEO_DOI} is docs/huong-dan/van-phong-bang-theo-doi.png. Taking one writes
 * over the committed file, so the guide shows the screens as they are; {@link GuidePicturesTest} checks that
 * the guide shows every one of them and nothing else.
 */
enum GuidePicture {
    TRANG_CHU,
    TAC_GIA_BIEU_MAU,
    TAC_GIA_XEM_TRUOC,
    TAC_GIA_O_CAN_SUA,
    TAC_GIA_SUA_TIN_BAI,
    TIN_BAI_CUA_TOI,
    BAN_BIEN_TAP_VIEC_CAN_LAM,
    BAN_BIEN_TAP_DUYET_TIN_BAI,
    BAN_BIEN_TAP_LICH_SU,
    VAN_PHONG_BANG_THEO_DOI,
    VAN_PHONG_BANG_THEO_DOI_DIEN_THOAI,
    VAN_PHONG_BAO_CAO_THANG,
    VAN_PHONG_BAO_CAO_DINH_KY,
    VAN_PHONG_KY_KHONG_DAT,
    BAN_GIAM_DOC_DUYET_BAO_CAO,
    CONG_THONG_TIN_DIEN_THOAI,
    CAI_DAT_THONG_BAO;

    /** Where the guide's pictures live, beside the guide; the guide links to them as {@code huong-dan/<file>}. */
    static final Path FOLDER = Path.of("docs", "huong-dan");
    /**
     * pngquant (Debian's package of that name) makes a screenshot a much smaller palette PNG, legible
     * still; without it the picture is kept as Chromium wrote it, and {@link GuidePicturesTest} says when they
     * grow too large.
     */
    static final Path PNGQUANT = Path.of(System.getProperty("cchc.test.pngquant", "/usr/bin/pngquant"));

    String file() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-') + ".png";
    }

    Path path() {
        return FOLDER.resolve(file());
    }

    /** Saves what the browser's window shows as this picture, over the committed one. */
    void take(Browser browser) {
        try {
            Files.createDirectories(FOLDER);
            Files.write(path(), browser.driver().getScreenshotAs(OutputType.BYTES));
            if (Files.isExecutable(PNGQUANT)) {
                // exit 98 or 99: the result would be larger or too poor, and the file stays as it was written
                Process quantizing = new ProcessBuilder(PNGQUANT.toString(), "--force", "--skip-if-larger", "--strip",
                        "--quality=60-90", "--output", path().toString(), "--", path().toString())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!quantizing.waitFor(60, TimeUnit.SECONDS)) {
                    quantizing.destroyForcibly();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
