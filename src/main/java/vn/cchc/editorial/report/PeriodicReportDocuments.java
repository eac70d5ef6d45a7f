package vn.cchc.editorial.report;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.config.ConfigureBuilder;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.PlanCatalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a periodic report's figures as the .docx to sign and as the .xlsx of the same figures.
 * <p>
 * The .docx is the template {@value #TEMPLATE} (Decree 30/2020/NĐ-CP layout: both header blocks, number and
 * place-date line, "BÁO CÁO" and its subject, body tables, "Nơi nhận", signature block) filled by poi-tl:
 * the one in the plan directory ({@value PlanCatalog#DIRECTORY_PROPERTY}) when there is one, so an agency
 * replaces it without code, else the one shipped beside the plan files. Its tags are listed in
 * docs/periodic-reports.md; the tables' rows are repeated by {@link TableRowsPolicy}.
 */
@Component
public class PeriodicReportDocuments {

    static final String TEMPLATE = "report-template.docx";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    private static final List<String> TABLES = List.of("units", "channels", "items", "otherForms", "difficulties",
            "proposals");

    private final Path directory;

    public PeriodicReportDocuments(@Value("${" + PlanCatalog.DIRECTORY_PROPERTY + ":}") String directory) {
        this.directory = directory == null || directory.isBlank() ? null : Path.of(directory.strip());
    }

    /**
     * @param plan    the plan of the report's year: agency, title and the header facts of periodicReports
     * @param figures the figures to write
     * @param date    the date of the place-date line (the day the draft is made)
     * @return the .docx's bytes
     */
    public byte[] docx(Plan plan, PeriodicFigures figures, LocalDate date) {
        ConfigureBuilder config = Configure.builder();
        TableRowsPolicy rows = new TableRowsPolicy();
        TABLES.forEach(table -> config.bind(table, rows));
        Map<String, Object> data = new HashMap<>();
        data.put("parentAgency", plan.periodicReports().parentAgency().toUpperCase(Locale.forLanguageTag("vi")));
        data.put("agency", plan.agency().toUpperCase(Locale.forLanguageTag("vi")));
        data.put("agencyName", plan.agency());
        // the clerk gives the number when the signed report is issued (Decree 30/2020/NĐ-CP, art. 15)
        data.put("number", "        /BC");
        data.put("place", plan.periodicReports().place());
        data.put("day", date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth()));
        data.put("month", date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue()));
        data.put("year", String.valueOf(date.getYear()));
        data.put("subject", "Kết quả công tác tuyên truyền cải cách hành chính " + figures.label());
        data.put("subjectShort", "kết quả công tác tuyên truyền cải cách hành chính " + figures.label());
        data.put("planTitle", plan.title() == null ? "Kế hoạch tuyên truyền cải cách hành chính năm " + plan.year()
                : plan.title());
        data.put("windowStart", DATE.format(figures.windowStart()));
        data.put("windowEnd", DATE.format(figures.windowEnd()));
        data.put("units", figures.units().stream().map(PeriodicReportDocuments::row).toList());
        data.put("channels", figures.channels().stream().map(PeriodicReportDocuments::row).toList());
        data.put("items", figures.items().stream().map(i -> Map.of("title", i.title(), "unit", i.unit(),
                "channel", i.channel(), "date", DATE.format(i.publishedOn()), "link", i.link())).toList());
        data.put("otherForms", figures.otherForms().stream().map(f -> Map.of("unit", f.unit(), "form", f.form(),
                "count", String.valueOf(f.count()), "note", f.note())).toList());
        data.put("difficulties", figures.difficulties().stream().map(n -> Map.of("unit", n.unit(), "text", n.text())).toList());
        data.put("proposals", figures.proposals().stream().map(n -> Map.of("unit", n.unit(), "text", n.text())).toList());
        try (InputStream template = template();
             XWPFTemplate filled = XWPFTemplate.compile(template, config.build()).render(data);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filled.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fill the periodic report's template", e);
        }
    }

    private static Map<String, Object> row(PeriodicFigures.Row row) {
        return Map.of("name", row.name(), "published", String.valueOf(row.published()), "met", String.valueOf(row.met()),
                "missed", String.valueOf(row.missed()), "credited", String.valueOf(row.credited()));
    }

    private InputStream template() throws IOException {
        if (directory != null && Files.isRegularFile(directory.resolve(TEMPLATE))) {
            return Files.newInputStream(directory.resolve(TEMPLATE));
        }
        return new ClassPathResource("plans/" + TEMPLATE).getInputStream();
    }

    /**
     * The same figures as a workbook: sheets "Đơn vị", "Kênh", "Tin bài", "Hình thức khác", "Khó khăn",
     * "Đề xuất", each with a header row; counts are numeric cells.
     */
    public byte[] xlsx(PeriodicFigures figures) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String[] rowHeads = {"Mã", "Tên", "Tin bài đã đăng", "Kỳ chỉ tiêu đạt", "Kỳ không đạt", "Kỳ được ghi nhận bù"};
            rowsSheet(book, "Đơn vị", rowHeads, figures.units());
            rowsSheet(book, "Kênh", rowHeads, figures.channels());
            Sheet items = sheet(book, "Tin bài", "Mã tin bài", "Tin bài", "Đơn vị", "Kênh", "Ngày đăng", "Liên kết");
            for (PeriodicFigures.Item i : figures.items()) {
                var r = items.createRow(items.getLastRowNum() + 1);
                r.createCell(0).setCellValue(i.id());
                r.createCell(1).setCellValue(i.title());
                r.createCell(2).setCellValue(i.unit());
                r.createCell(3).setCellValue(i.channel());
                r.createCell(4).setCellValue(DATE.format(i.publishedOn()));
                r.createCell(5).setCellValue(i.link());
            }
            Sheet forms = sheet(book, "Hình thức khác", "Đơn vị", "Hình thức", "Số lượng", "Nội dung");
            for (PeriodicFigures.OtherForm f : figures.otherForms()) {
                var r = forms.createRow(forms.getLastRowNum() + 1);
                r.createCell(0).setCellValue(f.unit());
                r.createCell(1).setCellValue(f.form());
                r.createCell(2).setCellValue(f.count());
                r.createCell(3).setCellValue(f.note());
            }
            notesSheet(book, "Khó khăn", figures.difficulties());
            notesSheet(book, "Đề xuất", figures.proposals());
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the periodic report's workbook", e);
        }
    }

    private static Sheet sheet(XSSFWorkbook book, String name, String... heads) {
        Sheet sheet = book.createSheet(name);
        var head = sheet.createRow(0);
        for (int i = 0; i < heads.length; i++) {
            head.createCell(i).setCellValue(heads[i]);
        }
        return sheet;
    }

    private static void rowsSheet(XSSFWorkbook book, String name, String[] heads, List<PeriodicFigures.Row> rows) {
        Sheet sheet = sheet(book, name, heads);
        for (PeriodicFigures.Row row : rows) {
            var r = sheet.createRow(sheet.getLastRowNum() + 1);
            r.createCell(0).setCellValue(row.code());
            r.createCell(1).setCellValue(row.name());
            r.createCell(2).setCellValue(row.published());
            r.createCell(3).setCellValue(row.met());
            r.createCell(4).setCellValue(row.missed());
            r.createCell(5).setCellValue(row.credited());
        }
    }

    private static void notesSheet(XSSFWorkbook book, String name, List<PeriodicFigures.Note> notes) {
        Sheet sheet = sheet(book, name, "Đơn vị", "Nội dung");
        for (PeriodicFigures.Note n : notes) {
            var r = sheet.createRow(sheet.getLastRowNum() + 1);
            r.createCell(0).setCellValue(n.unit());
            r.createCell(1).setCellValue(n.text());
        }
    }
}
