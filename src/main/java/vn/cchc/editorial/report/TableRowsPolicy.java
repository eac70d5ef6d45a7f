package vn.cchc.editorial.report;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.exception.RenderException;
import com.deepoove.poi.policy.RenderPolicy;
import com.deepoove.poi.render.compute.EnvModel;
import com.deepoove.poi.render.compute.RenderDataCompute;
import com.deepoove.poi.render.processor.DelegatePolicy;
import com.deepoove.poi.render.processor.DocumentProcessor;
import com.deepoove.poi.render.processor.EnvIterator;
import com.deepoove.poi.resolver.TemplateResolver;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.MetaTemplate;
import com.deepoove.poi.template.run.RunTemplate;
import com.deepoove.poi.util.ReflectionUtils;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * poi-tl's row loop of a template table ({{items}} in the row above a row of [title], [unit] … tags: one copy
 * of that row per element, its tags filled from the element), as poi-tl's LoopRowTableRenderPolicy does it,
 * but in one pass: each copy goes in just before the template row through an XML cursor, and the table's
 * list of rows is updated once at the end. LoopRowTableRenderPolicy inserts and replaces every copy by its
 * index in the table, which costs as much as the rows before it, so a report listing the thousands of items
 * a province publishes in a quarter took seconds in that loop alone (docs/performance.md). The row's tags are
 * read once, not in every copy ({@link #tagsOf}). The templates here have no vertically merged cells, which
 * LoopRowTableRenderPolicy also continues from row to row.
 */
final class TableRowsPolicy implements RenderPolicy {

    @Override
    public void render(ElementTemplate element, Object data, XWPFTemplate template) {
        XWPFRun run = ((RunTemplate) element).getRun();
        if (!(run.getParent() instanceof XWPFParagraph paragraph) || !(paragraph.getBody() instanceof XWPFTableCell tagCell)) {
            throw new RenderException("The template tag " + ((RunTemplate) element).getSource() + " must be inside a table");
        }
        XWPFTable table = tagCell.getTableRow().getTable();
        run.setText("", 0);
        int templateIndex = table.getRows().indexOf(tagCell.getTableRow()) + 1;
        XWPFTableRow templateRow = table.getRow(templateIndex);
        CTRow templateXml = templateRow.getCtRow();
        TemplateResolver resolver;
        try {
            resolver = new TemplateResolver(template.getConfig().copy("[", "]"));
        } catch (CloneNotSupportedException e) {
            throw new RenderException("cannot read the row's [tags]: " + e.getMessage(), e);
        }
        List<RowTag> tags = tagsOf(templateRow, resolver);
        List<XWPFTableRow> copies = new ArrayList<>();
        if (data instanceof Iterable<?> elements) {
            Iterator<?> iterator = elements.iterator();
            int index = 0;
            boolean hasNext = iterator.hasNext();
            while (hasNext) {
                Object item = iterator.next();
                hasNext = iterator.hasNext();
                XWPFTableRow copy = copyBefore(templateXml, table);
                RenderDataCompute compute = template.getConfig().getRenderDataComputeFactory()
                        .newCompute(EnvModel.of(item, EnvIterator.makeEnv(index++, hasNext)));
                if (tags == null) {
                    for (XWPFTableCell cell : copy.getTableCells()) {
                        new DocumentProcessor(template, resolver, compute).process(resolver.resolveBodyElements(cell.getBodyElements()));
                    }
                } else {
                    // every run found before any is rendered: a policy may remove its run from the paragraph
                    List<RunTemplate> copied = tags.stream().map(tag -> tag.in(copy)).toList();
                    copied.forEach(tag -> DelegatePolicy.invoke(tag.findPolicy(template.getConfig()), tag,
                            compute.compute(tag.getTagName()), template));
                }
                copies.add(copy);
            }
        }
        XmlCursor cursor = templateXml.newCursor();
        try {
            cursor.removeXml();
        } finally {
            cursor.dispose();
        }
        @SuppressWarnings("unchecked")
        List<XWPFTableRow> rows = (List<XWPFTableRow>) ReflectionUtils.getValue("tableRows", table);
        rows.remove(templateIndex);
        rows.addAll(templateIndex, copies);
    }

    /**
     * The template row's [tags], read once for all its copies: each by its cell, paragraph and run, the same
     * in every copy of the row's XML, and the policy poi-tl renders it with. Reading them makes each tag one run
     * of the template row (poi-tl joins a tag that Word split over runs), so the copies are made after.
     * Null when a tag is not on a run of the cell's own paragraphs (a section, a chart, a nested table), which the
     * copies then resolve one by one. Each copy's tags are rendered as poi-tl's ElementProcessor renders them.
     */
    private static List<RowTag> tagsOf(XWPFTableRow templateRow, TemplateResolver resolver) {
        List<RowTag> tags = new ArrayList<>();
        List<XWPFTableCell> cells = templateRow.getTableCells();
        for (int c = 0; c < cells.size(); c++) {
            List<XWPFParagraph> paragraphs = cells.get(c).getParagraphs();
            for (MetaTemplate meta : resolver.resolveBodyElements(cells.get(c).getBodyElements())) {
                if (!(meta instanceof RunTemplate tag) || !(tag.getRun().getParent() instanceof XWPFParagraph paragraph)
                        || !paragraphs.contains(paragraph)) {
                    return null;
                }
                tags.add(new RowTag(c, paragraphs.indexOf(paragraph), tag.getRunPos(), tag));
            }
        }
        return tags;
    }

    /** One [tag] of the template row: where its run is in each copy, and the tag as poi-tl read it. */
    private record RowTag(int cell, int paragraph, int run, RunTemplate tag) {

        /** The tag on its run in a copy of the row, rendered as poi-tl's processor renders a run's tag. */
        RunTemplate in(XWPFTableRow copy) {
            RunTemplate copied = new RunTemplate(tag.getTagName(), copy.getCell(cell).getParagraphs().get(paragraph).getRuns().get(run));
            copied.setSource(tag.getSource());
            copied.setSign(tag.getSign());
            return copied;
        }
    }

    /** A copy of the template row's XML, placed just before it. */
    private static XWPFTableRow copyBefore(CTRow templateXml, XWPFTable table) {
        XmlCursor source = templateXml.newCursor();
        XmlCursor target = templateXml.newCursor();
        try {
            source.copyXml(target);
            target.toPrevSibling();
            return new XWPFTableRow((CTRow) target.getObject(), table);
        } finally {
            source.dispose();
            target.dispose();
        }
    }
}
