package vn.cchc.editorial.article;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.editorial.identity.AuthoringUnits;
import vn.cchc.editorial.system.EngineUsers;
import vn.cchc.editorial.system.InvalidInputException;
import vn.cchc.editorial.system.NotFoundException;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * The pictures and documents uploaded with an item, under the item's own permissions (docs/security.md, "Files
 * uploaded with an item"):
 * <ul>
 *   <li>uploaded by a member of an authoring unit (who may write an item), owned by them and unattached until the
 *       form that uses them is sent: {@link #attach} then gives them to the item in the same transaction;</li>
 *   <li>read by their owner while unattached; once attached, by whoever the engine lets read the item's process
 *       instance (its author and unit, the Board, the Office, administrators): the history query runs as the caller;</li>
 *   <li>removed by their owner while unattached, and by the item's author or unit while the item is sent back to them
 *       for revision.</li>
 * </ul>
 * The caller is the engine's current user (ApiAuthenticationFilter sets it for /api). A refusal is 403
 * ({@link AuthorizationException}), an unknown address 404 ({@link NotFoundException}), a bad file 400 or 413
 * ({@link UploadCheck}); nothing is stored when a check fails.
 */
@Service
@EnableConfigurationProperties(UploadProperties.class)
public class ItemFiles {

    static final String NOT_FOUND = "Không tìm thấy ảnh hoặc tệp này: có thể nó đã bị xóa.";
    static final String NOT_YOURS = "Anh/chị không có quyền với ảnh hoặc tệp này: nó thuộc tin bài của người hoặc đơn vị khác.";
    static final String AUTHORS_ONLY = "Chỉ người soạn tin của các phòng, đơn vị mới tải ảnh hoặc tệp lên cùng tin bài.";
    static final String NOT_EDITABLE = "Tệp này đã gửi cùng tin bài; chỉ xóa được khi tin bài được trả lại cho tác giả sửa.";

    private static final Logger log = LoggerFactory.getLogger(ItemFiles.class);

    private final ItemFileRepository files;
    private final ArticleRepository articles;
    private final AuthoringUnits authoringUnits;
    private final IdentityService identity;
    private final HistoryService history;
    private final UploadProperties limits;
    private final Clock clock;

    ItemFiles(ItemFileRepository files, ArticleRepository articles, AuthoringUnits authoringUnits, IdentityService identity,
              HistoryService history, UploadProperties limits, Clock clock) {
        this.files = files;
        this.articles = articles;
        this.authoringUnits = authoringUnits;
        this.identity = identity;
        this.history = history;
        this.limits = limits;
        this.clock = clock;
    }

    /** The source of an upload's bytes (a multipart part): read only once its name and size passed. */
    public interface Upload {
        String name();

        long size();

        InputStream open() throws IOException;
    }

    /**
     * Checks and stores an upload of the caller's, not yet attached to an item.
     *
     * @throws AuthorizationException the caller writes for no authoring unit
     */
    @Transactional
    public ItemFile upload(Upload upload) throws IOException {
        String user = EngineUsers.currentUser(identity);
        try {
            authoringUnits.unitOf(user);
        } catch (InvalidInputException notAnAuthor) {
            throw new AuthorizationException(AUTHORS_ONLY);
        }
        String name = UploadCheck.cleanName(upload.name());
        UploadCheck.Type declared = UploadCheck.declared(name, upload.size(), limits);
        byte[] bytes;
        try (InputStream in = upload.open()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, upload.size() + 1));
        }
        UploadCheck.declared(name, bytes.length, limits);
        ItemFile stored = files.save(new ItemFile(UploadCheck.check(name, declared, bytes, limits), user, clock.instant()));
        log.info("{} uploaded {} \"{}\" ({} bytes stored)", user, stored.getToken(), stored.getFileName(), stored.getSizeBytes());
        return stored;
    }

    /**
     * The file at that token, if the caller may read it.
     *
     * @throws NotFoundException no such file
     * @throws AuthorizationException not the caller's to read
     */
    @Transactional(readOnly = true)
    public ItemFile readable(String token) {
        ItemFile file = find(token);
        String user = EngineUsers.currentUser(identity);
        if (file.getOwner().equals(user)) {
            return file;
        }
        Article article = file.isUnattached() ? null : articles.findById(file.getArticleId()).orElse(null);
        if (article == null || history.createHistoricProcessInstanceQuery().processInstanceId(article.getProcessInstanceId()).count() == 0) {
            throw refused(user, token);
        }
        return file;
    }

    /**
     * Removes a file: the owner's upload not yet sent, or an item's file while the item is back with its author's unit.
     *
     * @throws NotFoundException no such file
     * @throws AuthorizationException not the caller's to remove
     */
    @Transactional
    public void remove(String token) {
        ItemFile file = find(token);
        String user = EngineUsers.currentUser(identity);
        if (file.isUnattached()) {
            if (!file.getOwner().equals(user)) {
                throw refused(user, token);
            }
        } else {
            Article article = articles.findById(file.getArticleId()).orElseThrow(() -> new NotFoundException(NOT_FOUND));
            boolean ofTheUnit = article.getAuthor().equals(user) || EngineUsers.currentGroups(identity).contains(article.getUnitCode());
            if (!ofTheUnit) {
                throw refused(user, token);
            }
            if (article.getStatus() != ArticleStatus.IN_REVISION) {
                log.info("Refused {} removing {}: item {} is {}", user, token, article.getCode(), article.getStatus());
                throw new AuthorizationException(NOT_EDITABLE);
            }
        }
        files.delete(file);
        log.info("{} removed {} \"{}\"", user, token, file.getFileName());
    }

    /**
     * Gives the item every file its content shows or links to (Task_RegisterArticle, Task_ReviseArticle's completion),
     * in the caller's transaction.
     *
     * @throws InvalidInputException a file that is gone (removed, or never sent within {@link UploadProperties#unattachedKept}),
     *     or another person's or item's
     */
    void attach(Article article, String user, String content) {
        Set<String> tokens = tokensIn(content);
        if (tokens.isEmpty()) {
            return;
        }
        Map<String, ItemFile> found = files.findByTokenIn(tokens).stream()
                .collect(Collectors.toMap(ItemFile::getToken, Function.identity()));
        for (String token : tokens) {
            ItemFile file = found.get(token);
            if (file == null) {
                throw new InvalidInputException("Nội dung có ảnh hoặc tệp đính kèm không còn trên máy chủ (" + token
                        + "): có thể nó đã bị xóa hoặc quá hạn giữ bản chưa gửi. Hãy xóa nó khỏi nội dung rồi tải lên lại.");
            }
            if (file.isUnattached() && file.getOwner().equals(user)) {
                file.attachTo(article);
            } else if (!article.getId().equals(file.getArticleId())) {
                throw new InvalidInputException("Nội dung có ảnh hoặc tệp “" + file.getFileName()
                        + "” của người hoặc tin bài khác: hãy tự tải tệp đó lên rồi chèn lại.");
            }
        }
    }

    /** An item's file, attached, whatever the caller: for the portal, which serves only those of published items. */
    @Transactional(readOnly = true)
    public Optional<ItemFile> attached(String token) {
        return files.findByToken(token).filter(file -> !file.isUnattached());
    }

    /** The limits the author is told of, in words. */
    public String limitsInWords() {
        return limits.inWords();
    }

    /** The tokens of the uploads the content shows (img src) or links to (a href), in their order. */
    static Set<String> tokensIn(String content) {
        Set<String> tokens = new LinkedHashSet<>();
        if (content == null || !content.contains(ContentRules.FILES_PATH)) {
            return tokens;
        }
        for (Element element : Jsoup.parseBodyFragment(content).select("img[src], a[href]")) {
            Matcher address = ContentRules.FILE_ADDRESS.matcher(element.attr(element.is("img") ? "src" : "href"));
            if (address.matches()) {
                tokens.add(address.group(1));
            }
        }
        return tokens;
    }

    private ItemFile find(String token) {
        return files.findByToken(token).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private static AuthorizationException refused(String user, String token) {
        log.info("Refused {} the file {}: not theirs", user, token);
        return new AuthorizationException(NOT_YOURS);
    }
}
