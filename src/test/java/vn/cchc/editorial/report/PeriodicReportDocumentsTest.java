package vn.cchc.editorial.report;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.PlanCatalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens the generated .docx and .xlsx with Apache POI: the Decree 30/2020/NĐ-CP header blocks, the number
 * and place-date line, the title, the figures of a known data set in the right cells, and Vietnamese text
 * with its diacritics intact. The template is the one shipped beside the plan files.
 */
class PeriodicReportDocumentsTest {

    final Plan plan = new PlanCatalog((Path) null).forYear(2024).orElseThrow();
    final PeriodicFigures figures = new PeriodicFigures("2024-Q1", "quý I năm 2024",
            LocalDate.of(2023, 12, 15), LocalDate.of(2024, 3, 14),
            List.of(new PeriodicFigures.Row("van-phong", "Văn phòng Sở", 7, 2, 1, 0),
                    new PeriodicFigures.Row("thanh-tra", "Thanh tra Sở", 3, 0, 2, 1)),
            List.of(new PeriodicFigures.Row("DEPARTMENT_PORTAL", "Cổng thông tin điện tử của Sở", 9, 2, 2, 1),
                    new PeriodicFigures.Row("PROVINCIAL_PORTAL", "Cổng thông tin điện tử tỉnh", 1, 0, 1, 0)),
            List.of(new PeriodicFigures.Item(41, "Đẩy mạnh dịch vụ công trực tuyến toàn trình", "Văn phòng Sở",
                    "Cổng thông tin điện tử của Sở", LocalDate.of(2024, 1, 9), "https://stttt.soctrang.gov.vn/tin/41")),
            List.of(new PeriodicFigures.OtherForm("Văn phòng Sở", "Hội nghị, cuộc họp có lồng ghép nội dung CCHC", 4,
                    "Giao ban tháng 1, 2")),
            List.of(new PeriodicFigures.Note("Thanh tra Sở", "Tháng 1/2024: Thiếu cán bộ viết tin bài.")),
            List.of(new PeriodicFigures.Note("Văn phòng Sở", "Tháng 2/2024: Đề nghị tập huấn kỹ năng viết tin.")));
    final PeriodicReportDocuments documents = new PeriodicReportDocuments("");

    @Test
    void theDocxHasBothHeaderBlocksTheNumberAndDateLineAndTheFiguresInTheirCells() throws IOException {
        byte[] docx = documents.docx(plan, figures, LocalDate.of(2024, 3, 15));

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable header = doc.getTables().get(0);
            String agencyBlock = header.getRow(0).getCell(0).getText();
            String mottoBlock = header.getRow(0).getCell(1).getText();
            assertThat(agencyBlock).contains("UBND TỈNH SÓC TRĂNG").contains("SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH SÓC TRĂNG")
                    .contains("Số:").contains("/BC");
            assertThat(mottoBlock).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc")
                    .contains("Sóc Trăng, ngày 15 tháng 3 năm 2024");

            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("BÁO CÁO", "Kết quả công tác tuyên truyền cải cách hành chính quý I năm 2024");
            assertThat(String.join("\n", paragraphs)).contains("từ ngày 15/12/2023 đến ngày 14/03/2024")
                    .contains("Kế hoạch số 10/KH-STTTT").doesNotContain("{{");

            XWPFTable units = tableAfter(doc, "1. Kết quả theo đơn vị");
            assertThat(cells(units.getRow(1))).containsExactly("Văn phòng Sở", "7", "2", "1", "0");
            assertThat(cells(units.getRow(2))).containsExactly("Thanh tra Sở", "3", "0", "2", "1");
            assertThat(units.getRows()).hasSize(3);
            XWPFTable channels = tableAfter(doc, "2. Kết quả theo kênh đăng");
            assertThat(cells(channels.getRow(1))).containsExactly("Cổng thông tin điện tử của Sở", "9", "2", "2", "1");
            assertThat(cells(channels.getRow(2))).containsExactly("Cổng thông tin điện tử tỉnh", "1", "0", "1", "0");
            assertThat(cells(tableAfter(doc, "3. Danh sách tin bài đã đăng").getRow(1))).containsExactly(
                    "Đẩy mạnh dịch vụ công trực tuyến toàn trình", "Văn phòng Sở", "Cổng thông tin điện tử của Sở",
                    "09/01/2024", "https://stttt.soctrang.gov.vn/tin/41");
            assertThat(cells(tableAfter(doc, "4. Các hình thức tuyên truyền khác").getRow(1))).containsExactly(
                    "Văn phòng Sở", "Hội nghị, cuộc họp có lồng ghép nội dung CCHC", "4", "Giao ban tháng 1, 2");
            assertThat(cells(tableAfter(doc, "II. KHÓ KHĂN, VƯỚNG MẮC").getRow(1)))
                    .containsExactly("Thanh tra Sở", "Tháng 1/2024: Thiếu cán bộ viết tin bài.");
            assertThat(cells(tableAfter(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ").getRow(1)))
                    .containsExactly("Văn phòng Sở", "Tháng 2/2024: Đề nghị tập huấn kỹ năng viết tin.");

            XWPFTable signature = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(signature.getRow(0).getCell(0).getText()).contains("Nơi nhận:").contains("Sở Nội vụ");
            assertThat(signature.getRow(0).getCell(1).getText()).contains("GIÁM ĐỐC");
        }
    }

    @Test
    void theXlsxHasTheSameFigures() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(documents.xlsx(figures)))) {
            Sheet units = book.getSheet("Đơn vị");
            assertThat(units.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Văn phòng Sở");
            assertThat(numbers(units.getRow(1))).containsExactly(7d, 2d, 1d, 0d);
            assertThat(numbers(units.getRow(2))).containsExactly(3d, 0d, 2d, 1d);
            Sheet channels = book.getSheet("Kênh");
            assertThat(channels.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Cổng thông tin điện tử của Sở");
            assertThat(numbers(channels.getRow(1))).containsExactly(9d, 2d, 2d, 1d);
            assertThat(book.getSheet("Tin bài").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Đẩy mạnh dịch vụ công trực tuyến toàn trình");
            assertThat(book.getSheet("Hình thức khác").getRow(1).getCell(2).getNumericCellValue()).isEqualTo(4d);
            assertThat(book.getSheet("Khó khăn").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Tháng 1/2024: Thiếu cán bộ viết tin bài.");
        }
    }

    @Test
    void aTemplateInThePlanDirectoryReplacesTheShippedOne(@TempDir Path directory) throws IOException {
        try (XWPFDocument own = new XWPFDocument()) {
            own.createParagraph().createRun().setText("Mẫu riêng của {{agencyName}}");
            try (var out = Files.newOutputStream(directory.resolve("report-template.docx"))) {
                own.write(out);
            }
        }
        byte[] docx = new PeriodicReportDocuments(directory.toString()).docx(plan, figures, LocalDate.of(2024, 3, 15));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("Mẫu riêng của Sở Thông tin và Truyền thông tỉnh Sóc Trăng");
        }
    }

    private static XWPFTable tableAfter(XWPFDocument doc, String heading) {
        boolean seen = false;
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p && p.getText().equals(heading)) {
                seen = true;
            } else if (seen && element instanceof XWPFTable table) {
                return table;
            }
        }
        throw new AssertionError("no table after " + heading);
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText().strip()).toList();
    }

    private static List<Double> numbers(Row row) {
        List<Double> values = new ArrayList<>();
        for (int i = 2; i <= 5; i++) {
            values.add(row.getCell(i).getNumericCellValue());
        }
        return values;
    }
}
