package vn.cchc.editorial.plan.internal;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.nodes.Node;

import vn.cchc.editorial.plan.PeriodKind;
import vn.cchc.editorial.plan.QuotaRule;
import vn.cchc.editorial.plan.Unit;

/** Reads a plan file's quota rules: channels, deadlines and the lead-unit rotation. */
final class QuotaRuleReader {

    private static final Pattern MONTHS = Pattern.compile("([0-9]{1,2})(?:\\s*-\\s*([0-9]{1,2}))?");
    private static final String[] QUARTERS = {"I", "II", "III", "IV"};

    private final YamlMap top;
    private final int year;
    private final Map<String, Unit> units;
    private final Set<String> channels;

    QuotaRuleReader(YamlMap top, int year, Map<String, Unit> units, Set<String> channels) {
        this.top = top;
        this.year = year;
        this.units = units;
        this.channels = channels;
    }

    List<QuotaRule> read() {
        List<QuotaRule> rules = new ArrayList<>();
        Map<String, Integer> idLines = new LinkedHashMap<>();
        Map<String, Integer> channelPeriodLines = new LinkedHashMap<>();
        for (Node item : top.list("quotas")) {
            YamlMap rule = top.mapAt(item, "Mỗi chỉ tiêu").allowOnly(
                    "id", "channel", "minimum", "period", "deadlineDay", "lead", "coordinatingUnit");
            String id = PlanFileReader.code(rule, "id", PlanFileReader.CODE, "chữ, số, '-' hoặc '_'");
            Integer earlier = idLines.putIfAbsent(id, YamlMap.line(rule.required("id")));
            if (earlier != null) {
                throw rule.error(rule.required("id"), "mã chỉ tiêu '" + id + "' đã dùng ở dòng " + earlier);
            }
            String channel = rule.text("channel");
            if (!channels.contains(channel)) {
                throw rule.error(rule.required("channel"), "kênh '" + channel + "' không có trong danh sách kênh (channels)");
            }
            int minimum = rule.integerAtLeast("minimum", 1);
            PeriodKind period = rule.choice("period", PeriodKind.class);
            earlier = channelPeriodLines.putIfAbsent(channel + "/" + period, rule.line());
            if (earlier != null) {
                throw rule.error(rule.required("channel"), "kênh " + channel + " đã có một chỉ tiêu "
                        + (period == PeriodKind.MONTH ? "theo tháng" : "theo quý") + " ở dòng " + earlier);
            }
            int deadlineDay = deadlineDay(rule, period);
            Map<Month, String> lead = rotation(rule, id, period);
            String coordinating = rule.optional("coordinatingUnit").isPresent()
                    ? PlanFileReader.unitCode(rule, "coordinatingUnit", units) : null;
            rules.add(new QuotaRule(id, channel, minimum, period, deadlineDay, lead, coordinating));
        }
        if (rules.isEmpty()) {
            throw top.error(top.keyOrSelf("quotas"), "kế hoạch phải có ít nhất một chỉ tiêu");
        }
        return rules;
    }

    private int deadlineDay(YamlMap rule, PeriodKind period) {
        Node at = rule.required("deadlineDay");
        int day = rule.integer(at, "deadlineDay");
        if (day < 1 || day > 31) {
            throw rule.error(at, "ngày hạn phải từ 1 đến 31, không phải " + day);
        }
        for (YearMonth first : period.firstMonthsOf(year)) {
            YearMonth last = first.plusMonths(period.months() - 1L);
            if (day > last.lengthOfMonth()) {
                throw rule.error(at, "ngày hạn " + day + " không có trong tháng " + last.getMonthValue() + "/" + year
                        + " (tháng cuối của kỳ " + period.key(first) + ")");
            }
        }
        return day;
    }

    private Map<Month, String> rotation(YamlMap rule, String id, PeriodKind period) {
        Map<Month, String> lead = new EnumMap<>(Month.class);
        Map<Month, Integer> lines = new EnumMap<>(Month.class);
        for (Node item : rule.list("lead")) {
            YamlMap entry = rule.mapAt(item, "Mỗi mục của 'lead'").allowOnly("months", "unit");
            Node monthsNode = entry.required("months");
            List<Month> months = months(entry, monthsNode);
            String unit = PlanFileReader.unitCode(entry, "unit", units);
            if (!units.get(unit).isAuthoring()) {
                throw entry.error(entry.required("unit"), "đơn vị chủ trì '" + unit
                        + "' không phải đơn vị soạn tin bài (role: AUTHORING)");
            }
            for (Month month : months) {
                if (lead.containsKey(month)) {
                    throw entry.error(monthsNode, "tháng " + month.getValue() + " đã giao cho đơn vị "
                            + lead.get(month) + " ở dòng " + lines.get(month));
                }
                lead.put(month, unit);
                lines.put(month, YamlMap.line(monthsNode));
            }
        }
        Node at = rule.keyOrSelf("lead");
        for (YearMonth first : period.firstMonthsOf(year)) {
            List<Month> months = new ArrayList<>();
            for (int i = 0; i < period.months(); i++) {
                months.add(first.plusMonths(i).getMonth());
            }
            String where = period == PeriodKind.MONTH ? "tháng " + first.getMonthValue()
                    : "quý " + QUARTERS[(first.getMonthValue() - 1) / 3];
            List<Month> missing = months.stream().filter(month -> !lead.containsKey(month)).toList();
            if (!missing.isEmpty()) {
                throw rule.error(at, where + " chưa có đơn vị chủ trì (chỉ tiêu '" + id + "'"
                        + (period == PeriodKind.MONTH ? "" : ", thiếu " + monthList(missing)) + ")");
            }
            Set<String> leads = months.stream().map(lead::get).collect(Collectors.toCollection(TreeSet::new));
            if (leads.size() > 1) {
                throw rule.error(at, where + " có hơn một đơn vị chủ trì (" + String.join(", ", leads)
                        + "): chỉ tiêu theo quý cần một đơn vị chủ trì cho cả quý");
            }
        }
        return lead;
    }

    private static List<Month> months(YamlMap entry, Node at) {
        String text = entry.scalar(at, "'months'");
        Matcher range = MONTHS.matcher(text);
        if (!range.matches()) {
            throw entry.error(at, "'months' phải là một tháng (ví dụ 4) hoặc một khoảng tháng (ví dụ 1-3), không phải '"
                    + text + "'");
        }
        int from = Integer.parseInt(range.group(1));
        int to = range.group(2) == null ? from : Integer.parseInt(range.group(2));
        if (from < 1 || to > 12 || from > to) {
            throw entry.error(at, "khoảng tháng '" + text + "' không hợp lệ: tháng từ 1 đến 12, tháng đầu trước tháng cuối");
        }
        List<Month> months = new ArrayList<>();
        for (int month = from; month <= to; month++) {
            months.add(Month.of(month));
        }
        return months;
    }

    private static String monthList(List<Month> months) {
        return "tháng " + months.stream().map(month -> String.valueOf(month.getValue())).collect(Collectors.joining(", "));
    }
}
