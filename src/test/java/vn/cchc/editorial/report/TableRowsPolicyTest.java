package vn.cchc.editorial.report;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import com.deepoove.poi.policy.RenderPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TableRowsPolicy} fills a template table's rows as poi-tl's own LoopRowTableRenderPolicy does: the same
 * rows, cells, runs and formatting, for a row whose tags Word split over runs, that shares a cell between a
 * tag and fixed text or two tags, and that gets text with line breaks, an empty value and no value at all.
 */
class TableRowsPolicyTest {

    static final List<Map<String, Object>> ROWS = List.of(
            Map.of("title", "Đẩy mạnh dịch vụ công trực tuyến", "unit", "Văn phòng Sở", "date", "09/01/2024", "link", "https://a.example/1"),
            Map.of("title", "Dòng một\nDòng hai", "unit", "Thanh tra Sở", "date", "10/01/2024", "link", ""),
            Map.of("title", "Chỉ có tiêu đề", "unit", "Phòng Bưu chính", "date", "11/01/2024"));

    @Test
    void theRowsAreThoseOfPoiTlsOwnRowLoop() throws IOException {
        byte[] ours = fill(new TableRowsPolicy());
        byte[] poiTls = fill(new LoopRowTableRenderPolicy());

        assertThat(rowsXml(ours)).isEqualTo(rowsXml(poiTls));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(ours))) {
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRows()).hasSize(4);
            assertThat(texts(table.getRow(1))).containsExactly("Đẩy mạnh dịch vụ công trực tuyến", "Văn phòng Sở – 09/01/2024",
                    "Liên kết: https://a.example/1");
            assertThat(texts(table.getRow(2))).containsExactly("Dòng một\nDòng hai", "Thanh tra Sở – 10/01/2024", "Liên kết: ");
            assertThat(texts(table.getRow(3))).containsExactly("Chỉ có tiêu đề", "Phòng Bưu chính – 11/01/2024", "Liên kết: ");
            assertThat(table.getRow(1).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
        }
    }

    /** A table "{{rows}}" over a template row: [title] in bold, split by Word over three runs; "[unit] – [date]"; "Liên kết: [link]". */
    static byte[] fill(RenderPolicy policy) throws IOException {
        byte[] template;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = doc.createTable(2, 3);
            table.getRow(0).getCell(0).setText("{{rows}}Tin bài");
            XWPFParagraph title = table.getRow(1).getCell(0).getParagraphs().get(0);
            for (String part : List.of("[ti", "tl", "e]")) {
                var run = title.createRun();
                run.setBold(true);
                run.setText(part);
            }
            table.getRow(1).getCell(1).setText("[unit] – [date]");
            table.getRow(1).getCell(2).setText("Liên kết: [link]");
            doc.write(out);
            template = out.toByteArray();
        }
        try (XWPFTemplate filled = XWPFTemplate.compile(new ByteArrayInputStream(template), Configure.builder().bind("rows", policy).build())
                .render(Map.of("rows", ROWS));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filled.write(out);
            return out.toByteArray();
        }
    }

    /** The rows' XML, but for the empty cell properties poi-tl's loop leaves on the rows after the first (its merge handling). */
    static List<String> rowsXml(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return doc.getTables().get(0).getRows().stream().map(row -> row.getCtRow().xmlText().replace("<w:tcPr/>", "")).toList();
        }
    }

    static List<String> texts(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }
}
