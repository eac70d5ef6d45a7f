package vn.cchc.editorial.notification;

import jakarta.mail.internet.MimeMessage;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.editorial.AsDemoUsers;
import vn.cchc.editorial.EngineClock;
import vn.cchc.editorial.FailAfterHandOff;
import vn.cchc.editorial.Items;
import vn.cchc.editorial.MailServer;
import vn.cchc.editorial.RestClient;
import vn.cchc.editorial.article.ItemFileRepository;
import vn.cchc.editorial.article.UploadFixtures;
import vn.cchc.editorial.system.Mail;
import vn.cchc.editorial.system.MailDelivery;
import vn.cchc.editorial.system.MailOutbox;
import vn.cchc.editorial.system.MailTemplates;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cchc.editorial.RestClient.variables;

/**
 * Each kind of e-mail notification as the application sends it, to a real SMTP server (GreenMail,
 * {@link MailServer}): who gets it, its subject, its Vietnamese text and the link in it; then the
 * durability: a mail server that is down delays e-mails and loses none, a rolled-back transaction sends
 * nothing, a retried send sends nothing twice.
 */
class NotificationMailTest extends AsDemoUsers {

    static final String BOARD = "bbt.bientap@demo.cchc.local";
    static final String AUTHOR = "vp.tacgia@demo.cchc.local";
    static final String OFFICE = "vp.theodoi@demo.cchc.local";
    static final String TASKLIST = MailServer.BASE_URL + "/camunda/app/tasklist/default/";
    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MailOutbox outbox;
    @Autowired
    MailDelivery delivery;
    @Autowired
    MailTemplates templates;
    @Autowired
    OverdueTasks overdueTasks;
    @Autowired
    NotificationSettings settings;
    @Autowired
    ItemFileRepository files;

    @BeforeEach
    @AfterEach
    void noPlanFor2024AndTheRealClock() {
        FailAfterHandOff.disarm();
        ClockUtil.reset();
        await().atMost(WAIT).ignoreExceptions().until(() -> {
            runtime.createProcessInstanceQuery().processDefinitionKey("CommunicationPlanProcess").processInstanceBusinessKey("2024")
                    .list().forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test", true, true));
            return runtime.createProcessInstanceQuery().processDefinitionKey("CommunicationPlanProcess")
                    .processInstanceBusinessKey("2024").count() == 0;
        });
    }

    @Test
    void theBoardIsToldOfANewReviewAndTheAuthorOfTheSendBackAndTheRejection() {
        String title = "Tin thông báo trả lại " + System.nanoTime();
        String pi = Items.start(author, title, "[\"DEPARTMENT_PORTAL\"]");
        String code = articles.findByProcessInstanceId(pi).orElseThrow().getCode();
        String review = Items.taskOf(board, pi, "Task_ReviewArticle");

        MimeMessage toBoard = oneMail(BOARD, title);
        assertThat(MailServer.recipients(toBoard)).containsExactly(BOARD);
        assertThat(MailServer.subject(toBoard)).isEqualTo("Tin bài chờ duyệt: " + title + " (" + code + ")");
        assertThat(MailServer.text(toBoard)).contains("Kính gửi Huỳnh Thanh Mai,")
                .contains("đang chờ Ban Biên tập duyệt").contains("nhận việc rồi cho ý kiến")
                .contains(TASKLIST + "#/?task=" + review);
        assertThat(MailServer.html(toBoard)).contains("href=\"" + TASKLIST + "#/?task=" + review + "\"")
                .contains("Mở công việc trong Tasklist").contains(MailServer.BASE_URL + "/cai-dat");

        assertThat(Items.decide(board, review, "REVISE", "Bổ sung số liệu quý I.").getStatusCode().value()).isEqualTo(204);
        String revise = Items.taskOf(author, pi, "Task_ReviseArticle");
        MimeMessage sentBack = oneMail(AUTHOR, "Tin bài được trả lại để sửa: " + title);
        assertThat(MailServer.text(sentBack)).contains("Ban Biên tập đã trả lại tin bài \"" + title + "\" (mã " + code + ") để sửa.")
                .contains("Ý kiến của Ban Biên tập: Bổ sung số liệu quý I.").contains(TASKLIST + "#/?task=" + revise);

        assertThat(author.post("/engine-rest/task/" + revise + "/submit-form", variables("title", title, "String",
                "summary", "Sapo đã sửa.", "String", "content", "<p>Đã bổ sung.</p>", "String", "links", "", "String"))
                .getStatusCode().value()).isEqualTo(204);
        String secondReview = Items.taskOf(board, pi, "Task_ReviewArticle");
        await().atMost(WAIT).until(() -> MailServer.to(BOARD, title).size() == 2);
        assertThat(Items.decide(board, secondReview, "REJECT", "Không thuộc chủ đề CCHC.").getStatusCode().value()).isEqualTo(204);
        MimeMessage rejected = oneMail(AUTHOR, "Tin bài bị từ chối: " + title);
        assertThat(MailServer.text(rejected)).contains("Ban Biên tập đã từ chối tin bài").contains("Không thuộc chủ đề CCHC.")
                .contains(TASKLIST);
    }

