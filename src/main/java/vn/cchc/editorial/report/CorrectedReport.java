package vn.cchc.editorial.report;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.tika.Tika;
import vn.cchc.editorial.system.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * The Office's corrected .docx, read and checked before anything is stored: at most {@link #MAX_BYTES}, a
 * ZIP container by its content (Tika, whatever the file's name), and an OOXML package whose main part is
 * a Word document (a renamed .xlsx or .pptx is a ZIP too). Every refusal is an {@link InvalidInputException}
 * (400, Vietnamese).
 */
final class CorrectedReport {

    /** 10 MB, as cchc.http.max-upload-size lets through. */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final Set<String> ZIP = Set.of("application/zip", "application/x-tika-ooxml",
            PeriodicReportDocuments.DOCX);
    private static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final Tika TIKA = new Tika();

    private CorrectedReport() {
    }

    /** Reads at most MAX_BYTES + 1 and returns the checked bytes. */
    static byte[] read(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException("Tệp quá lớn: tối đa 10 MB.");
        }
        if (bytes.length == 0) {
            throw new InvalidInputException("Chưa có tệp: hãy gửi tệp .docx của báo cáo đã sửa.");
        }
        if (!ZIP.contains(TIKA.detect(bytes))) {
            throw notWord();
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (main.size() != 1) {
                throw notWord();
            }
            PackagePart part = pkg.getPart(main.getRelationship(0));
            if (part == null || !WORD_MAIN.equals(part.getContentType())) {
                throw notWord();
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (Exception e) {
            throw notWord();
        }
        return bytes;
    }

    private static InvalidInputException notWord() {
        return new InvalidInputException("Tệp không phải văn bản Word (.docx): hãy lưu báo cáo bằng Word dạng .docx rồi"
                + " tải lên lại.");
    }
}
