package vn.cchc.editorial.myitems;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.cchc.editorial.article.Article;
import vn.cchc.editorial.article.ArticleRepository;
import vn.cchc.editorial.article.ArticleStatus;
import vn.cchc.editorial.identity.PersonNames;
import vn.cchc.editorial.identity.TaskHolders;
import vn.cchc.editorial.identity.UnitGroups;
import vn.cchc.editorial.plan.PlanDates;
import vn.cchc.editorial.plan.UnitRole;
import vn.cchc.editorial.system.EngineUsers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The items a person follows on "Tin bài của tôi": the ones they wrote and, for a member of an authoring
 * unit, every item of that unit. Whoever else asks for an item is refused ({@link #NOT_YOURS}, 403), an
 * unknown code is not found ({@link NoSuchItem}, 404). Who holds an item's open task, and since when,
 * comes from the engine, read as the system once the item is known to be the person's: an author may not
 * read the Board's task, only learn that the Board holds it.
 */
@Service
public class MyItems {

    static final String NOT_YOURS = "Tin bài này không phải của anh/chị hay của đơn vị anh/chị.";

    private final ArticleRepository articles;
    private final ItemViews views;
    private final UnitGroups units;
    private final IdentityService identity;
    private final TaskService tasks;
    private final PersonNames names;
    private final TaskHolders holders;
    private final Clock clock;

    MyItems(ArticleRepository articles, ItemViews views, UnitGroups units, IdentityService identity, TaskService tasks,
            PersonNames names, TaskHolders holders, Clock clock) {
        this.articles = articles;
        this.views = views;
        this.units = units;
        this.identity = identity;
        this.tasks = tasks;
        this.names = names;
        this.holders = holders;
        this.clock = clock;
    }

    /** Who is asking: the person and the authoring units among their groups (the engine's current authentication). */
    public record Reader(String userId, String name, List<String> units) {
        public boolean writesForAUnit() {
            return !units.isEmpty();
        }
    }

    /** The person logged in (system/ApiAuthenticationFilter set the engine's authentication). */
    public Reader reader() {
        String user = EngineUsers.currentUser(identity);
        Set<String> authoring = units.withRole(UnitRole.AUTHORING);
        List<String> mine = EngineUsers.currentGroups(identity).stream().filter(authoring::contains).toList();
        return new Reader(user, names.withUnit(user), mine);
    }

    /**
     * The reader's items drafted in {@code year} (every year when null), newest first, those in {@code status}
     * alone when it is given.
     */
    @Transactional(readOnly = true)
    public List<ItemViews.Summary> list(Reader reader, Integer year, ArticleStatus status) {
        return mine(reader, year).stream()
                .filter(article -> status == null || article.getStatus() == status)
                .map(article -> views.summary(article, openSteps(article)))
                .toList();
    }

    private List<Article> mine(Reader reader, Integer year) {
        Instant from = year == null ? Instant.EPOCH : PlanDates.startOf(LocalDate.of(year, 1, 1), clock);
        Instant to = year == null ? Instant.parse("9999-01-01T00:00:00Z") : PlanDates.startOf(LocalDate.of(year + 1, 1, 1), clock);
        // "in ()" is not valid SQL everywhere: a person in no unit asks for a unit code no unit has
        Collection<String> unitCodes = reader.units().isEmpty() ? List.of("") : reader.units();
        return articles.findOfAuthorOrUnits(reader.userId(), unitCodes, from, to);
    }

    /** One item of the reader's, its whole history included. */
    @Transactional(readOnly = true)
    public ItemViews.Detail one(Reader reader, String code) {
        Article article = articles.findByCode(code).orElseThrow(NoSuchItem::new);
        if (!article.getAuthor().equals(reader.userId()) && !reader.units().contains(article.getUnitCode())) {
            // one of the table of refusals (system/Refusals): 403 with this message, the error page for a browser
            throw new AuthorizationException(NOT_YOURS);
        }
        return views.detail(article, openSteps(article));
    }

    /** The years in which the reader's items were drafted, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> years(Reader reader) {
        return mine(reader, null).stream().map(article -> PlanDates.dayOf(article.getCreatedAt(), clock).getYear())
                .distinct().sorted(Comparator.reverseOrder()).toList();
    }

    /** The item's open tasks: what they are, who holds them (a person, else the units offered them), since when. */
    private List<ItemViews.Step> openSteps(Article article) {
        if (article.getStatus() == ArticleStatus.WITHDRAWN || article.getProcessInstanceId() == null) {
            return List.of();
        }
        return EngineUsers.asTheSystem(identity, () ->
                tasks.createTaskQuery().processInstanceId(article.getProcessInstanceId()).orderByTaskCreateTime().asc().list()
                        .stream().map(task -> new ItemViews.Step(stepName(task.getName()), holders.of(task),
                                task.getCreateTime().toInstant())).toList());
    }

    /** A task's name without the item's title that article/NameTaskAfterArticle adds after a colon. */
    static String stepName(String taskName) {
        int colon = Optional.ofNullable(taskName).orElse("").indexOf(": ");
        return colon < 0 ? taskName : taskName.substring(0, colon);
    }

    /** Answered through the error page for a browser and as JSON for a program, as portal/PortalController's. */
    @ResponseStatus(code = HttpStatus.NOT_FOUND, reason = "Không tìm thấy tin bài này.")
    public static class NoSuchItem extends RuntimeException {
    }

}