    @Test
    void theAuthorIsToldOfTheApprovalAndOfThePublicationWithItsPublicAddress() {
        String title = "Tin thông báo đã đăng " + System.nanoTime();
        String pi = Items.start(author, title, "[\"DEPARTMENT_PORTAL\"]");
        String code = articles.findByProcessInstanceId(pi).orElseThrow().getCode();
        Items.approve(board, pi);

        MimeMessage approved = oneMail(AUTHOR, "Tin bài đã được duyệt đăng: " + title);
        assertThat(MailServer.text(approved)).contains("Ban Biên tập đã duyệt đăng tin bài \"" + title + "\"");
        MimeMessage published = oneMail(AUTHOR, "Tin bài đã được đăng trên " + "Cổng thông tin điện tử của Sở: " + title);
        String address = "https://cong.example.gov.vn/tin/" + code;
        assertThat(MailServer.subject(published)).contains(title).contains("Cổng thông tin điện tử");
        assertThat(MailServer.text(published)).contains("Xem tin bài đã đăng").contains(address);
        assertThat(MailServer.html(published)).contains("href=\"" + address + "\"");
    }

    @Test
    void theProvincialUnitGetsTheItemAsAWordDocumentAndTheAuthorIsToldOfTheHandOff() throws Exception {
        String title = "Tin thông báo gửi tỉnh " + System.nanoTime();
        String pi = author.json(author.post(Items.START, variables("title", title, "String",
                "summary", "Sapo gửi tỉnh.", "String", "content", "<p>Đoạn một về cải cách.</p><p>Đoạn hai, kết quả.</p>", "String",
                "links", "https://soctrang.gov.vn/tai-lieu", "String", "topic", "T11", "String", "kind", "NEWS", "String",
                "channels", "[\"PROVINCIAL_PORTAL\"]", "Json"))).get("id").asText();
        String code = articles.findByProcessInstanceId(pi).orElseThrow().getCode();
        Items.approve(board, pi);

        MimeMessage toProvince = oneMail(MailServer.PROVINCIAL_PORTAL, title);
        assertThat(MailServer.subject(toProvince)).isEqualTo("[" + code + "] Đề nghị duyệt đăng tin bài CCHC: " + title);
        assertThat(MailServer.text(toProvince)).contains("Kính gửi đơn vị quản lý Cổng TTĐT của tỉnh")
                .contains("Đoạn một về cải cách.\n\nĐoạn hai, kết quả.").contains("- https://soctrang.gov.vn/tai-lieu")
                .doesNotContain("<p>");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(MailServer.attachment(toProvince, code + ".docx")));
             XWPFWordExtractor words = new XWPFWordExtractor(document)) {
            assertThat(words.getText()).contains(title).contains("Sapo gửi tỉnh.").contains("Đoạn một về cải cách.")
                    .contains("Đoạn hai, kết quả.").contains("https://soctrang.gov.vn/tai-lieu");
        }
        MimeMessage handedOff = oneMail(AUTHOR, "Tin bài đã được gửi Cổng TTĐT của tỉnh (kênh Zalo): " + title);
        assertThat(MailServer.text(handedOff)).contains("đã được gửi đơn vị quản lý Cổng TTĐT của tỉnh");
    }

    @Test
    void theProvincialUnitsWordDocumentShowsTheItemsPicturesWhereTheContentDoes() throws Exception {
        var uploaded = author.upload("hoi-nghi.png", UploadFixtures.png(1200, 600));
        assertThat(uploaded.getStatusCode().value()).as(uploaded.getBody()).isEqualTo(201);
        String token = author.json(uploaded).get("token").asText();
        String title = "Tin có ảnh gửi tỉnh " + System.nanoTime();
        String pi = author.json(author.post(Items.START, variables("title", title, "String",
                "summary", "Sapo.", "String", "content", "<p>Trước ảnh.</p><p><img src=\"/api/uploads/" + token
                        + "\" alt=\"Hội nghị\"></p><p>Sau ảnh.</p>", "String",
                "topic", "T11", "String", "kind", "NEWS", "String", "channels", "[\"PROVINCIAL_PORTAL\"]", "Json"))).get("id").asText();
        String code = articles.findByProcessInstanceId(pi).orElseThrow().getCode();
        Items.approve(board, pi);

        MimeMessage toProvince = oneMail(MailServer.PROVINCIAL_PORTAL, title);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(MailServer.attachment(toProvince, code + ".docx")))) {
            assertThat(document.getAllPictures()).singleElement().satisfies(picture -> assertThat(picture.getData())
                    .isEqualTo(files.findByToken(token).orElseThrow().getData()));
            List<String> paragraphs = document.getParagraphs().stream()
                    .map(p -> p.getRuns().stream().anyMatch(r -> !r.getEmbeddedPictures().isEmpty()) ? "[ảnh]" : p.getText()).toList();
            assertThat(paragraphs).containsSubsequence("Trước ảnh.", "[ảnh]", "Sau ảnh.");
            var shown = document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .flatMap(r -> r.getEmbeddedPictures().stream()).findFirst().orElseThrow();
            assertThat(shown.getWidth()).as("narrowed to the page's text width, in points")
                    .isEqualTo((double) vn.cchc.editorial.publication.ProvincialChannelMailer.PICTURE_MAX_WIDTH_POINTS, org.assertj.core.data.Offset.offset(1.0));
        }
    }

    @Test
    void eachDocumentTheItemLinksToFollowsTheHandOffInAnEMailOfItsOwn() {
        var uploaded = author.upload("ke-hoach.docx", UploadFixtures.docx());
        assertThat(uploaded.getStatusCode().value()).as(uploaded.getBody()).isEqualTo(201);
        String token = author.json(uploaded).get("token").asText();
        String title = "Tin có tệp gửi tỉnh " + System.nanoTime();
        String pi = author.json(author.post(Items.START, variables("title", title, "String",
                "summary", "Sapo.", "String", "content", "<p>Xem <a href=\"/api/uploads/" + token + "\">kế hoạch</a> và"
                        + " <a href=\"/api/uploads/" + token + "\">lần nữa</a>.</p>", "String",
                "topic", "T11", "String", "kind", "NEWS", "String", "channels", "[\"PROVINCIAL_PORTAL\"]", "Json"))).get("id").asText();
        String code = articles.findByProcessInstanceId(pi).orElseThrow().getCode();
        Items.approve(board, pi);

        MimeMessage item = oneMail(MailServer.PROVINCIAL_PORTAL, "Đề nghị duyệt đăng tin bài CCHC: " + title);
        assertThat(MailServer.text(item)).contains("Xem kế hoạch và lần nữa.").doesNotContain("/api/uploads");
        MimeMessage file = oneMail(MailServer.PROVINCIAL_PORTAL, "[" + code + "] Tệp đính kèm tin bài CCHC: ke-hoach.docx");
        assertThat(MailServer.text(file)).contains("Kèm theo đây là tệp ke-hoach.docx").contains(title);
        assertThat(MailServer.attachment(file, "ke-hoach.docx")).isEqualTo(files.findByToken(token).orElseThrow().getData());
    }

    @Test
    void theOfficeIsToldOfAnEscalationAndTheHolderOfAnOverdueTask() {
        String title = "Tin thông báo quá hạn " + System.nanoTime();
        String pi = Items.start(author, title, "[\"DEPARTMENT_PORTAL\"]");
        Job overdue = management.createJobQuery().processInstanceId(pi).activityId("BoundaryEvent_ReviewOverdue").singleResult();
        management.executeJob(overdue.getId());
        Task intervene = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_InterveneInReview").singleResult();

        MimeMessage escalation = oneMail(OFFICE, "Quá hạn, đề nghị Văn phòng đôn đốc: " + intervene.getName());
        assertThat(MailServer.text(escalation)).contains("cần Văn phòng đôn đốc").contains(TASKLIST + "#/?task=" + intervene.getId());

        String reviewId = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_ReviewArticle").singleResult().getId();
        tasks.claim(reviewId, "bbt.bientap");
        Task review = tasks.createTaskQuery().taskId(reviewId).singleResult();
        review.setDueDate(new Date(System.currentTimeMillis() - Duration.ofDays(1).toMillis()));
        tasks.saveTask(review);
        overdueTasks.notifyHolders();
        overdueTasks.notifyHolders(); // a second look, or another node's, mails nobody twice

        MimeMessage late = oneMail(BOARD, "Công việc quá hạn: " + review.getName());
        assertThat(MailServer.text(late)).contains("đã quá hạn xử lý").contains(TASKLIST + "#/?task=" + review.getId());
        await().during(Duration.ofSeconds(3)).atMost(WAIT).until(() -> MailServer.to(BOARD, "Công việc quá hạn: " + review.getName()).size() == 1);
    }

    @Test
    void theOfficeIsToldOfAnyOtherTaskOfItsOwn() {
        String instance = runtime.startProcessInstanceByKey("PeriodicReportProcess", "2024-Q3", Map.of(
                "period", "2024-Q3", "periodLabel", "quý III năm 2024", "office", "van-phong-theo-doi",
                "directors", "ban-giam-doc", "draftAt", Date.from(Instant.now().minusSeconds(60)),
                "dueAt", Date.from(Instant.now().plus(Duration.ofDays(30))),
                "escalateAt", Date.from(Instant.now().plus(Duration.ofDays(31))))).getId();
        try {
            Task check = await().atMost(WAIT).until(() -> tasks.createTaskQuery().processInstanceId(instance)
                    .taskDefinitionKey("Task_CheckReport").singleResult(), task -> task != null);
            // the plan's own report of the same quarter may have told the Office too: this task's e-mail is one
            MimeMessage office = oneMail(OFFICE, "Việc mới của Văn phòng: " + check.getName(), check.getId());
            assertThat(MailServer.text(office)).contains("Văn phòng có việc mới: \"" + check.getName() + "\".")
                    .contains("nhận việc và xử lý");
        } finally {
            runtime.deleteProcessInstance(instance, "test", true, true);
        }
    }

    @Test
    void theLeadUnitIsRemindedOfItsQuotaAndTheOfficeToldOfAMiss() {
        EngineClock.at("2024-03-01T08:00:00+07:00");
        RestClient office = new RestClient(port, "vp.theodoi");
        var started = office.post("/engine-rest/process-definition/key/CommunicationPlanProcess/submit-form",
                variables("year", "2024", "String", "pastPeriods", "JUDGE", "String"));
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        String plan = office.json(started).get("id").asText();
        // January's and February's deadlines are past on 1 March: the job executor judges them first
        await().atMost(WAIT).until(() -> management.createJobQuery().processInstanceId(plan).executable().count() == 0);
        assertThat(tasks.createTaskQuery().processInstanceId(plan).taskDefinitionKey("Task_RemindLeadUnit").count()).isZero();

        Job reminderDue = management.createJobQuery().processInstanceId(plan).activityId("BoundaryEvent_ReminderDue").list().get(0);
        management.executeJob(reminderDue.getId());
        Task reminder = tasks.createTaskQuery().processInstanceId(plan).taskDefinitionKey("Task_RemindLeadUnit").singleResult();
        String leadUnit = (String) tasks.getVariable(reminder.getId(), "leadUnit");
        // its members with an address, who keep the kind on (other tests may add members without one)
        List<String> leadUnitAddresses = identity.createUserQuery().memberOfGroup(leadUnit).list().stream()
                .filter(user -> settings.enabled(user.getId(), NotificationKind.QUOTA_REMINDER))
                .map(user -> user.getEmail()).filter(EmailAddresses::isValid).toList();
        assertThat(leadUnitAddresses).isNotEmpty();
        for (String address : leadUnitAddresses) {
            MimeMessage reminded = oneMail(address, "Nhắc thực hiện chỉ tiêu: " + reminder.getName(), reminder.getId());
            assertThat(MailServer.text(reminded)).contains("Sắp đến hạn mà đơn vị chưa đạt chỉ tiêu")
                    .contains(TASKLIST + "#/?task=" + reminder.getId());
        }

        List<String> missedBefore = tasks.createTaskQuery().processInstanceId(plan).taskDefinitionKey("Task_HandleMissedQuota")
                .list().stream().map(Task::getId).toList();
        Job deadline = management.createJobQuery().processInstanceId(plan).activityId("BoundaryEvent_DeadlinePassed").list().get(0);
        management.executeJob(deadline.getId());
        Task missed = tasks.createTaskQuery().processInstanceId(plan).taskDefinitionKey("Task_HandleMissedQuota").list().stream()
                .filter(task -> !missedBefore.contains(task.getId())).findFirst().orElseThrow();
        MimeMessage miss = oneMail(OFFICE, "Kỳ không đạt chỉ tiêu: " + missed.getName(), missed.getId());
        assertThat(MailServer.text(miss)).contains("Đã đến hạn mà kỳ chỉ tiêu chưa đạt")
                .contains(TASKLIST + "#/?task=" + missed.getId());
    }

    @Test
    void aMailServerThatIsDownDelaysTheMailsAndLosesNone() {
        String title = "Tin thông báo khi máy chủ thư ngừng " + System.nanoTime();
        String pi;
        MailServer.stop();
        try {
            pi = Items.start(author, title, "[\"DEPARTMENT_PORTAL\"]");
            String review = Items.taskOf(board, pi, "Task_ReviewArticle");
            String id = "review-task:" + review + ":bbt.bientap";
            // the item went on; the e-mail waits, tried and failed at least twice
            await().atMost(WAIT).until(() -> attemptsOf(id) >= 2);
            assertThat(sentAt(id)).isNull();
        } finally {
            MailServer.restart();
        }
        MimeMessage delivered = oneMail(BOARD, title);
        assertThat(MailServer.text(delivered)).contains("đang chờ Ban Biên tập duyệt");
    }

    @Test
    void aRolledBackHandOffSendsNothingAndItsRetrySendsOnce() {
        String title = "Tin thông báo hoàn tác " + System.nanoTime();
        String pi = Items.start(author, title, "[\"PROVINCIAL_CCHC_PAGE\"]");
        long articleId = articles.findByProcessInstanceId(pi).orElseThrow().getId();
        FailAfterHandOff.armOnceFor(articleId);
        Items.approve(board, pi);

        Job handOff = await().atMost(WAIT).until(() -> management.createJobQuery().processInstanceId(pi)
                .activityId("Task_HandOffToProvincialChannel").withException().singleResult(), job -> job != null);
        assertThat(handOff.getExceptionMessage()).contains(FailAfterHandOff.MESSAGE);
        assertThat(jdbc.queryForObject("select count(*) from mail_message where message_id like ?", Long.class,
                "hand-off:" + articleId + ":%")).as("the e-mail went with the rolled-back transaction").isZero();

        management.executeJob(handOff.getId());
        oneMail(MailServer.PROVINCIAL_CCHC_PAGE, title);
        String id = jdbc.queryForObject("select message_id from mail_message where message_id like ?", String.class,
                "hand-off:" + articleId + ":%");
        // the same e-mail handed on again (the sweep, another node): nothing more is sent
        assertThat(delivery.deliver(id)).isFalse();
        delivery.deliverDue();
        await().during(Duration.ofSeconds(3)).atMost(WAIT)
                .until(() -> MailServer.to(MailServer.PROVINCIAL_CCHC_PAGE, title).size() == 1);
    }

    @Test
    void anEMailRecordedTwiceAndDeliveredByTwoAtOnceIsSentOnce() throws Exception {
        String id = "test:once:" + System.nanoTime();
        String subject = "Thư thử gửi một lần " + id;
        Mail mail = new Mail(id, "nguoi.nhan@soctrang.example", new MailTemplates.Rendered(subject, "Nội dung thư.", "<p>Nội dung thư.</p>"));
        Boolean second = transactions.execute(status -> {
            assertThat(outbox.record(mail)).isTrue();
            return outbox.record(mail);
        });
        assertThat(second).isFalse();
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Callable<Boolean> send = () -> delivery.deliver(id);
            List<Future<Boolean>> sent = two.invokeAll(List.of(send, send));
            await().atMost(WAIT).until(() -> sentAt(id) != null);
            long senders = 0;
            for (Future<Boolean> one : sent) {
                senders += one.get() ? 1 : 0;
            }
            assertThat(senders).isLessThanOrEqualTo(1);
        } finally {
            two.shutdown();
        }
        await().during(Duration.ofSeconds(3)).atMost(WAIT).until(() -> MailServer.to("nguoi.nhan@soctrang.example", subject).size() == 1);
    }

    @Test
    void aRolledBackTransactionRecordsNoEMail() {
        String id = "test:rolled-back:" + System.nanoTime();
        transactions.executeWithoutResult(status -> {
            outbox.record(new Mail(id, "nguoi.nhan@soctrang.example", new MailTemplates.Rendered("Thư không gửi " + id, "x", "<p>x</p>")));
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from mail_message where message_id = ?", Long.class, id)).isZero();
        delivery.deliverDue();
        assertThat(MailServer.to("nguoi.nhan@soctrang.example", "Thư không gửi " + id)).isEmpty();
    }

    private static MimeMessage oneMail(String to, String inSubject) {
        List<MimeMessage> found = await().atMost(WAIT).until(() -> MailServer.to(to, inSubject), list -> !list.isEmpty());
        assertThat(found).as("e-mails to %s about %s", to, inSubject).hasSize(1);
        return found.get(0);
    }

    /** The one e-mail to this address about this subject whose link opens this task. */
    private static MimeMessage oneMail(String to, String inSubject, String taskId) {
        String link = TASKLIST + "#/?task=" + taskId;
        List<MimeMessage> found = await().atMost(WAIT).until(() -> MailServer.to(to, inSubject).stream()
                .filter(message -> MailServer.text(message).contains(link)).toList(), list -> !list.isEmpty());
        assertThat(found).as("e-mails to %s about %s", to, taskId).hasSize(1);
        return found.get(0);
    }

    private int attemptsOf(String messageId) {
        return jdbc.queryForList("select attempts from mail_message where message_id = ?", Integer.class, messageId)
                .stream().findFirst().orElse(0);
    }

    private Long sentAt(String messageId) {
        List<Long> sent = jdbc.queryForList("select sent_at from mail_message where message_id = ?", Long.class, messageId);
        return sent.isEmpty() ? null : sent.get(0);
    }

}
