package vn.cchc.editorial.system.cluster;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Fills years of items into the database of {@link OfficeBenchmarkIT} in bulk, as copies of template items
 * that the application and its engine ran for real through the REST API (one per kind of life: approved
 * on the department portal; also posted by each provincial channel; sent back once, revised and approved;
 * rejected). Each copy gets its own item id and code, author and unit, title and topic, and a creation
 * time spread over the plan years on working days and hours; every row of its template is copied with
 * those, with its times moved by the same amount:
 * <ul>
 *     <li>the application's tables: {@code article}, {@code article_revision}, {@code article_review},
 *     {@code publication} (item ids in the idempotency key and the address follow the copy; the
 *     publication day is the moved publication time's day in the plan's zone);</li>
 *     <li>the engine's history of the item's process instance ({@code act_hi_*}, its variables' byte
 *     arrays in {@code act_ge_bytearray} and the historic task's grant in {@code act_ru_authorization}),
 *     every id of the instance mapped to a new one (the same old id and copy always give the same new id,
 *     so the rows still point at each other), the business key, the author, the unit, the title, the
 *     item's id and code in the variables and the variables' dates moved with the copy.</li>
 * </ul>
 * The steps of one copy keep the seconds apart the template's steps were. The units' monthly reports
 * ({@code monthly_report}) are written as {@code RecordMonthlyReport} writes them, without the monthly report
 * processes behind them (their {@code process_instance_id} names no instance).
 */
final class ProvinceHistory {

    /** The engine's tables that keep a finished process instance's history, keyed by its root instance. */
    static final List<String> ENGINE_TABLES = List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst",
            "act_hi_varinst", "act_hi_detail", "act_hi_identitylink", "act_hi_op_log", "act_hi_job_log",
            "act_hi_comment", "act_ge_bytearray", "act_ru_authorization");
    /** Columns that hold an id of the instance itself (mapped per copy); other ids (definitions, groups) stay. */
    static final Set<String> INSTANCE_IDS = Set.of("id_", "proc_inst_id_", "root_proc_inst_id_", "execution_id_",
            "act_inst_id_", "parent_act_inst_id_", "task_id_", "bytearray_id_", "var_inst_id_", "call_proc_inst_id_",
            "super_process_instance_id_", "job_id_", "parent_task_id_", "job_exception_stack_id_", "operation_id_",
            "resource_id_", "process_instance_id_", "external_task_id_");
    static final int CHUNK = 10_000;

    private final String url;
    private final String user;
    private final String password;
    private final ProvincePlan plan;
    private final LocalDate lastDay;

    /**
     * @param lastDay the last day an item is written on (the benchmark's today minus a day or two)
     */
    ProvinceHistory(String url, String user, String password, ProvincePlan plan, LocalDate lastDay) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.plan = plan;
        this.lastDay = lastDay;
    }

    /**
     * Writes {@code items} copies of the templates, by weight, and the monthly reports of every unit for every
     * month whose report was due before {@code lastDay}.
     *
     * @param templates the template items' ids in {@code article}, with their weight (how many copies in 20)
     * @param progress  told what was written
     */
    void fill(Map<Long, Integer> templates, int items, Consumer<String> progress) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            plannedItems(jdbc, templates, items);
            progress.accept("planned " + items + " items");
            for (int from = 1; from <= items; from += CHUNK) {
                int to = Math.min(items, from + CHUNK - 1);
                copyItems(jdbc, from, to);
                progress.accept("items %d–%d with their history".formatted(from, to));
            }
            for (String sequenceOf : List.of("article", "article_revision", "article_review", "publication")) {
                jdbc.execute("select setval(pg_get_serial_sequence('%1$s', 'id'), (select max(id) from %1$s))".formatted(sequenceOf));
            }
            int reports = monthlyReports(jdbc);
            progress.accept(reports + " monthly reports");
            jdbc.execute("drop table bench_item");
            jdbc.execute("drop table bench_unit");
            jdbc.execute("analyze");
        }
    }

    /** bench_item: one row per copy, with everything that differs from its template. */
    private void plannedItems(JdbcTemplate jdbc, Map<Long, Integer> templates, int items) {
        jdbc.execute("create table bench_unit (idx int primary key, code varchar(64))");
        List<String> codes = plan.unitCodes();
        jdbc.batchUpdate("insert into bench_unit values (?, ?)", codes, codes.size(),
                (ps, code) -> { ps.setInt(1, codes.indexOf(code)); ps.setString(2, code); });
        // the templates' weights as slots of 20: copy n takes the template of slot n % 20
        List<String> slots = new ArrayList<>();
        templates.forEach((id, weight) -> { for (int i = 0; i < weight; i++) slots.add(String.valueOf(id)); });
        if (slots.size() != 20) {
            throw new IllegalArgumentException("template weights must add up to 20: " + templates);
        }
        int third = Math.max(1, codes.size() / 3);
        LocalDate firstDay = LocalDate.of(plan.firstYear(), 1, 2);
        long days = lastDay.toEpochDay() - firstDay.toEpochDay();
        long firstId = jdbc.queryForObject("select coalesce(max(id), 0) from article", Long.class);
        jdbc.execute("select setseed(0.42)");
        // units: the first third writes 75 % of the items, the second 24 %, the last (quiet communes) 1 %
        jdbc.execute("""
                create table bench_item as
                with r as (
                  select n, (array[%s])[n %% 20 + 1] as template, random() as ru, random() as rd, random() as rh,
                         (n %% 11) + 1 as topic
                  from generate_series(1, %d) n
                ), d as (
                  select r.*, case when ru < 0.75 then floor(ru / 0.75 * %d)
                                   when ru < 0.99 then %d + floor((ru - 0.75) / 0.24 * %d)
                                   else %d + floor((ru - 0.99) / 0.01 * %d) end as unit_idx,
                         date '%s' + floor(rd * %d)::int as day
                  from r
                ), w as (
                  select d.*, case extract(isodow from day) when 6 then day - 1 when 7 then day - 2 else day end as workday
                  from d
                )
                select w.n, %d + w.n as id, u.code as unit, u.code || '.tacgia' as author,
                       'Tuyên truyền cải cách hành chính: tin số ' || w.n as title, 'T' || lpad(w.topic::text, 2, '0') as topic,
                       ((w.workday + time '08:00' + w.rh * interval '8 hours') at time zone 'Asia/Ho_Chi_Minh') as created,
                       a.id as t_id, a.code as t_code, a.unit_code as t_unit, a.author as t_author, a.title as t_title,
                       a.process_instance_id as t_pi, a.created_at as t_created
                from w join bench_unit u on u.idx = w.unit_idx::int join article a on a.id = w.template
                """.formatted(String.join(", ", slots), items, third, third, third, 2 * third,
                Math.max(1, codes.size() - 2 * third), firstDay, days, firstId));
        jdbc.execute("""
                alter table bench_item add column shift interval, add column code varchar(32);
                update bench_item set shift = created - t_created,
                  code = 'CCHC-' || extract(year from created at time zone 'Asia/Ho_Chi_Minh') || '-' || lpad(id::text, greatest(5, length(id::text)), '0');
                create index on bench_item (n);
                create index on bench_item (t_pi);
                analyze bench_item""");
    }

    private void copyItems(JdbcTemplate jdbc, int from, int to) {
        String copies = "(select * from bench_item where n between %d and %d)".formatted(from, to);
        jdbc.update("""
                insert into article (id, code, unit_code, author, title, summary, content, links, topic, kind, channels, status,
                                     process_instance_id, created_at, updated_at, version)
                select b.id, b.code, b.unit, b.author, b.title, a.summary, a.content, a.links, b.topic, a.kind, a.channels, a.status,
                       md5(a.process_instance_id || '/' || b.n)::uuid::text, a.created_at + b.shift, a.updated_at + b.shift, a.version
                from %s b join article a on a.id = b.t_id""".formatted(copies));
        jdbc.update("""
                insert into article_revision (article_id, revision_no, title, summary, content, links, changed_fields, changed_by, changed_at)
                select b.id, r.revision_no, replace(r.title, b.t_title, b.title), r.summary, r.content, r.links, r.changed_fields,
                       case when r.changed_by = b.t_author then b.author else r.changed_by end, r.changed_at + b.shift
                from %s b join article_revision r on r.article_id = b.t_id""".formatted(copies));
        jdbc.update("""
                insert into article_review (article_id, revision_no, decision, comment, reviewer, decided_at)
                select b.id, r.revision_no, r.decision, r.comment, r.reviewer, r.decided_at + b.shift
                from %s b join article_review r on r.article_id = b.t_id""".formatted(copies));
        jdbc.update("""
                insert into publication (article_id, channel, idempotency_key, status, url, published_on, published_at, handed_off_at,
                                         refusal_reason, decided_by, version)
                select b.id, p.channel, b.id || ':' || p.channel, p.status, regexp_replace(p.url, '[0-9]+$', b.id::text),
                       case when p.published_on is null then null
                            else (coalesce(p.published_at, p.handed_off_at) + b.shift) at time zone 'Asia/Ho_Chi_Minh' end::date,
                       p.published_at + b.shift, p.handed_off_at + b.shift, p.refusal_reason, p.decided_by, p.version
                from %s b join publication p on p.article_id = b.t_id""".formatted(copies));
        for (String table : ENGINE_TABLES) {
            List<Map<String, Object>> columns = jdbc.queryForList("""
                    select column_name, data_type from information_schema.columns
                    where table_schema = current_schema() and table_name = ? order by ordinal_position""", table);
            List<String> names = new ArrayList<>();
            List<String> values = new ArrayList<>();
            boolean variables = table.equals("act_hi_varinst") || table.equals("act_hi_detail");
            for (Map<String, Object> column : columns) {
                String name = (String) column.get("column_name");
                String type = (String) column.get("data_type");
                names.add(name);
                values.add(copied(name, type, variables));
            }
            jdbc.update("insert into %s (%s) select %s from %s x join %s b on x.root_proc_inst_id_ = b.t_pi"
                    .formatted(table, String.join(", ", names), String.join(", ", values), table, copies));
        }
    }

    /** How one column of an engine table is copied (x: the template's row, b: the copy). */
    private static String copied(String name, String type, boolean variables) {
        if (INSTANCE_IDS.contains(name) && type.equals("character varying")) {
            return "case when x.%1$s is null then null else md5(x.%1$s || '/' || b.n)::uuid::text end".formatted(name);
        }
        if (type.startsWith("timestamp")) {
            return "x.%s + b.shift".formatted(name);
        }
        if (name.equals("business_key_")) {
            return "case when x.business_key_ = b.t_code then b.code else x.business_key_ end";
        }
        if (variables && name.equals("long_")) {
            return "case when x.name_ = 'articleId' then b.id when x.var_type_ = 'date' and x.long_ is not null"
                    + " then x.long_ + (extract(epoch from b.shift) * 1000)::bigint else x.long_ end";
        }
        if (variables && name.equals("text_")) {
            return """
                    case x.name_ when 'articleId' then b.id::text when 'articleCode' then b.code when 'topic' then b.topic
                      when 'author' then b.author when 'authorUnit' then b.unit
                      when 'publishedUrl' then regexp_replace(x.text_, '[0-9]+$', b.id::text)
                      else replace(x.text_, b.t_title, b.title) end""";
        }
        if (type.equals("character varying")) {
            return "case when x.%1$s = b.t_author then b.author when x.%1$s = b.t_unit then b.unit"
                    .formatted(name) + " else replace(x.%s, b.t_title, b.title) end".formatted(name);
        }
        return "x." + name;
    }

    /**
     * Every authoring unit's report on every month whose report was due before the last day: counts of the
     * other forms of communication, a note where a count is not 0, now and then difficulties and proposals;
     * one in ten late.
     */
    private int monthlyReports(JdbcTemplate jdbc) {
        YearMonth last = YearMonth.from(lastDay.minusDays(5)).minusMonths(1);
        return jdbc.update("""
                insert into monthly_report (unit_code, report_month, late, due_at, submitted_at, submitted_by, process_instance_id,
                  meetings_count, meetings_note, party_union_count, party_union_note, service_centre_count, service_centre_note,
                  videos_count, videos_note, study_visits_count, study_visits_note, difficulties, proposals)
                select u.code, to_char(m, 'YYYY-MM'), late, due, case when late then due + interval '2 days' else due - interval '3 days' end,
                       u.code || '.tacgia', md5(u.code || to_char(m, 'YYYY-MM'))::uuid::text,
                       meetings, case when meetings > 0 then 'Lồng ghép nội dung CCHC trong ' || meetings || ' cuộc họp giao ban' end,
                       party, case when party > 0 then 'Sinh hoạt chi bộ chuyên đề cải cách hành chính' end,
                       centre, case when centre > 0 then 'Niêm yết thủ tục hành chính mới tại Bộ phận một cửa' end,
                       videos, case when videos > 0 then 'Phóng sự trên Đài Phát thanh – Truyền hình tỉnh' end,
                       visits, case when visits > 0 then 'Học tập mô hình một cửa liên thông tại tỉnh bạn' end,
                       case when random() < 0.2 then 'Thiếu cán bộ chuyên trách viết tin, bài về cải cách hành chính' end,
                       case when random() < 0.2 then 'Đề nghị tổ chức tập huấn kỹ năng viết tin, bài cho cán bộ phụ trách' end
                from (select u.code, m, random() < 0.1 as late,
                             ((date_trunc('month', m) + interval '1 month' + interval '4 days' + time '23:59:59')::timestamp
                               at time zone 'Asia/Ho_Chi_Minh') as due,
                             floor(random() * 4)::int as meetings, floor(random() * 3)::int as party, floor(random() * 2)::int as centre,
                             floor(random() * 2)::int as videos, floor(random() * 1.2)::int as visits
                      from bench_unit u cross join generate_series(date '%s', date '%s', interval '1 month') m) u
                """.formatted(LocalDate.of(plan.firstYear(), 1, 1), last.atDay(1)));
    }
}
