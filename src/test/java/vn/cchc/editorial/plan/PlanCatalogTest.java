package vn.cchc.editorial.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PlanCatalogTest {

    @TempDir
    Path directory;

    @Test
    void shippedPlanIsInForceFor2024AndNoOtherYear() {
        PlanCatalog catalog = new PlanCatalog((Path) null);

        assertThat(catalog.years()).containsExactly(2024);
        assertThat(catalog.forYear(2024)).get().extracting(Plan::agency)
                .isEqualTo("Sở Thông tin và Truyền thông tỉnh Sóc Trăng");
        assertThat(catalog.forYear(2025)).isEmpty();
        assertThat(catalog.reloadIfChanged()).as("no directory, nothing to change").isEmpty();
    }

    @Test
    void planInTheDirectoryAddsAYearWithoutABuild() throws IOException {
        copy("plans/valid/plan-2024.yaml", "plan-2025.yaml", text -> text.replace("2024", "2025"));

        PlanCatalog catalog = new PlanCatalog(directory);

        assertThat(catalog.years()).containsExactly(2024, 2025);
        assertThat(catalog.forYear(2025)).get().extracting(Plan::agency).isEqualTo("Sở Thử nghiệm");
    }

    @Test
    void planInTheDirectoryReplacesTheShippedOneOfTheSameYear() throws IOException {
        copy("plans/valid/plan-2024.yaml", "plan-2024.yaml", text -> text);

        PlanCatalog catalog = new PlanCatalog(directory);

        assertThat(catalog.forYear(2024)).get().extracting(Plan::agency).isEqualTo("Sở Thử nghiệm");
    }

    @Test
    void invalidPlanFileStopsTheCatalogFromStarting() throws IOException {
        copy("plans/invalid/unknown-lead-unit/plan-2024.yaml", "plan-2024.yaml", text -> text);

        assertThatThrownBy(() -> new PlanCatalog(directory))
                .isInstanceOf(PlanFileException.class)
                .hasMessageContaining("plan-2024.yaml, dòng 35: đơn vị 'phong-khong-co' không có");
    }

    @Test
    void reloadPutsACorrectedFileInForce() throws IOException {
        copy("plans/valid/plan-2024.yaml", "plan-2024.yaml", text -> text);
        PlanCatalog catalog = new PlanCatalog(directory);
        copy("plans/valid/plan-2024.yaml", "plan-2024.yaml", text -> text.replace("Sở Thử nghiệm", "Sở Đã sửa"));

        PlanReload reload = catalog.reload();

        assertThat(reload.isClean()).isTrue();
        assertThat(reload.reloadedYears()).containsExactly(2024);
        assertThat(catalog.forYear(2024)).get().extracting(Plan::agency).isEqualTo("Sở Đã sửa");
    }

    @Test
    void filesThatChangedAreReloadedOnceAndUnchangedOnesNot() throws IOException {
        copy("plans/valid/plan-2024.yaml", "plan-2024.yaml", text -> text);
        PlanCatalog catalog = new PlanCatalog(directory);
        assertThat(catalog.reloadIfChanged()).as("nothing changed since start").isEmpty();

        copy("plans/valid/plan-2024.yaml", "plan-2024.yaml", text -> text.replace("Sở Thử nghiệm", "Sở Đã sửa"));
        assertThat(catalog.reloadIfChanged()).get().satisfies(reload -> assertThat(reload.reloadedYears()).containsExactly(2024));
        assertThat(catalog.forYear(2024)).get().extracting(Plan::agency).isEqualTo("Sở Đã sửa");
        assertThat(catalog.reloadIfChanged()).as("read already").isEmpty();

        copy("plans/valid/plan-2024.yaml", "plan-2025.yaml", text -> text.replace("2024", "2025"));
        assertThat(catalog.reloadIfChanged()).get().satisfies(reload -> assertThat(reload.reloadedYears()).contains(2025));
        assertThat(catalog.years()).containsExactly(2024, 2025);
    }

    @Test
    void aRefusedFileIsNotTriedAgainUntilItChanges() throws IOException {
        copy("plans/valid/plan-2024.yaml", "plan-2024.yaml", text -> text);
        PlanCatalog catalog = new PlanCatalog(directory);
        copy("plans/invalid/rotation-gap/plan-2024.yaml", "plan-2024.yaml", text -> text);

        assertThat(catalog.reloadIfChanged()).get().extracting(PlanReload::isClean).isEqualTo(false);
        assertThat(catalog.forYear(2024)).get().extracting(Plan::agency).isEqualTo("Sở Thử nghiệm");
        assertThat(catalog.reloadIfChanged()).isEmpty();
    }

    @Test
    void reloadKeepsThePreviousPlanWhenTheNewFileIsInvalid() throws IOException {
        copy("plans/valid/plan-2024.yaml", "plan-2024.yaml", text -> text);
        PlanCatalog catalog = new PlanCatalog(directory);
        Plan before = catalog.forYear(2024).orElseThrow();
        copy("plans/invalid/rotation-gap/plan-2024.yaml", "plan-2024.yaml", text -> text);

        PlanReload reload = catalog.reload();

        assertThat(catalog.forYear(2024)).containsSame(before);
        assertThat(reload.reloadedYears()).isEmpty();
        assertThat(reload.refused()).singleElement().satisfies(refusal -> {
            assertThat(refusal.file()).isEqualTo(directory.resolve("plan-2024.yaml").toString());
            assertThat(refusal.line()).isEqualTo(31);
            assertThat(refusal.problem()).startsWith("tháng 6 chưa có đơn vị chủ trì");
        });
    }

    @Test
    void reloadRefusesOneYearAndStillTakesAnother() throws IOException {
        PlanCatalog catalog = new PlanCatalog(directory);
        copy("plans/valid/plan-2024.yaml", "plan-2025.yaml", text -> text.replace("2024", "2025"));
        copy("plans/invalid/impossible-holiday/plan-2024.yaml", "plan-2024.yaml", text -> text);

        PlanReload reload = catalog.reload();

        assertThat(reload.reloadedYears()).containsExactly(2025);
        assertThat(reload.refused()).singleElement().extracting(PlanFileException::line).isEqualTo(54);
        assertThat(catalog.forYear(2024)).get().extracting(Plan::agency)
                .isEqualTo("Sở Thông tin và Truyền thông tỉnh Sóc Trăng");
        assertThat(catalog.years()).containsExactly(2024, 2025);
    }

    @Test
    void springReadsThePlanDirectoryFromItsProperty() throws IOException {
        copy("plans/valid/plan-2024.yaml", "plan-2025.yaml", text -> text.replace("2024", "2025"));

        new ApplicationContextRunner()
                .withUserConfiguration(PlanCatalog.class)
                .withPropertyValues(PlanCatalog.DIRECTORY_PROPERTY + "=" + directory)
                .run(context -> assertThat(context.getBean(PlanCatalog.class).years()).containsExactly(2024, 2025));
    }

    @Test
    void eachNodeTakesAFileAddedToItsDirectoryByItself() {
        new ApplicationContextRunner()
                .withUserConfiguration(PlanCatalog.class, PlanFilesWatcher.class)
                .withPropertyValues(PlanCatalog.DIRECTORY_PROPERTY + "=" + directory, "cchc.plan.check-interval=PT0.2S")
                .run(context -> {
                    PlanCatalog catalog = context.getBean(PlanCatalog.class);
                    assertThat(catalog.years()).containsExactly(2024);

                    copy("plans/valid/plan-2024.yaml", "plan-2025.yaml", text -> text.replace("2024", "2025"));

                    await().atMost(Duration.ofSeconds(60)).until(() -> catalog.years().contains(2025));
                });
    }

    @Test
    void theCatalogsTimeZoneIsTheOneThePlanFilesName() throws IOException {
        copy("plans/valid/plan-2024.yaml", "plan-2024.yaml", text -> text.replace("agency:", "timeZone: Asia/Bangkok\nagency:"));

        assertThat(new PlanCatalog(directory).timeZone()).isEqualTo(java.time.ZoneId.of("Asia/Bangkok"));
    }

    @Test
    void aPlanInAnotherTimeZoneThanTheOthersIsRefused() throws IOException {
        copy("plans/valid/plan-2024.yaml", "plan-2025.yaml",
                text -> text.replace("2024", "2025").replace("agency:", "timeZone: Asia/Bangkok\nagency:"));

        assertThatThrownBy(() -> new PlanCatalog(directory))
                .isInstanceOf(PlanFileException.class)
                .hasMessageContaining("plan-2025.yaml, dòng 1: múi giờ Asia/Bangkok khác múi giờ Asia/Ho_Chi_Minh của kế hoạch năm 2024");
    }

    @Test
    void directoryThatDoesNotExistIsAConfigurationError() {
        assertThatThrownBy(() -> new PlanCatalog(directory.resolve("missing")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(PlanCatalog.DIRECTORY_PROPERTY);
    }

    private void copy(String resource, String fileName, UnaryOperator<String> edit)
            throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/" + resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Path temporary = directory.resolve(fileName + ".tmp");
            Files.writeString(temporary, edit.apply(text));
            Files.move(temporary, directory.resolve(fileName), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
