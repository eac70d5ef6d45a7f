package vn.cchc.editorial.plan.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.yaml.snakeyaml.nodes.Node;

import vn.cchc.editorial.plan.WorkingDays;

/** Reads a plan file's holidays and make-up working days. */
final class CalendarReader {

    private final YamlMap top;
    private final int year;
    private final ZoneId zone;

    CalendarReader(YamlMap top, int year, ZoneId zone) {
        this.top = top;
        this.year = year;
        this.zone = zone;
    }

    WorkingDays read() {
        Map<LocalDate, Integer> holidays = dates("holidays", true);
        Map<LocalDate, Integer> makeUpDays = dates("makeUpWorkingDays", false);
        for (Node item : top.optionalList("makeUpWorkingDays")) {
            LocalDate day = date(item);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw top.error(item, "ngày làm bù " + day + " không phải thứ Bảy hay Chủ nhật, vốn đã là ngày làm việc");
            }
            if (holidays.containsKey(day)) {
                throw top.error(item, "ngày làm bù " + day + " lại là ngày nghỉ ở dòng " + holidays.get(day));
            }
        }
        return new WorkingDays(zone, holidays.keySet(), makeUpDays.keySet());
    }

    private Map<LocalDate, Integer> dates(String key, boolean required) {
        Map<LocalDate, Integer> lines = new LinkedHashMap<>();
        for (Node item : required ? top.list(key) : top.optionalList(key)) {
            LocalDate day = date(item);
            // the following year is allowed so that counting working days late in December skips 1 January
            if (day.getYear() != year && day.getYear() != year + 1) {
                throw top.error(item, "ngày " + day + " không thuộc năm " + year + " của kế hoạch hay năm sau đó");
            }
            Integer earlier = lines.putIfAbsent(day, YamlMap.line(item));
            if (earlier != null) {
                throw top.error(item, "ngày " + day + " đã có ở dòng " + earlier);
            }
        }
        return lines;
    }

    private LocalDate date(Node item) {
        String text = top.scalar(item, "Mỗi ngày");
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            if (text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                throw top.error(item, "ngày " + text + " không có trên lịch");
            }
            throw top.error(item, "ngày '" + text + "' phải viết theo dạng năm-tháng-ngày, ví dụ " + year + "-04-30");
        }
    }
}
