package vn.cchc.editorial.report;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface MonthlyReportRepository extends JpaRepository<MonthlyReport, Long> {

    /** Every unit's report on a month ("2024-03"). */
    List<MonthlyReport> findByReportMonth(String reportMonth);
}
