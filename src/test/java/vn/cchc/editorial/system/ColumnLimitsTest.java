package vn.cchc.editorial.system;

import jakarta.persistence.Column;
import jakarta.persistence.Table;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;
import vn.cchc.editorial.article.Article;
import vn.cchc.editorial.article.ArticleReview;
import vn.cchc.editorial.article.ArticleRevision;
import vn.cchc.editorial.publication.Publication;
import vn.cchc.editorial.quota.QuotaCredit;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A limit is named once: the validators check the entities' constants, and here the entities' column
 * lengths are held to the sizes Liquibase gives the columns. A text column the entity does not size, or
 * sizes differently, fails; an enum column must fit its longest constant.
 */
class ColumnLimitsTest {

    static final List<Class<?>> ENTITIES = List.of(Article.class, ArticleRevision.class, ArticleReview.class,
            Publication.class, QuotaCredit.class);
    static final Pattern VARCHAR = Pattern.compile("VARCHAR\\((\\d+)\\)");

    @Test
    void everyTextColumnOfTheItemTablesIsSizedAsTheEntityThatValidatesIt() throws Exception {
        Map<String, Map<String, Integer>> schema = varcharColumns();
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (Class<?> entity : ENTITIES) {
            String table = entity.getAnnotation(Table.class).name();
            assertThat(schema).as("Liquibase creates %s", table).containsKey(table);
            for (Map.Entry<String, Integer> column : schema.get(table).entrySet()) {
                Field field = fieldOf(entity, column.getKey());
                if (field == null) {
                    continue; // a foreign key column: an entity reference, not text
                }
                checked++;
                int size = column.getValue();
                if (field.getType().isEnum()) {
                    int longest = Arrays.stream(field.getType().getEnumConstants()).mapToInt(c -> ((Enum<?>) c).name().length()).max().orElse(0);
                    if (longest > size) mismatches.add("%s.%s: enum up to %d > %d".formatted(table, column.getKey(), longest, size));
                } else {
                    Column annotation = field.getAnnotation(Column.class);
                    if (annotation == null || annotation.length() != size) {
                        mismatches.add("%s.%s: entity %s, column %d".formatted(table, column.getKey(),
                                annotation == null ? "unsized" : annotation.length(), size));
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(checked).isGreaterThan(25);
    }

    @Test
    void theNamedLimitsAreTheColumnSizes() throws Exception {
        Map<String, Map<String, Integer>> schema = varcharColumns();
        assertThat(schema.get("article")).containsEntry("title", Article.TITLE_MAX).containsEntry("summary", Article.SUMMARY_MAX)
                .containsEntry("links", Article.LINKS_MAX).containsEntry("author", Article.USER_ID_MAX);
        assertThat(schema.get("article_review")).containsEntry("comment", ArticleReview.COMMENT_MAX);
        assertThat(schema.get("publication")).containsEntry("url", Publication.URL_MAX)
                .containsEntry("refusal_reason", Publication.REFUSAL_REASON_MAX);
        assertThat(schema.get("quota_credit")).containsEntry("reason", QuotaCredit.REASON_MAX)
                .containsEntry("period_id", QuotaCredit.PERIOD_ID_MAX);
    }

    /** table -> column -> size, from every createTable of the project's changelogs. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Integer>> varcharColumns() throws Exception {
        Map<String, Map<String, Integer>> tables = new LinkedHashMap<>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:db/changelog/cchc/*.yaml")) {
            try (InputStream in = file.getInputStream()) {
                Map<String, Object> log = new Yaml().load(in);
                for (Map<String, Object> set : (List<Map<String, Object>>) log.get("databaseChangeLog")) {
                    Map<String, Object> changeSet = (Map<String, Object>) set.get("changeSet");
                    if (changeSet == null) continue;
                    for (Map<String, Object> change : (List<Map<String, Object>>) changeSet.get("changes")) {
                        Map<String, Object> create = (Map<String, Object>) change.get("createTable");
                        if (create == null) continue;
                        Map<String, Integer> columns = tables.computeIfAbsent((String) create.get("tableName"), t -> new LinkedHashMap<>());
                        for (Map<String, Object> c : (List<Map<String, Object>>) create.get("columns")) {
                            Map<String, Object> column = (Map<String, Object>) c.get("column");
                            Matcher m = VARCHAR.matcher(String.valueOf(column.get("type")));
                            if (m.matches()) columns.put((String) column.get("name"), Integer.parseInt(m.group(1)));
                        }
                    }
                }
            }
        }
        return tables;
    }

    /** The field Hibernate maps to a snake_case column (its naming strategy), or null. */
    static Field fieldOf(Class<?> entity, String column) {
        String name = Pattern.compile("_([a-z])").matcher(column).replaceAll(m -> m.group(1).toUpperCase());
        try {
            return entity.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }
}
