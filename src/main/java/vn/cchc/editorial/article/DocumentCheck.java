package vn.cchc.editorial.article;

import vn.cchc.editorial.system.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What is looked for in an uploaded document, simply and no more (docs/security.md says the same):
 * <ul>
 *   <li>DOCX, XLSX: the package's list of parts ({@code [Content_Types].xml}) says which it is; a macro project
 *       ({@code vbaProject.bin}, {@code vbaData.xml}), a macro-enabled main part (.docm, .xlsm saved under another name)
 *       or ActiveX controls are refused.</li>
 *   <li>PDF: the names {@code /JS}, {@code /JavaScript} (a script, an action running one: /OpenAction, /AA) and
 *       {@code /Launch} (starts a program), written plainly or with {@code #xx} escapes, in the file and in its
 *       Flate-compressed streams (object streams included), are refused.</li>
 * </ul>
 * Not checked: encrypted PDF streams, other filters than Flate, the documents' links; a reader opens the file with
 * its own protections, as for any file from the web.
 */
final class DocumentCheck {

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final int CONTENT_TYPES_MAX = 1024 * 1024;
    private static final int ZIP_ENTRIES_MAX = 20_000;
    /** How much all of a PDF's streams may inflate to before the file is refused as a compression bomb. */
    private static final long PDF_INFLATED_MAX = 200L * 1024 * 1024;
    private static final Set<String> PDF_ACTIVE_NAMES = Set.of("JS", "JavaScript", "Launch");
    private static final Pattern PDF_NAME = Pattern.compile("/([^\\s/<>\\[\\]()%{}]+)");
    private static final Pattern PDF_ESCAPE = Pattern.compile("#([0-9A-Fa-f]{2})");
    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.ISO_8859_1);

    private DocumentCheck() {
    }

    /**
     * DOCX or XLSX as the package's list of parts says, or null when it is neither (another ZIP, an ODF text, a .pptx).
     *
     * @param name the file's name, for the refusal
     * @throws InvalidInputException macros or ActiveX controls
     */
    static UploadCheck.Type officeType(String name, byte[] bytes) {
        String contentTypes = null;
        boolean macros = false;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > ZIP_ENTRIES_MAX) {
                    return null;
                }
                String part = entry.getName().toLowerCase(Locale.ROOT);
                if (part.endsWith("vbaproject.bin") || part.endsWith("vbadata.xml") || part.contains("activex")) {
                    macros = true;
                }
                if (entry.getName().equals(CONTENT_TYPES)) {
                    contentTypes = new String(zip.readNBytes(CONTENT_TYPES_MAX), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            return null;
        }
        if (contentTypes == null) {
            return null;
        }
        if (macros || contentTypes.contains("macroEnabled") || contentTypes.contains("vbaProject")
                || contentTypes.contains("ms-office.activeX")) {
            throw new InvalidInputException(("Tệp “%s” có macro (mã lệnh VBA) hoặc điều khiển ActiveX nên không được nhận: hãy"
                    + " lưu lại bằng Word hoặc Excel dưới dạng .docx hay .xlsx thường (không có macro) rồi tải lên lại.").formatted(name));
        }
        if (contentTypes.contains("wordprocessingml.document.main+xml")) {
            return UploadCheck.Type.DOCX;
        }
        if (contentTypes.contains("spreadsheetml.sheet.main+xml")) {
            return UploadCheck.Type.XLSX;
        }
        return null;
    }

    /** @throws InvalidInputException a PDF that holds JavaScript or launches a program */
    static void pdf(String name, byte[] bytes) {
        long inflated = 0;
        String found = activeName(new String(bytes, StandardCharsets.ISO_8859_1));
        for (int at = indexOf(bytes, STREAM, 0); found == null && at >= 0; at = indexOf(bytes, STREAM, at + STREAM.length)) {
            int start = at + STREAM.length;
            if (start < bytes.length && bytes[start] == '\r') start++;
            if (start < bytes.length && bytes[start] == '\n') start++;
            byte[] stream = inflate(bytes, start, PDF_INFLATED_MAX - inflated);
            if (stream == null) {
                continue;
            }
            inflated += stream.length;
            if (inflated >= PDF_INFLATED_MAX) {
                throw new InvalidInputException("Tệp PDF “%s” giải nén ra quá lớn nên không được nhận.".formatted(name));
            }
            found = activeName(new String(stream, StandardCharsets.ISO_8859_1));
        }
        if (found != null) {
            throw new InvalidInputException(("Tệp PDF “%s” có mã JavaScript hoặc lệnh chạy chương trình (/%s) nên không được"
                    + " nhận: hãy in lại ra PDF (Microsoft Print to PDF hoặc Lưu thành PDF) rồi tải lên lại.").formatted(name, found));
        }
    }

    private static String activeName(String text) {
        Matcher names = PDF_NAME.matcher(text);
        while (names.find()) {
            String name = PDF_ESCAPE.matcher(names.group(1))
                    .replaceAll(escape -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
            if (PDF_ACTIVE_NAMES.contains(name)) {
                return name;
            }
        }
        return null;
    }

    /** The Flate stream starting there, inflated up to {@code max} bytes; null when it is not one. */
    private static byte[] inflate(byte[] bytes, int start, long max) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes, start, bytes.length - start);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            while (!inflater.finished() && out.size() < max) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
            }
            return out.size() == 0 ? null : out.toByteArray();
        } catch (DataFormatException notFlate) {
            return null;
        } finally {
            inflater.end();
        }
    }

    private static int indexOf(byte[] bytes, byte[] word, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= bytes.length - word.length; i++) {
            for (int j = 0; j < word.length; j++) {
                if (bytes[i + j] != word[j]) continue outer;
            }
            // "endstream" is not the start of a stream
            if (i >= 3 && bytes[i - 3] == 'e' && bytes[i - 2] == 'n' && bytes[i - 1] == 'd') continue;
            return i;
        }
        return -1;
    }
}
